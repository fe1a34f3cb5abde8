//! One test per rule of the definitions engine and per decision in the README, each against the
//! report's own figures (page numbers in comments), so that changing a rule turns a test red.
//!
//! Expected values are the report's printed figures where it prints one. Where it does not (the
//! medians at 20 hours and at each length of stay), the test recomputes the figure itself from the
//! table files, whose every cell `source_cells/` confirms against the report text — never from
//! the engine's output.
//!
//! The helpers and the report's lists the tests share are in `common.rs`; the tests, by rule, in
//! the other modules.

mod common;
mod denominators;
mod hours_and_statuses;
mod ranks_and_medians;
