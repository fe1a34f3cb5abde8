//! What the engine returns: each jurisdiction's count, denominator, percent and status under a
//! definition, and the summary across them (totals, median, coverage, who is left out and why).

use crate::engine::definition::Definition;
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
