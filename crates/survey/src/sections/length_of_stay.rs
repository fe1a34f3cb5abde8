//! Length of stay in restricted housing (Section V.A: Table 4, Chart 3) and the custody
//! classifications of Section V.B (Chart 4): bands, shares, coverage, and where the report
//! disagrees with itself.

use crate::checks::printed::PrintedFigure;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;

/// Table 4's seven length-of-stay bands, shortest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StayBand {
    /// 15 days up to 1 month.
    D15To1M,
    /// 1 month up to 3 months.
    M1To3M,
    /// 3 months up to 6 months.
    M3To6M,
    /// 6 months up to 1 year.
    M6To12M,
    /// 1 year up to 3 years.
    Y1To3Y,
    /// 3 years up to 6 years.
    Y3To6Y,
    /// 6 years or more.
    Y6Plus,
}

impl StayBand {
    /// Every band, shortest first (Table 4's column order).
    pub const ALL: [StayBand; 7] = [
        StayBand::D15To1M,
        StayBand::M1To3M,
        StayBand::M3To6M,
        StayBand::M6To12M,
        StayBand::Y1To3Y,
        StayBand::Y3To6Y,
        StayBand::Y6Plus,
    ];

    /// Position in [`StayBand::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The `table04.csv` column.
    pub fn column(self) -> &'static str {
        crate::data::catalog::STAY_BANDS[self.index()]
    }

    /// Label for legends and headers.
    pub fn label(self) -> &'static str {
        [
            "15 days–1 month",
            "1–3 months",
            "3–6 months",
            "6–12 months",
            "1–3 years",
            "3–6 years",
            "6+ years",
        ][self.index()]
    }

    /// CSS class giving the band its colour.
    pub fn class(self) -> &'static str {
        [
            "stay-0", "stay-1", "stay-2", "stay-3", "stay-4", "stay-5", "stay-6",
        ][self.index()]
    }

    /// Id of the band's printed total (Table 4's total row).
    pub fn total_figure(self) -> String {
        format!("t04_total_{}", self.column())
    }

    /// Id of the band's printed share (Chart 3's bar label).
    pub fn chart_figure(self) -> String {
        format!("c03_pct_{}", self.column())
    }
}

/// "Held this long or longer": the report's one-, three- and six-year thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Held {
    /// One year or more.
    Year1,
    /// Three years or more.
    Year3,
    /// Six years or more.
    Year6,
}

impl Held {
    /// Every threshold, shortest first.
    pub const ALL: [Held; 3] = [Held::Year1, Held::Year3, Held::Year6];

    /// "1 year or more".
    pub fn label(self) -> &'static str {
        match self {
            Held::Year1 => "1 year or more",
            Held::Year3 => "3 years or more",
            Held::Year6 => "6 years or more",
        }
    }

    /// "≥ 1 year", for narrow headers.
    pub fn short(self) -> &'static str {
        match self {
            Held::Year1 => "≥ 1 year",
            Held::Year3 => "≥ 3 years",
            Held::Year6 => "≥ 6 years",
        }
    }

    /// Whether a band counts as held this long.
    pub fn includes(self, band: StayBand) -> bool {
        let first = match self {
            Held::Year1 => StayBand::Y1To3Y,
            Held::Year3 => StayBand::Y3To6Y,
            Held::Year6 => StayBand::Y6Plus,
        };
        band.index() >= first.index()
    }

    /// Ids of the report's figures: the count (where printed) and the share of the 54,382.
    pub fn figures(self) -> (&'static str, &'static str) {
        match self {
            Held::Year1 => ("v_a_stay_1y_plus", "v_a_stay_1y_plus_pct"),
            Held::Year3 => ("v_a_stay_3y_plus_approx", "v_a_stay_3y_plus_pct"),
            Held::Year6 => ("v_a_stay_6y_plus", "v_a_stay_6y_plus_pct"),
        }
    }
}

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

/// The four custody classifications of Section V.B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Custody {
    /// Protective custody.
    Protective,
    /// Disciplinary custody.
    Disciplinary,
    /// Administrative segregation.
    Administrative,
    /// Some other restricted classification (endnote 196).
    Other,
}

impl Custody {
    /// In the report's order.
    pub const ALL: [Custody; 4] = [
        Custody::Protective,
        Custody::Disciplinary,
        Custody::Administrative,
        Custody::Other,
    ];

    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            Custody::Protective => "Protective custody",
            Custody::Disciplinary => "Disciplinary custody",
            Custody::Administrative => "Administrative segregation",
            Custody::Other => "Other",
        }
    }

    /// Ids of the printed count and share.
    pub fn figures(self) -> (&'static str, &'static str) {
        match self {
            Custody::Protective => ("v_b_protective", "v_b_protective_pct"),
            Custody::Disciplinary => ("v_b_disciplinary", "v_b_disciplinary_pct"),
            Custody::Administrative => ("v_b_administrative", "v_b_administrative_pct"),
            Custody::Other => ("v_b_other", "v_b_other_pct"),
        }
    }

    /// CSS class giving the classification its colour.
    pub fn class(self) -> &'static str {
        ["custody-0", "custody-1", "custody-2", "custody-3"][self as usize]
    }
}

/// The classification split as the report gives it (prose only: there is no table).
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// Each classification: printed count, and printed share beside the share of the printed total.
    pub parts: Vec<(Custody, PrintedFigure, Option<PrintedFigure>)>,
    /// The printed total (50,036) beside the sum of the four printed counts.
    pub total: PrintedFigure,
    /// The share of all people in restricted housing the classified ones are (printed 74%).
    pub share_of_rh: Option<PrintedFigure>,
    /// Jurisdictions that gave classifications (printed 37).
    pub jurisdictions: Option<PrintedFigure>,
    /// The erratum recording that the parts do not add up to the total, if listed.
    pub erratum: Option<Erratum>,
    /// Chart 4's figures from the prose: which classifications dominate short and long stays.
    pub by_length: Vec<PrintedFigure>,
}

/// Ids of the prose figures about classification by length of stay (p. 29).
pub const BY_LENGTH_FIGURES: [&str; 7] = [
    "v_b_d15_to_1m_disciplinary_pct",
    "v_b_m1_to_3m_disciplinary_pct",
    "v_b_6m_plus_admin_other",
    "v_b_6m_plus_admin_other_pct",
    "v_b_6m_plus_disc_prot_pct",
    "v_b_6m_plus_admin_pct",
    "v_b_6m_plus_other_pct",
];

impl Classification {
    /// Reads the split from the printed figures; `None` if the total is not in the dataset.
    pub fn from_data(data: &Dataset) -> Option<Classification> {
        let total_printed = data.figure("v_b_total_classified")?.value.value();
        let counts: Vec<(Custody, PrintedFigure)> = Custody::ALL
            .iter()
            .filter_map(|&c| PrintedFigure::get(data, c.figures().0, None).map(|p| (c, p)))
            .collect();
        let sum: f64 = counts.iter().map(|(_, p)| p.value.value()).sum();
        let parts = counts
            .into_iter()
            .map(|(c, p)| {
                let pct = PrintedFigure::get(
                    data,
                    c.figures().1,
                    Some(100.0 * p.value.value() / total_printed),
                );
                (c, p, pct)
            })
            .collect();
        let rh_total = data.column_sum(2, "rh_population").map(|(s, _)| s as f64);
        Some(Classification {
            parts,
            total: PrintedFigure::get(data, "v_b_total_classified", Some(sum))?,
            share_of_rh: PrintedFigure::get(
                data,
                "v_b_share_of_rh_population",
                rh_total.map(|t| 100.0 * total_printed / t),
            ),
            jurisdictions: PrintedFigure::get(data, "v_b_jurisdictions", None),
            erratum: data
                .errata
                .iter()
                .find(|e| e.id == "v_b_classification_components_sum")
                .cloned(),
            by_length: BY_LENGTH_FIGURES
                .iter()
                .filter_map(|id| PrintedFigure::get(data, id, None))
                .collect(),
        })
    }

    /// The sum of the four printed counts.
    pub fn sum_of_parts(&self) -> u64 {
        self.parts
            .iter()
            .map(|(_, p, _)| p.value.scaled.unsigned_abs())
            .sum()
    }
}
