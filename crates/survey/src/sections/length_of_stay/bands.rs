//! Table 4's seven length-of-stay bands and the thresholds ("held at least …") built from them,
//! with the columns and printed figures each names.

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
