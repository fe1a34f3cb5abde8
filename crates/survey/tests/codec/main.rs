//! The build-time encoding of the data (`survey::data::codec`): decoding what was encoded gives back
//! exactly the dataset the CSV reader parsed — for the shipped files and for changed ones, the
//! rows' pages, the later editions' figures and the endnotes' texts (a file of their own) included
//! — and truncated or corrupt bytes give an error, never a panic. Each part of the report's text is
//! a file of its own that fills in only its part.
//!
//! Shared helpers in `common.rs`; the tests: what round-trips (`round_trip.rs`), bytes that must be
//! refused (`corrupt.rs`), and the rows' pages, the later figures and the text parts (`text.rs`).

mod common;
mod corrupt;
mod round_trip;
mod text;
