//! Section VII's reforms as data for the Reforms view: kinds of change, counts per kind, the
//! jurisdiction × kind matrix, the six profiled systems, and the pure layout of the bar chart.

use crate::data::dataset::Dataset;
use crate::data::format::thousands;
use crate::data::report::{Endnote, Figure, Reform, ReformKind};

/// How many jurisdictions (and reform entries) the data has for one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct KindCount {
    /// The kind.
    pub kind: ReformKind,
    /// Jurisdictions with at least one reform of this kind, in first-mention order.
    pub jurisdictions: Vec<String>,
    /// Reform entries of this kind.
    pub reforms: usize,
}

/// Counts per kind, one entry for every kind in [`ReformKind::ALL`] order (zero counts kept).
pub fn count_by_kind(reforms: &[Reform]) -> Vec<KindCount> {
    ReformKind::ALL
        .iter()
        .map(|&kind| {
            let mut jurisdictions: Vec<String> = Vec::new();
            let mut n = 0;
            for r in reforms.iter().filter(|r| kind.fits(r)) {
                n += 1;
                if !jurisdictions.contains(&r.jurisdiction) {
                    jurisdictions.push(r.jurisdiction.clone());
                }
            }
            KindCount {
                kind,
                jurisdictions,
                reforms: n,
            }
        })
        .collect()
}

/// The reforms a view shows: all, or those of one kind, in the file's (the report's) order.
pub fn shown(reforms: &[Reform], kind: Option<ReformKind>) -> Vec<&Reform> {
    reforms
        .iter()
        .filter(|r| kind.is_none_or(|k| k.fits(r)))
        .collect()
}

/// One row of the jurisdiction × kind matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// Reform entries per kind, aligned with [`ReformKind::ALL`].
    pub cells: Vec<usize>,
}

/// Jurisdictions with at least one described reform (of `kind`, if given), in the report's order.
pub fn matrix(data: &Dataset, kind: Option<ReformKind>) -> Vec<MatrixRow> {
    data.jurisdictions
        .iter()
        .filter_map(|j| {
            let cells: Vec<usize> = ReformKind::ALL
                .iter()
                .map(|k| {
                    data.reforms
                        .iter()
                        .filter(|r| r.jurisdiction == j.code && k.fits(r))
                        .count()
                })
                .collect();
            let keep = match kind {
                Some(k) => cells[ReformKind::ALL.iter().position(|x| *x == k).unwrap_or(0)] > 0,
                None => cells.iter().any(|&n| n > 0),
            };
            keep.then(|| MatrixRow {
                code: j.code.clone(),
                name: j.name.clone(),
                cells,
            })
        })
        .collect()
}

/// The endnote listing the jurisdictions that did not answer the policy questions (p. 98).
pub const POLICY_NONRESPONSE_ENDNOTE: u32 = 228;

/// Jurisdictions that answered the policy-change questions: those surveyed less those the
/// non-response endnote lists (the report prints 45 of 53, p. 55).
pub fn policy_respondents(data: &Dataset) -> Option<usize> {
    let missing = data
        .endnote(POLICY_NONRESPONSE_ENDNOTE)?
        .jurisdictions
        .len();
    data.jurisdictions.len().checked_sub(missing)
}

/// One of the systems Section VII.F profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Profiled {
    /// Jurisdiction code.
    pub code: String,
    /// Its part of Section VII.F, e.g. `VII.F.2`.
    pub section: String,
    /// Printed pages its reforms are described on, e.g. `62–63`.
    pub pages: String,
    /// Reform entries described there.
    pub reforms: usize,
}

/// The profiled systems, in the report's order (VII.F.1 … VII.F.6).
pub fn profiled(reforms: &[Reform]) -> Vec<Profiled> {
    let mut out: Vec<Profiled> = Vec::new();
    let mut pages: Vec<Vec<u32>> = Vec::new();
    for r in reforms.iter().filter(|r| r.profiled) {
        let page: u32 = r.page.parse().unwrap_or(0);
        match out.iter().position(|p| p.code == r.jurisdiction) {
            Some(i) => {
                out[i].reforms += 1;
                pages[i].push(page);
            }
            None => {
                out.push(Profiled {
                    code: r.jurisdiction.clone(),
                    section: r.section.clone(),
                    pages: String::new(),
                    reforms: 1,
                });
                pages.push(vec![page]);
            }
        }
    }
    for (p, pg) in out.iter_mut().zip(&pages) {
        let (lo, hi) = (
            pg.iter().min().copied().unwrap_or(0),
            pg.iter().max().copied().unwrap_or(0),
        );
        p.pages = if lo == hi {
            lo.to_string()
        } else {
            format!("{lo}–{hi}")
        };
    }
    crate::sort::sort_by(&mut out, |a, b| a.section.cmp(&b.section));
    out
}

/// Figures Section VII.F prints about each profiled system's results, by id in `report_figures.csv`.
pub const PROFILE_FIGURES: &[(&str, &[&str])] = &[
    (
        "BOP",
        &[
            "vii_f1_serious_first_days_before",
            "vii_f1_serious_first_days",
            "vii_f1_psychology_positions",
        ],
    ),
    (
        "CO",
        &[
            "vii_f2_rh_2011",
            "vii_f2_rh_reduced",
            "vii_f2_reduction_pct",
        ],
    ),
    ("ND", &["vii_f3_seg_apr_2015", "vii_f3_seg_apr_2016"]),
    (
        "OH",
        &[
            "vii_f4_osp_extended_rh",
            "vii_f4_belmont_rh_reduction",
            "vii_f4_belmont_violence_reduction",
        ],
    ),
    ("SC", &["vii_f5_lockup_2012", "vii_f5_lockup_2016"]),
    ("UT", &["vii_f6_rh_fall_2015", "vii_f6_rh_aug_2016"]),
];

/// The printed figures about one profiled system.
pub fn profile_figures<'a>(data: &'a Dataset, code: &str) -> Vec<&'a Figure> {
    PROFILE_FIGURES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, ids)| ids.iter().filter_map(|id| data.figure(id)).collect())
        .unwrap_or_default()
}

/// A figure's value with its unit: `1,500 people`, `67%`, `365 days`.
pub fn figure_value(f: &Figure) -> String {
    let v = if f.value.places == 0 {
        thousands(f.value.scaled.max(0) as u64)
    } else {
        f.value.to_string()
    };
    match f.unit.as_str() {
        "percent" => format!("{v}%"),
        "" => v,
        unit => format!("{v} {unit}"),
    }
}

/// The endnotes cited in each part of Section VII before the profiles, by number (from the report
/// text; VII.D cites none). The introduction's 227–229 are about who answered, not any one reform;
/// the profiles (VII.F) cite a source in nearly every sentence, so their endnotes are left to each
/// jurisdiction's profile page.
pub const SECTION_NOTES: &[(&str, u32, u32)] = &[
    ("VII", 230, 231),
    ("VII.A", 232, 234),
    ("VII.B", 235, 242),
    ("VII.C", 243, 243),
    ("VII.E", 244, 244),
];

/// Endnotes that qualify a reform: cited in its part of Section VII, about its jurisdiction, and
/// cited on its page — or, for a reform the report gives only in an endnote, printed on it.
pub fn notes_for(r: &Reform, endnotes: &[Endnote]) -> Vec<u32> {
    let Some(&(_, first, last)) = SECTION_NOTES.iter().find(|(s, _, _)| *s == r.section) else {
        return Vec::new();
    };
    endnotes
        .iter()
        .filter(|e| (first..=last).contains(&e.number) && e.jurisdictions.contains(&r.jurisdiction))
        .filter(|e| e.cited_at_page == r.page || e.page == r.page)
        .map(|e| e.number)
        .collect()
}

/// CSV columns of the reforms download.
pub const CSV_HEADER: [&str; 7] = [
    "jurisdiction",
    "name",
    "kind",
    "summary",
    "section",
    "page",
    "profiled",
];

/// The download rows for the reforms shown, `name` resolving a code to its printed name.
pub fn csv_rows(rows: &[&Reform], name: impl Fn(&str) -> String) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            vec![
                r.jurisdiction.clone(),
                name(&r.jurisdiction),
                r.kind.clone(),
                r.summary.clone(),
                r.section.clone(),
                r.page.clone(),
                r.profiled.to_string(),
            ]
        })
        .collect()
}

/// The chart's text alternative: every kind with its number of jurisdictions.
pub fn describe(counts: &[KindCount]) -> String {
    counts
        .iter()
        .map(|c| {
            format!(
                "{}: {} jurisdiction{}",
                c.kind.label(),
                c.jurisdictions.len(),
                if c.jurisdictions.len() == 1 { "" } else { "s" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A reform for tests: `j`'s reform of `kind` on `page` (its summary and section are fillers).
#[cfg(test)]
pub(crate) fn reform(j: &str, kind: &str, page: &str, profiled: bool) -> Reform {
    Reform {
        jurisdiction: j.into(),
        kind: kind.into(),
        summary: "s".into(),
        section: "VII.F.2".into(),
        page: page.into(),
        profiled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        for k in ReformKind::ALL {
            assert_eq!(ReformKind::from_token(k.token()), Some(k));
        }
        assert_eq!(ReformKind::from_token("Time_Caps"), None);
    }

    #[test]
    fn counts_are_distinct_jurisdictions() {
        let rs = vec![
            reform("CO", "time_caps", "57", false),
            reform("CO", "time_caps", "62", true),
            reform("OH", "time_caps", "57", false),
        ];
        let c = count_by_kind(&rs);
        let t = c.iter().find(|c| c.kind == ReformKind::TimeCaps).unwrap();
        assert_eq!((t.jurisdictions.len(), t.reforms), (2, 3));
        assert_eq!(c.len(), ReformKind::ALL.len());
        assert_eq!(shown(&rs, Some(ReformKind::Other)).len(), 0);
        assert_eq!(shown(&rs, None).len(), 3);
    }

    #[test]
    fn profiled_pages_span() {
        let rs = vec![
            reform("CO", "other", "63", true),
            reform("CO", "other", "62", true),
            reform("TX", "other", "56", false),
        ];
        let p = profiled(&rs);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].pages.as_str(), p[0].reforms), ("62–63", 2));
    }
}
