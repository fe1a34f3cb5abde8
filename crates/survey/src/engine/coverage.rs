//! Honest denominators: whom a headline covers (as the report puts it: 48 of 53 jurisdictions,
//! 96.4% of U.S. prisoners), the pooled rate beside the median, which custodial population each
//! row's percent uses (the report's "*" for the seven facility-only ones), and the words for a
//! population filter, which narrows whom is counted and never changes the definition.

use crate::data::format::{percent, thousands};
use crate::data::table::Cell;
use crate::data::Dataset;
use crate::engine::definition::{Definition, Denominator, Population};
use crate::engine::Summary;

/// Share of U.S. prisoners held by the 48 reporting jurisdictions, as the report prints it (from
/// BJS data); equal to `report_figures.csv`'s `iv_a_share_us_prison_pop` (a test checks it).
pub const US_SHARE: &str = "96.4%";
/// Where the report prints it.
pub const US_SHARE_SOURCE: &str = "Section IV.A, p. 20";

/// The pooled rate: everyone counted over every counted jurisdiction's denominator (the report's
/// "Across Jurisdictions" 4.9%), as opposed to the median of the jurisdictions' rates.
pub fn pooled_percent(s: &Summary) -> Option<f64> {
    let (n, d) = s
        .rows
        .iter()
        .filter_map(|r| Some((r.count?, r.denominator?)))
        .fold((0u64, 0u64), |(n, d), (c, den)| (n + c, d + den));
    (d > 0).then(|| 100.0 * n as f64 / d as f64)
}

/// The headline's coverage sentence: jurisdictions counted of those surveyed and, for the survey's
/// 48, the report's share of U.S. prisoners.
pub fn coverage_sentence(s: &Summary, surveyed: usize) -> String {
    let all48 = s.definition.population == Population::All && s.counted == 48;
    if all48 {
        format!(
            "across {} of {surveyed} jurisdictions, which held {US_SHARE} of U.S. prisoners (the report, {US_SHARE_SOURCE}).",
            s.counted
        )
    } else {
        format!(
            "across {} of {surveyed} jurisdictions (those that reported this figure).",
            s.counted
        )
    }
}

/// The population filter in words: whom it counts, and that the definition is unchanged.
pub fn population_words(def: &Definition) -> Option<String> {
    match def.population {
        Population::All => None,
        p => {
            let (who, table) = if p == Population::Men {
                ("men", 5)
            } else {
                ("women", 6)
            };
            Some(format!(
                "Counting {who} only (Table {table}): the same definition applied to fewer people, in the jurisdictions that reported by sex. Not a change of definition, so no difference from the all-prisoner total is shown."
            ))
        }
    }
}

/// Which custodial population a row's percent is of.
#[derive(Debug, Clone, PartialEq)]
pub struct RowDenominator {
    /// The report's "*": only the facilities that reported restricted-housing data.
    pub star: bool,
    /// Short words for the column ("reporting facilities", "whole system", "women in custody").
    pub words: String,
    /// A sentence for a tooltip or a note, with both numbers where they differ.
    pub detail: String,
}

/// The denominator a row uses under a definition.
pub fn row_denominator(data: &Dataset, def: &Definition, code: &str) -> RowDenominator {
    let cell = |col: &str| match data.table(2).and_then(|t| t.cell(code, col)) {
        Some(Cell::Count(n)) => Some(*n),
        _ => None,
    };
    let starred = matches!(
        data.table(2)
            .and_then(|t| t.cell(code, "reporting_facilities_only")),
        Some(Cell::Flag(true))
    );
    let (total, facilities) = (
        cell("total_custodial_population"),
        cell("custodial_population_rh_facilities"),
    );
    match def.population {
        Population::Men | Population::Women => {
            let (who, t) = if def.population == Population::Men {
                ("men", 5)
            } else {
                ("women", 6)
            };
            RowDenominator {
                star: false,
                words: format!("{who} in custody"),
                detail: format!("The {who} in custody that the jurisdiction reported in Table {t}."),
            }
        }
        Population::All if def.denominator == Denominator::Total => RowDenominator {
            star: false,
            words: "whole system".into(),
            detail: match (starred, total, facilities) {
                (true, Some(t), Some(f)) => format!(
                    "Everyone in custody ({}), including the facilities that gave no restricted-housing data; the report divides by the {} in the reporting facilities.",
                    thousands(t),
                    thousands(f)
                ),
                _ => "Everyone in custody (the same number the report uses).".into(),
            },
        },
        Population::All => match (starred, total, facilities) {
            (true, Some(t), Some(f)) => RowDenominator {
                star: true,
                words: "reporting facilities only".into(),
                detail: format!(
                    "* Only the facilities that reported restricted-housing data: {} of the {} in custody (the report's asterisk, Table 2).",
                    thousands(f),
                    thousands(t)
                ),
            },
            _ => RowDenominator {
                star: false,
                words: "whole system".into(),
                detail: "Everyone in custody: every facility reported restricted-housing data.".into(),
            },
        },
    }
}

/// The seven starred jurisdictions' codes, in Table 2's order.
pub fn starred(data: &Dataset) -> Vec<String> {
    data.table(2)
        .map(|t| {
            t.rows
                .iter()
                .filter(|r| {
                    matches!(
                        t.cell(&r.key, "reporting_facilities_only"),
                        Some(Cell::Flag(true))
                    )
                })
                .map(|r| r.key.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// "4.9%" (or "at least 4.9%") for the headline's pooled-rate line.
pub fn pooled_words(s: &Summary) -> Option<String> {
    pooled_percent(s).map(|p| {
        format!(
            "{}{}",
            if s.at_least { "at least " } else { "" },
            percent(p, 1)
        )
    })
}
