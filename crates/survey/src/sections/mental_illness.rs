//! Serious mental illness (Section VI.D.1, Tables 15–18, Appendix C): men and women with a serious
//! mental health issue in custody and in restricted housing, by jurisdiction, each beside that
//! jurisdiction's own definition; totals against the prose; the race and ethnicity breakdowns.
//!
//! Nothing here ranks: the report warns that definitions vary too much to compare (p. 49).

use super::{figure_check, figure_check_with, FigureCheck, SMALL_BASE};
use crate::data::dataset::Dataset;
use crate::data::format::thousands;
use crate::data::report::{Erratum, SmiDefinition};
use crate::data::table::{Cell, Decimal, Table};

/// Table 15: men.
pub const MEN_TABLE: u8 = 15;
/// Table 16: women.
pub const WOMEN_TABLE: u8 = 16;
/// Table 17: men by race and ethnicity.
pub const MEN_RACE_TABLE: u8 = 17;
/// Table 18: women by race and ethnicity.
pub const WOMEN_RACE_TABLE: u8 = 18;

/// The race and ethnicity columns of Tables 17–18 with their printed headings, in printed order.
pub const RACE_COLUMNS: [(&str, &str); 5] = [
    ("smi_cust_white", "White"),
    ("smi_cust_black", "Black"),
    ("smi_cust_hispanic", "Hispanic"),
    ("smi_cust_asian", "Asian"),
    ("smi_cust_other", "Other"),
];

/// A percent as printed, with what its own counts give and whether its base is tiny.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedPercent {
    /// As printed.
    pub printed: Decimal,
    /// 100 × numerator ÷ base, when both are reported and the base is not zero.
    pub computed: Option<f64>,
    /// The denominator (people).
    pub base: Option<u64>,
    /// The erratum that lists this percent as wrong, if any.
    pub erratum: Option<Erratum>,
}

impl PrintedPercent {
    /// True when the base is under [`SMALL_BASE`] people: a percent of a tiny population.
    pub fn small_base(&self) -> bool {
        self.base.is_some_and(|b| b < SMALL_BASE)
    }
}

/// One sex's row of Table 15 or 16.
#[derive(Debug, Clone, PartialEq)]
pub struct SmiCounts {
    /// Custodial population (men or women).
    pub custodial_population: Option<u64>,
    /// Of them, people with a serious mental health issue.
    pub smi_custodial: Option<u64>,
    /// Printed share of the custodial population with such an issue.
    pub smi_custodial_pct: Option<PrintedPercent>,
    /// People with such an issue in restricted housing.
    pub smi_rh: Option<u64>,
    /// Printed share of those with such an issue who were in restricted housing.
    pub smi_rh_pct: Option<PrintedPercent>,
    /// Endnotes on the row.
    pub notes: Vec<u32>,
}

/// One jurisdiction: men (Table 15), women (Table 16) and its own definition (Appendix C).
#[derive(Debug, Clone, PartialEq)]
pub struct SmiRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name as the app prints it.
    pub name: String,
    /// Its Table 15 row, if listed there.
    pub men: Option<SmiCounts>,
    /// Its Table 16 row, if listed there.
    pub women: Option<SmiCounts>,
    /// Its definition of serious mental illness, if Appendix C prints one.
    pub definition: Option<SmiDefinition>,
}

fn count(t: &Table, key: &str, col: &str) -> Option<u64> {
    t.cell(key, col).and_then(Cell::count)
}

fn printed_percent(
    data: &Dataset,
    t: &Table,
    key: &str,
    col: &str,
    num: &str,
    den: &str,
) -> Option<PrintedPercent> {
    let Some(Cell::Percent(printed)) = t.cell(key, col) else {
        return None;
    };
    let base = count(t, key, den);
    let computed = match (count(t, key, num), base) {
        (Some(n), Some(d)) if d > 0 => Some(100.0 * n as f64 / d as f64),
        _ => None,
    };
    let check = format!("percent:t{:02}:{key}:{col}", t.number);
    let erratum = data.errata.iter().find(|e| e.check == check).cloned();
    Some(PrintedPercent {
        printed: *printed,
        computed,
        base,
        erratum,
    })
}

fn counts(data: &Dataset, t: &Table, key: &str) -> Option<SmiCounts> {
    let row = t.row(key)?;
    Some(SmiCounts {
        custodial_population: count(t, key, "custodial_population"),
        smi_custodial: count(t, key, "smi_custodial"),
        smi_custodial_pct: printed_percent(
            data,
            t,
            key,
            "smi_custodial_pct",
            "smi_custodial",
            "custodial_population",
        ),
        smi_rh: count(t, key, "smi_rh"),
        smi_rh_pct: printed_percent(data, t, key, "smi_rh_pct", "smi_rh", "smi_custodial"),
        notes: row.notes.iter().map(|n| n.number).collect(),
    })
}

/// Every jurisdiction in Table 15 or 16, alphabetical by name (never by any figure).
pub fn rows(data: &Dataset) -> Vec<SmiRow> {
    let (Some(men), Some(women)) = (data.table(MEN_TABLE), data.table(WOMEN_TABLE)) else {
        return Vec::new();
    };
    let mut codes: Vec<&str> = men.rows.iter().map(|r| r.key.as_str()).collect();
    codes.extend(
        women
            .rows
            .iter()
            .map(|r| r.key.as_str())
            .filter(|k| men.row(k).is_none()),
    );
    let mut out: Vec<SmiRow> = codes
        .into_iter()
        .map(|code| SmiRow {
            code: code.to_string(),
            name: data.name_of(code),
            men: counts(data, men, code),
            women: counts(data, women, code),
            definition: data
                .smi_definitions
                .iter()
                .find(|d| d.jurisdiction == code)
                .cloned(),
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| a.name.cmp(&b.name));
    out
}

/// Column sums of Table 15 or 16 as extracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmiTotals {
    /// Rows in the table.
    pub rows: usize,
    /// Sum of the custodial populations.
    pub custodial_population: u64,
    /// Sum of people with a serious mental health issue.
    pub smi_custodial: u64,
    /// Sum of those in restricted housing.
    pub smi_rh: u64,
}

/// Sums one of Tables 15–16, leaving out the jurisdictions in `except`.
pub fn totals(data: &Dataset, table: u8, except: &[&str]) -> Option<SmiTotals> {
    let t = data.table(table)?;
    let keys: Vec<&str> = t
        .rows
        .iter()
        .map(|r| r.key.as_str())
        .filter(|k| !except.contains(k))
        .collect();
    let sum = |col: &str| keys.iter().filter_map(|k| count(t, k, col)).sum();
    Some(SmiTotals {
        rows: keys.len(),
        custodial_population: sum("custodial_population"),
        smi_custodial: sum("smi_custodial"),
        smi_rh: sum("smi_rh"),
    })
}

/// Page of the report's warning that definitions vary too much to chart the percentages.
pub const NO_CHART_WARNING_PAGE: &str = "49";

/// Rows of a table whose omission makes its sums equal the printed figures for people with a
/// serious mental health issue (`custodial_id`) and for those in restricted housing (`rh_id`).
/// Empty when the sums already match, or when no single row explains the gap.
pub fn rows_explaining_gap(
    data: &Dataset,
    table: u8,
    custodial_id: &str,
    rh_id: &str,
) -> Vec<String> {
    let (Some(c), Some(r)) = (
        super::printed_value(data, custodial_id),
        super::printed_value(data, rh_id),
    ) else {
        return Vec::new();
    };
    let matches = |t: SmiTotals| t.smi_custodial as f64 == c && t.smi_rh as f64 == r;
    if totals(data, table, &[]).is_some_and(matches) {
        return Vec::new();
    }
    let Some(t) = data.table(table) else {
        return Vec::new();
    };
    t.rows
        .iter()
        .map(|row| row.key.as_str())
        .filter(|k| totals(data, table, &[k]).is_some_and(matches))
        .map(String::from)
        .collect()
}

/// The prose totals of p. 49 and the tables' n values, each against the tables.
pub fn checks(data: &Dataset) -> Vec<FigureCheck> {
    let ids = [
        "vi_d1_male_n_jurisdictions",
        "t15_n_jurisdictions",
        "vi_d1_male_smi_custodial",
        "vi_d1_male_smi_rh",
        "vi_d1_female_n_jurisdictions",
        "t16_n_jurisdictions",
        "vi_d1_female_smi_custodial",
        "vi_d1_female_smi_rh",
        "t17_n_jurisdictions",
        "t18_n_jurisdictions",
    ];
    let mut out: Vec<FigureCheck> = ids.iter().filter_map(|id| figure_check(data, id)).collect();
    let defined = data.smi_definitions.len() as f64;
    out.extend(figure_check_with(
        data,
        "vi_d1_n_definitions",
        Some(defined),
        "Appendix C: definitions printed",
    ));
    let without = rows(data).iter().filter(|r| r.definition.is_none()).count() as f64;
    out.extend(figure_check_with(
        data,
        "vi_d1_n_data_without_definition",
        Some(without),
        "Tables 15–16: jurisdictions with no Appendix C definition",
    ));
    out
}

/// Jurisdictions the report names (endnote 218) as giving data without a definition, although
/// Appendix C prints a definition for them.
pub fn listed_without_definition_but_defined(data: &Dataset) -> Vec<String> {
    data.endnote(218)
        .map(|e| {
            e.jurisdictions
                .iter()
                .filter(|c| data.smi_definitions.iter().any(|d| &d.jurisdiction == *c))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// Jurisdictions in Tables 15–16 with no Appendix C definition that endnote 218 does not name
/// among those giving data without a definition.
pub fn undefined_but_not_listed(data: &Dataset) -> Vec<String> {
    let listed = data
        .endnote(218)
        .map(|e| e.jurisdictions.clone())
        .unwrap_or_default();
    rows(data)
        .into_iter()
        .filter(|r| r.definition.is_none() && !listed.contains(&r.code))
        .map(|r| r.code)
        .collect()
}

/// The report's inconsistencies in Tables 15–18 (from `errata.csv`).
pub fn errata(data: &Dataset) -> Vec<&Erratum> {
    data.errata
        .iter()
        .filter(|e| {
            e.table
                .is_some_and(|t| (MEN_TABLE..=WOMEN_RACE_TABLE).contains(&t))
        })
        .collect()
}

/// One row of Table 17 or 18.
#[derive(Debug, Clone, PartialEq)]
pub struct RaceRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Counts in [`RACE_COLUMNS`] order; `None` = not reported.
    pub groups: [Option<u64>; 5],
    /// The printed row total.
    pub total: Option<u64>,
    /// Endnotes on the row.
    pub notes: Vec<u32>,
}

/// Table 17 or 18 in printed order.
pub fn race_rows(data: &Dataset, table: u8) -> Vec<RaceRow> {
    let Some(t) = data.table(table) else {
        return Vec::new();
    };
    t.rows
        .iter()
        .map(|r| RaceRow {
            code: r.key.clone(),
            name: data.name_of(&r.key),
            groups: RACE_COLUMNS.map(|(c, _)| count(t, &r.key, c)),
            total: count(t, &r.key, "smi_cust_total"),
            notes: r.notes.iter().map(|n| n.number).collect(),
        })
        .collect()
}

/// Column sums of race rows (the report prints no total row for Tables 17–18): each group, then
/// the total column.
pub fn race_sums(rows: &[RaceRow]) -> ([u64; 5], u64) {
    let mut groups = [0u64; 5];
    for r in rows {
        for (g, v) in groups.iter_mut().zip(r.groups) {
            *g += v.unwrap_or(0);
        }
    }
    (groups, rows.iter().filter_map(|r| r.total).sum())
}

/// Which restricted-housing count a row has, in words, for the small multiples' text alternative.
pub fn describe_share(label: &str, c: Option<&SmiCounts>) -> String {
    match c {
        None => format!("{label}: not in the table"),
        Some(c) => match (c.smi_rh, c.smi_custodial) {
            (Some(rh), Some(all)) => format!(
                "{label}: {} of {} with a serious mental health issue in restricted housing",
                thousands(rh),
                thousands(all)
            ),
            _ => format!("{label}: not reported"),
        },
    }
}
