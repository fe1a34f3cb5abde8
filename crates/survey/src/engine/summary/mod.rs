//! The definitions engine: for any [`Definition`], who is counted, out of how many, and what is
//! unknown. Every view asks it; none computes on its own.
//!
//! Built once from the [`Dataset`] into a flat per-jurisdiction index, so recomputing all 53
//! jurisdictions for a definition change is a single pass over small arrays.
//!
//! Its parts: what a computation returns ([`result`]), the index built from the tables
//! ([`index`]), one jurisdiction under a definition ([`jurisdiction`]) and every jurisdiction and
//! the totals across them ([`compute`]).

mod compute;
mod index;
mod jurisdiction;
mod result;

pub use index::Engine;
pub use result::{JurisdictionResult, Status, Summary};
