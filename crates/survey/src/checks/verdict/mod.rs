//! Claim verdicts: for every number in a pasted text, one of **Supported**, **Supported, with a
//! caveat**, **Contradicted** or **Not in the report**, decided by meaning — who (a jurisdiction,
//! the nation, men or women), what (people held, a rate, a share of those held, a rank, a median),
//! which definition (22/20/16 hours, 15 days to six years) and the qualifier — not by digits alone.
//!
//! One module a step, all re-exported here:
//!
//! - `terms`: the vocabulary a figure and a claim share ([`Measure`], [`Stat`], [`Topic`],
//!   [`HoursSpec`]).
//! - `fact_table`: the report's figures become [`Fact`]s once ([`facts`]): table cells, prose and
//!   total figures, ranks, and what the engine computes for the wider definitions.
//! - `reading`: a claim is read by [`crate::checks::claim_text::Text`]; each clause's words say
//!   who, which group, which definition and which statistic (a `Context`), and each number's
//!   place in its clause says what it claims (a `Slot`).
//! - `deciding`: [`check`] reads each clause once and matches each number's slot against the
//!   facts; the verdict rules pick the figure that decides it and say why ([`Answer`]).

mod deciding;
mod fact_table;
mod reading;
mod terms;

pub use deciding::{check, display_name, Answer, Check, Verdict};
pub use fact_table::{facts, Fact};
pub use terms::{HoursSpec, Measure, Stat, Topic};
