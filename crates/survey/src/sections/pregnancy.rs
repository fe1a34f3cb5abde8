//! Pregnant prisoners (Section VI.D.2, Table 19) and transgender prisoners (Section VI.D.3, prose
//! and endnotes 225–226): rows, totals against the prose, and the endnote's per-jurisdiction counts.

use super::{figure_check, figure_check_with, printed_value, BarInput, FigureCheck};
use crate::data::dataset::Dataset;
use crate::data::table::{Cell, Table};

/// Table 19.
pub const TABLE: u8 = 19;
/// Endnote naming the jurisdictions left out of Table 19 as not detailed enough.
pub const NOTE_EXCLUDED: u32 = 223;
/// Endnote naming the jurisdictions with no pregnant prisoners.
pub const NOTE_NONE_PREGNANT: u32 = 224;
/// Endnote on transgender prisoners counted in restricted housing only (Illinois, Massachusetts).
pub const NOTE_TRANSGENDER_RH_ONLY: u32 = 225;
/// Endnote listing transgender prisoners in restricted housing by jurisdiction.
pub const NOTE_TRANSGENDER_RH: u32 = 226;

/// One row of Table 19.
#[derive(Debug, Clone, PartialEq)]
pub struct PregnancyRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Women in custody.
    pub women_custodial: Option<u64>,
    /// Pregnant women in custody.
    pub pregnant_custodial: Option<u64>,
    /// Pregnant women in restricted housing.
    pub pregnant_rh: Option<u64>,
    /// Endnotes on the row.
    pub notes: Vec<u32>,
}

fn count(t: &Table, key: &str, col: &str) -> Option<u64> {
    t.cell(key, col).and_then(Cell::count)
}

/// Table 19 in printed order.
pub fn rows(data: &Dataset) -> Vec<PregnancyRow> {
    let Some(t) = data.table(TABLE) else {
        return Vec::new();
    };
    t.rows
        .iter()
        .map(|r| PregnancyRow {
            code: r.key.clone(),
            name: data.name_of(&r.key),
            women_custodial: count(t, &r.key, "women_custodial"),
            pregnant_custodial: count(t, &r.key, "pregnant_custodial"),
            pregnant_rh: count(t, &r.key, "pregnant_rh"),
            notes: r.notes.iter().map(|n| n.number).collect(),
        })
        .collect()
}

/// Column sums of Table 19 (the report prints none as a row; the prose gives two of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PregnancyTotals {
    /// Rows.
    pub rows: usize,
    /// Women in custody (not printed anywhere).
    pub women_custodial: u64,
    /// Pregnant in custody.
    pub pregnant_custodial: u64,
    /// Pregnant in restricted housing.
    pub pregnant_rh: u64,
    /// Rows with at least one pregnant woman in restricted housing.
    pub rows_with_pregnant_rh: usize,
}

/// Sums the rows.
pub fn totals(rows: &[PregnancyRow]) -> PregnancyTotals {
    PregnancyTotals {
        rows: rows.len(),
        women_custodial: rows.iter().filter_map(|r| r.women_custodial).sum(),
        pregnant_custodial: rows.iter().filter_map(|r| r.pregnant_custodial).sum(),
        pregnant_rh: rows.iter().filter_map(|r| r.pregnant_rh).sum(),
        rows_with_pregnant_rh: rows
            .iter()
            .filter(|r| r.pregnant_rh.is_some_and(|n| n > 0))
            .count(),
    }
}

fn note_count(data: &Dataset, n: u32) -> Option<f64> {
    data.endnote(n).map(|e| e.jurisdictions.len() as f64)
}

fn sum_of(data: &Dataset, ids: &[&str]) -> Option<f64> {
    ids.iter().map(|id| printed_value(data, id)).sum()
}

/// The printed figures of Section VI.D.2, each against Table 19 or the endnotes.
pub fn pregnancy_checks(data: &Dataset) -> Vec<FigureCheck> {
    let r = rows(data);
    let t = totals(&r);
    let zero_rh = r.iter().filter(|x| x.pregnant_rh == Some(0)).count() as f64;
    let mut out = Vec::new();
    out.extend(figure_check_with(
        data,
        "vi_d2_jurisdictions_reporting",
        sum_of(
            data,
            &[
                "vi_d2_jurisdictions_with_pregnant",
                "vi_d2_jurisdictions_no_pregnant",
            ],
        ),
        "printed: jurisdictions with pregnant prisoners + those with none",
    ));
    out.extend(figure_check_with(
        data,
        "vi_d2_jurisdictions_excluded",
        note_count(data, NOTE_EXCLUDED),
        "jurisdictions named in endnote 223",
    ));
    out.extend(figure_check_with(
        data,
        "vi_d2_jurisdictions_no_pregnant",
        note_count(data, NOTE_NONE_PREGNANT),
        "jurisdictions named in endnote 224",
    ));
    out.extend(
        [
            "vi_d2_jurisdictions_with_pregnant",
            "t19_n_jurisdictions",
            "vi_d2_pregnant_total",
        ]
        .iter()
        .filter_map(|id| figure_check(data, id)),
    );
    out.extend(figure_check_with(
        data,
        "vi_d2_jurisdictions_no_pregnant_rh",
        Some(zero_rh),
        "Table 19: rows with 0 pregnant in restricted housing",
    ));
    out.extend(figure_check_with(
        data,
        "vi_d2_jurisdictions_pregnant_rh",
        Some(t.rows_with_pregnant_rh as f64),
        "Table 19: rows with any pregnant in restricted housing",
    ));
    out.extend(figure_check(data, "vi_d2_pregnant_rh_total"));
    out
}

/// One jurisdiction's transgender prisoners in restricted housing, as endnote 226 gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransgenderRh {
    /// Jurisdiction code (from the endnote's `jurisdictions`, in the order it names them).
    pub code: String,
    /// The name as the endnote prints it.
    pub printed_name: String,
    /// People.
    pub count: u64,
}

/// Reads "Arizona (5 prisoners), Colorado (1 prisoner), …" out of an endnote's text.
pub fn parse_counts(text: &str) -> Vec<(String, u64)> {
    let body = text.split_once(':').map_or(text, |(_, b)| b);
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find(" (") {
        let after = &rest[open + 2..];
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
        let name = rest[..open].trim().trim_start_matches(',').trim();
        let name = name.strip_prefix("and ").unwrap_or(name);
        let name = name.strip_prefix("the ").unwrap_or(name);
        if let (Ok(n), true) = (
            digits.parse(),
            after[digits.len()..].starts_with(" prisoner"),
        ) {
            out.push((name.to_string(), n));
        }
        rest = after.find(')').map_or("", |i| &after[i + 1..]);
    }
    out
}

/// Endnote 226's list, matched to codes; empty if the names and codes do not line up.
pub fn transgender_rh(data: &Dataset) -> Vec<TransgenderRh> {
    let Some(note) = data.endnote(NOTE_TRANSGENDER_RH) else {
        return Vec::new();
    };
    let counts = parse_counts(&note.text);
    if counts.len() != note.jurisdictions.len() {
        return Vec::new();
    }
    counts
        .into_iter()
        .zip(&note.jurisdictions)
        .map(|((printed_name, count), code)| TransgenderRh {
            code: code.clone(),
            printed_name,
            count,
        })
        .collect()
}

/// The printed figures of Section VI.D.3, each against the other printed figures and endnote 226.
pub fn transgender_checks(data: &Dataset) -> Vec<FigureCheck> {
    let listed = transgender_rh(data);
    let listed_sum =
        (!listed.is_empty()).then(|| listed.iter().map(|t| t.count).sum::<u64>() as f64);
    let pct = match (
        printed_value(data, "vi_d3_transgender_rh"),
        printed_value(data, "vi_d3_transgender_total"),
    ) {
        (Some(a), Some(b)) if b > 0.0 => Some(100.0 * a / b),
        _ => None,
    };
    let mut out = Vec::new();
    out.extend(figure_check_with(
        data,
        "vi_d3_jurisdictions_reporting",
        sum_of(
            data,
            &[
                "vi_d3_jurisdictions_with_transgender",
                "vi_d3_jurisdictions_none",
            ],
        ),
        "printed: jurisdictions with transgender prisoners + those with none",
    ));
    out.extend(figure_check(data, "vi_d3_jurisdictions_none"));
    out.extend(figure_check_with(
        data,
        "vi_d3_jurisdictions_with_transgender",
        sum_of(
            data,
            &[
                "vi_d3_jurisdictions_none_in_rh",
                "vi_d3_jurisdictions_with_rh",
            ],
        ),
        "printed: jurisdictions with none in restricted housing + those with some",
    ));
    out.extend(figure_check(data, "vi_d3_transgender_total"));
    out.extend(figure_check(data, "vi_d3_jurisdictions_none_in_rh"));
    out.extend(figure_check_with(
        data,
        "vi_d3_jurisdictions_with_rh",
        (!listed.is_empty()).then_some(listed.len() as f64),
        "jurisdictions listed in endnote 226",
    ));
    out.extend(figure_check_with(
        data,
        "vi_d3_transgender_rh",
        listed_sum,
        "sum of the counts in endnote 226",
    ));
    out.extend(figure_check_with(
        data,
        "vi_d3_transgender_rh_pct",
        pct,
        "printed: transgender prisoners in restricted housing ÷ all reported",
    ));
    out
}

/// Table 19 as chart input: pregnant women in custody, with those in restricted housing as the part.
pub fn bar_inputs(rows: &[PregnancyRow]) -> Vec<BarInput> {
    rows.iter()
        .map(|r| BarInput {
            key: r.code.clone(),
            name: r.name.clone(),
            whole: r.pregnant_custodial.unwrap_or(0),
            part: r.pregnant_rh.unwrap_or(0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_an_endnote_list_of_counts() {
        let t = "The jurisdictions were: Arizona (5 prisoners), the District of Columbia (1 prisoner), and Washington (2 prisoners).";
        assert_eq!(
            parse_counts(t),
            vec![
                ("Arizona".into(), 5),
                ("District of Columbia".into(), 1),
                ("Washington".into(), 2)
            ]
        );
        assert!(parse_counts("No list here (see above).").is_empty());
    }
}
