//! A definition computed for every jurisdiction and across them: ranks, the caveats that apply,
//! totals, the median and extremes over complete jurisdictions, coverage, and who is left out.

use super::index::Engine;
use super::result::{JurisdictionResult, Status, Summary};
use crate::data::derivation::median;
use crate::engine::definition::{Definition, Hours, Population, Stay};

impl Engine {
    /// Computes a definition for every jurisdiction and across them.
    pub fn compute(&self, def: &Definition) -> Summary {
        let not_measured = def.not_measured();
        let mut rows: Vec<JurisdictionResult> = self
            .rows
            .iter()
            .map(|s| self.one(s, def, not_measured.is_some()))
            .collect();
        rank(&mut rows);

        let mut caveats = Vec::new();
        if def.hours != Hours::H22 {
            caveats.push("Table 3's 16–21 hour bands come from 34 jurisdictions; for the other 14 only the 22-hour count is known, so their counts and the total are minimums.");
        }
        if def.stay != Stay::D15 {
            caveats.push("Lengths of stay come from Table 4 (41 jurisdictions). In 12 of them the stay breakdown does not add up to the Table 2 count; see the audit.");
        }
        if def.population != Population::All {
            caveats.push("Tables 5 and 6 give one custodial population per sex (that of the reporting facilities), so the percent always uses it.");
        }
        if def.alternatives {
            caveats.push(if def.stay == Stay::D15 && def.population == Population::All {
                "Using the report's alternatives: Louisiana including state prisoners held in parish jails, Utah as of August 2016 (22-hour counts; Table 3 bands are still fall 2015)."
            } else {
                "The Louisiana and Utah alternatives exist only for the 15-day count of everyone, so they are not used here."
            });
        }

        let mut complete_pcts: Vec<(String, f64)> = Vec::new();
        let (mut total, mut counted, mut complete, mut covered) = (0u64, 0usize, 0usize, 0u64);
        let (mut left_out, mut partial) = (Vec::new(), Vec::new());
        for (r, s) in rows.iter().zip(&self.rows) {
            match r.status {
                Status::Missing(g) => left_out.push((r.code.clone(), g)),
                st => {
                    counted += 1;
                    total += r.count.unwrap_or(0);
                    covered += s.total_custodial.unwrap_or(0);
                    if st == Status::AtLeast {
                        partial.push(r.code.clone());
                    } else {
                        complete += 1;
                        if let Some(p) = r.percent {
                            complete_pcts.push((r.code.clone(), p));
                        }
                    }
                }
            }
        }
        let mut values: Vec<f64> = complete_pcts.iter().map(|(_, p)| *p).collect();
        let pick = |better: fn(f64, f64) -> bool| {
            complete_pcts
                .iter()
                .fold(None::<(String, f64)>, |best, (c, p)| match best {
                    Some((_, bp)) if !better(*p, bp) => best,
                    _ => Some((c.clone(), *p)),
                })
        };
        Summary {
            definition: *def,
            total,
            at_least: !partial.is_empty(),
            counted,
            complete,
            median_percent: median(&mut values),
            min: pick(|a, b| a < b),
            max: pick(|a, b| a > b),
            covered_population: covered,
            covered_share: if self.table2_total_custodial > 0 {
                100.0 * covered as f64 / self.table2_total_custodial as f64
            } else {
                0.0
            },
            left_out,
            partial,
            not_measured,
            caveats,
            rows,
        }
    }
}

/// Ranks rows by percent, highest first; ties share a rank.
fn rank(rows: &mut [JurisdictionResult]) {
    let mut pcts: Vec<f64> = rows.iter().filter_map(|r| r.percent).collect();
    crate::sort::sort_by(&mut pcts, |a, b| b.total_cmp(a));
    for r in rows.iter_mut() {
        r.rank = r
            .percent
            .map(|p| 1 + pcts.iter().take_while(|q| **q > p).count());
    }
}
