//! What the user counts: hours in cell, length of stay, denominator, population.
//!
//! Each choice knows its URL token, its plain-language label and what it means, so views only ask.

/// Minimum hours a day in-cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hours {
    /// 22 or more (the survey's and the Mandela Rules' line) — Table 2.
    H22,
    /// 20 or more: 22+ plus the 20–21 band of Table 3.
    H20,
    /// 16 or more: 22+ plus the 20–21 and 16–19 bands of Table 3.
    H16,
}

/// Minimum length of stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stay {
    /// 15 consecutive days or more (the survey's line; the Mandela Rules' "prolonged").
    D15,
    /// One month or more.
    M1,
    /// Three months or more.
    M3,
    /// Six months or more.
    M6,
    /// One year or more.
    Y1,
    /// Three years or more.
    Y3,
    /// Six years or more.
    Y6,
}

/// The denominator for percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Denominator {
    /// Custodial population of the facilities that reported restricted-housing data (the report's).
    Reporting,
    /// Total custodial population.
    Total,
}

/// Whom to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Population {
    /// Everyone (Tables 2–4).
    All,
    /// Men (Table 5).
    Men,
    /// Women (Table 6).
    Women,
}

/// A complete definition of "held in restricted housing".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Definition {
    /// Hours a day in-cell.
    pub hours: Hours,
    /// Length of stay.
    pub stay: Stay,
    /// Denominator for percents.
    pub denominator: Denominator,
    /// Population counted.
    pub population: Population,
    /// Use the report's parenthesised alternatives for Louisiana and Utah.
    pub alternatives: bool,
}

impl Default for Definition {
    /// The report's own definition: 22+ hours, 15+ days, reporting facilities, everyone.
    fn default() -> Self {
        Definition {
            hours: Hours::H22,
            stay: Stay::D15,
            denominator: Denominator::Reporting,
            population: Population::All,
            alternatives: false,
        }
    }
}

/// A choice that appears in the URL and in the definition panel.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every option, narrowest first.
    const ALL: &'static [Self];
    /// URL token.
    fn token(self) -> &'static str;
    /// Short label for a control.
    fn label(self) -> &'static str;
    /// One sentence: what choosing it means.
    fn meaning(self) -> &'static str;
    /// Parses a URL token.
    fn from_token(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.token() == s)
    }
}

impl Choice for Hours {
    const ALL: &'static [Self] = &[Hours::H22, Hours::H20, Hours::H16];
    fn token(self) -> &'static str {
        match self {
            Hours::H22 => "22",
            Hours::H20 => "20",
            Hours::H16 => "16",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Hours::H22 => "22 hours or more",
            Hours::H20 => "20 hours or more",
            Hours::H16 => "16 hours or more",
        }
    }
    fn meaning(self) -> &'static str {
        match self {
            Hours::H22 => "The survey's definition of restricted housing, and the UN Mandela Rules' line for solitary confinement. Reported by 48 jurisdictions (Table 2).",
            Hours::H20 => "Adds people held in-cell 20–21 hours a day (Table 3). Only 34 jurisdictions answered; for the others only their 22-hour count is known, so totals are \u{201c}at least\u{201d}.",
            Hours::H16 => "Adds people held in-cell 16–21 hours a day (Table 3). Only 34 jurisdictions answered; for the others only their 22-hour count is known, so totals are \u{201c}at least\u{201d}.",
        }
    }
}

impl Hours {
    /// Whether the 20–21 hour band counts under this threshold.
    pub fn includes_20_21(self) -> bool {
        self >= Hours::H20
    }
    /// Whether the 16–19 hour band counts under this threshold.
    pub fn includes_16_19(self) -> bool {
        self >= Hours::H16
    }
    /// The number of hours, e.g. 22.
    pub fn value(self) -> u8 {
        match self {
            Hours::H22 => 22,
            Hours::H20 => 20,
            Hours::H16 => 16,
        }
    }
}

impl Choice for Stay {
    const ALL: &'static [Self] = &[
        Stay::D15,
        Stay::M1,
        Stay::M3,
        Stay::M6,
        Stay::Y1,
        Stay::Y3,
        Stay::Y6,
    ];
    fn token(self) -> &'static str {
        match self {
            Stay::D15 => "15d",
            Stay::M1 => "1m",
            Stay::M3 => "3m",
            Stay::M6 => "6m",
            Stay::Y1 => "1y",
            Stay::Y3 => "3y",
            Stay::Y6 => "6y",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Stay::D15 => "15 days or more",
            Stay::M1 => "1 month or more",
            Stay::M3 => "3 months or more",
            Stay::M6 => "6 months or more",
            Stay::Y1 => "1 year or more",
            Stay::Y3 => "3 years or more",
            Stay::Y6 => "6 years or more",
        }
    }
    fn meaning(self) -> &'static str {
        match self {
            Stay::D15 => "The survey's line, and the Mandela Rules' \u{201c}prolonged\u{201d} solitary confinement (more than 15 consecutive days).",
            _ => "Counts only people who had been held this long (Table 4). Only 41 jurisdictions gave lengths of stay, and only for the 22-hour population.",
        }
    }
}

impl Stay {
    /// Index of the first Table 4 band counted (0 = 15 days to 1 month).
    pub fn first_band(self) -> usize {
        Stay::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

impl Choice for Denominator {
    const ALL: &'static [Self] = &[Denominator::Reporting, Denominator::Total];
    fn token(self) -> &'static str {
        match self {
            Denominator::Reporting => "reporting",
            Denominator::Total => "total",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Denominator::Reporting => "Facilities that reported",
            Denominator::Total => "Whole prison system",
        }
    }
    fn meaning(self) -> &'static str {
        match self {
            Denominator::Reporting => "Percent of the people held in the facilities that reported restricted-housing data — the report's choice (marked * in Table 2 where it differs).",
            Denominator::Total => "Percent of everyone in the jurisdiction's custody, including facilities that gave no restricted-housing data. Differs for 7 jurisdictions.",
        }
    }
}

impl Choice for Population {
    const ALL: &'static [Self] = &[Population::All, Population::Men, Population::Women];
    fn token(self) -> &'static str {
        match self {
            Population::All => "all",
            Population::Men => "men",
            Population::Women => "women",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Population::All => "Everyone",
            Population::Men => "Men",
            Population::Women => "Women",
        }
    }
    fn meaning(self) -> &'static str {
        match self {
            Population::All => "Men and women together (Table 2).",
            Population::Men => {
                "Men only (Table 5, 43 jurisdictions). Reported for 22+ hours and 15+ days only."
            }
            Population::Women => {
                "Women only (Table 6, 40 jurisdictions). Reported for 22+ hours and 15+ days only."
            }
        }
    }
}

impl Definition {
    /// The definition in words, e.g. "in-cell 22 hours or more a day for 15 days or more".
    pub fn describe(&self) -> String {
        let who = match self.population {
            Population::All => "people",
            Population::Men => "men",
            Population::Women => "women",
        };
        format!(
            "{who} held in-cell {} a day for {}",
            self.hours.label(),
            self.stay.label()
        )
    }

    /// True for the report's own definition (alternatives and denominator aside).
    pub fn is_report_default(&self) -> bool {
        self.hours == Hours::H22 && self.stay == Stay::D15 && self.population == Population::All
    }

    /// Why the survey cannot answer this combination, if it cannot.
    pub fn not_measured(&self) -> Option<&'static str> {
        let longer_stay = self.stay != Stay::D15;
        let wider_hours = self.hours != Hours::H22;
        let by_sex = self.population != Population::All;
        match (wider_hours, longer_stay, by_sex) {
            (true, true, _) => Some("The survey asked for lengths of stay only for people held 22 hours or more a day (Table 4), so stays at 16 or 20 hours were not measured."),
            (true, _, true) => Some("The survey reported men and women separately only for people held 22 hours or more a day (Tables 5 and 6), so 16- and 20-hour counts by sex were not measured."),
            (_, true, true) => Some("Lengths of stay (Table 4) were not reported separately for men and women, so this combination was not measured."),
            _ => None,
        }
    }
}
