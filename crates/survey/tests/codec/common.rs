//! What the encoding tests share: the shipped dataset, its parts encoded, and round trips.

pub use proptest::prelude::*;
pub use std::sync::OnceLock;
pub use survey::data::codec::{
    decode_tables, encode_notes, encode_part, encode_tables, part_file, with_parts, Part, Parts,
    NOTES_FILE, TABLES_FILE, TEXT_NOTES,
};
pub use survey::data::csv::DataError;
pub use survey::data::dataset::{CORE_FILES, TEXT_FILES};
pub use survey::{Cell, Dataset, Decimal};

/// The shipped data, parsed once.
pub fn data() -> Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::embedded().unwrap_or_else(|e| panic!("{e}")))
        .clone()
}

/// The files of every part of `d`'s text.
pub fn parts(d: &Dataset) -> Vec<(Part, Vec<u8>)> {
    Part::ALL
        .iter()
        .map(|p| (*p, encode_part(d, *p).unwrap()))
        .collect()
}

/// `base` with every part of `d`'s text read in.
pub fn with_text(base: &Dataset, d: &Dataset) -> Result<Dataset, DataError> {
    with_parts(base.clone(), parts(d))
}

/// Encodes, decodes, and returns the decoded dataset.
pub fn round_trip(d: &Dataset) -> Dataset {
    let tables = decode_tables(&encode_tables(d).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!tables.complete() && tables.endnotes.is_empty() && tables.text == Parts::NONE);
    let text = with_text(&tables, d).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.complete() && !text.notes);
    text.with_notes_bytes(&encode_notes(d).unwrap())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Every row has a cell per column: what the app indexes without checking.
pub fn sound(d: &Dataset) -> bool {
    d.tables
        .iter()
        .all(|t| t.rows.iter().all(|r| r.cells.len() == t.columns.len()))
}

/// What the CSV reader makes of the shipped files with `file`'s text replaced by `edit` of it.
pub fn parse_edited(file: &str, edit: impl Fn(&str) -> String) -> Result<Dataset, DataError> {
    let files: Vec<(&str, String)> = CORE_FILES
        .iter()
        .chain(TEXT_FILES)
        .map(|(n, t)| (*n, if *n == file { edit(t) } else { t.to_string() }))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Dataset::from_files(&refs)
}

/// [`parse_edited`], which must succeed.
pub fn with_edit(file: &str, edit: impl Fn(&str) -> String) -> Dataset {
    parse_edited(file, edit).unwrap_or_else(|e| panic!("{e}"))
}
