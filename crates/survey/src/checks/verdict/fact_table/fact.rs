//! A [`Fact`]: one figure of the report (or computed from it), with what it measures — who,
//! which group, which definition — and where it is printed.

use crate::engine::definition::{Population, Stay};

use super::super::terms::{HoursSpec, Measure, Stat, Topic};

/// A figure the report prints, or the app computes from what it prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The value (percents in points).
    pub value: f64,
    /// As printed (or as the app shows it).
    pub shown: String,
    /// Half its printed precision.
    pub half: f64,
    /// What it counts, in words.
    pub label: String,
    /// "Table 2, p. 23", "Section IV.A, p. 21", "computed from Table 5, p. 32 and Table 6, p. 34".
    pub source: String,
    /// Jurisdiction code; `None` for a national figure.
    pub who: Option<String>,
    /// Men, women or everyone.
    pub population: Population,
    /// What it measures.
    pub measure: Measure,
    /// Which statistic.
    pub stat: Stat,
    /// Group within the population.
    pub topic: Topic,
    /// Hours behind it, for restricted-housing figures.
    pub hours: Option<HoursSpec>,
    /// Minimum stay behind it.
    pub stay: Stay,
    /// A lower bound ("at least 83,897").
    pub at_least: bool,
    /// Louisiana's or Utah's parenthesised alternative.
    pub alternative: bool,
    /// Printed in the report (false: computed by this app from printed figures).
    pub printed: bool,
}

impl Fact {
    /// Is it a percent (a rate, a share, or a percent printed as such)?
    pub(in crate::checks::verdict) fn percent(&self) -> bool {
        matches!(
            self.measure,
            Measure::Rate | Measure::ShareOfHeld | Measure::ShareOfCustody
        ) || (self.measure == Measure::Other && self.shown.ends_with('%'))
    }
}
