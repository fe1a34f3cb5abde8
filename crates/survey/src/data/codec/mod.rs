//! The dataset as compact bytes, written at build time and read in the browser instead of CSV
//! text (issue 13: data ready-made at start-up, no CSV in the bundles and no CSV reader, and files
//! every bundle fetches, so no byte of data is shipped twice).
//!
//! The build (`time-in-cell encode-data DIR`, run by the post-build hook) parses the CSV files
//! with the checked reader ([`crate::data::csv`], [`crate::data::table`], [`crate::data::report`])
//! and writes these files under `data/` ([`encode`], native builds only): [`TABLES_FILE`] (the
//! jurisdictions, the 19 tables and the printed page of their rows: what every view needs to
//! start); one file per part of the report's text ([`part_file`], [`crate::data::parts::Part`]:
//! printed figures, endnotes without their text, errata, reforms, definitions of serious mental
//! illness, the later editions' figures), of which each page's first visit fetches only those it
//! renders (`url::Page::text_parts`; issue 13: the whole text, 31.9 kB brotli, was fetched by every
//! view but the explorer); and [`NOTES_FILE`] (the endnotes' texts, which a page shows only in the
//! panel a reader opens: fetched then, so no first visit pays for them). Each part lives in one
//! file only. Their names carry a hash of the data and of the code that reads and writes it
//! (`build.rs`), so a host and the service worker may cache them forever. The browser reads them
//! with [`decode`].
//!
//! The format: a 4-byte magic per file, then the records in order. Numbers are unsigned LEB128,
//! strings UTF-8 ending with a 0 byte, a list its length then its items; a table's cells column by
//! column, each cell a tag byte then its value; the rows' pages column by column too (tables, rows,
//! pages), a row as its index in its table plus one (0 for the printed total row); optional table
//! numbers 0 for none; an enum its index in the lists below, which both sides share. An endnote in
//! the endnotes' file has its text only if [`TEXT_NOTES`] lists it; the notes file is the other
//! texts one after the other, in the endnotes' order, with no count (the endnotes' file gives it). The reader
//! checks every length against what is left, every tag, table number, row and jurisdiction
//! reference, and that the file ends where the data does: corrupt or truncated bytes give a
//! [`crate::data::csv::DataError`], never a panic, and a decoded [`crate::Dataset`] keeps the
//! invariants the CSV reader guarantees (every row has a cell per column, cells fit their column's
//! kind, every page names a row).

pub mod decode;
#[cfg(not(target_arch = "wasm32"))]
pub mod encode;

pub use crate::data::parts::{Part, Parts};
pub use decode::{decode_tables, with_parts};
#[cfg(not(target_arch = "wasm32"))]
pub use encode::{encode_notes, encode_part, encode_tables};

use crate::data::dataset::Kind;
use crate::data::derivation::{Aggregate, Combine};

/// The jurisdictions, tables and rows' pages, under `data/` (fetched by every bundle at start-up).
pub const TABLES_FILE: &str = concat!("tables-", env!("DATA_FILE_HASH"), ".bin");

/// The file of a part of the report's text, under `data/` (`<part>-<hash>.bin`).
pub fn part_file(p: Part) -> &'static str {
    match p {
        Part::Figures => concat!("figures-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresFacilities => concat!("figures-facilities-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresStay => concat!("figures-stay-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresSex => concat!("figures-sex-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresComposition => concat!("figures-composition-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresSmi => concat!("figures-smi-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresPregnancy => concat!("figures-pregnancy-", env!("DATA_FILE_HASH"), ".bin"),
        Part::FiguresReforms => concat!("figures-reforms-", env!("DATA_FILE_HASH"), ".bin"),
        Part::Endnotes => concat!("endnotes-", env!("DATA_FILE_HASH"), ".bin"),
        Part::Errata => concat!("errata-", env!("DATA_FILE_HASH"), ".bin"),
        Part::Reforms => concat!("reforms-", env!("DATA_FILE_HASH"), ".bin"),
        Part::Smi => concat!("smi-", env!("DATA_FILE_HASH"), ".bin"),
        Part::Later => concat!("later-", env!("DATA_FILE_HASH"), ".bin"),
    }
}

/// A part's file's magic.
fn part_magic(p: Part) -> &'static [u8; 4] {
    match p {
        Part::Figures => b"TIC\x08",
        Part::FiguresFacilities => b"TIC\x10",
        Part::FiguresStay => b"TIC\x11",
        Part::FiguresSex => b"TIC\x12",
        Part::FiguresComposition => b"TIC\x13",
        Part::FiguresSmi => b"TIC\x15",
        Part::FiguresPregnancy => b"TIC\x16",
        Part::FiguresReforms => b"TIC\x17",
        Part::Endnotes => b"TIC\x09",
        Part::Errata => b"TIC\x0a",
        Part::Reforms => b"TIC\x0b",
        Part::Smi => b"TIC\x0c",
        Part::Later => b"TIC\x0d",
    }
}

/// The endnotes' texts (all but [`TEXT_NOTES`]'), under `data/`: fetched when a reader first
/// opens an endnote or a figure's sources.
pub const NOTES_FILE: &str = concat!("notes-", env!("DATA_FILE_HASH"), ".bin");

/// The endnotes whose text a page computes from as it renders (the pregnancy page counts the
/// people in restricted housing that endnote 226 lists: `sections::pregnancy::NOTE_TRANSGENDER_RH`,
/// which `tests/codec/` checks is listed here), so the endnotes' file ([`Part::Endnotes`]) carries their text and
/// [`NOTES_FILE`] does not: each text is in one file only.
pub const TEXT_NOTES: [u32; 1] = [226];

const TABLES_MAGIC: &[u8; 4] = b"TIC\x03";
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
