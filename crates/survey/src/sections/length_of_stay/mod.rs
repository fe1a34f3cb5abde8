//! Length of stay in restricted housing (Section V.A: Table 4, Chart 3) and the custody
//! classifications of Section V.B (Chart 4): bands, shares, coverage, and where the report
//! disagrees with itself.
//!
//! [`bands`] holds the bands and thresholds, [`classification`] Section V.B's classifications; this
//! module Table 4's rows and totals.

mod bands;
mod classification;

pub use bands::{Held, StayBand};
pub use classification::{Classification, Custody, BY_LENGTH_FIGURES};

use crate::checks::printed::PrintedFigure;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;

/// One jurisdiction's row of Table 4.
#[derive(Debug, Clone, PartialEq)]
pub struct StayRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// People per band; `None` where the cell is blank.
    pub counts: [Option<u64>; 7],
    /// The jurisdiction's restricted-housing count in Table 2, for comparison.
    pub table2: Option<u64>,
    /// Endnotes qualifying the row (184–195).
    pub notes: Vec<u32>,
}

/// Below this many people, a share is flagged as resting on a small number.
pub const SMALL: u64 = 100;

impl StayRow {
    /// People with length-of-stay data: the sum of the reported bands.
    pub fn total(&self) -> u64 {
        self.counts.iter().flatten().sum()
    }

    /// True when every band is reported.
    pub fn complete(&self) -> bool {
        self.counts.iter().all(Option::is_some)
    }

    /// People held at least this long; `None` if a band it needs is blank.
    pub fn held(&self, held: Held) -> Option<u64> {
        StayBand::ALL
            .iter()
            .filter(|b| held.includes(**b))
            .map(|b| self.counts[b.index()])
            .sum()
    }

    /// Percent of the row's own total in a band.
    pub fn share(&self, band: StayBand) -> Option<f64> {
        share(self.counts[band.index()]?, self.total())
    }

    /// Percent of the row's own total held at least this long.
    pub fn held_share(&self, held: Held) -> Option<f64> {
        share(self.held(held)?, self.total())
    }

    /// True when the shares rest on fewer than [`SMALL`] people.
    pub fn small(&self) -> bool {
        self.total() < SMALL
    }

    /// True when the bands add to something other than Table 2's count.
    pub fn differs_from_table2(&self) -> bool {
        self.table2.is_some_and(|t| t != self.total())
    }
}

fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// Table 4 as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct LengthOfStay {
    /// The 41 jurisdictions, in the report's order.
    pub rows: Vec<StayRow>,
    /// Column sums per band.
    pub band_totals: [u64; 7],
    /// Everyone with length-of-stay data.
    pub total: u64,
    /// Table 2's restricted-housing total (all 48 jurisdictions), the base of the coverage share.
    pub rh_total: u64,
}

impl LengthOfStay {
    /// Reads Table 4 (and Table 2 for comparison); empty when Table 4 is not shipped.
    pub fn from_data(data: &Dataset) -> LengthOfStay {
        let t2 = data.table(2);
        let rows: Vec<StayRow> = data
            .table(4)
            .map(|t| {
                t.rows
                    .iter()
                    .map(|r| StayRow {
                        code: r.key.clone(),
                        name: data.name_of(&r.key),
                        counts: StayBand::ALL
                            .map(|b| t.cell(&r.key, b.column()).and_then(|c| c.count())),
                        table2: t2
                            .and_then(|t| t.cell(&r.key, "rh_population"))
                            .and_then(|c| c.count()),
                        notes: r.notes.iter().map(|n| n.number).collect(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut band_totals = [0u64; 7];
        for r in &rows {
            for (t, c) in band_totals.iter_mut().zip(r.counts) {
                *t += c.unwrap_or(0);
            }
        }
        LengthOfStay {
            total: band_totals.iter().sum(),
            band_totals,
            rh_total: data.column_sum(2, "rh_population").map_or(0, |(s, _)| s),
            rows,
        }
    }

    /// Percent of everyone with data who is in a band.
    pub fn share(&self, band: StayBand) -> Option<f64> {
        share(self.band_totals[band.index()], self.total)
    }

    /// Percent of everyone with data held for less than `band`'s lower bound (e.g. under three
    /// months for [`StayBand::M3To6M`]).
    pub fn share_below(&self, band: StayBand) -> Option<f64> {
        share(self.band_totals[..band.index()].iter().sum(), self.total)
    }

    /// Everyone held at least this long.
    pub fn held(&self, held: Held) -> u64 {
        StayBand::ALL
            .iter()
            .filter(|b| held.includes(**b))
            .map(|b| self.band_totals[b.index()])
            .sum()
    }

    /// Percent of everyone with data held at least this long.
    pub fn held_share(&self, held: Held) -> Option<f64> {
        share(self.held(held), self.total)
    }

    /// Per band: the printed total and Chart 3's printed share, each beside its recomputation.
    pub fn band_checks(
        &self,
        data: &Dataset,
    ) -> Vec<(StayBand, Option<PrintedFigure>, Option<PrintedFigure>)> {
        StayBand::ALL
            .iter()
            .map(|&b| {
                let total = PrintedFigure::get(
                    data,
                    &b.total_figure(),
                    Some(self.band_totals[b.index()] as f64),
                );
                let pct = PrintedFigure::get(data, &b.chart_figure(), self.share(b));
                (b, total, pct)
            })
            .collect()
    }

    /// Per threshold: the printed count (if any) and share, beside their recomputation.
    pub fn held_checks(
        &self,
        data: &Dataset,
    ) -> Vec<(Held, Option<PrintedFigure>, Option<PrintedFigure>)> {
        Held::ALL
            .iter()
            .map(|&h| {
                let (count, pct) = h.figures();
                (
                    h,
                    PrintedFigure::get(data, count, Some(self.held(h) as f64)),
                    PrintedFigure::get(data, pct, self.held_share(h)),
                )
            })
            .collect()
    }

    /// How much of the restricted-housing population the data cover.
    pub fn coverage(&self, data: &Dataset) -> Vec<PrintedFigure> {
        [
            ("v_a_jurisdictions_with_data", Some(self.rows.len() as f64)),
            ("v_a_stay_total_with_data", Some(self.total as f64)),
            ("v_b_total_rh_population", Some(self.rh_total as f64)),
            (
                "v_a_stay_share_of_rh_population",
                share(self.total, self.rh_total),
            ),
        ]
        .into_iter()
        .filter_map(|(id, c)| PrintedFigure::get(data, id, c))
        .collect()
    }

    /// Rows whose bands add to something other than their Table 2 count, each with the erratum
    /// (`t04_t02_*`) that records it, if listed.
    pub fn differing<'a>(&'a self, data: &'a Dataset) -> Vec<(&'a StayRow, Option<&'a Erratum>)> {
        self.rows
            .iter()
            .filter(|r| r.differs_from_table2())
            .map(|r| {
                (
                    r,
                    data.errata
                        .iter()
                        .find(|e| e.id.starts_with("t04_t02_") && e.jurisdiction == r.code),
                )
            })
            .collect()
    }
}
