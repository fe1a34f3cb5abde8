//! Taking a change apart: each jurisdiction's change classified into its part, the parts in a
//! fixed order with their labels, and the movers in the change's unit.

use crate::engine::definition::{Definition, Denominator, Hours, Population, Stay};
use crate::engine::summary::Summary;

use super::classify::{classify, counted, gap, POINT_EPSILON};
use super::labels::describe;
use super::parts::{Decomposition, Mover, Part, PartEntry, PartKind, Unit};

/// Takes apart the change from `from` to `to` (two summaries of the same engine).
pub fn decompose(from: &Summary, to: &Summary) -> Decomposition {
    let (da, db) = (&from.definition, &to.definition);
    let mut parts: Vec<Part> = Vec::new();
    let mut movers_people: Vec<Mover> = Vec::new();
    let mut movers_points: Vec<Mover> = Vec::new();
    for (a, b) in from.rows.iter().zip(&to.rows) {
        let Some((kind, people)) = classify(a, b, da, db) else {
            continue;
        };
        let entry = PartEntry {
            code: a.code.clone(),
            name: a.name.clone(),
            people,
            percent_before: a.percent,
            percent_after: b.percent,
        };
        match parts.iter_mut().find(|p| p.kind == kind) {
            Some(p) => {
                p.people += people;
                p.entries.push(entry);
            }
            None => parts.push(Part {
                kind,
                label: String::new(),
                explain: String::new(),
                people,
                entries: vec![entry],
            }),
        }
        let gap = gap(b).or(gap(a));
        if people != 0 {
            movers_people.push(Mover {
                code: a.code.clone(),
                name: a.name.clone(),
                before: counted(a).map(|c| c as f64),
                after: counted(b).map(|c| c as f64),
                gap,
                change: people as f64,
                kind,
            });
        }
        if let (Some(p), Some(q)) = (a.percent, b.percent) {
            if (p - q).abs() > POINT_EPSILON {
                movers_points.push(Mover {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    before: Some(p),
                    after: Some(q),
                    gap: None,
                    change: q - p,
                    kind,
                });
            }
        }
    }
    crate::sort::sort_by_key(&mut parts, |p| {
        (p.kind.order(), p.people.unsigned_abs() == 0)
    });
    for p in &mut parts {
        crate::sort::sort_by_key(&mut p.entries, |e| {
            std::cmp::Reverse(e.people.unsigned_abs())
        });
        if p.kind == PartKind::RateOnly {
            crate::sort::sort_by(&mut p.entries, |x, y| {
                let d = |e: &PartEntry| {
                    e.percent_after
                        .zip(e.percent_before)
                        .map(|(q, p)| (q - p).abs())
                        .unwrap_or(0.0)
                };
                d(y).total_cmp(&d(x))
            });
        }
        let (label, explain) = describe(p.kind, da, db, p.entries.len());
        p.label = label;
        p.explain = explain;
    }
    let unit = if movers_people.is_empty() {
        Unit::Points
    } else {
        Unit::People
    };
    let mut movers = match unit {
        Unit::People => movers_people,
        Unit::Points => movers_points,
    };
    // Stable: ties keep the report's order.
    crate::sort::sort_by(&mut movers, |x, y| {
        y.change.abs().total_cmp(&x.change.abs())
    });
    Decomposition {
        from: *da,
        to: *db,
        from_total: from.total,
        to_total: to.total,
        from_at_least: from.at_least,
        to_at_least: to.at_least,
        from_not_measured: from.not_measured,
        to_not_measured: to.not_measured,
        total_change: to.total as i64 - from.total as i64,
        parts,
        unit,
        movers,
    }
}

/// Every definition the explorer can set (hours × stay × denominator × population × alternatives).
pub fn all_definitions() -> Vec<Definition> {
    use crate::engine::definition::Choice;
    let mut out = Vec::new();
    for &hours in Hours::ALL {
        for &stay in Stay::ALL {
            for &denominator in Denominator::ALL {
                for &population in Population::ALL {
                    for alternatives in [false, true] {
                        out.push(Definition {
                            hours,
                            stay,
                            denominator,
                            population,
                            alternatives,
                        });
                    }
                }
            }
        }
    }
    out
}
