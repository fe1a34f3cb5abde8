//! Claim check finds the report's figures and flags definitions quoted under the wrong name.

use survey::engine::Engine;
use survey::sections::claim_check::{candidates, check};
use survey::Dataset;

fn run(claim: &str) -> Vec<survey::sections::claim_check::Match> {
    let d = Dataset::embedded().unwrap();
    let c = candidates(&d, &Engine::new(&d));
    check(claim, &d, &c)
}

#[test]
fn finds_texas_5832_in_table_2_p22() {
    let m = run("Texas held 5,832 people in solitary");
    let top = &m[0];
    assert!(top.exact && top.names_jurisdiction, "{top:?}");
    assert_eq!(top.candidate.source, "Table 2, p. 22");
    assert_eq!(top.candidate.jurisdiction.as_deref(), Some("TX"));
    assert!(
        top.warning.is_none(),
        "22-hour figure quoted as solitary is right"
    );
}

#[test]
fn flags_the_16_hour_total_quoted_as_solitary() {
    let m = run("83,897 people were held in solitary confinement in 2015");
    assert!(!m.is_empty());
    let m: Vec<_> = m.into_iter().filter(|x| x.claimed == "83,897").collect();
    assert!(!m.is_empty() && m.iter().all(|x| x.candidate.value == 83_897.0));
    assert!(
        m.iter().any(|x| x
            .warning
            .as_deref()
            .is_some_and(|w| w.contains("16 hours or more"))),
        "{m:#?}"
    );
}

#[test]
fn rounded_claims_match_within_their_precision() {
    let m = run("about 67,000 people in restricted housing");
    assert!(m.iter().any(|x| x.candidate.value == 67_442.0 && !x.exact));
    let m = run("Hawaii: 0.5%");
    assert!(m
        .iter()
        .any(|x| x.candidate.jurisdiction.as_deref() == Some("HI") && x.exact));
}

#[test]
fn nothing_matches_a_number_the_report_does_not_have() {
    assert!(run("Texas held 5,833 people in solitary")
        .iter()
        .all(|m| m.candidate.value != 5_832.0));
}
