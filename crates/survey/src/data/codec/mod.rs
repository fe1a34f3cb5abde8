//! The dataset as compact bytes, written at build time and read in the browser instead of CSV
//! text (issue 13: data ready-made at start-up, no CSV in the bundles and no CSV reader, and files
//! every bundle fetches, so no byte of data is shipped twice).
//!
//! The build (`time-in-cell encode-data DIR`, run by the post-build hook) parses the CSV files
//! with the checked reader ([`crate::data::csv`], [`crate::data::table`], [`crate::data::report`])
//! and writes three files under `data/` ([`encode`], native builds only): [`TABLES_FILE`] (the
//! jurisdictions, the 19 tables and the printed page of their rows: what every view needs to
//! start), [`TEXT_FILE`] (printed figures, endnotes without their text, errata, reforms,
//! definitions of serious mental illness and the later editions' figures: what the other views
//! render with) and [`NOTES_FILE`] (the endnotes' texts, which a page shows only in the panel a
//! reader opens: fetched then, so no first visit pays for them; issue 13 measured them at 24.6 of
//! the text's 56.5 kB brotli). Their names carry a hash of the data and of the
//! code that reads and writes it (`build.rs`), so a host and the service worker may cache them
//! forever. The browser reads them with [`decode`].
//!
//! The format: a 4-byte magic per file, then the records in order. Numbers are unsigned LEB128,
//! strings UTF-8 ending with a 0 byte, a list its length then its items; a table's cells column by
//! column, each cell a tag byte then its value; the rows' pages column by column too (tables, rows,
//! pages), a row as its index in its table plus one (0 for the printed total row); optional table
//! numbers 0 for none; an enum its index in the lists below, which both sides share. An endnote in
//! the text file has its text only if [`TEXT_NOTES`] lists it; the notes file is the other texts
//! one after the other, in the endnotes' order, with no count (the text file's list gives it). The reader
//! checks every length against what is left, every tag, table number, row and jurisdiction
//! reference, and that the file ends where the data does: corrupt or truncated bytes give a
//! [`crate::data::csv::DataError`], never a panic, and a decoded [`crate::Dataset`] keeps the
//! invariants the CSV reader guarantees (every row has a cell per column, cells fit their column's
//! kind, every page names a row).

pub mod decode;
#[cfg(not(target_arch = "wasm32"))]
pub mod encode;

pub use decode::decode_tables;
#[cfg(not(target_arch = "wasm32"))]
pub use encode::{encode_notes, encode_tables, encode_text};

use crate::data::dataset::Kind;
use crate::data::derivation::{Aggregate, Combine};

/// The jurisdictions, tables and rows' pages, under `data/` (fetched by every bundle at start-up).
pub const TABLES_FILE: &str = concat!("tables-", env!("DATA_FILE_HASH"), ".bin");

/// The report's text (figures, endnotes, errata, reforms, definitions) and the later editions'
/// figures, under `data/`.
pub const TEXT_FILE: &str = concat!("text-", env!("DATA_FILE_HASH"), ".bin");

/// The endnotes' texts (all but [`TEXT_NOTES`]'), under `data/`: fetched when a reader first
/// opens an endnote or a figure's sources.
pub const NOTES_FILE: &str = concat!("notes-", env!("DATA_FILE_HASH"), ".bin");

/// The endnotes whose text a page computes from as it renders (the pregnancy page counts the
/// people in restricted housing that endnote 226 lists: `sections::pregnancy::NOTE_TRANSGENDER_RH`,
/// which `tests/codec.rs` checks is listed here), so [`TEXT_FILE`] carries their text and
/// [`NOTES_FILE`] does not: each text is in one file only.
pub const TEXT_NOTES: [u32; 1] = [226];

const TABLES_MAGIC: &[u8; 4] = b"TIC\x03";
const TEXT_MAGIC: &[u8; 4] = b"TIC\x06";
const NOTES_MAGIC: &[u8; 4] = b"TIC\x07";

/// A jurisdiction's kind by its byte.
const KINDS: [Kind; 4] = [Kind::State, Kind::Federal, Kind::District, Kind::Territory];
/// A derivation's aggregate by its byte.
const AGGREGATES: [Aggregate; 5] = [
    Aggregate::Sum,
    Aggregate::Count,
    Aggregate::Median,
    Aggregate::Min,
    Aggregate::Max,
];
/// A derivation's combination by its byte.
const COMBINES: [Combine; 3] = [Combine::Add, Combine::Sub, Combine::Pct];

/// A cell's tag byte: missing, count, percent, no, yes, text.
mod cell {
    pub(super) const MISSING: u8 = 0;
    pub(super) const COUNT: u8 = 1;
    pub(super) const PERCENT: u8 = 2;
    pub(super) const NO: u8 = 3;
    pub(super) const YES: u8 = 4;
    pub(super) const TEXT: u8 = 5;
}

/// A derivation's tag byte.
mod expr {
    pub(super) const AGGREGATE: u8 = 0;
    pub(super) const CELL: u8 = 1;
    pub(super) const COMBINE: u8 = 2;
}
