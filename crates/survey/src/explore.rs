//! The explorer's table logic: search and sort over an engine [`Summary`], missing values last.

use crate::engine::{JurisdictionResult, Status, Summary};
use crate::url::{Sort, SortColumn};
use std::cmp::Ordering;

/// The value a row sorts by in a column (`None` = not reported, always last).
pub fn sort_value(r: &JurisdictionResult, column: SortColumn) -> Option<f64> {
    match column {
        SortColumn::Name => None,
        SortColumn::Count => r.count.map(|c| c as f64),
        SortColumn::Percent => r.percent,
        SortColumn::H22 => r.h22.map(|c| c as f64),
        SortColumn::H20 => r.h20_21.map(|c| c as f64),
        SortColumn::H16 => r.h16_19.map(|c| c as f64),
        SortColumn::Denominator => r.denominator.map(|c| c as f64),
    }
}

/// True when the search text matches the jurisdiction's name or code (case-insensitive).
pub fn matches(r: &JurisdictionResult, search: &str) -> bool {
    let s = search.trim().to_lowercase();
    s.is_empty() || r.name.to_lowercase().contains(&s) || r.code.to_lowercase() == s
}

/// Rows matching the search, in the sort order; rows without a value come last either way, then
/// by name. Ties break by name so the order is stable.
pub fn rows<'a>(summary: &'a Summary, sort: Sort, search: &str) -> Vec<&'a JurisdictionResult> {
    order(summary, sort, search)
        .into_iter()
        .map(|i| &summary.rows[i])
        .collect()
}

/// The same rows as [`rows`], as indices into `summary.rows`.
pub fn order(summary: &Summary, sort: Sort, search: &str) -> Vec<usize> {
    let mut out: Vec<usize> = (0..summary.rows.len())
        .filter(|&i| matches(&summary.rows[i], search))
        .collect();
    out.sort_by(|&a, &b| compare(&summary.rows[a], &summary.rows[b], sort));
    out
}

fn compare(a: &JurisdictionResult, b: &JurisdictionResult, sort: Sort) -> Ordering {
    let by_name = a.name.cmp(&b.name);
    if sort.column == SortColumn::Name {
        return if sort.descending {
            by_name.reverse()
        } else {
            by_name
        };
    }
    match (sort_value(a, sort.column), sort_value(b, sort.column)) {
        (Some(x), Some(y)) => {
            let o = x.total_cmp(&y);
            (if sort.descending { o.reverse() } else { o }).then(by_name)
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => missing_rank(a).cmp(&missing_rank(b)).then(by_name),
    }
}

/// Among missing rows: partial data first, then not reported, then not responded.
fn missing_rank(r: &JurisdictionResult) -> u8 {
    match r.status {
        Status::Missing(crate::engine::Gap::NotResponded) => 2,
        Status::Missing(_) => 1,
        _ => 0,
    }
}
