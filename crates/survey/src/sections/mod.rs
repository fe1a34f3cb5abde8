//! The report's sections, one module per page of the app and named like it: the rows, totals and
//! printed-versus-computed checks each page shows (the pages only render them).
//!
//! The Explorer and Profile pages read [`crate::engine`] directly and the Audit page
//! [`crate::checks::audit`]; the Race and Age pages share [`composition`] and
//! [`composition_checks`]. Shared here: [`FigureCheck`] (a printed figure beside its
//! recomputation) and [`BarInput`] (a part-of-whole row for [`crate::chart::bars::count_bars`]).

pub mod about;
pub mod composition;
pub mod composition_checks;
pub mod facilities;
pub mod lab;
pub mod length_of_stay;
pub mod men_women;
pub mod mental_illness;
pub mod plain;
pub mod pregnancy;
pub mod reforms;

use crate::checks::audit::agrees;
use crate::data::dataset::Dataset;
use crate::data::format::{round_half_up, thousands};
use crate::data::table::Decimal;

/// Below this many people, a percent is of a tiny population and carries a visible caution.
pub const SMALL_BASE: u64 = 100;

/// A figure the report prints, beside what the report's own tables (or other printed figures)
/// give for it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureCheck {
    /// Id of the printed figure in `report_figures.csv`.
    pub id: String,
    /// What the figure is, in our words.
    pub statement: String,
    /// The printed value, formatted (`9,573`, `7.3%`).
    pub printed: String,
    /// The printed value as a number.
    pub printed_value: f64,
    /// How the computed value was obtained, in words; empty when nothing can recompute it.
    pub method: String,
    /// The recomputed value, formatted; `None` when the report gives nothing to recompute it from.
    pub computed: Option<String>,
    /// Whether the printed figure matches the recomputation at the printed precision.
    pub agrees: Option<bool>,
    /// Report section.
    pub section: String,
    /// Printed page.
    pub page: String,
    /// The erratum (from `errata.csv`) that explains a disagreement, in one sentence.
    pub erratum: Option<String>,
}

impl FigureCheck {
    /// True when the figure was recomputed and the report disagrees with itself.
    pub fn disagrees(&self) -> bool {
        self.agrees == Some(false)
    }
}

/// Formats a printed value by its unit: people and other counts with separators, percents with `%`.
pub fn format_printed(value: Decimal, unit: &str) -> String {
    let body = if value.places == 0 {
        thousands(value.scaled.max(0) as u64)
    } else {
        value.to_string()
    };
    if unit == "percent" {
        format!("{body}%")
    } else {
        body
    }
}

fn format_computed(v: f64, printed: Decimal, unit: &str) -> String {
    if unit == "percent" {
        // One more decimal than printed, so a reader sees how the rounding went.
        format!("{}%", round_half_up(v, printed.places as usize + 1))
    } else if v.fract().abs() < 1e-9 && v >= 0.0 {
        thousands(v as u64)
    } else {
        round_half_up(v, 2)
    }
}

fn erratum_for(data: &Dataset, id: &str) -> Option<String> {
    let key = format!("figure:{id}");
    data.errata
        .iter()
        .find(|e| e.check == key || e.id == id)
        .map(|e| e.description.clone())
}

/// A printed figure checked against its own `derivation` (if it has one). `None` if no such id.
pub fn figure_check(data: &Dataset, id: &str) -> Option<FigureCheck> {
    let f = data.figure(id)?;
    let computed = f
        .derivation
        .as_ref()
        .and_then(|e| crate::checks::derivation::eval(e, data).ok());
    let method = if computed.is_some() {
        describe_derivation(&f.derivation_src)
    } else {
        String::new()
    };
    Some(build(data, id, computed, method))
}

/// A printed figure checked against a value computed some other way (described by `method`).
pub fn figure_check_with(
    data: &Dataset,
    id: &str,
    computed: Option<f64>,
    method: &str,
) -> Option<FigureCheck> {
    data.figure(id)?;
    Some(build(data, id, computed, method.to_string()))
}

fn build(data: &Dataset, id: &str, computed: Option<f64>, method: String) -> FigureCheck {
    let f = data.figure(id).expect("caller checked the id");
    FigureCheck {
        id: id.to_string(),
        statement: f.statement.clone(),
        printed: format_printed(f.value, &f.unit),
        printed_value: f.value.value(),
        computed: computed.map(|v| format_computed(v, f.value, &f.unit)),
        agrees: computed.map(|v| agrees(f.value, v)),
        method: if computed.is_some() {
            method
        } else {
            String::new()
        },
        section: f.section.clone(),
        page: f.page.clone(),
        erratum: erratum_for(data, id),
    }
}

/// The value of a printed figure (`None` if the id is unknown).
pub fn printed_value(data: &Dataset, id: &str) -> Option<f64> {
    data.figure(id).map(|f| f.value.value())
}

/// A derivation in plain words: `sum(t16.smi_custodial)` → "Table 16: sum of smi_custodial".
pub fn describe_derivation(src: &str) -> String {
    let s = src.trim();
    let words = [
        ("sum(", "sum of "),
        ("count(", "rows reporting "),
        ("cell(", ""),
    ];
    for (prefix, word) in words {
        if let Some(inner) = s.strip_prefix(prefix).and_then(|r| r.strip_suffix(')')) {
            if !inner.contains('(') && !inner.contains(',') {
                let (table, rest) = inner.split_once('.').unwrap_or((inner, ""));
                let table = table.trim_start_matches('t').trim_start_matches('0');
                return format!("Table {table}: {word}{}", rest.replace('.', ", "));
            }
        }
    }
    format!("recomputed as {s}")
}

/// One input row of a part-of-whole bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarInput {
    /// Row key (jurisdiction code, facility slug).
    pub key: String,
    /// Name shown on the left.
    pub name: String,
    /// The whole (drawn light).
    pub whole: u64,
    /// The part of it (drawn dark, from the left).
    pub part: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_values_format_by_unit() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(format_printed(d("17460"), "people"), "17,460");
        assert_eq!(format_printed(d("7.3"), "percent"), "7.3%");
        assert_eq!(format_computed(7.2944, d("7.3"), "percent"), "7.29%");
        assert_eq!(format_computed(10008.0, d("9573"), "people"), "10,008");
    }

    #[test]
    fn derivations_read_as_words() {
        assert_eq!(
            describe_derivation("sum(t16.smi_custodial)"),
            "Table 16: sum of smi_custodial"
        );
        assert_eq!(
            describe_derivation("cell(t01.jails.jurisdictions)"),
            "Table 1: jails, jurisdictions"
        );
        assert_eq!(
            describe_derivation("count(t19.pregnant_custodial)"),
            "Table 19: rows reporting pregnant_custodial"
        );
        assert_eq!(
            describe_derivation("pct(sum(t04.a), sum(t04.b))"),
            "recomputed as pct(sum(t04.a), sum(t04.b))"
        );
    }
}
