//! What a table's column measures, in the fact table's terms: the measure, men or women, the
//! group, the hours and the stay behind every cell of it.

use crate::engine::definition::{Population, Stay};

use super::super::terms::{HoursSpec, Measure, Topic};

fn race(s: &str) -> Option<&'static str> {
    ["white", "black", "hispanic", "asian", "other"]
        .into_iter()
        .find(|r| *r == s)
}

fn age(s: &str) -> Option<&'static str> {
    ["under_18", "18_49", "50_plus"]
        .into_iter()
        .find(|r| *r == s)
}

/// What a table column measures: (measure, population, topic, hours, alternative).
pub fn column_meaning(
    table: u8,
    column: &str,
) -> Option<(Measure, Population, Topic, Option<HoursSpec>, bool)> {
    use Measure::*;
    let pop = match table {
        5 | 7 | 8 | 11 | 12 | 15 | 17 => Population::Men,
        6 | 9 | 10 | 13 | 14 | 16 | 18 | 19 => Population::Women,
        _ => Population::All,
    };
    let h22 = Some(HoursSpec::AtLeast(22));
    Some(match (table, column) {
        (2, "total_custodial_population" | "custodial_population_rh_facilities") => {
            (Custody, pop, Topic::None, None, false)
        }
        (2, "alt_custodial_population_rh_facilities") => (Custody, pop, Topic::None, None, true),
        (2, "rh_population") => (Held, pop, Topic::None, h22, false),
        (2, "rh_percent") => (Rate, pop, Topic::None, h22, false),
        (2, "alt_rh_population") => (Held, pop, Topic::None, h22, true),
        (2, "alt_rh_percent") => (Rate, pop, Topic::None, h22, true),
        (3, "custodial_population") => (Custody, pop, Topic::None, None, false),
        (3, "h22_plus") => (Held, pop, Topic::None, h22, false),
        (3, "h22_plus_pct") => (Rate, pop, Topic::None, h22, false),
        (3, "h20_21") => (Held, pop, Topic::None, Some(HoursSpec::Band(20, 21)), false),
        (3, "h20_21_pct") => (Rate, pop, Topic::None, Some(HoursSpec::Band(20, 21)), false),
        (3, "h16_19") => (Held, pop, Topic::None, Some(HoursSpec::Band(16, 19)), false),
        (3, "h16_19_pct") => (Rate, pop, Topic::None, Some(HoursSpec::Band(16, 19)), false),
        (3, "total_16_24") => (Held, pop, Topic::None, Some(HoursSpec::AtLeast(16)), false),
        (3, "total_16_24_pct") => (Rate, pop, Topic::None, Some(HoursSpec::AtLeast(16)), false),
        (4, "y6_plus") => (Held, pop, Topic::None, h22, false),
        (4, _) => (Other, pop, Topic::None, h22, false),
        (5 | 6 | 15 | 16, "custodial_population") => (Custody, pop, Topic::None, None, false),
        (5 | 6, "rh_population") => (Held, pop, Topic::None, h22, false),
        (5 | 6, "rh_percent") => (Rate, pop, Topic::None, h22, false),
        (15 | 16, "smi_custodial") => (Custody, pop, Topic::Smi, None, false),
        (15 | 16, "smi_custodial_pct") => (ShareOfCustody, pop, Topic::Smi, None, false),
        (15 | 16, "smi_rh") => (Held, pop, Topic::Smi, h22, false),
        (15 | 16, "smi_rh_pct") => (Rate, pop, Topic::Smi, h22, false),
        (19, "women_custodial") => (Custody, pop, Topic::None, None, false),
        (19, "pregnant_custodial") => (Custody, pop, Topic::Pregnant, None, false),
        (19, "pregnant_rh") => (Held, pop, Topic::Pregnant, h22, false),
        (7..=14, c) => {
            let pct = c.ends_with("_pct");
            let base = c.trim_end_matches("_pct");
            let (held, group) = if let Some(g) = base.strip_prefix("rh_") {
                (true, g)
            } else {
                (false, base.strip_prefix("cust_")?)
            };
            let topic = if group == "total" {
                Topic::None
            } else if let Some(r) = race(group) {
                Topic::Race(r)
            } else {
                Topic::Age(age(group)?)
            };
            let measure = match (held, pct) {
                (true, false) => Held,
                (false, false) => Custody,
                (true, true) => ShareOfHeld,
                (false, true) => ShareOfCustody,
            };
            (
                measure,
                pop,
                topic,
                held.then_some(HoursSpec::AtLeast(22)),
                false,
            )
        }
        _ => (Other, pop, Topic::None, None, false),
    })
}

/// The minimum stay a column counts (Table 4's last band is "six years or more").
pub fn column_stay(table: u8, column: &str) -> Stay {
    if table == 4 && column == "y6_plus" {
        Stay::Y6
    } else {
        Stay::D15
    }
}
