//! Facts the app computes from printed figures: women's and men's shares of those held, and what
//! the engine derives for every wider definition the survey measured. All are marked computed.

use crate::data::format::{round_half_up, thousands};
use crate::data::Dataset;
use crate::engine::definition::{Choice, Definition, Hours, Population, Stay};
use crate::engine::{Engine, Status};

use super::super::terms::{HoursSpec, Measure, Stat, Topic};
use super::fact::Fact;

fn shown_percent(v: f64, places: usize) -> String {
    format!("{}%", round_half_up(v, places))
}

/// Women's and men's shares of those held (from the totals of Tables 5 and 6), computed.
pub fn shares_by_sex(data: &Dataset, out: &mut Vec<Fact>) {
    let total = |id: &str| data.figure(id).map(|f| f.value.value());
    if let (Some(men), Some(women)) = (
        total("t05_total_rh_population"),
        total("t06_total_rh_population"),
    ) {
        let both = men + women;
        for (pop, n, word) in [
            (Population::Women, women, "Women"),
            (Population::Men, men, "Men"),
        ] {
            let p = 100.0 * n / both;
            out.push(Fact {
                value: p,
                shown: shown_percent(p, 1),
                half: 0.05,
                label: format!(
                    "{word} as a share of the people in restricted housing in the jurisdictions that reported by sex: {} of {}",
                    thousands(n as u64),
                    thousands(both as u64)
                ),
                source: format!("computed from {} and {}", data.cite(5, ""), data.cite(6, "")).replace("Table 5, p. 32 and Table 6, p. 34", "Tables 5 and 6 (pp. 32, 34)"),
                who: None,
                population: pop,
                measure: Measure::ShareOfHeld,
                stat: Stat::Value,
                topic: Topic::None,
                hours: Some(HoursSpec::AtLeast(22)),
                stay: Stay::D15,
                at_least: false,
                alternative: false,
                printed: false,
            });
        }
    }
}

/// What the engine derives for the wider definitions (every definition but the report's own
/// that the survey measured), marked computed.
pub fn definition_facts(engine: &Engine, out: &mut Vec<Fact>) {
    for &hours in Hours::ALL {
        for &stay in Stay::ALL {
            for &population in Population::ALL {
                let def = Definition {
                    hours,
                    stay,
                    population,
                    ..Definition::default()
                };
                if def.not_measured().is_some() || (hours == Hours::H22 && stay == Stay::D15) {
                    continue;
                }
                let s = engine.compute(&def);
                let src = format!(
                    "computed from {}",
                    crate::checks::provenance::tables_for(&def)
                        .iter()
                        .map(|(t, p)| format!("Table {t}, p. {p}"))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                let h = Some(HoursSpec::AtLeast(hours.value()));
                let base = Fact {
                    value: s.total as f64,
                    shown: format!(
                        "{}{}",
                        if s.at_least { "at least " } else { "" },
                        thousands(s.total)
                    ),
                    half: 0.5,
                    label: format!("Total: {}", def.describe()),
                    source: src.clone(),
                    who: None,
                    population,
                    measure: Measure::Held,
                    stat: Stat::Value,
                    topic: Topic::None,
                    hours: h,
                    stay,
                    at_least: s.at_least,
                    alternative: false,
                    printed: false,
                };
                if let Some(m) = s.median_percent {
                    out.push(Fact {
                        value: m,
                        shown: shown_percent(m, 1),
                        half: 0.05,
                        label: format!(
                            "Median percent across the {} jurisdictions with complete data: {}",
                            s.complete,
                            def.describe()
                        ),
                        measure: Measure::Rate,
                        stat: Stat::Median,
                        at_least: false,
                        ..base.clone()
                    });
                }
                for r in s
                    .rows
                    .iter()
                    .filter(|r| matches!(r.status, Status::Reported | Status::AtLeast))
                {
                    let Some(n) = r.count else { continue };
                    let row = Fact {
                        value: n as f64,
                        shown: format!(
                            "{}{}",
                            if r.status == Status::AtLeast {
                                "at least "
                            } else {
                                ""
                            },
                            thousands(n)
                        ),
                        label: format!("{}: {}", r.name, def.describe()),
                        who: Some(r.code.clone()),
                        at_least: r.status == Status::AtLeast,
                        ..base.clone()
                    };
                    if let Some(p) = r.percent {
                        out.push(Fact {
                            value: p,
                            shown: shown_percent(p, 1),
                            half: 0.05,
                            label: format!("{}: percent, {}", r.name, def.describe()),
                            measure: Measure::Rate,
                            ..row.clone()
                        });
                    }
                    out.push(row);
                }
                out.push(base);
            }
        }
    }
}
