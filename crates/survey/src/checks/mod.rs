//! Checks, on top of [`crate::data`] and [`crate::engine`]: the report against itself and against
//! its own tables, and where every number comes from.
//!
//! [`audit`] recomputes every printed percent, row sum, cross-table total and prose figure and
//! lists where the report disagrees with itself; [`derivation`] evaluates a figure's recipe;
//! [`printed`] puts a printed figure beside its recomputation; [`provenance`] cites a number's
//! table, page, endnotes and definition. [`claim_text`] reads the numbers and words of a pasted
//! claim, and [`verdict`] says whether the report supports each number.

pub mod audit;
pub mod claim_text;
pub mod derivation;
pub mod printed;
pub mod provenance;
pub mod verdict;
