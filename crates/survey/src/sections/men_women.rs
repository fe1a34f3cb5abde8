//! Men and women in restricted housing (Section VI.A: Tables 5–6, Charts 5–6): each custodial
//! population's share in restricted housing, the medians, the men-to-women ratio and the totals.

use crate::checks::printed::PrintedFigure;
use crate::data::dataset::Dataset;
use crate::data::derivation::median;
use crate::data::table::{Decimal, Table};

/// Below this custodial population a percent is flagged as resting on a small number.
pub const SMALL: u64 = 100;

/// One sex's figures in one jurisdiction (a row of Table 5 or 6).
#[derive(Debug, Clone, PartialEq)]
pub struct SexCounts {
    /// Custodial population.
    pub custodial: Option<u64>,
    /// People in restricted housing.
    pub restricted: Option<u64>,
    /// The percent as printed.
    pub printed: Option<Decimal>,
}

impl SexCounts {
    fn read(t: &Table, code: &str) -> Option<SexCounts> {
        t.row(code)?;
        let count = |c: &str| t.cell(code, c).and_then(|c| c.count());
        let printed = match t.cell(code, "rh_percent") {
            Some(crate::data::table::Cell::Percent(d)) => Some(*d),
            _ => None,
        };
        Some(SexCounts {
            custodial: count("custodial_population"),
            restricted: count("rh_population"),
            printed,
        })
    }

    /// The percent recomputed from the counts.
    pub fn percent(&self) -> Option<f64> {
        let d = self.custodial.filter(|d| *d > 0)?;
        Some(100.0 * self.restricted? as f64 / d as f64)
    }

    /// The percent as printed, as a number (falls back to the recomputed one if none is printed).
    pub fn value(&self) -> Option<f64> {
        self.printed.map(Decimal::value).or_else(|| self.percent())
    }

    /// True when the percent rests on a custodial population under [`SMALL`].
    pub fn small(&self) -> bool {
        self.custodial.is_some_and(|d| d < SMALL)
    }
}

/// Women's figures for a jurisdiction in Table 5: listed in Table 6, or left out of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Women {
    /// In Table 6.
    Listed(SexCounts),
    /// Not in Table 6, which lists only jurisdictions with at least one woman in restricted
    /// housing (endnotes 202, 204).
    NoneInRestrictedHousing,
}

/// Men's share divided by women's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ratio {
    /// Men's percent is this many times women's (computed from the counts, not the rounded percents).
    Times(f64),
    /// No women in restricted housing: nothing to divide by.
    NoWomenInRestrictedHousing,
    /// A count is missing.
    NotComputable,
}

impl Ratio {
    /// The ratio as a number, for sorting.
    pub fn value(self) -> Option<f64> {
        match self {
            Ratio::Times(r) => Some(r),
            _ => None,
        }
    }

    /// `3.2×`, or the reason there is none.
    pub fn text(self) -> String {
        match self {
            Ratio::Times(r) => format!("{}×", crate::data::format::round_half_up(r, 1)),
            Ratio::NoWomenInRestrictedHousing => "no women in restricted housing".into(),
            Ratio::NotComputable => "not computable".into(),
        }
    }
}

/// One jurisdiction: men (Table 5) and women (Table 6).
#[derive(Debug, Clone, PartialEq)]
pub struct SexRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// Men.
    pub men: SexCounts,
    /// Women.
    pub women: Women,
    /// Endnotes on the row in either table.
    pub notes: Vec<u32>,
}

impl SexRow {
    /// Men's percent over women's, from the counts.
    pub fn ratio(&self) -> Ratio {
        let Women::Listed(w) = &self.women else {
            return Ratio::NoWomenInRestrictedHousing;
        };
        if w.restricted == Some(0) {
            return Ratio::NoWomenInRestrictedHousing;
        }
        match (self.men.percent(), w.percent()) {
            (Some(m), Some(p)) => Ratio::Times(m / p),
            _ => Ratio::NotComputable,
        }
    }

    /// Women's share if listed.
    pub fn women_share(&self) -> Option<&SexCounts> {
        match &self.women {
            Women::Listed(s) => Some(s),
            Women::NoneInRestrictedHousing => None,
        }
    }
}

/// What the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SexSort {
    /// Report order (alphabetical by name, federal last).
    Report,
    /// Name.
    Name,
    /// Men's percent.
    Men,
    /// Women's percent.
    Women,
    /// The ratio.
    Ratio,
}

/// Sorts rows; rows without a value go last in both directions.
pub fn sort(rows: &mut Vec<SexRow>, by: SexSort, descending: bool) {
    let key = |r: &SexRow| -> Option<f64> {
        match by {
            SexSort::Men => r.men.value(),
            SexSort::Women => r.women_share().and_then(SexCounts::value),
            SexSort::Ratio => r.ratio().value(),
            SexSort::Report | SexSort::Name => None,
        }
    };
    // Sorting positions (one small instantiation of the sort) rather than the rows themselves
    // keeps the WebAssembly bundle smaller.
    let keys: Vec<Option<f64>> = rows.iter().map(key).collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let by_name = || rows[a].name.cmp(&rows[b].name);
        match (by, keys[a], keys[b]) {
            (SexSort::Report, _, _) => a.cmp(&b),
            (SexSort::Name, _, _) if descending => by_name().reverse(),
            (SexSort::Name, _, _) => by_name(),
            (_, Some(x), Some(y)) if descending => y.total_cmp(&x),
            (_, Some(x), Some(y)) => x.total_cmp(&y),
            (_, Some(_), None) => std::cmp::Ordering::Less,
            (_, None, Some(_)) => std::cmp::Ordering::Greater,
            (_, None, None) => by_name(),
        }
    });
    let mut taken: Vec<Option<SexRow>> = rows.drain(..).map(Some).collect();
    rows.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

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
                notes.sort_unstable();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row(women: Women) -> SexRow {
        let men = SexCounts {
            custodial: Some(1000),
            restricted: Some(50),
            printed: Decimal::parse("5.0"),
        };
        SexRow {
            code: "XX".into(),
            name: "X".into(),
            men,
            women,
            notes: vec![],
        }
    }

    #[test]
    fn a_listed_zero_never_divides_and_a_missing_count_is_not_computable() {
        let zero = SexCounts {
            custodial: Some(200),
            restricted: Some(0),
            printed: Decimal::parse("0"),
        };
        assert_eq!(
            row(Women::Listed(zero)).ratio(),
            Ratio::NoWomenInRestrictedHousing
        );
        let blank = SexCounts {
            custodial: None,
            restricted: Some(3),
            printed: None,
        };
        assert_eq!(row(Women::Listed(blank)).ratio(), Ratio::NotComputable);
        let some = SexCounts {
            custodial: Some(100),
            restricted: Some(1),
            printed: Decimal::parse("1.0"),
        };
        assert_eq!(row(Women::Listed(some)).ratio(), Ratio::Times(5.0));
        assert_eq!(Ratio::Times(5.0).text(), "5.0×");
    }
}
