//! The shipped data files parse, and hold what the report prints at its headline.

use survey::{Dataset, Kind};

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_53_jurisdictions_with_unique_codes_and_maine_not_responding() {
    let d = data();
    assert_eq!(d.jurisdictions.len(), 53);
    let mut codes: Vec<_> = d.jurisdictions.iter().map(|j| j.code.as_str()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 53);
    assert_eq!(d.jurisdictions.iter().filter(|j| j.kind == Kind::State).count(), 50);
    for (code, kind) in [("DC", Kind::District), ("VI", Kind::Territory), ("BOP", Kind::Federal)] {
        assert_eq!(d.jurisdiction(code).map(|j| j.kind), Some(kind), "{code}");
    }
    let silent: Vec<_> = d.jurisdictions.iter().filter(|j| !j.responded).map(|j| j.code.as_str()).collect();
    assert_eq!(silent, vec!["ME"], "p. 15: 52 of 53 responded; Maine did not");
}

#[test]
fn all_19_tables_ship() {
    let d = data();
    for n in 1..=19 {
        assert!(d.table(n).is_some(), "table{n:02}.csv missing");
    }
}

#[test]
fn table02_total_is_the_report_headline_67442_in_48_jurisdictions_p22() {
    assert_eq!(data().column_sum(2, "rh_population"), Some((67_442, 48)));
}
