//! Why a jurisdiction has no count under a definition: a value with a reason, never zero.

/// Why a jurisdiction has no count under a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingReason {
    /// Did not answer the survey at all (Maine).
    NotResponded,
    /// Answered, but gave no restricted-housing count (not in Table 2).
    NoRestrictedHousingData,
    /// Gave no length-of-stay breakdown (not in Table 4).
    NoLengthOfStay,
    /// Gave no count for this sex (not in Table 5 or 6).
    NoCountForSex,
    /// The survey did not measure this combination for anyone.
    NotMeasured,
}

impl MissingReason {
    /// A short label for a table cell.
    pub fn label(self) -> &'static str {
        match self {
            MissingReason::NotResponded => "did not respond",
            MissingReason::NoRestrictedHousingData => "not reported",
            MissingReason::NoLengthOfStay => "no length-of-stay data",
            MissingReason::NoCountForSex => "not reported by sex",
            MissingReason::NotMeasured => "not measured",
        }
    }

    /// One sentence for tooltips and the "left out" list.
    pub fn reason(self) -> &'static str {
        match self {
            MissingReason::NotResponded => "Did not respond to the survey.",
            MissingReason::NoRestrictedHousingData => "Responded, but did not report a restricted-housing count the report could use (endnote 165).",
            MissingReason::NoLengthOfStay => "Did not report how long people had been held (not in Table 4).",
            MissingReason::NoCountForSex => "Did not report this count separately for men or women (not in Table 5 or 6).",
            MissingReason::NotMeasured => "The survey did not measure this combination.",
        }
    }
}
