//! The definitions engine, on top of [`crate::data`]: for any [`Definition`] (hours in cell,
//! length of stay, denominator, population), who is counted, out of how many, and what is unknown
//! and why.
//!
//! [`definition`] is what the user chooses; [`summary`] computes it ([`Engine`] → [`Summary`]);
//! [`missing`] is the reason a count is absent; [`compare`] is the difference between two
//! definitions, and [`decompose`] takes it apart (who leaves, who joins, what the line itself adds
//! or removes); [`coverage`] is whom a headline covers and out of what; [`explore`] sorts and
//! searches the explorer's rows.

pub mod compare;
pub mod coverage;
pub mod decompose;
pub mod definition;
pub mod explore;
pub mod missing;
pub mod summary;

pub use compare::{difference, Difference, Move};
pub use definition::Definition;
pub use missing::MissingReason;
pub use summary::{Engine, JurisdictionResult, Status, Summary};
