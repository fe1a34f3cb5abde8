//! Report sections told mostly in prose around small tables: facilities and cells (Section III)
//! and the vulnerable populations of Section VI.D. Rows, printed-versus-computed checks and chart
//! layouts here; the pages only render them.

pub mod facilities;
pub mod mental;
pub mod pregnancy;

use crate::audit::agrees;
use crate::dataset::Dataset;
use crate::format::{round_half_up, thousands};
use crate::table::Decimal;

/// Below this many people, a percent is of a tiny population and carries a visible caution.
pub const SMALL_BASE: u64 = 100;

/// A figure the report prints, beside what the report's own tables (or other printed figures)
/// give for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
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

impl Check {
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
pub fn figure_check(data: &Dataset, id: &str) -> Option<Check> {
    let f = data.figure(id)?;
    let computed = f.derivation.as_ref().and_then(|e| e.eval(data).ok());
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
) -> Option<Check> {
    data.figure(id)?;
    Some(build(data, id, computed, method.to_string()))
}

fn build(data: &Dataset, id: &str, computed: Option<f64>, method: String) -> Check {
    let f = data.figure(id).expect("caller checked the id");
    Check {
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

/// Every printed figure of a report section, in file order, each checked against its derivation.
pub fn section_checks(data: &Dataset, section: &str) -> Vec<Check> {
    data.figures
        .iter()
        .filter(|f| f.section == section)
        .filter_map(|f| figure_check(data, &f.id))
        .collect()
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

/// A part-of-whole bar: the whole is the full width; the part is filled from the left.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareBar {
    /// The part (e.g. people in restricted housing).
    pub part: u64,
    /// The whole (e.g. people with a serious mental health issue).
    pub whole: u64,
    /// Width of the filled part, in SVG units.
    pub part_width: f64,
    /// Width of the whole bar.
    pub width: f64,
    /// "53 of 573".
    pub label: String,
}

/// Lays out `part` of `whole` on a bar `width` wide. A whole of zero draws an empty bar.
pub fn share_bar(part: u64, whole: u64, width: f64) -> ShareBar {
    let part_width = if whole == 0 {
        0.0
    } else {
        width * (part.min(whole) as f64) / whole as f64
    };
    ShareBar {
        part,
        whole,
        part_width,
        width,
        label: format!("{} of {}", thousands(part), thousands(whole)),
    }
}

/// Geometry of a horizontal bar chart: names on the left (or, with `label_row`, above each bar so
/// they stay legible on a phone) and values after the bars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarFrame {
    /// Total width.
    pub width: f64,
    /// Width reserved for names.
    pub label_width: f64,
    /// Width reserved for the value text.
    pub value_width: f64,
    /// Height of one bar.
    pub bar: f64,
    /// Gap between bars.
    pub gap: f64,
    /// Height of a row reserved above each bar for its name (0: names on the left).
    pub label_row: f64,
}

impl Default for BarFrame {
    fn default() -> Self {
        BarFrame {
            width: 480.0,
            label_width: 150.0,
            value_width: 80.0,
            bar: 14.0,
            gap: 6.0,
            label_row: 0.0,
        }
    }
}

impl BarFrame {
    /// Names above the bars, for narrow screens: the whole width is for bars and values.
    pub fn stacked(width: f64) -> BarFrame {
        BarFrame {
            width,
            label_width: 0.0,
            value_width: 90.0,
            bar: 11.0,
            gap: 7.0,
            label_row: 14.0,
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

/// One laid-out bar: the whole, with its part drawn over it from the left.
#[derive(Debug, Clone, PartialEq)]
pub struct CountBar {
    /// Row key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Top edge of the bar (its name, when above, sits in the `label_row` over it).
    pub y: f64,
    /// Left edge of the bar.
    pub x: f64,
    /// Width of the whole.
    pub whole_width: f64,
    /// Width of the part.
    pub part_width: f64,
    /// The whole, as a number.
    pub whole: u64,
    /// The part, as a number.
    pub part: u64,
}

/// Lays out the rows, in the given order, on one scale (the largest whole fills the plot).
/// Returns the bars and the chart height.
pub fn count_bars(rows: &[BarInput], frame: BarFrame) -> (Vec<CountBar>, f64) {
    let plot = frame.width - frame.label_width - frame.value_width;
    let max = rows.iter().map(|r| r.whole.max(r.part)).max().unwrap_or(0);
    let scale = if max > 0 { plot / max as f64 } else { 0.0 };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| CountBar {
            key: r.key.clone(),
            name: r.name.clone(),
            y: i as f64 * (frame.label_row + frame.bar + frame.gap) + frame.label_row,
            x: frame.label_width,
            whole_width: r.whole as f64 * scale,
            part_width: r.part.min(r.whole) as f64 * scale,
            whole: r.whole,
            part: r.part,
        })
        .collect();
    (
        bars,
        rows.len() as f64 * (frame.label_row + frame.bar + frame.gap),
    )
}

/// Consecutive segments of a bar `width` wide, one per part, in proportion to the parts' sum.
/// Returns `(x, width)` pairs.
pub fn segments(parts: &[u64], width: f64) -> Vec<(f64, f64)> {
    let total: u64 = parts.iter().sum();
    let mut x = 0.0;
    parts
        .iter()
        .map(|&p| {
            let w = if total == 0 {
                0.0
            } else {
                width * p as f64 / total as f64
            };
            let seg = (x, w);
            x += w;
            seg
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_bar_fills_the_part_and_survives_an_empty_whole() {
        let b = share_bar(53, 573, 100.0);
        assert!((b.part_width - 9.2496).abs() < 1e-3);
        assert_eq!(b.label, "53 of 573");
        assert_eq!(share_bar(0, 0, 100.0).part_width, 0.0);
        assert_eq!(
            share_bar(9, 5, 100.0).part_width,
            100.0,
            "a part larger than its whole is clamped"
        );
    }

    #[test]
    fn count_bars_share_one_scale() {
        let rows = vec![
            BarInput {
                key: "a".into(),
                name: "A".into(),
                whole: 50,
                part: 10,
            },
            BarInput {
                key: "b".into(),
                name: "B".into(),
                whole: 100,
                part: 0,
            },
        ];
        let f = BarFrame {
            width: 300.0,
            label_width: 100.0,
            value_width: 100.0,
            bar: 10.0,
            gap: 5.0,
            label_row: 0.0,
        };
        let (bars, h) = count_bars(&rows, f);
        assert_eq!(h, 30.0);
        assert_eq!(bars[1].whole_width, 100.0);
        assert_eq!(bars[0].whole_width, 50.0);
        assert_eq!(bars[0].part_width, 10.0);
        assert_eq!(bars[1].y, 15.0);
        assert!(count_bars(&[], f).0.is_empty());
        let s = BarFrame {
            label_row: 10.0,
            label_width: 0.0,
            ..f
        };
        let (bars, h) = count_bars(&rows, s);
        assert_eq!(
            (bars[0].y, bars[1].y, h, bars[1].x),
            (10.0, 35.0, 50.0, 0.0)
        );
        assert_eq!(
            bars[1].whole_width, 200.0,
            "no name column: the plot is wider"
        );
    }

    #[test]
    fn segments_are_consecutive_and_proportional() {
        assert_eq!(
            segments(&[21, 21, 5], 47.0),
            vec![(0.0, 21.0), (21.0, 21.0), (42.0, 5.0)]
        );
        assert_eq!(segments(&[0, 0], 10.0), vec![(0.0, 0.0), (0.0, 0.0)]);
    }

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
