//! Claim check: find every figure a number in a sentence could be, where it comes from, and whether
//! the sentence's wording fits the definition behind it (a 16-hour count called "solitary", say).

use crate::data::catalog::{self, describe_column};
use crate::data::dataset::Dataset;
use crate::data::format::{percent, thousands};
use crate::data::table::{Cell, ColumnKind};
use crate::engine::definition::{Choice, Definition, Hours, Population, Stay};
use crate::engine::{Engine, Status};

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// People.
    People,
    /// A percent.
    Percent,
    /// Anything else (jurisdictions, facilities, years).
    Other,
}

/// A figure a claim could refer to.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The value.
    pub value: f64,
    /// As shown.
    pub shown: String,
    /// Unit.
    pub unit: Unit,
    /// What it is.
    pub label: String,
    /// Where it comes from ("Table 2, p. 22" or "Section IV.A, p. 20").
    pub source: String,
    /// Jurisdiction it belongs to, if one.
    pub jurisdiction: Option<String>,
    /// Minimum hours in-cell behind it, when it is a restricted-housing count.
    pub hours: Option<u8>,
    /// True when the report prints it; false when the app computed it.
    pub printed: bool,
}

/// One match for a number in the claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The number as written in the claim.
    pub claimed: String,
    /// The figure.
    pub candidate: Candidate,
    /// Equal at the claim's precision (otherwise within its rounding).
    pub exact: bool,
    /// The claim names this figure's jurisdiction.
    pub names_jurisdiction: bool,
    /// A mismatch between the claim's wording and the figure's definition.
    pub warning: Option<String>,
}

/// Every figure in the dataset and every figure the engine derives for the wider definitions.
pub fn candidates(data: &Dataset, engine: &Engine) -> Vec<Candidate> {
    let mut out = Vec::new();
    let name = |code: &str| {
        data.jurisdiction(code)
            .map(|j| j.name.clone())
            .unwrap_or_else(|| code.to_string())
    };
    for t in &data.tables {
        let page = catalog::table(t.number).map_or(0, |i| i.page);
        for r in &t.rows {
            for (i, c) in t.columns.iter().enumerate() {
                let (value, unit, shown) = match &r.cells[i] {
                    Cell::Count(n) => (
                        *n as f64,
                        if t.number == 1 {
                            Unit::Other
                        } else {
                            Unit::People
                        },
                        thousands(*n),
                    ),
                    Cell::Percent(d) => (d.value(), Unit::Percent, format!("{d}%")),
                    _ => continue,
                };
                if matches!(ColumnKind::of(c), ColumnKind::Key | ColumnKind::Notes) {
                    continue;
                }
                let hours = match (t.number, c.as_str()) {
                    (
                        2 | 5 | 6,
                        "rh_population" | "rh_percent" | "alt_rh_population" | "alt_rh_percent",
                    ) => Some(22),
                    (3, "h22_plus" | "h22_plus_pct") | (4, _) => Some(22),
                    (3, "h20_21" | "h20_21_pct") => Some(20),
                    (3, "h16_19" | "h16_19_pct" | "total_16_24" | "total_16_24_pct") => Some(16),
                    _ => None,
                };
                let who = if t.number == 1 {
                    r.key.replace('_', " ")
                } else {
                    name(&r.key)
                };
                out.push(Candidate {
                    value,
                    unit,
                    shown,
                    label: format!("{who}: {}", describe_column(c).1),
                    source: format!("Table {}, p. {page}", t.number),
                    jurisdiction: (t.number != 1).then(|| r.key.clone()),
                    hours,
                    printed: true,
                });
            }
        }
    }
    for f in &data.figures {
        let s = f.statement.to_lowercase();
        let hours = if s.contains("16") && (s.contains("hour") || s.contains("in-cell")) {
            Some(16)
        } else if s.contains("20") && s.contains("hour") {
            Some(20)
        } else if s.contains("restricted housing") || s.contains("22") {
            Some(22)
        } else {
            None
        };
        out.push(Candidate {
            value: f.value.value(),
            unit: match f.unit.as_str() {
                "people" => Unit::People,
                "percent" => Unit::Percent,
                _ => Unit::Other,
            },
            shown: if f.unit == "percent" {
                format!("{}%", f.value)
            } else {
                f.value.to_string()
            },
            label: f.statement.clone(),
            source: match f.table {
                Some(t) => format!("Table {t}, p. {}", f.page),
                None => format!("Section {}, p. {}", f.section, f.page),
            },
            jurisdiction: None,
            hours,
            printed: true,
        });
    }
    for &hours in Hours::ALL {
        for &stay in Stay::ALL {
            for &population in Population::ALL {
                let def = Definition {
                    hours,
                    stay,
                    population,
                    ..Definition::default()
                };
                if def.is_report_default()
                    || def.not_measured().is_some()
                    || (population != Population::All && hours == Hours::H22 && stay == Stay::D15)
                {
                    continue;
                }
                let s = engine.compute(&def);
                let src = crate::checks::provenance::tables_for(&def)
                    .iter()
                    .map(|(t, p)| format!("Table {t}, p. {p}"))
                    .collect::<Vec<_>>()
                    .join("; ");
                let at_least = if s.at_least { "at least " } else { "" };
                out.push(Candidate {
                    value: s.total as f64,
                    unit: Unit::People,
                    shown: format!("{at_least}{}", thousands(s.total)),
                    label: format!("Total: {}", def.describe()),
                    source: format!("computed from {src}"),
                    jurisdiction: None,
                    hours: Some(hours.value()),
                    printed: false,
                });
                for r in s
                    .rows
                    .iter()
                    .filter(|r| matches!(r.status, Status::Reported | Status::AtLeast))
                {
                    let Some(n) = r.count else { continue };
                    out.push(Candidate {
                        value: n as f64,
                        unit: Unit::People,
                        shown: thousands(n),
                        label: format!("{}: {}", r.name, def.describe()),
                        source: format!("computed from {src}"),
                        jurisdiction: Some(r.code.clone()),
                        hours: Some(hours.value()),
                        printed: false,
                    });
                    if let Some(p) = r.percent {
                        out.push(Candidate {
                            value: p,
                            unit: Unit::Percent,
                            shown: percent(p, 1),
                            label: format!("{}: percent, {}", r.name, def.describe()),
                            source: format!("computed from {src}"),
                            jurisdiction: Some(r.code.clone()),
                            hours: Some(hours.value()),
                            printed: false,
                        });
                    }
                }
            }
        }
    }
    out
}

/// A number found in the claim: its value, decimals, trailing zeros, and whether it is a percent.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    text: String,
    value: f64,
    decimals: i32,
    zeros: i32,
    percent: bool,
}

fn numbers(text: &str) -> Vec<Number> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], ',' | '.')
                    && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            i += 1;
        }
        let raw: String = chars[start..i].iter().collect();
        let clean = raw.replace(',', "");
        let Ok(value) = clean.parse::<f64>() else {
            continue;
        };
        let rest: String = chars[i..chars.len().min(i + 9)]
            .iter()
            .collect::<String>()
            .to_lowercase();
        let percent = rest.starts_with('%') || rest.trim_start().starts_with("percent");
        let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len() as i32);
        let zeros = if decimals == 0 {
            clean.len() as i32 - clean.trim_end_matches('0').len() as i32
        } else {
            0
        };
        out.push(Number {
            text: format!("{raw}{}", if percent { "%" } else { "" }),
            value,
            decimals,
            zeros: zeros.min(clean.len() as i32 - 1).max(0),
            percent,
        });
    }
    out
}

/// What the wording implies about hours in-cell.
fn implied_hours(text: &str) -> Option<u8> {
    let t = text.to_lowercase();
    for (h, words) in [
        (16u8, ["16 hours", "16 or more hours", "sixteen hours"]),
        (20, ["20 hours", "20 or more hours", "twenty hours"]),
    ] {
        if words.iter().any(|w| t.contains(w)) {
            return Some(h);
        }
    }
    [
        "solitary",
        "isolation",
        "22 hours",
        "22 or more hours",
        "restricted housing",
        "segregation",
        "restrictive housing",
    ]
    .iter()
    .any(|w| t.contains(w))
    .then_some(22)
}

/// Checks a claim against the candidates, best matches first (at most 30).
pub fn check(claim: &str, data: &Dataset, candidates: &[Candidate]) -> Vec<Match> {
    let lower = claim.to_lowercase();
    let named: Vec<&str> = data
        .jurisdictions
        .iter()
        .filter(|j| {
            let n = j.name.to_lowercase();
            lower.contains(&n)
                || (j.code == "BOP"
                    && (lower.contains("federal") || lower.contains("bureau of prisons")))
                || (j.code == "DC" && lower.contains("district of columbia"))
        })
        .map(|j| j.code.as_str())
        .collect();
    // "West Virginia" contains "Virginia": keep the longer name only.
    let named: Vec<&str> = named
        .iter()
        .copied()
        .filter(|c| {
            !(*c == "VA"
                && named.contains(&"WV")
                && !lower.replace("west virginia", "").contains("virginia"))
        })
        .collect();
    let wording = implied_hours(claim);
    let mut out = Vec::new();
    for n in numbers(claim) {
        let tol = if n.percent || n.decimals > 0 {
            0.5 * 10f64.powi(-n.decimals)
        } else {
            0.5 * 10f64.powi(n.zeros)
        };
        for c in candidates {
            if n.percent != (c.unit == Unit::Percent) && c.unit != Unit::Other {
                continue;
            }
            let diff = (c.value - n.value).abs();
            if diff > tol + 1e-9 {
                continue;
            }
            let exact = diff < 1e-9 || (n.percent && diff < 0.05 + 1e-9 && n.decimals >= 1);
            let names_jurisdiction = c
                .jurisdiction
                .as_deref()
                .is_some_and(|j| named.contains(&j));
            let warning = match (wording, c.hours) {
                (Some(w), Some(h)) if w != h => Some(format!(
                    "The claim's wording implies {w}+ hours a day, but this figure counts people held {h} hours or more{}.",
                    if h < 22 { " — wider than the survey's (and the Mandela Rules') 22-hour line for solitary confinement" } else { "" }
                )),
                _ => None,
            };
            out.push(Match {
                claimed: n.text.clone(),
                candidate: c.clone(),
                exact,
                names_jurisdiction,
                warning,
            });
        }
    }
    out.sort_by(|a, b| {
        let key = |m: &Match| {
            (
                !(m.names_jurisdiction || m.candidate.jurisdiction.is_none() && named.is_empty()),
                !m.exact,
                m.warning.is_some(),
                !m.candidate.printed,
            )
        };
        key(a).cmp(&key(b))
    });
    out.truncate(30);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_with_separators_decimals_and_percents() {
        let n = numbers("Texas held 5,832 people; 28.3% in VI; about 67,000 overall; 5 percent.");
        let v: Vec<(f64, bool, i32)> = n.iter().map(|n| (n.value, n.percent, n.zeros)).collect();
        assert_eq!(
            v,
            vec![
                (5832.0, false, 0),
                (28.3, true, 0),
                (67000.0, false, 3),
                (5.0, true, 0)
            ]
        );
    }

    #[test]
    fn wording() {
        assert_eq!(implied_hours("held in solitary"), Some(22));
        assert_eq!(implied_hours("in-cell 16 hours or more"), Some(16));
        assert_eq!(implied_hours("Texas held 5,832"), None);
    }
}
