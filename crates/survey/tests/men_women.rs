//! Men and women (Tables 5–6) against the report's printed numbers. Test names carry the page.

use survey::sections::men_women::{sort, MenWomen, Ratio, SexSort, Women};
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn medians_men_5_3_women_1_6_percent_p30_p33() {
    let d = data();
    let m = MenWomen::from_data(&d);
    let men = m
        .men_checks(&d)
        .into_iter()
        .find(|p| p.id == "vi_a_male_median_pct")
        .unwrap();
    let women = m
        .women_checks(&d)
        .into_iter()
        .find(|p| p.id == "vi_a_female_median_pct")
        .unwrap();
    assert!(men.agrees() && women.agrees());
    assert_eq!(men.text(), "5.3%");
    assert_eq!(women.text(), "1.6%");
    assert_eq!(m.men_median(), Some(5.3));
    assert!(
        (m.women_median().unwrap() - 1.55).abs() < 1e-12,
        "the middle two printed values average 1.55"
    );
}

#[test]
fn forty_three_jurisdictions_for_men_forty_for_women_p30() {
    let d = data();
    let m = MenWomen::from_data(&d);
    assert_eq!(m.rows.len(), 43);
    assert_eq!(m.women_listed(), 40);
    assert!(m.women_only.is_empty());
    let none: Vec<&str> = m.without_women().iter().map(|r| r.code.as_str()).collect();
    assert_eq!(none, ["CA", "DC", "MT"]);
}

#[test]
fn totals_table5_59049_prose_59048_women_1458_of_83749_p32_p33() {
    let d = data();
    let m = MenWomen::from_data(&d);
    assert_eq!(m.men_totals(), (1_180_821, 59_049));
    assert_eq!(m.women_totals(), (83_749, 1_458));
    for p in m.men_checks(&d).iter().chain(m.women_checks(&d).iter()) {
        // Only the prose total of men disagrees with the table (erratum t05_prose_male_rh_total).
        assert_eq!(
            p.agrees(),
            p.id != "vi_a_male_rh_total",
            "{}: {} vs {:?}",
            p.id,
            p.text(),
            p.computed_text()
        );
    }
    let e = d
        .errata
        .iter()
        .find(|e| e.id == "t05_prose_male_rh_total")
        .unwrap();
    assert_eq!(
        (e.printed.as_str(), e.computed.as_str()),
        ("59048", "59049")
    );
}

#[test]
fn virgin_islands_29_3_and_louisiana_women_11_3_percent_p30_p33() {
    let m = MenWomen::from_data(&data());
    let vi = m.rows.iter().find(|r| r.code == "VI").unwrap();
    assert_eq!(
        vi.men.printed.map(|d| d.to_string()).as_deref(),
        Some("29.3")
    );
    assert_eq!((vi.men.restricted, vi.men.custodial), (Some(95), Some(324)));
    let Women::Listed(w) = &vi.women else {
        panic!("VI women listed")
    };
    assert!(w.small(), "15 women in custody: small denominator");
    let la = m.rows.iter().find(|r| r.code == "LA").unwrap();
    assert_eq!(
        la.women_share()
            .and_then(|w| w.printed)
            .map(|d| d.to_string())
            .as_deref(),
        Some("11.3")
    );
}

#[test]
fn ratio_divides_the_counts_and_never_by_zero() {
    let m = MenWomen::from_data(&data());
    let ca = m.rows.iter().find(|r| r.code == "CA").unwrap();
    assert_eq!(ca.ratio(), Ratio::NoWomenInRestrictedHousing);
    assert_eq!(ca.ratio().text(), "no women in restricted housing");
    let hi = m.rows.iter().find(|r| r.code == "HI").unwrap();
    // 22/3,989 men over 1/738 women, not the rounded 0.6 / 0.1.
    let Ratio::Times(r) = hi.ratio() else {
        panic!()
    };
    assert!((r - (22.0 / 3989.0) / (1.0 / 738.0)).abs() < 1e-12);
    assert_eq!(hi.ratio().text(), "4.1×");
    assert_eq!(
        m.rows
            .iter()
            .filter(|r| matches!(r.ratio(), Ratio::Times(_)))
            .count(),
        40
    );
    let (both, double, women_higher) = m.ratio_summary();
    assert_eq!(both, 40);
    let wi = m.rows.iter().find(|r| r.code == "WI").unwrap();
    assert!(
        wi.ratio().value().unwrap() < 1.0,
        "Wisconsin: 3.6% of men, 4.5% of women"
    );
    assert!(women_higher >= 1 && double < both);
}

#[test]
fn sorting_puts_rows_without_a_value_last_both_ways() {
    let mut rows = MenWomen::from_data(&data()).rows;
    sort(&mut rows, SexSort::Women, true);
    assert_eq!(rows[0].code, "LA");
    assert!(rows[40..].iter().all(|r| r.women_share().is_none()));
    sort(&mut rows, SexSort::Ratio, false);
    assert!(rows[40..].iter().all(|r| r.ratio().value().is_none()));
    sort(&mut rows, SexSort::Men, true);
    assert_eq!(rows[0].code, "VI");
    sort(&mut rows, SexSort::Name, false);
    assert_eq!(rows[0].code, "AL");
}

#[test]
fn section_endnotes_mark_their_rows_and_ten_jurisdictions_have_no_figures_by_sex_p30_p33() {
    let m = MenWomen::from_data(&data());
    let notes = |c: &str| m.rows.iter().find(|r| r.code == c).unwrap().notes.clone();
    assert_eq!(notes("CA"), vec![201, 202]);
    assert_eq!(notes("LA"), vec![198, 203]);
    assert_eq!(notes("HI"), vec![199, 201]);
    assert_eq!(m.not_reporting.len(), 10);
    assert!(m.not_reporting.contains(&"ME".to_string()));
}
