//! Race and age composition against the report's printed numbers (Section VI.B–C, pp. 35–47).

use survey::chart::composition::{dumbbells, nice_max, stacked};
use survey::chart::Frame;
use survey::data::sex::Sex;
use survey::sections::composition::{
    by_jurisdiction, overall, points, ratio, source, NoShare, Share, Topic,
};
use survey::sections::composition_checks::{
    age_rates, jurisdiction_rows, overall_rows, printed_header, printed_rows, race_claims,
    Direction, JURISDICTION_HEADER, OVERALL_HEADER,
};
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().expect("bundled data parses")
}

fn share_of<'a>(
    c: &'a survey::sections::composition::Composition,
    key: &str,
) -> &'a survey::sections::composition::GroupRow {
    c.groups.iter().find(|g| g.group.key == key).unwrap()
}

/// Each group's printed custodial and restricted-housing percents, in the chart's order.
fn printed_percents(c: &survey::sections::composition::Composition) -> Vec<String> {
    c.groups
        .iter()
        .flat_map(|g| [&g.custodial, &g.restricted])
        .map(|s| s.printed[0].value.unwrap().to_string())
        .collect()
}

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

#[test]
fn chart_9_p42_and_rates_5_9_percent_of_78_of_1326() {
    let d = data();
    let o = overall(&d, Topic::Age, Sex::Men);
    let printed = printed_percents(&o);
    assert_eq!(printed, ["0.1", "0.1", "79.6", "89.1", "20.3", "10.7"]);
    assert!(o
        .groups
        .iter()
        .flat_map(|g| [&g.custodial, &g.restricted])
        .flat_map(|s| &s.printed)
        .all(|p| p.agrees == Some(true)));
    let rates = age_rates(&d, Sex::Men);
    let got: Vec<(u64, u64, String)> = rates
        .iter()
        .map(|r| {
            (
                r.as_printed.count,
                r.as_printed.total,
                r.printed.as_ref().unwrap().value.unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (78, 1326, "5.9".into()),
            (52_636, 939_886, "5.6".into()),
            (6_335, 239_609, "2.6".into())
        ]
    );
    assert!(rates
        .iter()
        .all(|r| r.printed.as_ref().unwrap().agrees == Some(true)));
    assert_eq!(rates[0].printed_counts, Some((78, 1326)));
    // Arizona's blank under-18 count: the report's base still includes its 75 young men.
    assert_eq!(rates[0].left_out, vec!["AZ"]);
    assert_eq!(
        rates[0].like_for_like,
        Share {
            count: 78,
            total: 1251
        }
    );
}

#[test]
fn chart_10_p45_women_and_no_girls_in_restricted_housing() {
    let d = data();
    let o = overall(&d, Topic::Age, Sex::Women);
    let printed = printed_percents(&o);
    assert_eq!(printed, ["0.2", "0.0", "84.4", "92.2", "15.4", "7.8"]);
    let rates = age_rates(&d, Sex::Women);
    assert_eq!(
        (rates[0].as_printed.count, rates[0].as_printed.total),
        (0, 144)
    );
    assert!(
        rates[0].printed.is_none(),
        "the report prints no percent for girls"
    );
    let pcts: Vec<String> = rates[1..]
        .iter()
        .map(|r| r.printed.as_ref().unwrap().value.unwrap().to_string())
        .collect();
    assert_eq!(pcts, ["1.9", "0.9"]);
    assert_eq!(rates[1].printed_counts, Some((1345, 70_710)));
}

#[test]
fn arizona_under_18_not_reported_and_printed_0_flagged_p44_p47() {
    let d = data();
    for (sex, table) in [(Sex::Men, 12), (Sex::Women, 14)] {
        let rows = by_jurisdiction(&d, Topic::Age, sex);
        let az = rows.iter().find(|r| r.code == "AZ").unwrap();
        let u = share_of(az, "under_18");
        assert_eq!(u.restricted.share, Err(NoShare::NotReported));
        assert_eq!(u.in_restricted(), None);
        let p = &u.restricted.printed[0];
        assert_eq!(p.value.unwrap().to_string(), "0");
        assert_eq!(p.erratum.as_ref().unwrap().table, Some(table));
        // The row total leaves none for them (2,452 = 2,228 + 224 for men), but the blank stays blank.
        assert_eq!(az.implied_restricted(0), Some(0));
    }
    // California did not provide under-18 data (endnote 201): its zeros are not "none".
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let ca = rows.iter().find(|r| r.code == "CA").unwrap();
    assert!(matches!(
        share_of(ca, "under_18").custodial.share,
        Err(NoShare::NotCollected { endnote: 201, .. })
    ));
    let ak = rows.iter().find(|r| r.code == "AK").unwrap();
    let u = share_of(ak, "under_18").in_restricted().unwrap();
    assert_eq!((u.count, u.total, u.small_base()), (15, 67, true));
}

#[test]
fn sources_name_tables_and_pages() {
    let d = data();
    assert_eq!(
        source(&d, Topic::Race, Sex::Men),
        "Table 7, p. 37; Table 8, p. 38; Chart 7, p. 36 — Section VI.B"
    );
    assert_eq!(
        source(&d, Topic::Age, Sex::Women),
        "Table 13, p. 46; Table 14, p. 47; Chart 10, p. 45 — Section VI.C"
    );
}

#[test]
fn exports_have_one_row_per_row_shown() {
    let d = data();
    for topic in [Topic::Race, Topic::Age] {
        for sex in Sex::ALL {
            let rows = by_jurisdiction(&d, topic, sex);
            let out = jurisdiction_rows(&rows, 0);
            assert_eq!(out.len(), rows.len());
            assert!(out.iter().all(|r| r.len() == JURISDICTION_HEADER.len()));
            let o = overall_rows(&overall(&d, topic, sex));
            assert_eq!(o.len(), topic.groups().len());
            assert!(o.iter().all(|r| r.len() == OVERALL_HEADER.len()));
            let p = printed_rows(&rows);
            assert!(p.iter().all(|r| r.len() == printed_header(topic).len()));
            let (_, pt) = topic.tables(sex);
            let columns = &d.table(pt).unwrap().columns;
            let pct: Vec<&str> = columns
                .iter()
                .map(String::as_str)
                .filter(|c| c.ends_with("_pct"))
                .collect();
            assert_eq!(
                &printed_header(topic)[2..printed_header(topic).len() - 1],
                &pct[..],
                "header follows the printed table"
            );
        }
    }
    let rows = by_jurisdiction(&d, Topic::Race, Sex::Men);
    let vi = printed_rows(&rows)
        .into_iter()
        .find(|r| r[0] == "VI")
        .unwrap();
    assert!(vi.last().unwrap().contains("77%"), "{vi:?}");
    let az = jurisdiction_rows(&by_jurisdiction(&d, Topic::Age, Sex::Men), 0)
        .into_iter()
        .find(|r| r[0] == "AZ")
        .unwrap();
    assert_eq!(az[7], "not reported");
}

#[test]
fn layouts_fill_the_plot_and_scale_to_the_largest_share() {
    let d = data();
    let o = overall(&d, Topic::Race, Sex::Men);
    let f = Frame::STACKED;
    let (bars, _) = stacked(&o, f);
    for b in &bars {
        let end = b.segments.last().map(|s| s.x + s.width).unwrap();
        assert!(
            (end - (f.width - f.value_width)).abs() < 1e-6,
            "{} ends at {end}",
            b.label
        );
    }
    assert_eq!(bars[0].segments[1].label.as_deref(), Some("40.1%"));
    assert_eq!(
        bars[1].segments[3].label, None,
        "0.3% is too narrow for a label"
    );
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let (dots, ticks, _) = dumbbells(&rows, 0, Frame::DUMBBELL);
    assert_eq!(dots.len(), 43);
    let az = dots.iter().find(|r| r.code == "AZ").unwrap();
    assert!(az.missing && az.restricted.is_none());
    assert_eq!(az.label, "not reported");
    assert_eq!(ticks.first().unwrap().label, "0%");
    assert_eq!(
        (nice_max(45.3), nice_max(4.3), nice_max(0.0)),
        (50.0, 5.0, 1.0)
    );
}

/// Every axis label lies inside the chart at a phone's, a tablet's and a desktop's width, names
/// left or above: the 0% tick at the plot's left edge is drawn from there, not centred on it (at
/// 360 px, with names above the bars, a centred "0%" was half cut off).
#[test]
fn axis_labels_stay_inside_the_chart_at_every_width() {
    use survey::chart::fit::{fit, text_width, MIN_FONT};
    let d = data();
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    for width in [328.0, 358.0, 736.0, 1248.0] {
        let f = fit(width, &names, &["-12.3 pts"]);
        let (_, ticks, _) = dumbbells(&rows, 0, f.frame);
        for t in &ticks {
            let w = text_width(&t.label, MIN_FONT);
            let left = match t.anchor {
                "start" => t.x,
                "end" => t.x - w,
                _ => t.x - w / 2.0,
            };
            assert!(
                left >= 0.0 && left + w <= f.frame.width,
                "{width} px: {} at {} ({})",
                t.label,
                t.x,
                t.anchor
            );
        }
        let first = ticks.first().unwrap();
        assert_eq!(first.anchor == "start", first.x < w_half(&first.label));
    }
    fn w_half(s: &str) -> f64 {
        survey::chart::fit::text_width(s, survey::chart::fit::MIN_FONT) / 2.0
    }
}
