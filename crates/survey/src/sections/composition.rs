//! Who is in restricted housing compared with who is in custody: the race/ethnicity (Tables 7–10)
//! and age (Tables 11–14) composition of both populations, per jurisdiction and overall, with the
//! report's printed percents beside ours and its errata attached where they apply.

use crate::checks::audit::agrees;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;
use crate::data::table::{Cell, Decimal, Table};

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

/// A percent whose base is smaller than this carries a visible caution.
pub const SMALL_BASE: u64 = 100;

/// Zeros the report's endnotes say mean "not collected" rather than "none".
/// (jurisdiction, topic, sex, group key, endnote, words shown instead of the zeros)
pub const NOT_COLLECTED: &[(&str, Topic, Sex, &str, u32, &str)] = &[
    ("AL", Topic::Race, Sex::Men, "hispanic", 206, "not tracked"),
    (
        "AL",
        Topic::Race,
        Sex::Women,
        "hispanic",
        207,
        "not tracked",
    ),
    ("CA", Topic::Age, Sex::Men, "under_18", 201, "not provided"),
];

/// Endnotes that qualify whole rows of these tables (the table files carry none): endnote 201 on the
/// demographic answers of New Jersey, Hawaii, Arizona and Massachusetts (and California's ages),
/// endnote 199 on Hawaii's custodial total.
pub const ROW_NOTES: &[(&str, Topic, u32)] = &[
    ("HI", Topic::Race, 199),
    ("HI", Topic::Race, 201),
    ("NJ", Topic::Race, 201),
    ("AZ", Topic::Race, 201),
    ("MA", Topic::Race, 201),
    ("HI", Topic::Age, 199),
    ("HI", Topic::Age, 201),
    ("NJ", Topic::Age, 201),
    ("CA", Topic::Age, 201),
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
    fn chart_prefix(self, sex: Sex) -> String {
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

/// A count out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// People in the group.
    pub count: u64,
    /// People in the whole population (the base).
    pub total: u64,
}

impl Share {
    /// 100·count/total; `None` when the base is zero.
    pub fn percent(self) -> Option<f64> {
        (self.total > 0).then(|| 100.0 * self.count as f64 / self.total as f64)
    }

    /// True when the base is too small for a percent to mean much.
    pub fn small_base(self) -> bool {
        self.total < SMALL_BASE
    }
}

/// Why a group has no usable count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoShare {
    /// The cell is blank (N/A) in the report.
    NotReported,
    /// The report prints 0 but an endnote says the jurisdiction did not collect it.
    NotCollected {
        /// What to show instead of the zero.
        words: &'static str,
        /// The endnote that says so.
        endnote: u32,
    },
}

impl NoShare {
    /// Words shown in place of a number.
    pub fn label(&self) -> &'static str {
        match self {
            NoShare::NotReported => "not reported",
            NoShare::NotCollected { words, .. } => words,
        }
    }
}

/// A percent the report prints, with the erratum that concerns it if any.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedGroupPercent {
    /// Where it is printed, e.g. "Table 8" or "Chart 7".
    pub source: String,
    /// Printed page.
    pub page: String,
    /// The value as printed; `None` when the report prints nothing.
    pub value: Option<Decimal>,
    /// True when rounding our share gives the printed value (half-up or truncated).
    pub agrees: Option<bool>,
    /// The errata entry for this printed value, if the report disagrees with itself here.
    pub erratum: Option<Erratum>,
}

/// One side (custodial or restricted housing) of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The group's count out of the population, or why there is none.
    pub share: Result<Share, NoShare>,
    /// The report's printed percents for it (a table cell; overall: the chart and the total row).
    pub printed: Vec<PrintedGroupPercent>,
}

impl Side {
    /// Our percent, when computable.
    pub fn percent(&self) -> Option<f64> {
        self.share.as_ref().ok().and_then(|s| s.percent())
    }
}

/// One group in one jurisdiction (or overall).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRow {
    /// The group.
    pub group: Group,
    /// Its place in the total custodial population.
    pub custodial: Side,
    /// Its place in the restricted-housing population.
    pub restricted: Side,
}

impl GroupRow {
    /// Share of restricted housing minus share of custody, in percentage points.
    pub fn difference(&self) -> Option<f64> {
        Some(self.restricted.percent()? - self.custodial.percent()?)
    }

    /// Share of restricted housing divided by share of custody (> 1: over-represented).
    pub fn ratio(&self) -> Option<f64> {
        let c = self.custodial.percent()?;
        (c > 0.0)
            .then(|| self.restricted.percent().map(|r| r / c))
            .flatten()
    }

    /// How many of the group's people in custody were in restricted housing.
    pub fn in_restricted(&self) -> Option<Share> {
        let (Ok(c), Ok(r)) = (&self.custodial.share, &self.restricted.share) else {
            return None;
        };
        Some(Share {
            count: r.count,
            total: c.count,
        })
    }
}

/// The composition of one jurisdiction (or, with an empty code, of all reporting jurisdictions).
#[derive(Debug, Clone, PartialEq)]
pub struct Composition {
    /// Jurisdiction code; empty for the overall row.
    pub code: String,
    /// Name as the report prints it, or "All reporting jurisdictions".
    pub name: String,
    /// Total custodial population (the row total).
    pub custodial_total: Option<u64>,
    /// Total restricted-housing population (the row total).
    pub restricted_total: Option<u64>,
    /// One entry per group, in the tables' order.
    pub groups: Vec<GroupRow>,
    /// Endnotes that qualify the row.
    pub notes: Vec<u32>,
}

impl Composition {
    /// For a group whose restricted-housing count is blank: what the row total minus the other
    /// groups would leave (shown as a remark only — a blank is never filled in).
    pub fn implied_restricted(&self, index: usize) -> Option<u64> {
        if self.groups.get(index)?.restricted.share != Err(NoShare::NotReported) {
            return None;
        }
        let others: Option<u64> = self
            .groups
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, g)| g.restricted.share.as_ref().ok().map(|s| s.count))
            .sum();
        self.restricted_total?.checked_sub(others?)
    }
}

fn table(data: &Dataset, n: u8) -> &Table {
    data.table(n)
        .unwrap_or_else(|| panic!("table {n} is bundled"))
}

fn erratum_for(data: &Dataset, table: u8, code: &str, column: &str) -> Option<Erratum> {
    data.errata
        .iter()
        .find(|e| e.table == Some(table) && e.jurisdiction == code && e.column == column)
        .cloned()
}

fn printed_cell(
    data: &Dataset,
    pt: u8,
    code: &str,
    column: &str,
    ours: Option<f64>,
) -> PrintedGroupPercent {
    let value = match table(data, pt).cell(code, column) {
        Some(Cell::Percent(d)) => Some(*d),
        _ => None,
    };
    PrintedGroupPercent {
        source: format!("Table {pt}"),
        page: crate::data::catalog::table(pt)
            .map(|t| t.page.to_string())
            .unwrap_or_default(),
        value,
        agrees: value.zip(ours).map(|(v, o)| agrees(v, o)),
        erratum: erratum_for(data, pt, code, column),
    }
}

fn printed_figure(
    data: &Dataset,
    id: &str,
    source: String,
    ours: Option<f64>,
) -> Option<PrintedGroupPercent> {
    let f = data.figure(id)?;
    Some(PrintedGroupPercent {
        source,
        page: f.page.clone(),
        value: Some(f.value),
        agrees: ours.map(|o| agrees(f.value, o)),
        erratum: data.errata.iter().find(|e| e.id == id).cloned(),
    })
}

fn not_collected(code: &str, topic: Topic, sex: Sex, group: &str) -> Option<NoShare> {
    NOT_COLLECTED
        .iter()
        .find(|(c, t, s, g, _, _)| *c == code && *t == topic && *s == sex && *g == group)
        .map(|&(_, _, _, _, endnote, words)| NoShare::NotCollected { words, endnote })
}

/// Every reporting jurisdiction's composition, in the report's row order.
pub fn by_jurisdiction(data: &Dataset, topic: Topic, sex: Sex) -> Vec<Composition> {
    let (ct, pt) = topic.tables(sex);
    let t = table(data, ct);
    t.rows
        .iter()
        .map(|row| {
            let code = row.key.as_str();
            let count = |col: &str| t.cell(code, col).and_then(Cell::count);
            let (cust_total, rh_total) = (count("cust_total"), count("rh_total"));
            let side = |prefix: &str, total: Option<u64>, g: &Group| {
                let col = format!("{prefix}_{}", g.key);
                let share = match (not_collected(code, topic, sex, g.key), count(&col), total) {
                    (Some(gap), _, _) => Err(gap),
                    (None, Some(n), Some(total)) => Ok(Share { count: n, total }),
                    _ => Err(NoShare::NotReported),
                };
                let ours = share.as_ref().ok().and_then(|s| s.percent());
                Side {
                    printed: vec![printed_cell(data, pt, code, &format!("{col}_pct"), ours)],
                    share,
                }
            };
            let groups = topic
                .groups()
                .iter()
                .map(|g| GroupRow {
                    group: *g,
                    custodial: side("cust", cust_total, g),
                    restricted: side("rh", rh_total, g),
                })
                .collect();
            let mut notes: Vec<u32> = ROW_NOTES
                .iter()
                .filter(|(c, tp, _)| *c == code && *tp == topic)
                .map(|r| r.2)
                .collect();
            notes.extend(
                t.row(code)
                    .map(|r| r.notes.iter().map(|n| n.number).collect::<Vec<_>>())
                    .unwrap_or_default(),
            );
            Composition {
                code: code.to_string(),
                name: data.name_of(code),
                custodial_total: cust_total,
                restricted_total: rh_total,
                groups,
                notes,
            }
        })
        .collect()
}

/// All reporting jurisdictions together, from the count table's column sums (the blank cells left
/// out), with the chart's and the total row's printed percents.
pub fn overall(data: &Dataset, topic: Topic, sex: Sex) -> Composition {
    let (ct, pt) = topic.tables(sex);
    let sum = |col: &str| data.column_sum(ct, col).map(|(s, _)| s).unwrap_or(0);
    let (cust_total, rh_total) = (sum("cust_total"), sum("rh_total"));
    let chart = topic.chart_prefix(sex);
    let side = |prefix: &str, total: u64, g: &Group| {
        let share = Share {
            count: sum(&format!("{prefix}_{}", g.key)),
            total,
        };
        let ours = share.percent();
        let printed = [
            printed_figure(
                data,
                &format!("{chart}_{prefix}_{}_pct", g.key),
                format!("Chart {}", topic.chart(sex)),
                ours,
            ),
            printed_figure(
                data,
                &format!("t{pt:02}_total_{prefix}_{}_pct", g.key),
                format!("Table {pt} total row"),
                ours,
            ),
        ];
        Side {
            share: Ok(share),
            printed: printed.into_iter().flatten().collect(),
        }
    };
    Composition {
        code: String::new(),
        name: "All reporting jurisdictions".into(),
        custodial_total: Some(cust_total),
        restricted_total: Some(rh_total),
        groups: topic
            .groups()
            .iter()
            .map(|g| GroupRow {
                group: *g,
                custodial: side("cust", cust_total, g),
                restricted: side("rh", rh_total, g),
            })
            .collect(),
        notes: Vec::new(),
    }
}

/// Where the figures come from: "Table 7, p. 37; Table 8, p. 38; Chart 7, p. 36 — Section VI.B".
pub fn source(data: &Dataset, topic: Topic, sex: Sex) -> String {
    let (ct, pt) = topic.tables(sex);
    let page = |n: u8| {
        crate::data::catalog::table(n)
            .map(|t| t.page.to_string())
            .unwrap_or_default()
    };
    let first = topic.groups()[0].key;
    let chart_page = data
        .figure(&format!("{}_cust_{first}_pct", topic.chart_prefix(sex)))
        .map(|f| f.page.clone())
        .unwrap_or_default();
    format!(
        "Table {ct}, p. {}; Table {pt}, p. {}; Chart {}, p. {chart_page} — Section {}",
        page(ct),
        page(pt),
        topic.chart(sex),
        topic.section()
    )
}

/// Errata that concern this topic's tables for one sex.
pub fn errata(data: &Dataset, topic: Topic, sex: Sex) -> Vec<&Erratum> {
    let (ct, pt) = topic.tables(sex);
    data.errata
        .iter()
        .filter(|e| e.table == Some(ct) || e.table == Some(pt))
        .collect()
}

/// A percentage-point difference with its sign: `+5.2`, `−0.4`, `0.0`.
pub fn points(d: f64) -> String {
    let s = crate::data::format::round_half_up(d.abs(), 1);
    if s.bytes().all(|b| b == b'0' || b == b'.') {
        s
    } else if d > 0.0 {
        format!("+{s}")
    } else {
        format!("\u{2212}{s}")
    }
}

/// A ratio: `1.13×`.
pub fn ratio(r: f64) -> String {
    format!("{}×", crate::data::format::round_half_up(r, 2))
}
