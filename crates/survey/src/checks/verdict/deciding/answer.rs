//! What a check returns: a [`Verdict`] and the reason for each number ([`Answer`]), and the
//! whole text's answers with its notes ([`Check`]).

use crate::checks::claim_text::Reading;

use super::super::fact_table::Fact;

/// The four verdicts, worded as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The report has this figure, for this who/what/definition, at the claim's precision.
    Supported,
    /// The report has it, but under a wider definition or another qualification the words hide.
    Caveat,
    /// The report has a figure for what the claim describes, and it is a different one.
    Contradicted,
    /// The report has no figure for what the claim describes.
    NotInReport,
}

impl Verdict {
    /// The verdict's wording.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "Supported",
            Verdict::Caveat => "Supported, with a caveat",
            Verdict::Contradicted => "Contradicted",
            Verdict::NotInReport => "Not in the report",
        }
    }
}

/// One number's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The number as read.
    pub reading: Reading,
    /// The verdict (`None` for years, thresholds, ages and references, which are context).
    pub verdict: Option<Verdict>,
    /// Why, in a sentence that says what the report says.
    pub why: String,
    /// The figure that decided it.
    pub best: Option<Fact>,
    /// Other figures the number could be (at most 6).
    pub others: Vec<Fact>,
}

/// The whole check.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Check {
    /// One answer per number, in text order.
    pub answers: Vec<Answer>,
    /// What was not read or not understood.
    pub notes: Vec<String>,
}

impl Answer {
    /// A verdict on the number `reading`, decided by `best` (when there is one).
    pub(super) fn judged(
        reading: &Reading,
        verdict: Verdict,
        why: String,
        best: Option<&Fact>,
        others: Vec<Fact>,
    ) -> Answer {
        Answer {
            reading: reading.clone(),
            verdict: Some(verdict),
            why,
            best: best.cloned(),
            others,
        }
    }
}
