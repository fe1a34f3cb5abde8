//! The definitions engine: for any [`Definition`], who is counted, out of how many, and what is
//! unknown. Every view asks it; none computes on its own.
//!
//! Built once from the [`Dataset`] into a flat per-jurisdiction index, so recomputing all 53
//! jurisdictions for a definition change is a single pass over small arrays.

use crate::data::catalog::STAY_BANDS;
use crate::data::dataset::Dataset;
use crate::data::derivation::median;
use crate::data::table::{Cell, Table};
use crate::engine::definition::{Definition, Denominator, Hours, Population, Stay};

use crate::engine::missing::MissingReason;

/// How far a jurisdiction's count can be trusted under a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Reported, and above zero.
    Reported,
    /// Reported as zero.
    ReportedZero,
    /// Only part of the definition was reported (no 16–21 hour bands): the count is a minimum.
    AtLeast,
    /// No count, for this reason.
    Missing(MissingReason),
}

/// One jurisdiction under one definition.
#[derive(Debug, Clone, PartialEq)]
pub struct JurisdictionResult {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// People counted (a minimum when `status` is `AtLeast`).
    pub count: Option<u64>,
    /// The 22+ hour part (at the chosen stay).
    pub h22: Option<u64>,
    /// The 20–21 hour band, when the threshold includes it and it was reported.
    pub h20_21: Option<u64>,
    /// The 16–19 hour band, when the threshold includes it and it was reported.
    pub h16_19: Option<u64>,
    /// The denominator used for `percent`.
    pub denominator: Option<u64>,
    /// Percent of the denominator.
    pub percent: Option<f64>,
    /// Status of the count.
    pub status: Status,
    /// Endnotes that qualify this figure, in order, without repeats.
    pub notes: Vec<u32>,
    /// Rank by percent, 1 = highest (ties share a rank); `None` without a percent.
    pub rank: Option<usize>,
    /// Whether the report's parenthesised alternative was used.
    pub alternative_used: bool,
}

/// The whole result for one definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The definition computed.
    pub definition: Definition,
    /// One row per surveyed jurisdiction, in the report's order.
    pub rows: Vec<JurisdictionResult>,
    /// Sum of the counts (a minimum when `at_least`).
    pub total: u64,
    /// True when some counted jurisdictions reported only part of the definition.
    pub at_least: bool,
    /// Jurisdictions with a count.
    pub counted: usize,
    /// Of those, jurisdictions that reported every part of the definition.
    pub complete: usize,
    /// Median percent over the complete jurisdictions.
    pub median_percent: Option<f64>,
    /// Lowest percent (code, percent) among complete jurisdictions.
    pub min: Option<(String, f64)>,
    /// Highest percent (code, percent) among complete jurisdictions.
    pub max: Option<(String, f64)>,
    /// Total custodial population (Table 2) of the counted jurisdictions.
    pub covered_population: u64,
    /// That as a percent of the total custodial population of all Table 2 jurisdictions.
    pub covered_share: f64,
    /// Jurisdictions without a count, and why.
    pub left_out: Vec<(String, MissingReason)>,
    /// Jurisdictions whose count is a minimum.
    pub partial: Vec<String>,
    /// Why the survey cannot answer this definition at all, if so.
    pub not_measured: Option<&'static str>,
    /// Caveats that apply to this definition.
    pub caveats: Vec<&'static str>,
}

#[derive(Debug, Clone, Default)]
struct Source {
    code: String,
    name: String,
    responded: bool,
    total_custodial: Option<u64>,
    reporting_custodial: Option<u64>,
    rh22: Option<u64>,
    alt_custodial: Option<u64>,
    alt_rh: Option<u64>,
    in_t03: bool,
    h20_21: Option<u64>,
    h16_19: Option<u64>,
    stay: Option<[u64; 7]>,
    men: Option<(Option<u64>, Option<u64>)>,
    women: Option<(Option<u64>, Option<u64>)>,
    notes: [Vec<u32>; 5],
}

/// The engine: a per-jurisdiction index of everything a definition needs.
#[derive(Debug, Clone)]
pub struct Engine {
    rows: Vec<Source>,
    table2_total_custodial: u64,
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

    fn one(&self, s: &Source, def: &Definition, unmeasured: bool) -> JurisdictionResult {
        let mut r = JurisdictionResult {
            code: s.code.clone(),
            name: s.name.clone(),
            count: None,
            h22: None,
            h20_21: None,
            h16_19: None,
            denominator: None,
            percent: None,
            status: Status::Missing(MissingReason::NotMeasured),
            notes: Vec::new(),
            rank: None,
            alternative_used: false,
        };
        let gap = if !s.responded {
            Some(MissingReason::NotResponded)
        } else if unmeasured {
            Some(MissingReason::NotMeasured)
        } else {
            None
        };
        if let Some(g) = gap {
            r.status = Status::Missing(g);
            return r;
        }
        let mut add_notes = |ns: &[u32]| {
            for n in ns {
                if !r.notes.contains(n) {
                    r.notes.push(*n);
                }
            }
        };
        // The 22-hour count at the chosen stay, and its denominator.
        let (h22, denominator, at_least) = match def.population {
            Population::Men | Population::Women => {
                let (data, idx) = if def.population == Population::Men {
                    (s.men, 3)
                } else {
                    (s.women, 4)
                };
                add_notes(&s.notes[idx]);
                match data {
                    Some((cust, rh)) => (rh, cust, false),
                    None => (None, None, false),
                }
            }
            Population::All => {
                add_notes(&s.notes[0]);
                let use_alt = def.alternatives && def.stay == Stay::D15 && s.alt_rh.is_some();
                r.alternative_used = use_alt;
                let den = match (use_alt, def.denominator) {
                    (true, _) => s.alt_custodial.or(s.reporting_custodial),
                    (false, Denominator::Reporting) => s.reporting_custodial,
                    (false, Denominator::Total) => s.total_custodial,
                };
                let h22 = if def.stay == Stay::D15 {
                    if use_alt {
                        s.alt_rh
                    } else {
                        s.rh22
                    }
                } else {
                    add_notes(&s.notes[2]);
                    s.stay.map(|b| b[def.stay.first_band()..].iter().sum())
                };
                (h22, den, false)
            }
        };
        let Some(h22) = h22 else {
            r.status = Status::Missing(match def.population {
                Population::All if s.rh22.is_none() => MissingReason::NoRestrictedHousingData,
                Population::All => MissingReason::NoLengthOfStay,
                _ => MissingReason::NoCountForSex,
            });
            return r;
        };
        let mut total = h22;
        let mut at_least = at_least;
        if def.hours.includes_20_21() {
            if s.in_t03 {
                add_notes(&s.notes[1]);
            }
            match s.h20_21 {
                Some(n) => {
                    r.h20_21 = Some(n);
                    total += n;
                }
                None => at_least = true,
            }
        }
        if def.hours.includes_16_19() {
            match s.h16_19 {
                Some(n) => {
                    r.h16_19 = Some(n);
                    total += n;
                }
                None => at_least = true,
            }
        }
        r.h22 = Some(h22);
        r.count = Some(total);
        r.denominator = denominator;
        r.percent = denominator
            .filter(|d| *d > 0)
            .map(|d| 100.0 * total as f64 / d as f64);
        r.status = match (at_least, total) {
            (true, _) => Status::AtLeast,
            (false, 0) => Status::ReportedZero,
            (false, _) => Status::Reported,
        };
        r
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

/// Ranks rows by percent, highest first; ties share a rank.
fn rank(rows: &mut [JurisdictionResult]) {
    let mut pcts: Vec<f64> = rows.iter().filter_map(|r| r.percent).collect();
    pcts.sort_by(|a, b| b.total_cmp(a));
    for r in rows.iter_mut() {
        r.rank = r
            .percent
            .map(|p| 1 + pcts.iter().take_while(|q| **q > p).count());
    }
}
