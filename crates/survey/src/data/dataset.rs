//! The whole survey as typed data, parsed once from the CSV files under `static/data/`.
//!
//! The same files are compiled into the app (`include_str!`) and served for download, so what a
//! reader downloads is byte for byte what the app computed from.

use crate::data::csv::{DataError, Rows};
use crate::data::report::{self, Endnote, Erratum, Figure, Reform, SmiDefinition};
use crate::data::table::Table;

/// The files every view needs at once (jurisdictions and the 19 tables): compiled into the app.
pub const CORE_FILES: &[(&str, &str)] = &[
    (
        "jurisdictions.csv",
        include_str!("../../../../static/data/jurisdictions.csv"),
    ),
    (
        "table01.csv",
        include_str!("../../../../static/data/table01.csv"),
    ),
    (
        "table02.csv",
        include_str!("../../../../static/data/table02.csv"),
    ),
    (
        "table03.csv",
        include_str!("../../../../static/data/table03.csv"),
    ),
    (
        "table04.csv",
        include_str!("../../../../static/data/table04.csv"),
    ),
    (
        "table05.csv",
        include_str!("../../../../static/data/table05.csv"),
    ),
    (
        "table06.csv",
        include_str!("../../../../static/data/table06.csv"),
    ),
    (
        "table07.csv",
        include_str!("../../../../static/data/table07.csv"),
    ),
    (
        "table08.csv",
        include_str!("../../../../static/data/table08.csv"),
    ),
    (
        "table09.csv",
        include_str!("../../../../static/data/table09.csv"),
    ),
    (
        "table10.csv",
        include_str!("../../../../static/data/table10.csv"),
    ),
    (
        "table11.csv",
        include_str!("../../../../static/data/table11.csv"),
    ),
    (
        "table12.csv",
        include_str!("../../../../static/data/table12.csv"),
    ),
    (
        "table13.csv",
        include_str!("../../../../static/data/table13.csv"),
    ),
    (
        "table14.csv",
        include_str!("../../../../static/data/table14.csv"),
    ),
    (
        "table15.csv",
        include_str!("../../../../static/data/table15.csv"),
    ),
    (
        "table16.csv",
        include_str!("../../../../static/data/table16.csv"),
    ),
    (
        "table17.csv",
        include_str!("../../../../static/data/table17.csv"),
    ),
    (
        "table18.csv",
        include_str!("../../../../static/data/table18.csv"),
    ),
    (
        "table19.csv",
        include_str!("../../../../static/data/table19.csv"),
    ),
];

/// The report's text-level files (figures, endnotes, errata, reforms, definitions). Natively they are
/// compiled in; in the browser they are fetched from `data/` after the first paint, which keeps the
/// first view's download small (issue 8's budget).
pub const TEXT_FILE_NAMES: [&str; 5] = [
    "report_figures.csv",
    "endnotes.csv",
    "errata.csv",
    "reforms.csv",
    "smi_definitions.csv",
];

/// The text files' contents, compiled in (native builds: tests, prerendering).
#[cfg(not(target_arch = "wasm32"))]
pub const TEXT_FILES: &[(&str, &str)] = &[
    (
        "report_figures.csv",
        include_str!("../../../../static/data/report_figures.csv"),
    ),
    (
        "endnotes.csv",
        include_str!("../../../../static/data/endnotes.csv"),
    ),
    (
        "errata.csv",
        include_str!("../../../../static/data/errata.csv"),
    ),
    (
        "reforms.csv",
        include_str!("../../../../static/data/reforms.csv"),
    ),
    (
        "smi_definitions.csv",
        include_str!("../../../../static/data/smi_definitions.csv"),
    ),
];

/// Every data file, compiled in (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn all_files() -> Vec<(&'static str, &'static str)> {
    CORE_FILES.iter().chain(TEXT_FILES).copied().collect()
}

/// A short fingerprint of every data file (computed at build time by `build.rs`), cited with figures
/// so a quoted number can be re-checked against the same data version.
pub const FINGERPRINT: &str = env!("DATA_FINGERPRINT");

/// What kind of government a jurisdiction is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of the 50 states.
    State,
    /// The Federal Bureau of Prisons.
    Federal,
    /// The District of Columbia.
    District,
    /// The U.S. Virgin Islands.
    Territory,
}

/// One of the 53 jurisdictions the survey queried.
#[derive(Debug, Clone, PartialEq)]
pub struct Jurisdiction {
    /// USPS code, `DC`, `VI`, or `BOP`.
    pub code: String,
    /// The name as the report prints it.
    pub name: String,
    /// State, federal, district or territory.
    pub kind: Kind,
    /// Whether it answered the survey at all.
    pub responded: bool,
    /// Why it has no count, where it has none (the `notes` column; empty otherwise).
    pub notes: String,
}

/// The parsed dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The 53 jurisdictions, in the report's order.
    pub jurisdictions: Vec<Jurisdiction>,
    /// Report tables present, by number.
    pub tables: Vec<Table>,
    /// Figures printed outside per-jurisdiction cells.
    pub figures: Vec<Figure>,
    /// The report's endnotes, in order.
    pub endnotes: Vec<Endnote>,
    /// Where the report disagrees with itself.
    pub errata: Vec<Erratum>,
    /// Policy changes reported in Section VII.
    pub reforms: Vec<Reform>,
    /// Appendix C definitions of serious mental illness.
    pub smi_definitions: Vec<SmiDefinition>,
    /// False while the text files (figures, endnotes, errata, reforms, definitions) are not loaded.
    pub complete: bool,
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
    /// Parses the files compiled into the binary: all of them natively, the core ones in the
    /// browser (then [`Dataset::with_text`] adds the rest once fetched).
    pub fn embedded() -> Result<Dataset, DataError> {
        #[cfg(not(target_arch = "wasm32"))]
        return Dataset::from_files(&all_files());
        #[cfg(target_arch = "wasm32")]
        Dataset::from_files(CORE_FILES)
    }

    /// The dataset with the text files added (names from [`TEXT_FILE_NAMES`]).
    pub fn with_text(&self, text: &[(&str, &str)]) -> Result<Dataset, DataError> {
        Dataset::embedded_with_text(text)
    }

    /// The compiled-in tables and the given text files (names from [`TEXT_FILE_NAMES`]), parsed
    /// once: what the browser builds when the text was fetched before start-up.
    pub fn embedded_with_text(text: &[(&str, &str)]) -> Result<Dataset, DataError> {
        let mut files: Vec<(&str, &str)> = CORE_FILES.to_vec();
        files.extend_from_slice(text);
        Dataset::from_files(&files)
    }

    /// Parses a set of named files (the embedded ones, or test fixtures).
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
        Ok(Dataset {
            figures: optional("report_figures.csv")?
                .map(report::figures)
                .transpose()?
                .unwrap_or_default(),
            endnotes: optional("endnotes.csv")?
                .map(report::endnotes)
                .transpose()?
                .unwrap_or_default(),
            errata: optional("errata.csv")?
                .map(report::errata)
                .transpose()?
                .unwrap_or_default(),
            complete,
            reforms,
            smi_definitions,
            jurisdictions,
            tables,
        })
    }

    /// A report table by number, if shipped.
    pub fn table(&self, number: u8) -> Option<&Table> {
        self.tables.iter().find(|t| t.number == number)
    }

    /// An endnote by number.
    pub fn endnote(&self, number: u32) -> Option<&Endnote> {
        self.endnotes.iter().find(|e| e.number == number)
    }

    /// A printed figure by id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// A jurisdiction by code.
    pub fn jurisdiction(&self, code: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.code == code)
    }

    /// Sum of a column's reported counts and how many rows reported it.
    pub fn column_sum(&self, table: u8, column: &str) -> Option<(u64, usize)> {
        let t = self.table(table)?;
        let c = t.column(column)?;
        let counts: Vec<u64> = t.rows.iter().filter_map(|r| r.cells[c].count()).collect();
        Some((counts.iter().sum(), counts.len()))
    }
}
