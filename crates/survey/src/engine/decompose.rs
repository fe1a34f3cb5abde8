//! The change between two definitions taken apart: which jurisdictions leave or join the count
//! because they did not (or did) report the measure, how many people the new line itself adds or
//! removes, and which percentages move while the count stays put — each part with its people and
//! its named jurisdictions, so a class sees where a total's change comes from.

use crate::engine::definition::{Definition, Denominator, Hours, Population, Stay};
use crate::engine::missing::MissingReason;
use crate::engine::summary::{JurisdictionResult, Status, Summary};

/// What kind of part of a change a jurisdiction belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartKind {
    /// Counted before, not after: did not report what the new definition needs (why: the gap).
    Left(MissingReason),
    /// Not counted before, counted after (why it was missing before: the gap).
    Entered(MissingReason),
    /// Counted both times, fewer people after: the new line leaves people out.
    Removed,
    /// Counted both times, more people after: the new line takes people in.
    Added,
    /// Counted both times and more people under a narrower stay: Table 4's stays add up to more
    /// than Table 2's count for that jurisdiction (the report's own inconsistency, never adjusted).
    TablesDisagree,
    /// Counted both times with the same count, but its percentage moved (a new denominator).
    RateOnly,
    /// Counted both times with the same count because it did not report the wider band: its
    /// figure is the old one and marked "at least".
    NotExtended,
}

impl PartKind {
    /// CSS class suffix for charts and lists.
    pub fn class(self) -> &'static str {
        match self {
            PartKind::Left(_) => "part-left",
            PartKind::Entered(_) => "part-entered",
            PartKind::Removed => "part-removed",
            PartKind::Added => "part-added",
            PartKind::TablesDisagree => "part-disagree",
            PartKind::RateOnly => "part-rate",
            PartKind::NotExtended => "part-partial",
        }
    }

    /// Whether the part is about who is counted (rather than how many people each one has).
    pub fn is_coverage(self) -> bool {
        matches!(self, PartKind::Left(_) | PartKind::Entered(_))
    }

    fn order(self) -> u8 {
        match self {
            PartKind::Left(_) => 0,
            PartKind::Entered(_) => 1,
            PartKind::Removed => 2,
            PartKind::Added => 3,
            PartKind::TablesDisagree => 4,
            PartKind::RateOnly => 5,
            PartKind::NotExtended => 6,
        }
    }
}

/// One jurisdiction within a part.
#[derive(Debug, Clone, PartialEq)]
pub struct PartEntry {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// People it adds (+) or removes (−) from the total.
    pub people: i64,
    /// Its percent before, when it had one.
    pub percent_before: Option<f64>,
    /// Its percent after, when it has one.
    pub percent_after: Option<f64>,
}

/// One part of a change: a kind, its people and the jurisdictions in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// What kind of part.
    pub kind: PartKind,
    /// Plain-language name, e.g. "Drop out: no length-of-stay data".
    pub label: String,
    /// One sentence: what it means.
    pub explain: String,
    /// People it adds (+) or removes (−); zero for rate-only and not-extended parts.
    pub people: i64,
    /// The jurisdictions in it, largest change first.
    pub entries: Vec<PartEntry>,
}

/// The unit a change is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// People counted.
    People,
    /// Percentage points (the count did not change).
    Points,
}

/// One jurisdiction's move, for the "who moved most" chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Mover {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// Value before in the unit (people or percent); `None` when not counted.
    pub before: Option<f64>,
    /// Value after in the unit; `None` when not counted.
    pub after: Option<f64>,
    /// Why it has no value after (or before), when it has none.
    pub gap: Option<MissingReason>,
    /// The change in the unit (a missing side counts as zero people).
    pub change: f64,
    /// The part it belongs to.
    pub kind: PartKind,
}

/// The whole decomposition of a change from one definition to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Decomposition {
    /// Definition A.
    pub from: Definition,
    /// Definition B.
    pub to: Definition,
    /// Total under A.
    pub from_total: u64,
    /// Total under B.
    pub to_total: u64,
    /// Whether A's total is a minimum.
    pub from_at_least: bool,
    /// Whether B's total is a minimum.
    pub to_at_least: bool,
    /// B − A.
    pub total_change: i64,
    /// The parts, in a fixed order (who leaves, who joins, the line's own effect, rates); only
    /// non-empty ones. Their `people` add up to `total_change`.
    pub parts: Vec<Part>,
    /// The unit the change is about.
    pub unit: Unit,
    /// Every jurisdiction that moved in that unit, largest move first.
    pub movers: Vec<Mover>,
}

/// Smallest percentage-point move that counts as a move (below what a printed 0.1 can show).
const POINT_EPSILON: f64 = 1e-9;

fn counted(r: &JurisdictionResult) -> Option<u64> {
    match r.status {
        Status::Missing(_) => None,
        _ => Some(r.count.unwrap_or(0)),
    }
}

fn gap(r: &JurisdictionResult) -> Option<MissingReason> {
    match r.status {
        Status::Missing(g) => Some(g),
        _ => None,
    }
}

/// Whether B only narrows A's stay (same hours, population and alternatives), so that a
/// jurisdiction with more people under B can only come from Table 4 exceeding Table 2.
fn stay_narrows(a: &Definition, b: &Definition) -> Option<bool> {
    (a.hours == b.hours && a.population == b.population && a.stay != b.stay)
        .then_some(b.stay > a.stay)
}

/// Classifies one jurisdiction's change; `None` when nothing about it moved.
fn classify(
    a: &JurisdictionResult,
    b: &JurisdictionResult,
    sa: &Definition,
    sb: &Definition,
) -> Option<(PartKind, i64)> {
    match (counted(a), counted(b)) {
        (None, None) => None,
        (Some(x), None) => Some((
            PartKind::Left(gap(b).unwrap_or(MissingReason::NotMeasured)),
            -(x as i64),
        )),
        (None, Some(y)) => Some((
            PartKind::Entered(gap(a).unwrap_or(MissingReason::NotMeasured)),
            y as i64,
        )),
        (Some(x), Some(y)) => {
            let d = y as i64 - x as i64;
            let narrows = stay_narrows(sa, sb);
            if (d > 0 && narrows == Some(true)) || (d < 0 && narrows == Some(false)) {
                Some((PartKind::TablesDisagree, d))
            } else if d > 0 {
                Some((PartKind::Added, d))
            } else if d < 0 {
                Some((PartKind::Removed, d))
            } else if b.status == Status::AtLeast && sb.hours > sa.hours {
                Some((PartKind::NotExtended, 0))
            } else {
                match (a.percent, b.percent) {
                    (Some(p), Some(q)) if (p - q).abs() > POINT_EPSILON => {
                        Some((PartKind::RateOnly, 0))
                    }
                    _ => None,
                }
            }
        }
    }
}

fn band_words(from: Hours, to: Hours) -> &'static str {
    match (from.min(to), from.max(to)) {
        (Hours::H22, Hours::H20) => "20–21 hours a day",
        (Hours::H20, Hours::H16) => "16–19 hours a day",
        _ => "16–21 hours a day",
    }
}

fn who(p: Population) -> &'static str {
    match p {
        Population::All => "everyone",
        Population::Men => "men",
        Population::Women => "women",
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The label and explanation of a part for a change from `a` to `b` (`n` jurisdictions).
fn describe(kind: PartKind, a: &Definition, b: &Definition, n: usize) -> (String, String) {
    let j = if n == 1 {
        "jurisdiction"
    } else {
        "jurisdictions"
    };
    let line = if a.hours != b.hours && a.stay == b.stay && a.population == b.population {
        Some(band_words(a.hours, b.hours))
    } else {
        None
    };
    match kind {
        PartKind::Left(g) => (
            format!("Drop out: {}", g.label()),
            format!("{n} {j} counted under A have no figure under B: {}. Their people leave the total without anyone being released.", lower_first(g.reason().trim_end_matches('.'))),
        ),
        PartKind::Entered(g) => (
            format!("Join: {} under A", g.label()),
            format!("{n} {j} had no figure under A ({}), but have one under B: their people join the total.", g.label()),
        ),
        PartKind::Removed => {
            let label = match line {
                Some(w) => format!("No longer counted: {w}"),
                None if b.stay > a.stay && a.hours == b.hours => "No longer counted: shorter stays".into(),
                None if a.population == Population::All && b.population != Population::All => {
                    format!("No longer counted: all but {}", who(b.population))
                }
                None => "Fewer people counted".into(),
            };
            (label, format!("{n} {j} report fewer people under B's line than under A's."))
        }
        PartKind::Added => {
            let label = match line {
                Some(w) => format!("Now counted: {w}"),
                None if b.stay < a.stay && a.hours == b.hours => "Now counted: shorter stays".into(),
                None if b.alternatives && !a.alternatives => "The report's alternative figures".into(),
                None if b.population == Population::All && a.population != Population::All => {
                    format!("Now counted: not only {}", who(a.population))
                }
                None => "More people counted".into(),
            };
            (label, format!("{n} {j} report more people under B's line than under A's."))
        }
        PartKind::TablesDisagree => (
            "Table 4 gives more than Table 2".into(),
            format!("In {n} {j} the length-of-stay bands (Table 4) add up to more people than the 15-day count (Table 2), so a longer stay shows more people; the report's figures are shown as printed."),
        ),
        PartKind::RateOnly => (
            "Same people, new percentage".into(),
            format!("{n} {j} count the same people, but divide by a different population, so their percentage moves."),
        ),
        PartKind::NotExtended => (
            "Old figure only: did not report the new band".into(),
            format!("{n} {j} did not answer Table 3, so only their 22-hour count is known: they add nothing, and the total becomes “at least”."),
        ),
    }
}

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
    parts.sort_by_key(|p| (p.kind.order(), p.people.unsigned_abs() == 0));
    for p in &mut parts {
        p.entries
            .sort_by_key(|e| std::cmp::Reverse(e.people.unsigned_abs()));
        if p.kind == PartKind::RateOnly {
            p.entries.sort_by(|x, y| {
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
    movers.sort_by(|x, y| y.change.abs().total_cmp(&x.change.abs()));
    Decomposition {
        from: *da,
        to: *db,
        from_total: from.total,
        to_total: to.total,
        from_at_least: from.at_least,
        to_at_least: to.at_least,
        total_change: to.total as i64 - from.total as i64,
        parts,
        unit,
        movers,
    }
}

/// A short label: `22+ hours, 15+ days`, then the denominator, population and alternatives when
/// they differ from the report's.
pub fn short_label(d: &Definition) -> String {
    let stay = match d.stay {
        Stay::D15 => "15+ days",
        Stay::M1 => "1+ month",
        Stay::M3 => "3+ months",
        Stay::M6 => "6+ months",
        Stay::Y1 => "1+ year",
        Stay::Y3 => "3+ years",
        Stay::Y6 => "6+ years",
    };
    let mut s = format!("{}+ hours, {stay}", d.hours.value());
    if d.denominator == Denominator::Total {
        s.push_str(", whole system");
    }
    match d.population {
        Population::All => {}
        Population::Men => s.push_str(", men"),
        Population::Women => s.push_str(", women"),
    }
    if d.alternatives {
        s.push_str(", LA/UT alternatives");
    }
    s
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
