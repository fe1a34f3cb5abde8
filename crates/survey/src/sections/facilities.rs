//! Facilities and cells (Section III, Table 1): which kinds of facility the systems include, for
//! how many of them restricted-housing data exist, double cells, and privately-contracted
//! facilities — with every printed figure of the section checked where the report allows.

use super::{figure_check, figure_check_with, printed_value, BarInput, FigureCheck};
use crate::data::dataset::{Dataset, Kind};
use crate::data::table::Cell;

/// Table 1.
pub const TABLE: u8 = 1;
/// Endnote naming the 12 jurisdictions whose systems include jails.
pub const NOTE_JAILS: u32 = 155;

/// One row of Table 1.
#[derive(Debug, Clone, PartialEq)]
pub struct FacilityRow {
    /// Facility-type slug.
    pub key: String,
    /// The type as printed.
    pub label: String,
    /// Jurisdictions whose systems include this type.
    pub jurisdictions: Option<u64>,
    /// Of those, jurisdictions that collected restricted-housing data for it.
    pub collecting: Option<u64>,
    /// Endnotes on the row or its cells.
    pub notes: Vec<u32>,
}

impl FacilityRow {
    /// Jurisdictions with this type but no restricted-housing data for it.
    pub fn without_data(&self) -> Option<u64> {
        Some(self.jurisdictions?.saturating_sub(self.collecting?))
    }
}

/// Table 1 in printed order.
pub fn rows(data: &Dataset) -> Vec<FacilityRow> {
    let Some(t) = data.table(TABLE) else {
        return Vec::new();
    };
    t.rows
        .iter()
        .map(|r| FacilityRow {
            key: r.key.clone(),
            label: match t.cell(&r.key, "label") {
                Some(Cell::Text(s)) => s.clone(),
                _ => r.key.replace('_', " "),
            },
            jurisdictions: t.cell(&r.key, "jurisdictions").and_then(Cell::count),
            collecting: t
                .cell(&r.key, "jurisdictions_collecting_rh_data")
                .and_then(Cell::count),
            notes: r.notes.iter().map(|n| n.number).collect(),
        })
        .collect()
}

/// Table 1 as chart input: jurisdictions with the type, those collecting data as the part.
pub fn bar_inputs(rows: &[FacilityRow]) -> Vec<BarInput> {
    rows.iter()
        .map(|r| BarInput {
            key: r.key.clone(),
            name: r.label.clone(),
            whole: r.jurisdictions.unwrap_or(0),
            part: r.collecting.unwrap_or(0),
        })
        .collect()
}

fn pct_of(data: &Dataset, num: &str, den: &str) -> Option<f64> {
    match (printed_value(data, num), printed_value(data, den)) {
        (Some(a), Some(b)) if b > 0.0 => Some(100.0 * a / b),
        _ => None,
    }
}

fn combine(data: &Dataset, a: &str, b: &str, f: fn(f64, f64) -> f64) -> Option<f64> {
    Some(f(printed_value(data, a)?, printed_value(data, b)?))
}

/// The computed value and method for a Section III figure that its `derivation` cannot give.
fn custom(data: &Dataset, id: &str) -> Option<(Option<f64>, String)> {
    let responded = data.jurisdictions.iter().filter(|j| j.responded).count() as f64;
    let jails = data
        .table(TABLE)
        .and_then(|t| t.cell("jails", "jurisdictions"))
        .and_then(Cell::count)
        .map(|n| n as f64);
    Some(match id {
        "iii_a_jurisdictions_responding" | "t01_n_jurisdictions" => (Some(responded), "jurisdictions that responded to the survey".into()),
        "iii_a_jurisdictions_without_jails" => (jails.map(|j| responded - j), "responding jurisdictions − Table 1 jails row".into()),
        "iii_a_jails_states" => (
            data.endnote(NOTE_JAILS).map(|e| {
                e.jurisdictions.iter().filter(|c| data.jurisdiction(c).is_some_and(|j| j.kind == Kind::State)).count() as f64
            }),
            "states among the jurisdictions named in endnote 155".into(),
        ),
        "iii_a_private_facility_share" => (pct_of(data, "iii_a_private_facility_population", "iii_a_private_jurisdictions_custodial"), "printed: people in private facilities ÷ custodial population of those jurisdictions".into()),
        "iii_a_private_rh_share" => (pct_of(data, "iii_a_private_rh_people", "iii_a_private_rh_jurisdictions_custodial"), "printed: people in restricted housing in private facilities ÷ custodial population of the reporting jurisdictions".into()),
        "iii_a_private_rh_people_again" => (printed_value(data, "iii_a_private_rh_people"), "the same figure printed a page earlier".into()),
        "iii_b_double_cell_jurisdictions" => (combine(data, "iii_b_double_cell_counted_jurisdictions", "iii_b_double_cell_uncounted_jurisdictions", |a, b| a + b), "printed: jurisdictions giving a number + those that could not".into()),
        _ => return None,
    })
}

/// Every printed figure of Sections III.A and III.B, in file order, checked where possible.
pub fn checks(data: &Dataset, section: &str) -> Vec<FigureCheck> {
    data.figures
        .iter()
        .filter(|f| f.section == section)
        .filter_map(|f| match custom(data, &f.id) {
            Some((v, method)) if f.derivation.is_none() || v.is_some() => {
                figure_check_with(data, &f.id, v, &method)
            }
            _ => figure_check(data, &f.id),
        })
        .collect()
}

/// The double-cell answers of Section III.B, from the printed figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoubleCells {
    /// Jurisdictions answering the question.
    pub responding: u64,
    /// Of those, jurisdictions that double-celled people in restricted housing.
    pub used: u64,
    /// Of those, jurisdictions that gave a number.
    pub counted: u64,
    /// Of those, jurisdictions that could not give a number.
    pub uncounted: u64,
    /// People in double cells in the jurisdictions that gave a number.
    pub people: u64,
}

impl DoubleCells {
    /// Reads the printed figures; `None` if any is missing.
    pub fn from_report(data: &Dataset) -> Option<DoubleCells> {
        let v = |id: &str| printed_value(data, id).map(|x| x as u64);
        Some(DoubleCells {
            responding: v("iii_b_double_cell_responding")?,
            used: v("iii_b_double_cell_jurisdictions")?,
            counted: v("iii_b_double_cell_counted_jurisdictions")?,
            uncounted: v("iii_b_double_cell_uncounted_jurisdictions")?,
            people: v("iii_b_double_cell_people")?,
        })
    }

    /// Answering jurisdictions that did not double-cell (computed: responding − used).
    pub fn not_used(&self) -> u64 {
        self.responding.saturating_sub(self.used)
    }

    /// The parts of the responding jurisdictions, for a stacked bar: counted, uncounted, not used.
    pub fn parts(&self) -> [u64; 3] {
        [self.counted, self.uncounted, self.not_used()]
    }
}
