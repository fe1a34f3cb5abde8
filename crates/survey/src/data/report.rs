//! The report's text-level material: printed figures, endnotes, errata, reforms and definitions of
//! serious mental illness, each read from its CSV under `static/data/`.

use crate::data::csv::{DataError, Rows};
use crate::data::derivation::{self, Expr};
use crate::data::table::Decimal;

/// A figure the report prints outside a per-jurisdiction cell (a total row, a median, a prose figure).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Stable id, e.g. `t02_total_rh_population`.
    pub id: String,
    /// The value as printed.
    pub value: Decimal,
    /// `people`, `percent`, `jurisdictions`, ...
    pub unit: String,
    /// What the number is, in our words.
    pub statement: String,
    /// Table number, if it belongs to one.
    pub table: Option<u8>,
    /// Report section, e.g. `IV.A`.
    pub section: String,
    /// Printed page (text, since some pages are `C-1` or press-release pages).
    pub page: String,
    /// How to recompute it from the tables, if it can be.
    pub derivation: Option<Expr>,
    /// The derivation as written.
    pub derivation_src: String,
}

/// One of the report's endnotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Endnote {
    /// The endnote number.
    pub number: u32,
    /// Its text as printed.
    pub text: String,
    /// Printed page of the endnote text.
    pub page: String,
    /// Tables it qualifies.
    pub tables: Vec<u8>,
    /// Jurisdictions it concerns.
    pub jurisdictions: Vec<String>,
    /// Printed page where its marker appears in the body.
    pub cited_at_page: String,
}

/// A place where the report disagrees with itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Erratum {
    /// Stable id.
    pub id: String,
    /// `column_total`, `percent`, `row_sum`, `prose_vs_table`, `cross_table`, `other`.
    pub kind: String,
    /// The audit key this entry answers for (see `audit`), or empty if no automatic check covers it.
    pub check: String,
    /// Table concerned, if any.
    pub table: Option<u8>,
    /// Jurisdiction concerned, if any.
    pub jurisdiction: String,
    /// Column concerned, if any.
    pub column: String,
    /// What the report prints.
    pub printed: String,
    /// What the report's own counts give.
    pub computed: String,
    /// Printed page.
    pub page: String,
    /// One plain sentence.
    pub description: String,
}

/// The kinds of [`Erratum`], as `errata.csv` names them.
pub const ERRATUM_KINDS: [&str; 6] = [
    "column_total",
    "percent",
    "row_sum",
    "prose_vs_table",
    "cross_table",
    "other",
];

/// A policy change a jurisdiction reported (Section VII).
#[derive(Debug, Clone, PartialEq)]
pub struct Reform {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// Kind of change, e.g. `time_caps`.
    pub kind: String,
    /// One sentence in our words.
    pub summary: String,
    /// Report section, e.g. `VII.B`.
    pub section: String,
    /// Printed page.
    pub page: String,
    /// True for the six systems profiled in Section VII.F.
    pub profiled: bool,
}

/// A kind of policy change, as `reforms.csv` classifies Section VII's material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReformKind {
    /// Narrower criteria for placement.
    EntryCriteria,
    /// Housing or sanctions used instead of restricted housing.
    Alternatives,
    /// Limits on how long a placement may last.
    TimeCaps,
    /// Step-down programmes and release planning.
    ReleaseStepDown,
    /// Review boards, oversight posts and record keeping.
    OversightReview,
    /// Mandated hours out of cell.
    OutOfCellTime,
    /// Physical environment and privileges.
    Conditions,
    /// Education, treatment and group activities.
    Programming,
    /// Care and diversion for people with mental illness.
    MentalHealth,
    /// Staff selection, rotation and training.
    StaffingTraining,
    /// Juveniles and young adults.
    YoungAdultsJuveniles,
    /// Results, outside consultation and anything else.
    Other,
}

impl ReformKind {
    /// Every kind, in the order Section VII discusses them.
    pub const ALL: [ReformKind; 12] = [
        ReformKind::EntryCriteria,
        ReformKind::Alternatives,
        ReformKind::TimeCaps,
        ReformKind::ReleaseStepDown,
        ReformKind::OversightReview,
        ReformKind::OutOfCellTime,
        ReformKind::Conditions,
        ReformKind::Programming,
        ReformKind::MentalHealth,
        ReformKind::StaffingTraining,
        ReformKind::YoungAdultsJuveniles,
        ReformKind::Other,
    ];

    /// The token used in `reforms.csv` and in the URL (`kind=`).
    pub fn token(self) -> &'static str {
        match self {
            ReformKind::EntryCriteria => "entry_criteria",
            ReformKind::Alternatives => "alternatives",
            ReformKind::TimeCaps => "time_caps",
            ReformKind::ReleaseStepDown => "release_step_down",
            ReformKind::OversightReview => "oversight_review",
            ReformKind::OutOfCellTime => "out_of_cell_time",
            ReformKind::Conditions => "conditions",
            ReformKind::Programming => "programming",
            ReformKind::MentalHealth => "mental_health",
            ReformKind::StaffingTraining => "staffing_training",
            ReformKind::YoungAdultsJuveniles => "young_adults_juveniles",
            ReformKind::Other => "other",
        }
    }

    /// A short label for buttons, column heads and chart bars.
    pub fn label(self) -> &'static str {
        match self {
            ReformKind::EntryCriteria => "Entry criteria",
            ReformKind::Alternatives => "Alternatives",
            ReformKind::TimeCaps => "Time limits",
            ReformKind::ReleaseStepDown => "Release & step-down",
            ReformKind::OversightReview => "Oversight & review",
            ReformKind::OutOfCellTime => "Time out of cell",
            ReformKind::Conditions => "Conditions",
            ReformKind::Programming => "Programming",
            ReformKind::MentalHealth => "Mental health",
            ReformKind::StaffingTraining => "Staffing & training",
            ReformKind::YoungAdultsJuveniles => "Juveniles",
            ReformKind::Other => "Other",
        }
    }

    /// The kind a token names, if any.
    pub fn from_token(s: &str) -> Option<ReformKind> {
        ReformKind::ALL.iter().copied().find(|k| k.token() == s)
    }

    /// Whether a reform is of this kind.
    pub fn fits(self, r: &Reform) -> bool {
        r.kind == self.token()
    }
}

/// A jurisdiction's own definition of serious mental illness (Appendix C).
#[derive(Debug, Clone, PartialEq)]
pub struct SmiDefinition {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// The definition as printed.
    pub definition: String,
    /// Appendix page, e.g. `C-3`.
    pub page: String,
}

fn table_number(s: &str) -> Option<u8> {
    s.parse().ok().filter(|n| (1..=19).contains(n))
}

pub(crate) fn figures(text: &str) -> Result<Vec<Figure>, DataError> {
    let rows = Rows::parse(
        "report_figures.csv",
        text,
        &[
            "id",
            "value",
            "unit",
            "statement",
            "table",
            "section",
            "page",
            "derivation",
        ],
    )?;
    rows.iter()
        .map(|r| {
            let value = Decimal::parse(r.get("value"))
                .ok_or_else(|| r.error("value", format!("`{}` is not a number", r.get("value"))))?;
            let src = r.get("derivation").to_string();
            let derivation = if src.is_empty() {
                None
            } else {
                Some(derivation::parse(&src).map_err(|m| r.error("derivation", m))?)
            };
            Ok(Figure {
                id: r.get("id").into(),
                value,
                unit: r.get("unit").into(),
                statement: r.get("statement").into(),
                table: table_number(r.get("table")),
                section: r.get("section").into(),
                page: r.get("page").into(),
                derivation,
                derivation_src: src,
            })
        })
        .collect()
}

pub(crate) fn endnotes(text: &str) -> Result<Vec<Endnote>, DataError> {
    let rows = Rows::parse(
        "endnotes.csv",
        text,
        &["number", "text", "page", "tables", "jurisdictions"],
    )?;
    let mut out: Vec<Endnote> = Vec::new();
    for r in rows.iter() {
        let number: u32 = r.parse("number")?;
        if out.last().is_some_and(|e| e.number >= number) {
            return Err(r.error("number", format!("endnote {number} out of order")));
        }
        let tables = r
            .get("tables")
            .split_whitespace()
            .map(|t| {
                table_number(t).ok_or_else(|| r.error("tables", format!("`{t}` is not a table")))
            })
            .collect::<Result<_, _>>()?;
        out.push(Endnote {
            number,
            text: r.get("text").into(),
            page: r.get("page").into(),
            tables,
            jurisdictions: r
                .get("jurisdictions")
                .split_whitespace()
                .map(String::from)
                .collect(),
            cited_at_page: r.get("cited_at_page").into(),
        });
    }
    Ok(out)
}

pub(crate) fn errata(text: &str) -> Result<Vec<Erratum>, DataError> {
    let rows = Rows::parse(
        "errata.csv",
        text,
        &[
            "id",
            "kind",
            "check",
            "table",
            "jurisdiction",
            "column",
            "printed",
            "computed",
            "page",
            "description",
        ],
    )?;
    rows.iter()
        .map(|r| {
            let kind = r.get("kind");
            if !ERRATUM_KINDS.contains(&kind) {
                return Err(r.error("kind", format!("unknown kind `{kind}`")));
            }
            Ok(Erratum {
                id: r.get("id").into(),
                kind: kind.into(),
                check: r.get("check").into(),
                table: table_number(r.get("table")),
                jurisdiction: r.get("jurisdiction").into(),
                column: r.get("column").into(),
                printed: r.get("printed").into(),
                computed: r.get("computed").into(),
                page: r.get("page").into(),
                description: r.get("description").into(),
            })
        })
        .collect()
}

pub(crate) fn reforms(text: &str) -> Result<Vec<Reform>, DataError> {
    let rows = Rows::parse(
        "reforms.csv",
        text,
        &[
            "jurisdiction",
            "kind",
            "summary",
            "section",
            "page",
            "profiled",
        ],
    )?;
    rows.iter()
        .map(|r| {
            Ok(Reform {
                jurisdiction: r.get("jurisdiction").into(),
                kind: r.get("kind").into(),
                summary: r.get("summary").into(),
                section: r.get("section").into(),
                page: r.get("page").into(),
                profiled: r.parse("profiled")?,
            })
        })
        .collect()
}

pub(crate) fn smi_definitions(text: &str) -> Result<Vec<SmiDefinition>, DataError> {
    let rows = Rows::parse(
        "smi_definitions.csv",
        text,
        &["jurisdiction", "definition", "page"],
    )?;
    Ok(rows
        .iter()
        .map(|r| SmiDefinition {
            jurisdiction: r.get("jurisdiction").into(),
            definition: r.get("definition").into(),
            page: r.get("page").into(),
        })
        .collect())
}
