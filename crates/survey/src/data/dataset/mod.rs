//! The whole survey as typed data, parsed once from the CSV files under `static/data/`.
//!
//! Native builds (tests, prerendering, the build's encoder) compile the files in (`include_str!`);
//! the browser gets the same dataset ready-made from the files the build encodes from them
//! (`data::codec`). The CSV files are served for download as they are, so what a reader
//! downloads is byte for byte what the app computed from.
//!
//! [`files`] holds the compiled-in files and the CSV reading; this module the types and the
//! look-ups every view uses.

mod files;

#[cfg(not(target_arch = "wasm32"))]
pub use files::{all_files, TEXT_FILES};
pub use files::{CORE_FILES, TEXT_FILE_NAMES};

use crate::data::later::LaterFigure;
use crate::data::parts::{Part, Parts};
use crate::data::report::{Endnote, Erratum, Figure, Reform, SmiDefinition};
use crate::data::row_pages::RowPage;
use crate::data::table::Table;

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

impl Jurisdiction {
    /// The name a heading or a page title gives it: the report's name, except the federal
    /// system, which the report's tables call "BOP" — "Federal Bureau of Prisons (BOP)", so a
    /// reader who opens its profile from a shared link knows what it is.
    pub fn full_name(&self) -> String {
        match self.kind {
            Kind::Federal => format!("Federal Bureau of Prisons ({})", self.name),
            _ => self.name.clone(),
        }
    }
}

/// The parsed dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The 53 jurisdictions, in the report's order.
    pub jurisdictions: Vec<Jurisdiction>,
    /// Report tables present, by number.
    pub tables: Vec<Table>,
    /// Figures printed outside per-jurisdiction cells, grouped by the part of the report's text
    /// that carries them (`Part::of_figure`, in `Part::ALL`'s order), each group in the CSV's order.
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
    /// What the audit found over the whole dataset, as the build counted it
    /// (`sections::about::with_audit`), carried by the errata's data file: so a page states it
    /// without fetching every printed figure. `None` read from CSV and in the tables file.
    pub audit: Option<AuditCounts>,
}

/// What the audit did, in counts taken from the data (`sections::about::audit_counts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditCounts {
    /// Figures printed outside the tables (`report_figures.csv`).
    pub figures: usize,
    /// Of those, figures with a derivation the audit recomputes from the tables.
    pub recomputed: usize,
    /// Entries in `errata.csv`.
    pub errata: usize,
    /// Errata found and re-verified by the automatic audit.
    pub errata_checked: usize,
    /// Mismatches the audit finds.
    pub mismatches: usize,
}

impl Dataset {
    /// The printed page of `key`'s row in Table `table` (a jurisdiction code, or
    /// [`row_pages::TOTAL`](crate::data::row_pages::TOTAL) for the printed total row), if the table
    /// prints that row.
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
        d.figures.retain(|f| keep(Part::of_figure(&f.section)));
        if !keep(Part::Endnotes) {
            d.endnotes.clear();
            d.notes = false;
        }
        if !keep(Part::Errata) {
            d.errata.clear();
            d.audit = None;
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
