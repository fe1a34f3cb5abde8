//! What came after: the later editions' national figures (`static/data/later_surveys.csv`), each
//! with its coverage, definition and source link. Reported counts and estimates rest on different
//! sets of jurisdictions, so they are listed, never drawn as a trend.

use crate::data::csv;

/// The file, compiled in (small; shown on the About page).
pub const CSV: &str = include_str!("../../../../static/data/later_surveys.csv");

/// One figure of one edition.
#[derive(Debug, Clone, PartialEq)]
pub struct LaterFigure {
    /// The report and its publication year.
    pub edition: String,
    /// When the data were collected.
    pub data_as_of: String,
    /// "reported count" or "national estimate".
    pub kind: String,
    /// The figure (the low end of a range).
    pub low: u64,
    /// The high end of a range, if a range.
    pub high: Option<u64>,
    /// As the source words it.
    pub shown: String,
    /// Which jurisdictions it covers.
    pub coverage: String,
    /// Which definition it uses.
    pub definition: String,
    /// A plain link to where it is printed.
    pub source_url: String,
    /// Which page or passage.
    pub source_note: String,
}

/// Every figure, in the file's order (oldest edition first).
pub fn figures() -> Vec<LaterFigure> {
    let Ok((header, records)) = csv::parse("later_surveys.csv", CSV) else {
        return Vec::new();
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    records
        .iter()
        .filter_map(|r| {
            let get = |name: &str| {
                col(name)
                    .and_then(|i| r.fields.get(i))
                    .map(|s| s.trim().to_string())
            };
            Some(LaterFigure {
                edition: get("edition")?,
                data_as_of: get("data_as_of")?,
                kind: get("kind")?,
                low: get("low")?.parse().ok()?,
                high: get("high").and_then(|h| h.parse().ok()),
                shown: get("shown")?,
                coverage: get("coverage")?,
                definition: get("definition")?,
                source_url: get("source_url")?,
                source_note: get("source_note")?,
            })
        })
        .collect()
}

/// The short note shown where a reader meets the 67,442.
pub const NOTE: &str = "These are fall 2015 figures. Later surveys in the series counted fewer people in fewer reporting systems (25,083 in 34 systems in July 2021; an estimated 41,000–48,000 nationally): not a trend line, since coverage and wording changed.";
