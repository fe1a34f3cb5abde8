//! Race and age composition against the report's printed numbers (Section VI.B–C, pp. 35–47).
//!
//! Shared helpers in `common.rs`; the tests: race (`race.rs`, Charts 7–8 and Table 8), age
//! (`age.rs`, Charts 9–10) and what the pages draw and export (`output.rs`).

mod age;
mod common;
mod output;
mod race;
