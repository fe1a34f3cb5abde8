//! Facts about the dataset for the About view: who is missing from the counts and why, the 2014
//! and 2015 definitions side by side, the audit's tallies, the downloadable files and the citation.

use crate::checks::audit;
use crate::data::catalog::CITATION;
use crate::data::dataset::{Dataset, TEXT_FILE_NAMES};
use crate::data::format::thousands;
use crate::data::table::Table;

/// Why a surveyed jurisdiction has no count in the report's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapStatus {
    /// Sent the survey, gave no information at all.
    NoResponse,
    /// Responded, but gave no usable restricted-housing count (not in Table 2).
    NoUsableCount,
}

impl GapStatus {
    /// In words.
    pub fn label(self) -> &'static str {
        match self {
            GapStatus::NoResponse => "did not respond",
            GapStatus::NoUsableCount => "responded, no usable count",
        }
    }
}

/// A surveyed jurisdiction missing from the restricted-housing count.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingJurisdiction {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// Why it is missing.
    pub status: GapStatus,
    /// The reason recorded in `jurisdictions.csv`, without its endnote reference.
    pub reason: String,
    /// Endnotes the reason cites.
    pub notes: Vec<u32>,
}

/// Splits `… (endnote 165).` into the text without the reference and the endnote numbers.
pub fn split_endnotes(note: &str) -> (String, Vec<u32>) {
    let mut text = note.to_string();
    let mut numbers = Vec::new();
    while let Some(start) = text.find("(endnote ") {
        let Some(len) = text[start..].find(')') else {
            break;
        };
        let inner = &text[start + "(endnote ".len()..start + len];
        numbers.extend(
            inner
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter_map(|n| n.parse::<u32>().ok()),
        );
        text.replace_range(start..=start + len, "");
    }
    let text = text.replace(" .", ".").trim().to_string();
    (text, numbers)
}

/// Every surveyed jurisdiction without a count in Table 2, in the report's order, with its reason.
pub fn gaps(data: &Dataset, notes: &[(String, String)]) -> Vec<MissingJurisdiction> {
    let t2 = data.table(2);
    data.jurisdictions
        .iter()
        .filter_map(|j| {
            let status = if !j.responded {
                GapStatus::NoResponse
            } else if t2
                .and_then(|t| t.cell(&j.code, "rh_population"))
                .and_then(|c| c.count())
                .is_none()
            {
                GapStatus::NoUsableCount
            } else {
                return None;
            };
            let note = notes
                .iter()
                .find(|(c, _)| *c == j.code)
                .map(|(_, n)| n.as_str())
                .unwrap_or("");
            let (reason, notes) = split_endnotes(note);
            Some(MissingJurisdiction {
                code: j.code.clone(),
                name: j.name.clone(),
                status,
                reason,
                notes,
            })
        })
        .collect()
}

/// [`gaps`] with the notes of `jurisdictions.csv`, which the dataset carries.
pub fn embedded_gaps(data: &Dataset) -> Vec<MissingJurisdiction> {
    let notes: Vec<(String, String)> = data
        .jurisdictions
        .iter()
        .filter(|j| !j.notes.is_empty())
        .map(|j| (j.code.clone(), j.notes.clone()))
        .collect();
    gaps(data, &notes)
}

/// CSV columns of the "who is not counted" download.
pub const GAP_HEADER: [&str; 5] = ["jurisdiction", "name", "status", "reason", "endnotes"];

/// The download rows for the gaps shown.
pub fn gap_rows(gaps: &[MissingJurisdiction]) -> Vec<Vec<String>> {
    gaps.iter()
        .map(|g| {
            let notes = g
                .notes
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(" ");
            vec![
                g.code.clone(),
                g.name.clone(),
                g.status.label().to_string(),
                g.reason.clone(),
                notes,
            ]
        })
        .collect()
}

/// Figures the About view quotes, by id in `report_figures.csv` (a test checks they all exist).
pub const FIGURE_IDS: &[&str] = &[
    "ii_a_questions",
    "ii_a_states",
    "ii_a_responded",
    "ii_a_detailed",
    "i_b_queried",
    "i_b_share_us_prisoners",
    "ii_b_def_hours",
    "ii_b_def_days",
    "ii_b_2014_def_days",
    "ii_b_2015_days",
    "ii_b_2014_questions",
    "ii_b_2014_rh_jurisdictions",
    "ii_b_2014_share",
    "ii_b_2014_rh_total",
    "ii_b_2014_estimate_low",
    "ii_b_2014_estimate_high",
    "ii_b_2014_share_22h",
    "i_c_mandela_hours",
    "i_c_mandela_days",
    "viii_mandela_days",
];

/// A printed figure's value as the report prints it (`66,000`, `96.4`), or `?` if the id is unknown.
pub fn figure(data: &Dataset, id: &str) -> String {
    match data.figure(id) {
        Some(f) if f.value.places == 0 => thousands(f.value.scaled.max(0) as u64),
        Some(f) => f.value.to_string(),
        None => "?".into(),
    }
}

/// One row of the 2014-versus-2015 comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// What is compared.
    pub aspect: &'static str,
    /// The 2014 survey (Time-In-Cell, 2015 report).
    pub y2014: String,
    /// The 2015 survey (this report).
    pub y2015: String,
    /// Printed page(s).
    pub pages: &'static str,
}

/// The two surveys' definitions and counts side by side; 2015 counts recomputed from Table 2.
pub fn comparison(data: &Dataset) -> Vec<Comparison> {
    let f = |id: &str| figure(data, id);
    let (total, reporting) = data.column_sum(2, "rh_population").unwrap_or((0, 0));
    vec![
        Comparison {
            aspect: "Hours a day in cell",
            y2014: "“most of the hours of the day” (no number)".into(),
            y2015: format!("{} hours or more", f("ii_b_def_hours")),
            pages: "17",
        },
        Comparison {
            aspect: "Length of stay",
            y2014: format!("{} days or more", f("ii_b_2014_def_days")),
            y2015: format!("{} continuous days or more", f("ii_b_2015_days")),
            pages: "17",
        },
        Comparison {
            aspect: "What it counted",
            y2014: format!(
                "mainly administrative segregation (most of its {} questions)",
                f("ii_b_2014_questions")
            ),
            y2015: "all forms of restricted housing".into(),
            pages: "17",
        },
        Comparison {
            aspect: "Jurisdictions with a count",
            y2014: format!(
                "{} (holding {}% of U.S. prisoners)",
                f("ii_b_2014_rh_jurisdictions"),
                f("ii_b_2014_share")
            ),
            y2015: format!(
                "{reporting} (holding {}% of U.S. prisoners)",
                f("i_b_share_us_prisoners")
            ),
            pages: "7, 17",
        },
        Comparison {
            aspect: "People counted",
            y2014: format!(
                "{} (national estimate {}–{})",
                f("ii_b_2014_rh_total"),
                f("ii_b_2014_estimate_low"),
                f("ii_b_2014_estimate_high")
            ),
            y2015: thousands(total),
            pages: "5, 7, 17, 22",
        },
    ]
}

pub use crate::data::dataset::AuditCounts;

/// The audit's counts: run on `data` when it holds every printed figure and the errata (read from
/// CSV, or every part fetched), else as the build counted them (`Dataset::audit`, in the errata's
/// file: the about page's first visit fetches only the printed figures it quotes); `None` without
/// the errata.
pub fn audit_counts(data: &Dataset) -> Option<AuditCounts> {
    use crate::data::parts::{Part, Parts};
    if data.has(Parts::FIGURES.union(Parts::of(&[Part::Errata]))) {
        Some(run_audit(data))
    } else if data.has(Parts::of(&[Part::Errata])) {
        data.audit
    } else {
        None
    }
}

/// The dataset as the build writes its data files (`data::codec`): with the audit's counts
/// (`Dataset::audit`), run on the whole of it, for the errata's file.
pub fn with_audit(mut data: Dataset) -> Dataset {
    data.audit = Some(run_audit(&data));
    data
}

/// Runs the audit and tallies it with the figures and errata.
fn run_audit(data: &Dataset) -> AuditCounts {
    AuditCounts {
        figures: data.figures.len(),
        recomputed: data
            .figures
            .iter()
            .filter(|f| f.derivation.is_some())
            .count(),
        errata: data.errata.len(),
        errata_checked: data.errata.iter().filter(|e| !e.check.is_empty()).count(),
        mismatches: audit::audit(data).len(),
    }
}

/// Files a reader can download, relative to the app (`data/<file>`): the data package first.
pub fn downloads() -> Vec<String> {
    [
        "datapackage.json",
        "time-in-cell-data.zip",
        "jurisdictions.csv",
    ]
    .into_iter()
    .map(String::from)
    .chain((1..=19).map(Table::file_name))
    .chain(TEXT_FILE_NAMES.iter().map(|n| n.to_string()))
    .map(|n| format!("data/{n}"))
    .collect()
}

/// What a downloadable file holds, in words (the link's text; the file's own name is shown beside
/// it). `data/table02.csv` → "Table 2: Numbers and Percentages … (p. 22)".
pub fn download_label(path: &str) -> String {
    let file = path.trim_start_matches("data/");
    if let Some(t) = file
        .strip_prefix("table")
        .and_then(|s| s.strip_suffix(".csv"))
        .and_then(|n| n.parse::<u8>().ok())
        .and_then(crate::data::catalog::table)
    {
        return format!("Table {}: {} (p. {})", t.number, t.title, t.page);
    }
    match file {
        "datapackage.json" => "Data package: every file and column described (Frictionless Data)",
        "time-in-cell-data.zip" => "Everything below in one zip file",
        "jurisdictions.csv" => "Jurisdictions: names, codes and whether each answered the survey",
        "report_figures.csv" => {
            "Figures printed in the report's text, with page and how to recompute each"
        }
        "endnotes.csv" => "The report's endnotes",
        "errata.csv" => "Where the report disagrees with itself",
        "reforms.csv" => "Reforms the jurisdictions reported",
        "smi_definitions.csv" => {
            "Each jurisdiction's definition of serious mental illness (Appendix C)"
        }
        other => other,
    }
    .to_string()
}

/// A ready-to-copy citation of this app's version of the data.
pub fn app_citation(fingerprint: &str) -> String {
    format!("Time-In-Cell Explorer, data version {fingerprint}, compiled from: {CITATION}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_download_is_described_in_words() {
        for path in downloads() {
            let l = download_label(&path);
            assert!(!l.contains('_') && !l.ends_with(".csv"), "{path}: {l}");
        }
        assert!(download_label("data/table02.csv").starts_with("Table 2: Numbers"));
    }

    #[test]
    fn endnote_references_are_split_off() {
        assert_eq!(
            split_endnotes("No count; not in Table 2 (endnote 165)."),
            ("No count; not in Table 2.".to_string(), vec![165])
        );
        assert_eq!(
            split_endnotes("Did not respond (pp. 6, 16)."),
            ("Did not respond (pp. 6, 16).".to_string(), vec![])
        );
        assert_eq!(
            split_endnotes("(endnote 16, 165) x"),
            ("x".to_string(), vec![16, 165])
        );
    }

    #[test]
    fn citation_line_carries_the_fingerprint() {
        let c = app_citation("abc123");
        assert!(c.contains("data version abc123") && c.contains("Aiming to Reduce Time-In-Cell"));
    }
}
