//! The report's statements about race and age in restricted housing, recounted from the tables
//! (“in 31 of 43 jurisdictions …”, “5.9% (78 of 1,326) …”), and the rows the views export.//!
//! This module recounts the statements; [`export`] builds the rows the views export.

mod export;

pub use export::{
    jurisdiction_rows, overall_rows, printed_header, printed_rows, JURISDICTION_HEADER,
    OVERALL_HEADER,
};

use crate::data::dataset::Dataset;
use crate::data::report::Erratum;
use crate::data::sex::Sex;
use crate::sections::composition::{
    by_jurisdiction, Composition, Group, GroupRow, NoShare, PrintedGroupPercent, Share, Side, Topic,
};

/// Which way a claim compares a group's share of restricted housing with its share of custody.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A larger share of restricted housing than of custody.
    Larger,
    /// A smaller share of restricted housing than of custody.
    Smaller,
}

/// How the jurisdictions split for one group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Larger share of restricted housing than of custody.
    pub larger: usize,
    /// Smaller share.
    pub smaller: usize,
    /// Exactly equal shares.
    pub equal: usize,
    /// No comparison possible (not reported or not collected).
    pub left_out: usize,
}

impl Tally {
    /// Counts the jurisdictions for the group at `index`.
    pub fn of(rows: &[Composition], index: usize) -> Tally {
        let mut t = Tally::default();
        for r in rows {
            match r.groups.get(index).and_then(GroupRow::difference) {
                // Shares are ratios of whole numbers: compare them exactly, not after rounding.
                Some(_) => match cross(&r.groups[index]) {
                    std::cmp::Ordering::Greater => t.larger += 1,
                    std::cmp::Ordering::Less => t.smaller += 1,
                    std::cmp::Ordering::Equal => t.equal += 1,
                },
                None => t.left_out += 1,
            }
        }
        t
    }

    /// The count in one direction.
    pub fn count(self, d: Direction) -> usize {
        match d {
            Direction::Larger => self.larger,
            Direction::Smaller => self.smaller,
        }
    }
}

/// rh/rh_total against cust/cust_total by cross-multiplication (exact).
fn cross(g: &GroupRow) -> std::cmp::Ordering {
    match (&g.restricted.share, &g.custodial.share) {
        (Ok(r), Ok(c)) => {
            (r.count as u128 * c.total as u128).cmp(&(c.count as u128 * r.total as u128))
        }
        _ => std::cmp::Ordering::Equal,
    }
}

/// A sentence of the report counting jurisdictions, with our count beside the printed one.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The figure's id in `report_figures.csv`.
    pub figure_id: String,
    /// The group it is about.
    pub group: Group,
    /// Larger or smaller share of restricted housing.
    pub direction: Direction,
    /// The number the report prints.
    pub printed: u64,
    /// Printed page.
    pub page: String,
    /// Jurisdictions in the table.
    pub jurisdictions: usize,
    /// Our count, all directions.
    pub tally: Tally,
    /// The erratum, when the printed number differs from the tables.
    pub erratum: Option<Erratum>,
    /// An endnote the sentence carries.
    pub endnote: Option<u32>,
}

impl Claim {
    /// Our count in the claim's direction.
    pub fn computed(&self) -> usize {
        self.tally.count(self.direction)
    }

    /// True when our count is the printed one.
    pub fn matches(&self) -> bool {
        self.computed() as u64 == self.printed
    }
}

/// The Section VI.B sentences that count jurisdictions (Black and Hispanic larger, White smaller).
pub fn race_claims(data: &Dataset, sex: Sex) -> Vec<Claim> {
    let rows = by_jurisdiction(data, Topic::Race, sex);
    let who = match sex {
        Sex::Men => "men",
        Sex::Women => "women",
    };
    let hispanic_note = match sex {
        Sex::Men => 206,
        Sex::Women => 207,
    };
    [
        ("black", Direction::Larger, "higher", None),
        ("hispanic", Direction::Larger, "higher", Some(hispanic_note)),
        ("white", Direction::Smaller, "lower", None),
    ]
    .into_iter()
    .filter_map(|(key, direction, word, endnote)| {
        let index = Topic::Race.groups().iter().position(|g| g.key == key)?;
        let id = format!("vi_b_{who}_{key}_rh_share_{word}");
        let f = data.figure(&id)?;
        Some(Claim {
            group: Topic::Race.groups()[index],
            direction,
            printed: f.value.scaled as u64,
            page: f.page.clone(),
            jurisdictions: rows.len(),
            tally: Tally::of(&rows, index),
            erratum: data.errata.iter().find(|e| e.id == id).cloned(),
            endnote,
            figure_id: id,
        })
    })
    .collect()
}

/// How much of one age cohort was held in restricted housing, all jurisdictions together.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    /// The cohort.
    pub group: Group,
    /// Sum of the reported restricted-housing counts over the sum of the custodial counts — the
    /// report's way (a jurisdiction with a blank restricted-housing count still adds to the base).
    pub as_printed: Share,
    /// Only jurisdictions that report both counts.
    pub like_for_like: Share,
    /// Jurisdictions with a blank restricted-housing count for the cohort.
    pub left_out: Vec<String>,
    /// The printed percent, if the report gives one.
    pub printed: Option<PrintedGroupPercent>,
    /// The printed counts (restricted housing, custody), if the report gives them.
    pub printed_counts: Option<(u64, u64)>,
}

/// The Section VI.C rates: the percent of each age cohort in restricted housing.
pub fn age_rates(data: &Dataset, sex: Sex) -> Vec<Rate> {
    let rows = by_jurisdiction(data, Topic::Age, sex);
    Topic::Age
        .groups()
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut rate = Rate {
                group: *g,
                as_printed: Share { count: 0, total: 0 },
                like_for_like: Share { count: 0, total: 0 },
                left_out: Vec::new(),
                printed: None,
                printed_counts: None,
            };
            for r in &rows {
                let row = &r.groups[i];
                let cust = raw_count(&row.custodial);
                let rh = raw_count(&row.restricted);
                rate.as_printed.total += cust.unwrap_or(0);
                rate.as_printed.count += rh.unwrap_or(0);
                match (cust, rh) {
                    (Some(c), Some(n)) => {
                        rate.like_for_like.total += c;
                        rate.like_for_like.count += n;
                    }
                    _ => rate.left_out.push(r.code.clone()),
                }
            }
            let id = format!("vi_c_{}_{}", sex.adjective(), g.key);
            rate.printed = data
                .figure(&format!("{id}_pct_in_rh"))
                .map(|f| PrintedGroupPercent {
                    source: format!("Section {}", f.section),
                    page: f.page.clone(),
                    value: Some(f.value),
                    agrees: rate
                        .as_printed
                        .percent()
                        .map(|p| crate::checks::audit::agrees(f.value, p)),
                    erratum: None,
                });
            let n = |s: &str| {
                data.figure(&format!("{id}_{s}"))
                    .map(|f| f.value.scaled as u64)
            };
            rate.printed_counts = n("rh_count").zip(n("cust_count"));
            rate
        })
        .collect()
}

/// The count behind a side, zeros included when an endnote says "not collected" (they are what the
/// table prints and what the report summed), blanks excluded.
fn raw_count(side: &Side) -> Option<u64> {
    match &side.share {
        Ok(s) => Some(s.count),
        Err(NoShare::NotCollected { .. }) => Some(0),
        Err(NoShare::NotReported) => None,
    }
}
