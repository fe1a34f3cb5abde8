//! What the engine-rule tests share: the engine, one summary per definition, the table files read
//! independently of the crate, and the report's lists of jurisdictions.

pub use std::collections::BTreeMap;
pub use std::sync::OnceLock;
pub use survey::data::catalog::STAY_BANDS;
pub use survey::data::format::round_half_up;
pub use survey::engine::definition::{Choice, Denominator, Hours, Population, Stay};
pub use survey::engine::{Engine, MissingReason, Status, Summary};
pub use survey::{Dataset, Definition, JurisdictionResult};

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&Dataset::embedded().unwrap()))
}

pub fn compute(hours: Hours, stay: Stay, population: Population) -> Summary {
    engine().compute(&Definition {
        hours,
        stay,
        population,
        ..Definition::default()
    })
}

pub fn row<'a>(s: &'a Summary, code: &str) -> &'a JurisdictionResult {
    s.rows.iter().find(|r| r.code == code).unwrap()
}

pub fn pct1(p: Option<f64>) -> String {
    round_half_up(p.expect("a percent"), 1)
}

pub fn codes_where(s: &Summary, f: impl Fn(&JurisdictionResult) -> bool) -> Vec<&str> {
    let mut v: Vec<&str> = s
        .rows
        .iter()
        .filter(|r| f(r))
        .map(|r| r.code.as_str())
        .collect();
    v.sort_unstable();
    v
}

pub fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

/// A table file as rows of named fields (read here, not through the crate).
pub fn table(n: u8) -> Vec<BTreeMap<String, String>> {
    let path = format!(
        "{}/../../static/data/table{n:02}.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            header
                .iter()
                .zip(l.split(','))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

pub fn num(r: &BTreeMap<String, String>, col: &str) -> f64 {
    r[col].parse().unwrap()
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Table 2's 48 jurisdictions (pp. 22–23).
pub const TABLE2: [&str; 48] = [
    "AL", "AK", "AZ", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "SC", "SD", "TN", "TX", "UT", "VT", "VI", "VA", "WA", "WI", "WY",
    "BOP",
];
/// Table 2 jurisdictions that did not answer Table 3 (pp. 24–25 list the other 34).
pub const NOT_IN_TABLE3: [&str; 14] = [
    "AL", "AZ", "DE", "FL", "GA", "IL", "KY", "MN", "OH", "SC", "TN", "VT", "WI", "BOP",
];
/// Table 2 jurisdictions that gave no lengths of stay (Table 4, p. 27, lists the other 41).
pub const NOT_IN_TABLE4: [&str; 7] = ["AL", "GA", "IL", "MI", "MO", "NH", "NM"];
/// Table 4's "Across Jurisdictions" row, p. 27: 15 days–1 month … 6 years or more.
pub const TABLE4_TOTALS: [u64; 7] = [9_638, 15_725, 8_891, 7_087, 7_132, 2_976, 2_933];
pub const LONGER_STAYS: [Stay; 6] = [Stay::M1, Stay::M3, Stay::M6, Stay::Y1, Stay::Y3, Stay::Y6];
