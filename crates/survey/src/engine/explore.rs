//! The explorer's table logic: search and sort over an engine [`Summary`], missing values last.

use crate::engine::missing::MissingReason;
use crate::engine::summary::{JurisdictionResult, Status, Summary};
use std::cmp::Ordering;

/// Table columns the explorer can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// Jurisdiction name.
    Name,
    /// People counted.
    Count,
    /// Percent of the denominator.
    Percent,
    /// 22+ hour part.
    H22,
    /// 20–21 hour band.
    H20,
    /// 16–19 hour band.
    H16,
    /// The denominator.
    Denominator,
}

impl SortColumn {
    /// Every sortable column.
    pub const ALL: [SortColumn; 7] = [
        SortColumn::Name,
        SortColumn::Count,
        SortColumn::Percent,
        SortColumn::H22,
        SortColumn::H20,
        SortColumn::H16,
        SortColumn::Denominator,
    ];

    /// URL token.
    pub fn token(self) -> &'static str {
        match self {
            SortColumn::Name => "name",
            SortColumn::Count => "count",
            SortColumn::Percent => "percent",
            SortColumn::H22 => "h22",
            SortColumn::H20 => "h20",
            SortColumn::H16 => "h16",
            SortColumn::Denominator => "denominator",
        }
    }
}

/// A sort order: a column, descending or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    /// The column.
    pub column: SortColumn,
    /// Highest first.
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: SortColumn::Percent,
            descending: true,
        }
    }
}

impl Sort {
    /// `percent` or `-percent`.
    pub fn token(self) -> String {
        format!(
            "{}{}",
            if self.descending { "-" } else { "" },
            self.column.token()
        )
    }

    /// Parses `percent` or `-percent`.
    pub fn from_token(s: &str) -> Option<Sort> {
        let (descending, name) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        SortColumn::ALL
            .iter()
            .copied()
            .find(|c| c.token() == name)
            .map(|column| Sort { column, descending })
    }
}

/// What the chart and map measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Measure {
    /// Percent of the denominator.
    #[default]
    Percent,
    /// Number of people.
    Count,
}

/// A row's value in a measure: its percent or its count (`None` = not reported).
pub fn measure_value(r: &JurisdictionResult, measure: Measure) -> Option<f64> {
    match measure {
        Measure::Percent => r.percent,
        Measure::Count => r.count.map(|c| c as f64),
    }
}

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
    // Names and codes are ASCII, so ASCII case folding is exact here, and it keeps Unicode's case
    // tables out of the first-view bundle (issue 13, about 3 kB).
    let s = search.trim().to_ascii_lowercase();
    s.is_empty() || r.name.to_ascii_lowercase().contains(&s) || r.code.to_ascii_lowercase() == s
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
    crate::sort::sort_by(&mut out, |&a, &b| {
        compare(&summary.rows[a], &summary.rows[b], sort)
    });
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
        Status::Missing(MissingReason::NotResponded) => 2,
        Status::Missing(_) => 1,
        _ => 0,
    }
}
