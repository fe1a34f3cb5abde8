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
use crate::data::catalog::{describe_column, STAY_BANDS};
use crate::data::dataset::Dataset;
use crate::data::derivation::{Aggregate, Combine, Expr};
use crate::data::format::{round_half_up, thousands};
use crate::data::table::{Cell, Decimal};

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

/// A figure exactly as the report prints it ([`format_printed`]); empty when there is no figure
/// with that id.
pub fn printed_figure(data: &Dataset, id: &str) -> String {
    data.figure(id)
        .map(|f| format_printed(f.value, &f.unit))
        .unwrap_or_default()
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
        f.derivation
            .as_ref()
            .map(|e| describe_derivation(data, e))
            .unwrap_or_default()
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

/// A derivation in a reader's words, with the columns and rows named as the report names them
/// (issue 15: no column identifier reaches the screen). `sum(t16.smi_custodial)` → "Table 16: sum of
/// people in custody with a serious mental health issue (jurisdiction's own definition)";
/// `pct(sum(t07.rh_asian), sum(t07.rh_total))` → "Table 7: sum of restricted-housing population,
/// Asian ÷ sum of restricted-housing population, total × 100".
pub fn describe_derivation(data: &Dataset, expr: &Expr) -> String {
    let mut tables = Vec::new();
    tables_of(expr, &mut tables);
    let one_table = tables.len() == 1;
    let body = words(data, expr, one_table);
    if one_table {
        format!("Table {}: {body}", tables[0])
    } else {
        body
    }
}

fn tables_of(expr: &Expr, out: &mut Vec<u8>) {
    let mut add = |t: u8| {
        if !out.contains(&t) {
            out.push(t);
        }
    };
    match expr {
        Expr::Aggregate { columns, .. } => columns.iter().for_each(|c| add(c.table)),
        Expr::Cell { table, .. } => add(*table),
        Expr::Combine { args, .. } => args.iter().for_each(|a| tables_of(a, out)),
    }
}

/// A column as a noun in running text: the data dictionary's description, lower-cased unless it
/// starts with a name or an abbreviation.
fn column_noun(column: &str) -> String {
    let (_, d) = describe_column(column);
    // "Of those, jurisdictions that…" leans on the column before it; in a sentence of its own
    // the row name already says which "those".
    let d = d.replace('_', " ").replace("Of those, ", "");
    let mut chars = d.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_ascii_uppercase() && !second.is_ascii_uppercase() =>
        {
            std::iter::once(first.to_ascii_lowercase())
                .chain(d.chars().skip(1))
                .collect()
        }
        _ => d,
    }
}

fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join("; ")),
    }
}

/// A run of Table 4's length-of-stay bands as one stretch of time: `m3_to_6m, m6_to_12m` →
/// "people held 3 months up to 1 year".
fn stay_range(columns: &[&str]) -> Option<String> {
    let head = *columns.first()?;
    let first = STAY_BANDS.iter().position(|b| *b == head)?;
    let run = STAY_BANDS.get(first..first + columns.len())?;
    if columns.len() < 2 || run != columns {
        return None;
    }
    let bounds = |band: &str| {
        let (_, d) = describe_column(band);
        let d = d.trim_start_matches("Restricted housing for ").to_string();
        match d.split_once(" up to ") {
            Some((from, to)) => (from.to_string(), format!("up to {to}")),
            None => (
                d.trim_end_matches(" or more").to_string(),
                "or more".to_string(),
            ),
        }
    };
    let (from, _) = bounds(run[0]);
    let (_, to) = bounds(run[run.len() - 1]);
    let every = if run.len() == STAY_BANDS.len() {
        " (every length-of-stay band)"
    } else {
        ""
    };
    Some(format!("people held {from} {to}{every}"))
}

/// A table row by the name the report prints: a jurisdiction's name or a facility type's label.
fn row_name(data: &Dataset, table: u8, key: &str) -> String {
    if let Some(j) = data.jurisdiction(key) {
        return j.name.clone();
    }
    match data.table(table).and_then(|t| t.cell(key, "label")) {
        Some(Cell::Text(label)) => label.clone(),
        _ => key.replace('_', " "),
    }
}

fn words(data: &Dataset, expr: &Expr, one_table: bool) -> String {
    let table = |t: u8| {
        if one_table {
            String::new()
        } else {
            format!("Table {t}: ")
        }
    };
    match expr {
        Expr::Aggregate { func, columns } => {
            let names: Vec<&str> = columns.iter().map(|c| c.column.as_str()).collect();
            let nouns = match stay_range(&names) {
                Some(range) => vec![range],
                None => names.iter().map(|c| column_noun(c)).collect(),
            };
            let what = match func {
                Aggregate::Sum => "sum of",
                Aggregate::Count => "rows reporting",
                Aggregate::Median => "median of",
                Aggregate::Min => "lowest",
                Aggregate::Max => "highest",
            };
            let first = columns.first().map(|c| table(c.table)).unwrap_or_default();
            format!("{first}{what} {}", list(&nouns))
        }
        Expr::Cell {
            table: t,
            key,
            column,
        } => format!(
            "{}{}, {}",
            table(*t),
            row_name(data, *t, key),
            column_noun(column)
        ),
        Expr::Combine { func, args } => {
            let parts: Vec<String> = args.iter().map(|a| words(data, a, one_table)).collect();
            let wrap = |i: usize| {
                let p = parts.get(i).cloned().unwrap_or_default();
                if matches!(args.get(i), Some(Expr::Combine { .. })) {
                    format!("({p})")
                } else {
                    p
                }
            };
            match func {
                Combine::Add => (0..parts.len())
                    .map(wrap)
                    .collect::<Vec<_>>()
                    .join(" plus "),
                Combine::Sub => (0..parts.len())
                    .map(wrap)
                    .collect::<Vec<_>>()
                    .join(" minus "),
                Combine::Pct => format!("{} ÷ {} × 100", wrap(0), wrap(1)),
            }
        }
    }
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

/// A part-of-whole chart in words, for its text alternative: `one` says each bar, the bars are
/// joined with "; ".
pub fn describe_bars(bars: &[BarInput], one: impl Fn(&BarInput) -> String) -> String {
    bars.iter().map(one).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests;
