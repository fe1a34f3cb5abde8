//! The terms a figure and a claim are both described in: what is measured ([`Measure`]), which
//! statistic ([`Stat`]), which group ([`Topic`]) and how many hours in-cell ([`HoursSpec`]). The
//! fact table labels every figure with them, and a claim's reading is put in the same terms.

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// People in restricted housing (or in-cell N hours).
    Held,
    /// People in custody.
    Custody,
    /// Percent of a custodial population held.
    Rate,
    /// Percent of those held who are in a group (women, Black, 50 or older…).
    ShareOfHeld,
    /// Percent of those in custody who are in a group.
    ShareOfCustody,
    /// Number of jurisdictions.
    Jurisdictions,
    /// Anything else (facilities, days, Table 4's bands): matched by value only, never contradicted.
    Other,
}

/// Which statistic of the measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stat {
    /// A jurisdiction's or the nation's value.
    Value,
    /// The median across jurisdictions.
    Median,
    /// The highest jurisdiction.
    Highest,
    /// The lowest jurisdiction.
    Lowest,
}

/// A group within a population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// No group.
    None,
    /// A race or ethnicity (as the report's columns: white, black, hispanic, asian, other).
    Race(&'static str),
    /// An age band: "under_18", "18_49", "50_plus".
    Age(&'static str),
    /// People with a serious mental health issue.
    Smi,
    /// Pregnant women.
    Pregnant,
}

/// Hours a day in-cell behind a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursSpec {
    /// N hours or more.
    AtLeast(u8),
    /// A band, N to M hours (Table 3's 20–21 and 16–19; prose 16–21).
    Band(u8, u8),
}
