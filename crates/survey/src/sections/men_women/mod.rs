//! Men and women in restricted housing (Section VI.A: Tables 5–6, Charts 5–6): each custodial
//! population's share in restricted housing, the medians, the men-to-women ratio and the totals.//!
//! [`rows`] holds a jurisdiction's row and the sorting; this module the tables as a whole.

mod rows;

pub use rows::{sort, Ratio, SexCounts, SexRow, SexSort, Women, SMALL};

use crate::checks::printed::PrintedFigure;
use crate::data::dataset::Dataset;
use crate::data::derivation::median;
use crate::data::table::Decimal;

/// Tables 5 and 6 together.
#[derive(Debug, Clone, PartialEq)]
pub struct MenWomen {
    /// Table 5's 43 jurisdictions, in the report's order, with Table 6 beside them.
    pub rows: Vec<SexRow>,
    /// Jurisdictions in Table 6 but not Table 5 (none in the report; kept so nothing is dropped).
    pub women_only: Vec<String>,
    /// Surveyed jurisdictions in neither table (no figures by sex).
    pub not_reporting: Vec<String>,
}

/// Printed pages of Section VI.A (pp. 30–34): endnotes cited there about a jurisdiction qualify its row.
const SECTION_PAGES: std::ops::RangeInclusive<u32> = 30..=34;

impl MenWomen {
    /// Reads Tables 5 and 6.
    pub fn from_data(data: &Dataset) -> MenWomen {
        let (Some(t5), Some(t6)) = (data.table(5), data.table(6)) else {
            return MenWomen {
                rows: Vec::new(),
                women_only: Vec::new(),
                not_reporting: Vec::new(),
            };
        };
        let rows = t5
            .rows
            .iter()
            .filter_map(|r| {
                let men = SexCounts::read(t5, &r.key)?;
                let women = SexCounts::read(t6, &r.key)
                    .map_or(Women::NoneInRestrictedHousing, Women::Listed);
                let mut notes: Vec<u32> = r
                    .notes
                    .iter()
                    .chain(t6.row(&r.key).map(|w| w.notes.as_slice()).unwrap_or(&[]))
                    .map(|n| n.number)
                    .collect();
                notes.extend(
                    data.endnotes
                        .iter()
                        .filter(|e| {
                            e.jurisdictions.contains(&r.key)
                                && e.cited_at_page
                                    .parse()
                                    .is_ok_and(|p: u32| SECTION_PAGES.contains(&p))
                        })
                        .map(|e| e.number),
                );
                crate::sort::sort(&mut notes);
                notes.dedup();
                Some(SexRow {
                    name: data.name_of(&r.key),
                    code: r.key.clone(),
                    men,
                    women,
                    notes,
                })
            })
            .collect();
        let women_only = t6
            .rows
            .iter()
            .filter(|r| t5.row(&r.key).is_none())
            .map(|r| r.key.clone())
            .collect();
        let not_reporting = data
            .jurisdictions
            .iter()
            .filter(|j| t5.row(&j.code).is_none() && t6.row(&j.code).is_none())
            .map(|j| j.code.clone())
            .collect();
        MenWomen {
            rows,
            women_only,
            not_reporting,
        }
    }

    /// Men's shares (printed) of every jurisdiction that has one.
    fn men_values(&self) -> Vec<f64> {
        self.rows
            .iter()
            .filter_map(|r| r.men.printed.map(Decimal::value))
            .collect()
    }

    /// Women's shares (printed) of every listed jurisdiction.
    fn women_values(&self) -> Vec<f64> {
        self.rows
            .iter()
            .filter_map(|r| r.women_share()?.printed.map(Decimal::value))
            .collect()
    }

    /// Median of the printed percentages of men (the report's 5.3%, p. 30).
    pub fn men_median(&self) -> Option<f64> {
        median(&mut self.men_values())
    }

    /// Median of the printed percentages of women (1.55, printed 1.6%, p. 33).
    pub fn women_median(&self) -> Option<f64> {
        median(&mut self.women_values())
    }

    /// Jurisdictions whose women are listed.
    pub fn women_listed(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.women_share().is_some())
            .count()
    }

    /// How the ratios fall: (jurisdictions with a ratio, men's share at least double women's,
    /// women's share higher than men's).
    pub fn ratio_summary(&self) -> (usize, usize, usize) {
        let ratios: Vec<f64> = self.rows.iter().filter_map(|r| r.ratio().value()).collect();
        (
            ratios.len(),
            ratios.iter().filter(|r| **r >= 2.0).count(),
            ratios.iter().filter(|r| **r < 1.0).count(),
        )
    }

    /// Jurisdictions with no women in restricted housing (not in Table 6).
    pub fn without_women(&self) -> Vec<&SexRow> {
        self.rows
            .iter()
            .filter(|r| r.women_share().is_none())
            .collect()
    }

    /// Sums over the men (custodial, restricted).
    pub fn men_totals(&self) -> (u64, u64) {
        totals(self.rows.iter().map(|r| &r.men))
    }

    /// Sums over the listed women (custodial, restricted).
    pub fn women_totals(&self) -> (u64, u64) {
        totals(self.rows.iter().filter_map(SexRow::women_share))
    }

    /// The report's figures for men, each beside its recomputation: jurisdictions, median, custodial
    /// total, restricted total (Table 5 and the prose, which differ), pooled percent.
    pub fn men_checks(&self, data: &Dataset) -> Vec<PrintedFigure> {
        let (c, r) = self.men_totals();
        let pooled = (c > 0).then(|| 100.0 * r as f64 / c as f64);
        [
            ("t05_n_jurisdictions", Some(self.rows.len() as f64)),
            ("vi_a_male_median_pct", self.men_median()),
            ("t05_total_custodial_population", Some(c as f64)),
            ("t05_total_rh_population", Some(r as f64)),
            ("vi_a_male_rh_total", Some(r as f64)),
            ("t05_total_rh_percent", pooled),
        ]
        .into_iter()
        .filter_map(|(id, v)| PrintedFigure::get(data, id, v))
        .collect()
    }

    /// The report's figures for women, each beside its recomputation.
    pub fn women_checks(&self, data: &Dataset) -> Vec<PrintedFigure> {
        let (c, r) = self.women_totals();
        let pooled = (c > 0).then(|| 100.0 * r as f64 / c as f64);
        [
            ("t06_n_jurisdictions", Some(self.women_listed() as f64)),
            ("vi_a_female_median_pct", self.women_median()),
            ("t06_total_custodial_population", Some(c as f64)),
            ("t06_total_rh_population", Some(r as f64)),
            ("t06_total_rh_percent", pooled),
        ]
        .into_iter()
        .filter_map(|(id, v)| PrintedFigure::get(data, id, v))
        .collect()
    }
}

fn totals<'a>(shares: impl Iterator<Item = &'a SexCounts>) -> (u64, u64) {
    shares.fold((0, 0), |(c, r), s| {
        (c + s.custodial.unwrap_or(0), r + s.restricted.unwrap_or(0))
    })
}
