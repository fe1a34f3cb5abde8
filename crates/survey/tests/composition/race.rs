//! Race and ethnicity (Section VI.B, pp. 35–39): Charts 7 and 8, Table 8 and the report's claims.

use super::common::*;

#[test]
fn chart_7_p36_and_table_8_total_row_p38_match_the_column_sums() {
    let d = data();
    let o = overall(&d, Topic::Race, Sex::Men);
    assert_eq!(
        (o.custodial_total, o.restricted_total),
        (Some(1_180_821), Some(59_049))
    );
    let black = share_of(&o, "black");
    assert_eq!(
        black.custodial.share,
        Ok(Share {
            count: 473_385,
            total: 1_180_821
        })
    );
    assert_eq!(
        black.restricted.share,
        Ok(Share {
            count: 26_767,
            total: 59_049
        })
    );
    // Every printed percent of Chart 7 (one decimal) and the total row (whole) agrees with ours.
    for g in &o.groups {
        for side in [&g.custodial, &g.restricted] {
            assert_eq!(
                side.printed.len(),
                2,
                "{}: chart and table printed",
                g.group.label
            );
            for p in &side.printed {
                assert_eq!(
                    p.agrees,
                    Some(true),
                    "{} {} {:?}",
                    g.group.label,
                    p.source,
                    p.value
                );
            }
        }
    }
    assert_eq!(
        black.custodial.printed[0].value.unwrap().to_string(),
        "40.1"
    );
    assert_eq!(
        black.restricted.printed[0].value.unwrap().to_string(),
        "45.3"
    );
    assert_eq!(points(black.difference().unwrap()), "+5.2");
    assert_eq!(ratio(black.ratio().unwrap()), "1.13×");
    // The Asian and Other restricted-housing totals are the rows' sums (176, 1,656), not the printed 178, 1,666.
    assert_eq!(
        share_of(&o, "asian")
            .restricted
            .share
            .as_ref()
            .unwrap()
            .count,
        176
    );
    assert_eq!(
        share_of(&o, "other")
            .restricted
            .share
            .as_ref()
            .unwrap()
            .count,
        1656
    );
}

#[test]
fn chart_8_p39_women_match_the_column_sums() {
    let d = data();
    let o = overall(&d, Topic::Race, Sex::Women);
    assert_eq!(
        (o.custodial_total, o.restricted_total),
        (Some(83_749), Some(1_458))
    );
    for g in &o.groups {
        for side in [&g.custodial, &g.restricted] {
            assert!(
                side.printed.iter().all(|p| p.agrees == Some(true)),
                "{}",
                g.group.label
            );
        }
    }
    assert_eq!(
        share_of(&o, "black").restricted.printed[0]
            .value
            .unwrap()
            .to_string(),
        "41.4"
    );
}

#[test]
fn race_claims_p35_men_31_22_36_of_43() {
    let d = data();
    let claims = race_claims(&d, Sex::Men);
    let got: Vec<(&str, Direction, usize, u64)> = claims
        .iter()
        .map(|c| (c.group.key, c.direction, c.computed(), c.printed))
        .collect();
    assert_eq!(
        got,
        vec![
            ("black", Direction::Larger, 31, 31),
            ("hispanic", Direction::Larger, 22, 22),
            ("white", Direction::Smaller, 36, 36)
        ]
    );
    assert!(claims
        .iter()
        .all(|c| c.matches() && c.jurisdictions == 43 && c.erratum.is_none()));
    // Alabama's Hispanic zeros are "not tracked" (endnote 206): left out, not counted as equal.
    let hispanic = &claims[1];
    assert_eq!(hispanic.tally.left_out, 1);
    assert_eq!(hispanic.endnote, Some(206));
}

#[test]
fn race_claims_p39_women_33_16_and_34_printed_vs_33_computed() {
    let d = data();
    let claims = race_claims(&d, Sex::Women);
    let got: Vec<(usize, u64)> = claims.iter().map(|c| (c.computed(), c.printed)).collect();
    assert_eq!(got, vec![(33, 33), (16, 16), (33, 34)]);
    let white = &claims[2];
    assert!(!white.matches());
    assert_eq!(
        white.erratum.as_ref().map(|e| e.id.as_str()),
        Some("vi_b_women_white_rh_share_lower")
    );
    assert_eq!(
        (white.tally.larger, white.tally.equal),
        (6, 1),
        "6 larger, Virgin Islands equal at 0"
    );
}

#[test]
fn table_8_p38_virgin_islands_77_percent_is_flagged() {
    let d = data();
    let rows = by_jurisdiction(&d, Topic::Race, Sex::Men);
    assert_eq!(rows.len(), 43);
    let vi = rows.iter().find(|r| r.code == "VI").unwrap();
    let black = share_of(vi, "black");
    assert_eq!(
        black.restricted.share,
        Ok(Share {
            count: 72,
            total: 95
        })
    );
    let p = &black.restricted.printed[0];
    assert_eq!(p.value.unwrap().to_string(), "77");
    assert_eq!(p.agrees, Some(false));
    assert_eq!(p.erratum.as_ref().unwrap().computed, "75.8");
    assert!(
        black.restricted.share.as_ref().unwrap().small_base(),
        "95 people: small base"
    );
    // Every other printed cell of Table 8 and Table 10 agrees with the counts.
    for sex in Sex::ALL {
        for r in by_jurisdiction(&d, Topic::Race, sex) {
            for g in &r.groups {
                for s in [&g.custodial, &g.restricted] {
                    let p = &s.printed[0];
                    assert!(
                        p.agrees != Some(false) || p.erratum.is_some(),
                        "{} {} {:?}",
                        r.code,
                        g.group.key,
                        p
                    );
                }
            }
        }
    }
}

#[test]
fn alabama_hispanic_zeros_are_not_tracked_endnotes_206_207() {
    let d = data();
    for (sex, note) in [(Sex::Men, 206), (Sex::Women, 207)] {
        let rows = by_jurisdiction(&d, Topic::Race, sex);
        let al = rows.iter().find(|r| r.code == "AL").unwrap();
        let h = share_of(al, "hispanic");
        assert_eq!(
            h.custodial.share,
            Err(NoShare::NotCollected {
                words: "not tracked",
                endnote: note
            })
        );
        assert_eq!(h.difference(), None);
        assert!(d.endnote(note).unwrap().text.contains("Alabama"));
        assert!(d.endnote(note).unwrap().text.contains("Hispanic"));
        // The printed 0% stays as printed.
        assert_eq!(h.custodial.printed[0].value.unwrap().to_string(), "0");
    }
}

#[test]
fn texas_and_california_men_p37() {
    let d = data();
    let rows = by_jurisdiction(&d, Topic::Race, Sex::Men);
    let ca = rows.iter().find(|r| r.code == "CA").unwrap();
    let h = share_of(ca, "hispanic");
    assert_eq!(
        h.restricted.share,
        Ok(Share {
            count: 931,
            total: 1079
        })
    );
    assert_eq!(h.restricted.printed[0].value.unwrap().to_string(), "86");
    assert!(rows
        .iter()
        .find(|r| r.code == "AZ")
        .unwrap()
        .notes
        .contains(&201));
}
