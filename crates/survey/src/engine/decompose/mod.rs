//! The change between two definitions taken apart: which jurisdictions leave or join the count
//! because they did not (or did) report the measure, how many people the new line itself adds or
//! removes, and which percentages move while the count stays put — each part with its people and
//! its named jurisdictions, so a class sees where a total's change comes from.
//!
//! - `parts`: what a decomposition is ([`Decomposition`], [`Part`], [`PartKind`], [`Mover`]).
//! - `classify`: which part one jurisdiction's change belongs to.
//! - `labels`: the words for a part and a definition ([`short_label`]).
//! - `change`: [`decompose`] itself, and [`all_definitions`] to take apart.

mod change;
mod classify;
mod labels;
mod parts;

pub use change::{all_definitions, decompose};
pub use labels::short_label;
pub use parts::{Decomposition, Mover, Part, PartEntry, PartKind, Unit};
