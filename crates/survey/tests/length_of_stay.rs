//! Length of stay (Table 4, Chart 3) and custody classifications (Section V.B) against the report's
//! printed numbers. Test names carry the printed page.

use std::collections::BTreeSet;
use survey::data::format::round_half_up;
use survey::sections::length_of_stay::{Classification, Custody, Held, LengthOfStay, StayBand};
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn figure(d: &Dataset, id: &str) -> f64 {
    d.figure(id)
        .unwrap_or_else(|| panic!("figure {id} missing"))
        .value
        .value()
}

#[test]
fn table4_has_41_jurisdictions_and_54382_people_p27_p28() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    assert_eq!(s.rows.len(), 41);
    assert_eq!(
        s.rows.len() as f64,
        figure(&d, "v_a_jurisdictions_with_data")
    );
    assert_eq!(s.total, 54_382);
    assert_eq!(s.total as f64, figure(&d, "v_a_stay_total_with_data"));
    assert!(
        s.rows.iter().all(|r| r.complete()),
        "every Table 4 cell is reported"
    );
}

#[test]
fn every_band_total_matches_table4s_printed_total_row_p27() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    for (band, total, _) in s.band_checks(&d) {
        let total = total.unwrap_or_else(|| panic!("no printed total for {band:?}"));
        assert!(
            total.agrees(),
            "{band:?}: printed {} vs computed {:?}",
            total.text(),
            total.computed_text()
        );
        assert_eq!(s.band_totals[band.index()] as f64, total.value.value());
    }
    assert_eq!(
        s.band_totals[StayBand::M1To3M.index()],
        15_725,
        "p. 28: 15,725 people held one to three months"
    );
}

#[test]
fn chart3_shares_18_29_16_13_13_5_5_5_4_percent_p28() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    let printed: Vec<String> = s
        .band_checks(&d)
        .into_iter()
        .map(|(b, _, p)| {
            let p = p.unwrap_or_else(|| panic!("no Chart 3 label for {b:?}"));
            assert!(
                p.agrees(),
                "{b:?}: printed {} vs computed {:?}",
                p.text(),
                p.computed_text()
            );
            p.text()
        })
        .collect();
    assert_eq!(printed, ["18%", "29%", "16%", "13%", "13%", "5.5%", "5.4%"]);
}

#[test]
fn held_a_year_or_more_24_percent_three_years_11_percent_six_years_5_4_percent_p28() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    assert_eq!(s.held(Held::Year1), 13_041);
    assert_eq!(s.held(Held::Year3), 5_909, "p. 28: \"almost 6,000\"");
    assert_eq!(s.held(Held::Year6), 2_933);
    for (h, count, pct) in s.held_checks(&d) {
        let pct = pct.unwrap_or_else(|| panic!("{h:?}"));
        assert!(
            pct.agrees(),
            "{h:?}: {} vs {:?}",
            pct.text(),
            pct.computed_text()
        );
        let count = count.unwrap_or_else(|| panic!("{h:?}"));
        // The three-year count is printed as a round "almost 6,000", so it is shown beside 5,909.
        assert_eq!(count.agrees(), h != Held::Year3, "{h:?}");
    }
    assert_eq!(round_half_up(s.held_share(Held::Year1).unwrap(), 0), "24");
    // 18% + 29% (p. 28): just under half had been held less than three months.
    assert_eq!(
        round_half_up(s.share_below(StayBand::M3To6M).unwrap(), 1),
        "46.6"
    );
}

#[test]
fn coverage_is_81_percent_of_67442_p28() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    assert_eq!(s.rh_total, 67_442);
    let cov = s.coverage(&d);
    assert_eq!(cov.len(), 4);
    for p in &cov {
        assert!(
            p.agrees(),
            "{}: {} vs {:?}",
            p.id,
            p.text(),
            p.computed_text()
        );
    }
    let share = cov
        .iter()
        .find(|p| p.id == "v_a_stay_share_of_rh_population")
        .unwrap();
    assert_eq!(
        (share.text(), share.computed_text().unwrap()),
        ("81%".to_string(), "80.6%".to_string())
    );
}

#[test]
fn twelve_jurisdictions_stay_totals_differ_from_table2_each_listed_in_errata_p27() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    let differing = s.differing(&d);
    let codes: BTreeSet<&str> = differing.iter().map(|(r, _)| r.code.as_str()).collect();
    let listed: BTreeSet<&str> = d
        .errata
        .iter()
        .filter(|e| e.id.starts_with("t04_t02_"))
        .map(|e| e.jurisdiction.as_str())
        .collect();
    assert_eq!(codes.len(), 12);
    assert_eq!(codes, listed);
    for (r, e) in &differing {
        let e = e.unwrap_or_else(|| panic!("{} has no erratum", r.code));
        assert_eq!(e.computed, r.total().to_string(), "{}", r.code);
        assert_eq!(
            Some(e.printed.parse::<u64>().unwrap()),
            r.table2,
            "{}",
            r.code
        );
    }
    let vt = s.rows.iter().find(|r| r.code == "VT").unwrap();
    assert_eq!(
        (vt.total(), vt.table2),
        (22, Some(106)),
        "endnote 195, p. 93"
    );
}

#[test]
fn endnotes_184_to_195_qualify_the_rows_they_name_p27() {
    let d = data();
    let s = LengthOfStay::from_data(&d);
    let notes: BTreeSet<u32> = s
        .rows
        .iter()
        .flat_map(|r| r.notes.iter().copied())
        .collect();
    assert_eq!(notes, (184..=195).collect());
    let ny = s.rows.iter().find(|r| r.code == "NY").unwrap();
    assert_eq!(ny.notes, vec![192]);
}

#[test]
fn per_jurisdiction_shares_add_to_100_and_small_totals_are_flagged() {
    let s = LengthOfStay::from_data(&data());
    for r in &s.rows {
        let sum: f64 = StayBand::ALL.iter().filter_map(|b| r.share(*b)).sum();
        assert!((sum - 100.0).abs() < 1e-9, "{}", r.code);
    }
    let tx = s.rows.iter().find(|r| r.code == "TX").unwrap();
    assert_eq!(tx.held(Held::Year1), Some(1840 + 1278 + 1587));
    let small: Vec<&str> = s
        .rows
        .iter()
        .filter(|r| r.small())
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(small, ["DC", "HI", "ND", "VT", "VI"]);
}

#[test]
fn classification_split_is_shown_as_printed_and_does_not_add_up_p29() {
    let d = data();
    let c = Classification::from_data(&d).expect("Section V.B figures");
    let counts: Vec<(Custody, String)> = c.parts.iter().map(|(k, p, _)| (*k, p.text())).collect();
    assert_eq!(
        counts,
        [
            (Custody::Protective, "2,527".to_string()),
            (Custody::Disciplinary, "14,809".to_string()),
            (Custody::Administrative, "23,997".to_string()),
            (Custody::Other, "8,681".to_string()),
        ]
    );
    assert_eq!(c.total.text(), "50,036");
    assert_eq!(c.sum_of_parts(), 50_014);
    assert!(
        !c.total.agrees(),
        "the four parts add to 50,014, not 50,036"
    );
    let e = c
        .erratum
        .as_ref()
        .expect("erratum v_b_classification_components_sum");
    assert_eq!(
        (e.printed.as_str(), e.computed.as_str()),
        ("50036", "50014")
    );
    for (k, _, pct) in &c.parts {
        assert!(
            pct.as_ref().is_some_and(|p| p.agrees()),
            "{k:?}: printed share agrees with its count of 50,036"
        );
    }
    assert!(c
        .share_of_rh
        .as_ref()
        .is_some_and(|p| p.agrees() && p.text() == "74%"));
    assert_eq!(
        c.jurisdictions.as_ref().map(|p| p.text()).as_deref(),
        Some("37")
    );
    assert_eq!(c.by_length.len(), 7);
}
