//! The two topics of Section VI's demographic tables (race and ethnicity, age), the groups each
//! prints, and which tables, chart and section hold them.

use crate::data::sex::Sex;

/// Which set of demographic tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Race and ethnicity, Section VI.B.
    Race,
    /// Age cohorts, Section VI.C.
    Age,
}

/// A population group exactly as the tables print it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Group {
    /// Column suffix in the table files (`black`, `under_18`).
    pub key: &'static str,
    /// Label as printed.
    pub label: &'static str,
}

/// The five race/ethnicity categories of Tables 7–10.
pub const RACE_GROUPS: [Group; 5] = [
    Group {
        key: "white",
        label: "White",
    },
    Group {
        key: "black",
        label: "Black",
    },
    Group {
        key: "hispanic",
        label: "Hispanic",
    },
    Group {
        key: "asian",
        label: "Asian",
    },
    Group {
        key: "other",
        label: "Other",
    },
];

/// The three age cohorts of Tables 11–14.
pub const AGE_GROUPS: [Group; 3] = [
    Group {
        key: "under_18",
        label: "Under 18",
    },
    Group {
        key: "18_49",
        label: "18–49",
    },
    Group {
        key: "50_plus",
        label: "50 and older",
    },
];

impl Topic {
    /// The groups its tables print, in order.
    pub fn groups(self) -> &'static [Group] {
        match self {
            Topic::Race => &RACE_GROUPS,
            Topic::Age => &AGE_GROUPS,
        }
    }

    /// (count table, percent table) for one sex.
    pub fn tables(self, sex: Sex) -> (u8, u8) {
        match (self, sex) {
            (Topic::Race, Sex::Men) => (7, 8),
            (Topic::Race, Sex::Women) => (9, 10),
            (Topic::Age, Sex::Men) => (11, 12),
            (Topic::Age, Sex::Women) => (13, 14),
        }
    }

    /// The report's chart of the combined composition.
    pub fn chart(self, sex: Sex) -> u8 {
        match (self, sex) {
            (Topic::Race, Sex::Men) => 7,
            (Topic::Race, Sex::Women) => 8,
            (Topic::Age, Sex::Men) => 9,
            (Topic::Age, Sex::Women) => 10,
        }
    }

    /// Id prefix of that chart's figures in `report_figures.csv`.
    pub(super) fn chart_prefix(self, sex: Sex) -> String {
        match self {
            Topic::Race => format!("ch{:02}", self.chart(sex)),
            Topic::Age => format!("chart{:02}", self.chart(sex)),
        }
    }

    /// Report section.
    pub fn section(self) -> &'static str {
        match self {
            Topic::Race => "VI.B",
            Topic::Age => "VI.C",
        }
    }
}
