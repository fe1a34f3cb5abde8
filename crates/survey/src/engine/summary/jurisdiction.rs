//! One jurisdiction under one definition: its 22-hour count at the chosen stay and population, the
//! hour bands the threshold adds, the denominator, the percent, and why a count is missing or
//! only a minimum.

use super::index::{Engine, Source};
use super::result::{JurisdictionResult, Status};
use crate::engine::definition::{Definition, Denominator, Population, Stay};
use crate::engine::missing::MissingReason;

impl Engine {
    pub(super) fn one(&self, s: &Source, def: &Definition, unmeasured: bool) -> JurisdictionResult {
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
}
