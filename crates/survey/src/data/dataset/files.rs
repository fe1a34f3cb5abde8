//! The data files compiled in (native builds, the browser tests) and the reading of a dataset
//! from CSV text: the jurisdictions, the 19 tables, the rows' pages and the report's text files,
//! each row checked against the jurisdictions.

use super::{Dataset, Jurisdiction, Kind};
use crate::data::csv::{DataError, Rows};
use crate::data::later;
use crate::data::parts::{Part, Parts};
use crate::data::report;
use crate::data::row_pages;
use crate::data::table::Table;

/// The files every view needs at once (jurisdictions, the 19 tables and their rows' pages). The app
/// gets them as the tables file (`data::codec::TABLES_FILE`); only native builds and the browser
/// tests compile them in ([`Dataset::embedded`]).
pub const CORE_FILES: &[(&str, &str)] = &[
    (
        "jurisdictions.csv",
        include_str!("../../../../../static/data/jurisdictions.csv"),
    ),
    (
        "table01.csv",
        include_str!("../../../../../static/data/table01.csv"),
    ),
    (
        "table02.csv",
        include_str!("../../../../../static/data/table02.csv"),
    ),
    (
        "table03.csv",
        include_str!("../../../../../static/data/table03.csv"),
    ),
    (
        "table04.csv",
        include_str!("../../../../../static/data/table04.csv"),
    ),
    (
        "table05.csv",
        include_str!("../../../../../static/data/table05.csv"),
    ),
    (
        "table06.csv",
        include_str!("../../../../../static/data/table06.csv"),
    ),
    (
        "table07.csv",
        include_str!("../../../../../static/data/table07.csv"),
    ),
    (
        "table08.csv",
        include_str!("../../../../../static/data/table08.csv"),
    ),
    (
        "table09.csv",
        include_str!("../../../../../static/data/table09.csv"),
    ),
    (
        "table10.csv",
        include_str!("../../../../../static/data/table10.csv"),
    ),
    (
        "table11.csv",
        include_str!("../../../../../static/data/table11.csv"),
    ),
    (
        "table12.csv",
        include_str!("../../../../../static/data/table12.csv"),
    ),
    (
        "table13.csv",
        include_str!("../../../../../static/data/table13.csv"),
    ),
    (
        "table14.csv",
        include_str!("../../../../../static/data/table14.csv"),
    ),
    (
        "table15.csv",
        include_str!("../../../../../static/data/table15.csv"),
    ),
    (
        "table16.csv",
        include_str!("../../../../../static/data/table16.csv"),
    ),
    (
        "table17.csv",
        include_str!("../../../../../static/data/table17.csv"),
    ),
    (
        "table18.csv",
        include_str!("../../../../../static/data/table18.csv"),
    ),
    (
        "table19.csv",
        include_str!("../../../../../static/data/table19.csv"),
    ),
    (
        "row_pages.csv",
        include_str!("../../../../../static/data/row_pages.csv"),
    ),
];

/// The report's text-level files (figures, endnotes, errata, reforms, definitions), offered for
/// download by name. Natively they are compiled in ([`TEXT_FILES`], with the later editions'
/// figures); in the browser they come as one data file per part (`data::parts`,
/// `data::codec::part_file`), each fetched by the pages that render with it (`url::Page::text_parts`),
/// which keeps every first visit's download small (issues 8 and 13).
pub const TEXT_FILE_NAMES: [&str; 5] = [
    "report_figures.csv",
    "endnotes.csv",
    "errata.csv",
    "reforms.csv",
    "smi_definitions.csv",
];

/// The text files' contents and the later editions' figures (`later_surveys.csv`), compiled in
/// (native builds: tests, prerendering, the encoder).
#[cfg(not(target_arch = "wasm32"))]
pub const TEXT_FILES: &[(&str, &str)] = &[
    (
        "report_figures.csv",
        include_str!("../../../../../static/data/report_figures.csv"),
    ),
    (
        "endnotes.csv",
        include_str!("../../../../../static/data/endnotes.csv"),
    ),
    (
        "errata.csv",
        include_str!("../../../../../static/data/errata.csv"),
    ),
    (
        "reforms.csv",
        include_str!("../../../../../static/data/reforms.csv"),
    ),
    (
        "smi_definitions.csv",
        include_str!("../../../../../static/data/smi_definitions.csv"),
    ),
    (
        "later_surveys.csv",
        include_str!("../../../../../static/data/later_surveys.csv"),
    ),
];

/// Every data file, compiled in (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn all_files() -> Vec<(&'static str, &'static str)> {
    CORE_FILES.iter().chain(TEXT_FILES).copied().collect()
}

fn file<'a>(files: &[(&'a str, &'a str)], name: &str) -> Result<&'a str, DataError> {
    files
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or_else(|| DataError {
            file: name.into(),
            line: 0,
            column: 0,
            message: "file missing from the bundle".into(),
        })
}

impl Dataset {
    /// Parses the files compiled into the binary: all of them natively, the core ones for the
    /// browser tests. The app never calls it in the browser (it decodes the files the build
    /// encoded, `data::codec`), so no bundle holds them.
    pub fn embedded() -> Result<Dataset, DataError> {
        #[cfg(not(target_arch = "wasm32"))]
        return Dataset::from_files(&all_files());
        #[cfg(target_arch = "wasm32")]
        Dataset::from_files(CORE_FILES)
    }

    /// The dataset with the text files added (names from [`TEXT_FILES`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_text(&self, text: &[(&str, &str)]) -> Result<Dataset, DataError> {
        Dataset::embedded_with_text(text)
    }

    /// The compiled-in tables and the given text files (names from [`TEXT_FILES`]), parsed once.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded_with_text(text: &[(&str, &str)]) -> Result<Dataset, DataError> {
        let mut files: Vec<(&str, &str)> = CORE_FILES.to_vec();
        files.extend_from_slice(text);
        Dataset::from_files(&files)
    }

    /// Parses a set of named files (the embedded ones, or test fixtures). The tables' pages
    /// (`row_pages.csv`) are optional (none when absent); the text files come all together, with
    /// `later_surveys.csv`, or not at all.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Dataset, DataError> {
        let rows = Rows::parse(
            "jurisdictions.csv",
            file(files, "jurisdictions.csv")?,
            &["code", "name", "kind", "responded"],
        )?;
        let mut jurisdictions = Vec::new();
        for r in rows.iter() {
            let kind = match r.get("kind") {
                "state" => Kind::State,
                "federal" => Kind::Federal,
                "district" => Kind::District,
                "territory" => Kind::Territory,
                other => return Err(r.error("kind", format!("unknown kind `{other}`"))),
            };
            jurisdictions.push(Jurisdiction {
                code: r.get("code").to_string(),
                name: r.get("name").to_string(),
                kind,
                responded: r.parse("responded")?,
                notes: r.get("notes").to_string(),
            });
        }
        let mut tables = Vec::new();
        for n in 1..=19u8 {
            let name = Table::file_name(n);
            if let Ok(text) = file(files, &name) {
                let t = Table::parse(n, text)?;
                for row in &t.rows {
                    if n != 1 && !jurisdictions.iter().any(|j| j.code == row.key) {
                        return Err(DataError {
                            file: name.clone(),
                            line: row.line,
                            column: 1,
                            message: format!("unknown jurisdiction `{}`", row.key),
                        });
                    }
                }
                tables.push(t);
            }
        }
        let known = |file: &str, line: usize, code: &str| -> Result<(), DataError> {
            if jurisdictions.iter().any(|j| j.code == code) {
                Ok(())
            } else {
                Err(DataError {
                    file: file.into(),
                    line,
                    column: 1,
                    message: format!("unknown jurisdiction `{code}`"),
                })
            }
        };
        let complete = TEXT_FILE_NAMES
            .iter()
            .all(|n| files.iter().any(|(f, _)| f == n));
        let optional = |name: &str| {
            if complete {
                file(files, name).map(Some)
            } else {
                Ok(None)
            }
        };
        let reforms = optional("reforms.csv")?
            .map(report::reforms)
            .transpose()?
            .unwrap_or_default();
        for (i, r) in reforms.iter().enumerate() {
            known("reforms.csv", i + 2, &r.jurisdiction)?;
        }
        let smi_definitions = optional("smi_definitions.csv")?
            .map(report::smi_definitions)
            .transpose()?
            .unwrap_or_default();
        for (i, d) in smi_definitions.iter().enumerate() {
            known("smi_definitions.csv", i + 2, &d.jurisdiction)?;
        }
        let row_pages = match file(files, "row_pages.csv") {
            Ok(text) => row_pages::parse(text, &tables)?,
            Err(_) => Vec::new(),
        };
        Ok(Dataset {
            later: optional("later_surveys.csv")?
                .map(later::parse)
                .transpose()?
                .unwrap_or_default(),
            row_pages,
            figures: optional("report_figures.csv")?
                .map(report::figures)
                .transpose()?
                .map(by_part)
                .unwrap_or_default(),
            endnotes: optional("endnotes.csv")?
                .map(report::endnotes)
                .transpose()?
                .unwrap_or_default(),
            errata: optional("errata.csv")?
                .map(report::errata)
                .transpose()?
                .unwrap_or_default(),
            text: if complete { Parts::ALL } else { Parts::NONE },
            notes: complete,
            audit: None,
            reforms,
            smi_definitions,
            jurisdictions,
            tables,
        })
    }
}

/// The printed figures in the order the browser holds them, whichever of their parts arrive first:
/// by part ([`Part::of_figure`], in [`Part::ALL`]'s order), each part's in the CSV's order.
fn by_part(mut figures: Vec<report::Figure>) -> Vec<report::Figure> {
    crate::sort::sort_by_key(&mut figures, |f| Part::of_figure(&f.section).index());
    figures
}
