//! What came after: the later editions' national figures (`static/data/later_surveys.csv`), each
//! with its coverage, definition and source link. Reported counts and estimates rest on different
//! sets of jurisdictions, so they are listed, never drawn as a trend. They reach the browser inside
//! the text file (`data::codec`), as [`crate::Dataset::later`].

use crate::data::csv::{DataError, Rows};

/// One figure of one edition.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The columns of `later_surveys.csv`, all required.
const COLUMNS: [&str; 10] = [
    "edition",
    "data_as_of",
    "kind",
    "low",
    "high",
    "shown",
    "coverage",
    "definition",
    "source_url",
    "source_note",
];

/// Reads `later_surveys.csv`: every figure in the file's order (oldest edition first). A count
/// that is not a whole number, a high end below the low one, or an empty required field is an
/// error naming its line.
pub fn parse(text: &str) -> Result<Vec<LaterFigure>, DataError> {
    let rows = Rows::parse("later_surveys.csv", text, &COLUMNS)?;
    let mut out = Vec::new();
    for r in rows.iter() {
        for c in COLUMNS {
            if c != "high" && r.get(c).is_empty() {
                return Err(r.error(c, format!("empty {c}")));
            }
        }
        let low: u64 = r.parse("low")?;
        let high = match r.get("high") {
            "" => None,
            _ => Some(r.parse::<u64>("high")?),
        };
        if high.is_some_and(|h| h < low) {
            return Err(r.error("high", "the high end is below the low end".into()));
        }
        let get = |c: &str| r.get(c).to_string();
        out.push(LaterFigure {
            edition: get("edition"),
            data_as_of: get("data_as_of"),
            kind: get("kind"),
            low,
            high,
            shown: get("shown"),
            coverage: get("coverage"),
            definition: get("definition"),
            source_url: get("source_url"),
            source_note: get("source_note"),
        });
    }
    Ok(out)
}

/// The short note shown where a reader meets the 67,442.
pub const NOTE: &str = "These are fall 2015 figures. Later surveys in the series counted fewer people in fewer reporting systems (25,083 in 34 systems in July 2021; an estimated 41,000–48,000 nationally): not a trend line, since coverage and wording changed.";
