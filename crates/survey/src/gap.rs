//! Why a jurisdiction has no count under a definition: a value with a reason, never zero.

/// Why a jurisdiction has no count under a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gap {
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

impl Gap {
    /// A short label for a table cell.
    pub fn label(self) -> &'static str {
        match self {
            Gap::NotResponded => "did not respond",
            Gap::NoRestrictedHousingData => "not reported",
            Gap::NoLengthOfStay => "no length-of-stay data",
            Gap::NoCountForSex => "not reported by sex",
            Gap::NotMeasured => "not measured",
        }
    }

    /// One sentence for tooltips and the "left out" list.
    pub fn reason(self) -> &'static str {
        match self {
            Gap::NotResponded => "Did not respond to the survey.",
            Gap::NoRestrictedHousingData => "Responded, but did not report a restricted-housing count the report could use (endnote 165).",
            Gap::NoLengthOfStay => "Did not report how long people had been held (not in Table 4).",
            Gap::NoCountForSex => "Did not report this count separately for men or women (not in Table 5 or 6).",
            Gap::NotMeasured => "The survey did not measure this combination.",
        }
    }
}
