//! Which hours bands each threshold adds, and each jurisdiction's status and missing reason.

use super::common::*;

// ---- Hours: which bands are added, and "at least" ---------------------------------------------

#[test]
fn each_threshold_adds_its_own_bands_p24_p25() {
    let h22 = engine().compute(&Definition::default());
    let h20 = compute(Hours::H20, Stay::D15, Population::All);
    let h16 = compute(Hours::H16, Stay::D15, Population::All);
    // California, Table 3: 1,104 at 22+, 6,628 at 20–21, 597 at 16–19; total 8,329 (7.1%).
    let (a, b, c) = (row(&h22, "CA"), row(&h20, "CA"), row(&h16, "CA"));
    assert_eq!((a.count, a.h20_21, a.h16_19), (Some(1_104), None, None));
    assert_eq!(
        (b.count, b.h20_21, b.h16_19),
        (Some(7_732), Some(6_628), None)
    );
    assert_eq!(
        (c.count, c.h22, c.h20_21, c.h16_19),
        (Some(8_329), Some(1_104), Some(6_628), Some(597))
    );
    assert_eq!(pct1(c.percent), "7.1");
    // Connecticut 695 (4.3%), Indiana 2,507 (9.1%), Virgin Islands 97 (28.6%).
    for (code, n, p) in [("CT", 695, "4.3"), ("IN", 2_507, "9.1"), ("VI", 97, "28.6")] {
        let r = row(&h16, code);
        assert_eq!(
            (r.count, pct1(r.percent)),
            (Some(n), p.to_string()),
            "{code}"
        );
        assert_eq!(r.status, Status::Reported);
    }
    assert_eq!((h20.total, h16.total), (79_269, 83_897));
}

#[test]
fn jurisdictions_without_table_3_count_their_22_hour_figure_as_at_least_p25() {
    for hours in [Hours::H20, Hours::H16] {
        let s = compute(hours, Stay::D15, Population::All);
        assert!(s.at_least);
        assert_eq!(
            sorted(s.partial.iter().map(String::as_str).collect()),
            sorted(NOT_IN_TABLE3.to_vec())
        );
        assert_eq!(
            codes_where(&s, |r| r.status == Status::AtLeast),
            sorted(NOT_IN_TABLE3.to_vec())
        );
        // Their count is the Table 2 figure alone: Alabama 1,402, BOP 8,942 (p. 22–23).
        assert_eq!(row(&s, "AL").count, Some(1_402));
        assert_eq!(row(&s, "BOP").count, Some(8_942));
        assert_eq!((row(&s, "AL").h20_21, row(&s, "AL").h16_19), (None, None));
    }
    let s = engine().compute(&Definition::default());
    assert!(!s.at_least && s.partial.is_empty());
}

// ---- Statuses -------------------------------------------------------------------------------

#[test]
fn statuses_reported_and_missing_with_their_reasons() {
    let s = engine().compute(&Definition::default());
    assert_eq!(
        codes_where(&s, |r| r.status == Status::Reported),
        sorted(TABLE2.to_vec())
    );
    assert_eq!(
        codes_where(&s, |r| r.status
            == Status::Missing(MissingReason::NoRestrictedHousingData)),
        ["AR", "NV", "RI", "WV"],
        "responded but not in Table 2 (endnote 165)"
    );
    assert_eq!(
        codes_where(&s, |r| r.status
            == Status::Missing(MissingReason::NotResponded)),
        ["ME"]
    );
    for r in s
        .rows
        .iter()
        .filter(|r| matches!(r.status, Status::Missing(_)))
    {
        assert_eq!(
            (r.count, r.percent, r.rank),
            (None, None, None),
            "{}",
            r.code
        );
    }

    let y1 = compute(Hours::H22, Stay::Y1, Population::All);
    assert_eq!(
        codes_where(&y1, |r| r.status
            == Status::Missing(MissingReason::NoLengthOfStay)),
        sorted(NOT_IN_TABLE4.to_vec())
    );
    assert_eq!(
        codes_where(&y1, |r| r.status
            == Status::Missing(MissingReason::NoRestrictedHousingData)),
        ["AR", "NV", "RI", "WV"]
    );

    // Table 6 lists 40 jurisdictions; the other 12 that answered have no count for women.
    let women = compute(Hours::H22, Stay::D15, Population::Women);
    assert_eq!(
        codes_where(&women, |r| r.status
            == Status::Missing(MissingReason::NoCountForSex)),
        ["AR", "CA", "DC", "GA", "IL", "MT", "NH", "NM", "NV", "RI", "VT", "WV"]
    );
    assert_eq!(women.counted, 40);

    // Not asked: every jurisdiction that answered is "not measured"; Maine stays "did not respond".
    let none = compute(Hours::H16, Stay::Y1, Population::All);
    assert_eq!(
        codes_where(&none, |r| r.status
            == Status::Missing(MissingReason::NotMeasured))
        .len(),
        52
    );
    assert_eq!(
        row(&none, "ME").status,
        Status::Missing(MissingReason::NotResponded)
    );
}

#[test]
fn a_reported_zero_is_its_own_status_never_missing() {
    // Alaska: Table 4 "6+ years" 0 (p. 27); Colorado also 0 for "3-6 years" and "6+ years".
    for (stay, code) in [(Stay::Y6, "AK"), (Stay::Y3, "CO"), (Stay::Y3, "HI")] {
        let s = compute(Hours::H22, stay, Population::All);
        let r = row(&s, code);
        assert_eq!(
            (r.count, r.status),
            (Some(0), Status::ReportedZero),
            "{code} {stay:?}"
        );
    }
    let s = compute(Hours::H22, Stay::Y3, Population::All);
    assert_eq!(row(&s, "MT").status, Status::Reported, "0 + 3 is not zero");
}

#[test]
fn unmeasured_combinations_are_exactly_those_the_survey_did_not_ask() {
    for &hours in Hours::ALL {
        for &stay in Stay::ALL {
            for &population in Population::ALL {
                let d = Definition {
                    hours,
                    stay,
                    population,
                    ..Definition::default()
                };
                let asked = (hours == Hours::H22 || stay == Stay::D15)
                    && (population == Population::All
                        || (hours == Hours::H22 && stay == Stay::D15));
                let s = engine().compute(&d);
                assert_eq!(s.not_measured.is_none(), asked, "{d:?}");
                assert_eq!(s.counted > 0, asked, "{d:?}");
            }
        }
    }
}
