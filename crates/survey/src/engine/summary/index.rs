//! The engine's index: built once from the dataset, one flat record per jurisdiction of every
//! figure and endnote a definition can ask for (Tables 2–6), plus the report-wide sums read off it.

use crate::data::catalog::STAY_BANDS;
use crate::data::dataset::Dataset;
use crate::data::table::{Cell, Table};

/// One jurisdiction's figures from Tables 2–6, as a definition needs them.
#[derive(Debug, Clone, Default)]
pub(super) struct Source {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) responded: bool,
    pub(super) total_custodial: Option<u64>,
    pub(super) reporting_custodial: Option<u64>,
    pub(super) rh22: Option<u64>,
    pub(super) alt_custodial: Option<u64>,
    pub(super) alt_rh: Option<u64>,
    pub(super) in_t03: bool,
    pub(super) h20_21: Option<u64>,
    pub(super) h16_19: Option<u64>,
    pub(super) stay: Option<[u64; 7]>,
    pub(super) men: Option<(Option<u64>, Option<u64>)>,
    pub(super) women: Option<(Option<u64>, Option<u64>)>,
    pub(super) notes: [Vec<u32>; 5],
}

/// The engine: a per-jurisdiction index of everything a definition needs.
#[derive(Debug, Clone)]
pub struct Engine {
    pub(super) rows: Vec<Source>,
    pub(super) table2_total_custodial: u64,
}

fn count(t: Option<&Table>, key: &str, col: &str) -> Option<u64> {
    t.and_then(|t| t.cell(key, col)).and_then(Cell::count)
}

fn notes(t: Option<&Table>, key: &str, cols: &[&str]) -> Vec<u32> {
    let mut out = Vec::new();
    if let Some(t) = t {
        for c in cols {
            for n in t.notes_for(key, c) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

impl Engine {
    /// Indexes the dataset.
    pub fn new(data: &Dataset) -> Engine {
        let (t2, t3, t4, t5, t6) = (
            data.table(2),
            data.table(3),
            data.table(4),
            data.table(5),
            data.table(6),
        );
        let has = |t: Option<&Table>, k: &str| t.is_some_and(|t| t.row(k).is_some());
        let rows: Vec<Source> = data
            .jurisdictions
            .iter()
            .map(|j| {
                let k = j.code.as_str();
                let sex = |t: Option<&Table>| {
                    has(t, k).then(|| {
                        (
                            count(t, k, "custodial_population"),
                            count(t, k, "rh_population"),
                        )
                    })
                };
                Source {
                    code: j.code.clone(),
                    name: j.name.clone(),
                    responded: j.responded,
                    total_custodial: count(t2, k, "total_custodial_population"),
                    reporting_custodial: count(t2, k, "custodial_population_rh_facilities"),
                    rh22: count(t2, k, "rh_population"),
                    alt_custodial: count(t2, k, "alt_custodial_population_rh_facilities"),
                    alt_rh: count(t2, k, "alt_rh_population"),
                    in_t03: has(t3, k),
                    h20_21: count(t3, k, "h20_21"),
                    h16_19: count(t3, k, "h16_19"),
                    stay: STAY_BANDS
                        .iter()
                        .map(|b| count(t4, k, b))
                        .collect::<Option<Vec<u64>>>()
                        .and_then(|v| v.try_into().ok()),
                    men: sex(t5),
                    women: sex(t6),
                    notes: [
                        notes(
                            t2,
                            k,
                            &["rh_population", "custodial_population_rh_facilities"],
                        ),
                        notes(t3, k, &["h20_21", "h16_19"]),
                        notes(t4, k, &STAY_BANDS),
                        notes(t5, k, &["rh_population", "custodial_population"]),
                        notes(t6, k, &["rh_population", "custodial_population"]),
                    ],
                }
            })
            .collect();
        let table2_total_custodial = rows
            .iter()
            .filter(|r| r.rh22.is_some())
            .filter_map(|r| r.total_custodial)
            .sum();
        Engine {
            rows,
            table2_total_custodial,
        }
    }

    /// Table 4's totals per stay band (15 days–1 month … 6 years or more) over all 41 jurisdictions.
    pub fn stay_band_totals(&self) -> [u64; 7] {
        let mut out = [0u64; 7];
        for b in self.rows.iter().filter_map(|s| s.stay) {
            for (o, v) in out.iter_mut().zip(b) {
                *o += v;
            }
        }
        out
    }

    /// Jurisdictions that held anyone in-cell 16–21 hours, with that share of their custodial
    /// population (Table 3; the report's "23 of the 34").
    pub fn held_16_21(&self) -> Vec<(String, u64, f64)> {
        self.rows
            .iter()
            .filter_map(|s| {
                let n = s.h20_21? + s.h16_19?;
                let d = s.reporting_custodial?;
                (n > 0 && d > 0).then(|| (s.code.clone(), n, 100.0 * n as f64 / d as f64))
            })
            .collect()
    }
}
