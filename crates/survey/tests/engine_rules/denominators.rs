//! Denominators, the Louisiana and Utah alternatives, and which endnotes a figure cites.

use super::common::*;

// ---- Denominators ---------------------------------------------------------------------------

#[test]
fn whole_system_denominator_uses_table_2_total_custodial_population_p22() {
    let s = engine().compute(&Definition {
        denominator: Denominator::Total,
        ..Definition::default()
    });
    // Alabama: 1,402 of 25,284 (not of the 24,549* in facilities that reported).
    let al = row(&s, "AL");
    assert_eq!((al.count, al.denominator), (Some(1_402), Some(25_284)));
    assert_eq!(pct1(al.percent), "5.5");
    let base = engine().compute(&Definition::default());
    assert_eq!(row(&base, "AL").denominator, Some(24_549));
}

#[test]
fn men_and_women_have_one_denominator_whatever_is_chosen_p30() {
    for population in [Population::Men, Population::Women] {
        let d = Definition {
            population,
            ..Definition::default()
        };
        let a = engine().compute(&d);
        let b = engine().compute(&Definition {
            denominator: Denominator::Total,
            ..d
        });
        assert_eq!(
            a,
            Summary {
                definition: a.definition,
                ..b.clone()
            },
            "{population:?}"
        );
    }
    // Table 5: Alabama 1,382 of 23,062 men, 6.0%.
    let men = compute(Hours::H22, Stay::D15, Population::Men);
    let al = row(&men, "AL");
    assert_eq!(
        (al.count, al.denominator, pct1(al.percent)),
        (Some(1_382), Some(23_062), "6.0".into())
    );
}

#[test]
fn covered_population_is_table_2_total_of_the_counted_jurisdictions_p20() {
    let s = engine().compute(&Definition::default());
    assert_eq!(s.covered_population, 1_437_276);
    // At one year, the seven without Table 4 drop out: AL 25,284, GA 56,656, IL 46,609,
    // MI 42,826, MO 32,266, NH 2,699, NM 7,389.
    let y1 = compute(Hours::H22, Stay::Y1, Population::All);
    assert_eq!(y1.covered_population, 1_437_276 - 213_729);
    assert!((y1.covered_share - 100.0 * 1_223_547.0 / 1_437_276.0).abs() < 1e-9);
}

// ---- The Louisiana and Utah alternatives ------------------------------------------------------

fn with_alternatives(hours: Hours, stay: Stay, population: Population) -> Summary {
    engine().compute(&Definition {
        hours,
        stay,
        population,
        alternatives: true,
        ..Definition::default()
    })
}

#[test]
fn alternatives_replace_count_and_denominator_at_15_days_for_everyone_p21_p22() {
    let s = with_alternatives(Hours::H22, Stay::D15, Population::All);
    assert_eq!(codes_where(&s, |r| r.alternative_used), ["LA", "UT"]);
    let (la, ut) = (row(&s, "LA"), row(&s, "UT"));
    assert_eq!(
        (la.count, la.denominator, pct1(la.percent)),
        (Some(3_003), Some(36_511), "8.2".into())
    );
    assert_eq!((ut.count, ut.denominator), (Some(380), Some(6_112)));
    assert_eq!(round_half_up(ut.percent.unwrap(), 0), "6", "printed (6%)");
    // Whatever the denominator setting.
    let t = engine().compute(&Definition {
        alternatives: true,
        denominator: Denominator::Total,
        ..Definition::default()
    });
    assert_eq!(row(&t, "LA").denominator, Some(36_511));
    assert_eq!(row(&t, "UT").denominator, Some(6_112));
    // At 16 hours the Table 3 bands are added to the alternative: Utah 380 + 122 + 0.
    let h16 = with_alternatives(Hours::H16, Stay::D15, Population::All);
    assert_eq!(row(&h16, "UT").count, Some(502));
    assert_eq!(row(&h16, "LA").count, Some(3_003));
    assert!(row(&h16, "UT").alternative_used);
}

#[test]
fn alternatives_never_leak_into_longer_stays_or_one_sex() {
    for stay in LONGER_STAYS {
        let plain = compute(Hours::H22, stay, Population::All);
        let alt = with_alternatives(Hours::H22, stay, Population::All);
        for code in ["LA", "UT"] {
            assert_eq!(row(&alt, code), row(&plain, code), "{code} {stay:?}");
        }
        assert_eq!(alt.total, plain.total);
        assert!(alt.caveats.iter().any(|c| c.contains("not used here")));
    }
    // One year or more, Table 4: Louisiana 450 + 221 + 0 of 18,515; Utah 166 + 35 + 11 of 6,497.
    let y1 = with_alternatives(Hours::H22, Stay::Y1, Population::All);
    assert_eq!(
        (row(&y1, "LA").count, row(&y1, "LA").denominator),
        (Some(671), Some(18_515))
    );
    assert_eq!(
        (row(&y1, "UT").count, row(&y1, "UT").denominator),
        (Some(212), Some(6_497))
    );
    for population in [Population::Men, Population::Women] {
        let plain = compute(Hours::H22, Stay::D15, population);
        let alt = with_alternatives(Hours::H22, Stay::D15, population);
        assert_eq!(alt.rows, plain.rows, "{population:?}");
    }
    // Table 5: Louisiana 2,583 men of 17,577.
    let men = with_alternatives(Hours::H22, Stay::D15, Population::Men);
    assert_eq!(
        (row(&men, "LA").count, row(&men, "LA").denominator),
        (Some(2_583), Some(17_577))
    );
}

// ---- Endnotes -------------------------------------------------------------------------------

#[test]
fn endnotes_come_from_the_tables_the_figure_uses() {
    let has = |s: &Summary, code: &str, n: u32| row(s, code).notes.contains(&n);
    let h22 = engine().compute(&Definition::default());
    let h16 = compute(Hours::H16, Stay::D15, Population::All);
    let y1 = compute(Hours::H22, Stay::Y1, Population::All);
    // Table 2: California's 1,104 carries 172 (p. 22). Table 3: "California177", "Utah178"
    // (p. 24). Table 4: "California185", "Connecticut186", "Tennessee194" (p. 27).
    assert!(has(&h22, "CA", 172) && !has(&h22, "CA", 177) && !has(&h22, "CA", 185));
    assert!(has(&h16, "CA", 172) && has(&h16, "CA", 177) && !has(&h16, "CA", 185));
    assert!(has(&h16, "UT", 178) && !has(&h22, "UT", 178));
    assert!(has(&y1, "CA", 172) && has(&y1, "CA", 185) && !has(&y1, "CA", 177));
    assert!(has(&y1, "CT", 186) && has(&y1, "TN", 194));
    assert!(!has(&h22, "CT", 186) && !has(&h22, "TN", 194));
    for s in [&h22, &h16, &y1] {
        for r in &s.rows {
            let mut n = r.notes.clone();
            n.dedup();
            assert_eq!(n.len(), r.notes.len(), "no repeats: {}", r.code);
        }
    }
}

// ---- Caveats --------------------------------------------------------------------------------

#[test]
fn caveats_name_each_part_of_the_definition_that_departs_from_the_report() {
    let count = |d: Definition| engine().compute(&d).caveats.len();
    assert_eq!(count(Definition::default()), 0);
    let d = |hours, stay, population, alternatives| Definition {
        hours,
        stay,
        population,
        alternatives,
        ..Definition::default()
    };
    assert_eq!(count(d(Hours::H16, Stay::D15, Population::All, false)), 1);
    assert_eq!(count(d(Hours::H22, Stay::Y1, Population::All, false)), 1);
    assert_eq!(count(d(Hours::H22, Stay::D15, Population::Men, false)), 1);
    assert_eq!(count(d(Hours::H22, Stay::D15, Population::All, true)), 1);
    assert_eq!(count(d(Hours::H16, Stay::Y1, Population::All, true)), 3);
    let s = engine().compute(&d(Hours::H22, Stay::D15, Population::All, true));
    assert!(s.caveats[0].starts_with("Using the report's alternatives"));
}
