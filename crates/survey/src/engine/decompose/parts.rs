//! What a decomposition is: its parts (each a kind, its people and its jurisdictions), the unit
//! the change is measured in, and the jurisdictions that moved most.

use crate::engine::definition::Definition;
use crate::engine::missing::MissingReason;

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

    /// Where the part comes in a decomposition (who leaves, who joins, the line, rates).
    pub(super) fn order(self) -> u8 {
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
    /// Why the survey cannot answer A at all, if so (its total is then no count, not 0).
    pub from_not_measured: Option<&'static str>,
    /// Why the survey cannot answer B at all, if so.
    pub to_not_measured: Option<&'static str>,
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
