//! The whole survey as typed data, parsed once from the CSV files under `static/data/`.
//!
//! Native builds (tests, prerendering, the build's encoder) compile the files in (`include_str!`);
//! the browser gets the same dataset ready-made from the files the build encodes from them
//! (`data::codec`). The CSV files are served for download as they are, so what a reader
//! downloads is byte for byte what the app computed from.

use crate::data::csv::{DataError, Rows};
use crate::data::later::{self, LaterFigure};
use crate::data::parts::{Part, Parts};
use crate::data::report::{self, Endnote, Erratum, Figure, Reform, SmiDefinition};
use crate::data::row_pages::{self, RowPage};
use crate::data::table::Table;

/// The files every view needs at once (jurisdictions, the 19 tables and their rows' pages). The app
/// gets them as the tables file (`data::codec::TABLES_FILE`); only native builds and the browser
/// tests compile them in ([`Dataset::embedded`]).
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
    (
        "row_pages.csv",
        include_str!("../../../../static/data/row_pages.csv"),
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
    (
        "later_surveys.csv",
        include_str!("../../../../static/data/later_surveys.csv"),
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
    /// The printed page of every row of Tables 2-19 and of their printed total rows.
    pub row_pages: Vec<RowPage>,
    /// The later editions' national figures (with the text files).
    pub later: Vec<LaterFigure>,
    /// Which parts of the report's text (figures, endnotes, errata, reforms, definitions, later
    /// editions) are loaded: all of them read from CSV, none in the tables file, each added from
    /// its own data file (`data::codec::part_file`). A part not loaded is an empty list.
    pub text: Parts,
    /// Whether every endnote has its text: false in a dataset read from the data files until the
    /// endnotes' texts are (`data::codec::NOTES_FILE`; only `data::codec::TEXT_NOTES` have theirs
    /// before), true with the text files read from CSV.
    pub notes: bool,
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
            reforms,
            smi_definitions,
            jurisdictions,
            tables,
        })
    }

    /// The printed page of `key`'s row in Table `table` (a jurisdiction code, or
    /// [`row_pages::TOTAL`] for the printed total row), if the table prints that row.
    pub fn row_page(&self, table: u8, key: &str) -> Option<u16> {
        self.row_pages
            .iter()
            .find(|p| p.table == table && p.key == key)
            .map(|p| p.page)
    }

    /// "Table 2, p. 23" for a row; the table's first page when the row is unknown.
    pub fn cite(&self, table: u8, key: &str) -> String {
        let p = self
            .row_page(table, key)
            .map(u32::from)
            .unwrap_or_else(|| crate::data::catalog::table(table).map_or(0, |t| u32::from(t.page)));
        format!("Table {table}, p. {p}")
    }

    /// Whether every part of the report's text is loaded.
    pub fn complete(&self) -> bool {
        self.text == Parts::ALL
    }

    /// Whether the parts `need` are loaded.
    pub fn has(&self, need: Parts) -> bool {
        self.text.contains(need)
    }

    /// The dataset with only the parts of the report's text in `keep` (the others empty, as
    /// before their files arrive): what a page starts from in the browser.
    pub fn only_text(&self, keep: Parts) -> Dataset {
        let mut d = self.clone();
        let kept = self.text;
        let keep = |p: Part| keep.has(p) && kept.has(p);
        if !keep(Part::Figures) {
            d.figures.clear();
        }
        if !keep(Part::Endnotes) {
            d.endnotes.clear();
            d.notes = false;
        }
        if !keep(Part::Errata) {
            d.errata.clear();
        }
        if !keep(Part::Reforms) {
            d.reforms.clear();
        }
        if !keep(Part::Smi) {
            d.smi_definitions.clear();
        }
        if !keep(Part::Later) {
            d.later.clear();
        }
        d.text = Part::ALL
            .iter()
            .fold(Parts::NONE, |s, p| s.set(*p, keep(*p)));
        d
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

    /// A jurisdiction's name as the report prints it, or the code itself when no jurisdiction has
    /// that code.
    pub fn name_of(&self, code: &str) -> String {
        self.jurisdiction(code)
            .map_or_else(|| code.to_string(), |j| j.name.clone())
    }

    /// Sum of a column's reported counts and how many rows reported it.
    pub fn column_sum(&self, table: u8, column: &str) -> Option<(u64, usize)> {
        let t = self.table(table)?;
        let c = t.column(column)?;
        let counts: Vec<u64> = t.rows.iter().filter_map(|r| r.cells[c].count()).collect();
        Some((counts.iter().sum(), counts.len()))
    }
}
