//! One test per rule of the definitions engine and per decision in the README, each against the
//! report's own figures (page numbers in comments), so that changing a rule turns a test red.
//!
//! Expected values are the report's printed figures where it prints one. Where it does not (the
//! medians at 20 hours and at each length of stay), the test recomputes the figure itself from the
//! table files, whose every cell `source_cells.rs` confirms against the report text — never from
//! the engine's output.

use std::collections::BTreeMap;
use std::sync::OnceLock;
use survey::data::catalog::STAY_BANDS;
use survey::data::format::round_half_up;
use survey::engine::definition::{Choice, Denominator, Hours, Population, Stay};
use survey::engine::{Engine, MissingReason, Status, Summary};
use survey::{Dataset, Definition, JurisdictionResult};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&Dataset::embedded().unwrap()))
}

fn compute(hours: Hours, stay: Stay, population: Population) -> Summary {
    engine().compute(&Definition {
        hours,
        stay,
        population,
        ..Definition::default()
    })
}

fn row<'a>(s: &'a Summary, code: &str) -> &'a JurisdictionResult {
    s.rows.iter().find(|r| r.code == code).unwrap()
}

fn pct1(p: Option<f64>) -> String {
    round_half_up(p.expect("a percent"), 1)
}

fn codes_where(s: &Summary, f: impl Fn(&JurisdictionResult) -> bool) -> Vec<&str> {
    let mut v: Vec<&str> = s
        .rows
        .iter()
        .filter(|r| f(r))
        .map(|r| r.code.as_str())
        .collect();
    v.sort_unstable();
    v
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

/// A table file as rows of named fields (read here, not through the crate).
fn table(n: u8) -> Vec<BTreeMap<String, String>> {
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

fn num(r: &BTreeMap<String, String>, col: &str) -> f64 {
    r[col].parse().unwrap()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Table 2's 48 jurisdictions (pp. 22–23).
const TABLE2: [&str; 48] = [
    "AL", "AK", "AZ", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "SC", "SD", "TN", "TX", "UT", "VT", "VI", "VA", "WA", "WI", "WY",
    "BOP",
];
/// Table 2 jurisdictions that did not answer Table 3 (pp. 24–25 list the other 34).
const NOT_IN_TABLE3: [&str; 14] = [
    "AL", "AZ", "DE", "FL", "GA", "IL", "KY", "MN", "OH", "SC", "TN", "VT", "WI", "BOP",
];
/// Table 2 jurisdictions that gave no lengths of stay (Table 4, p. 27, lists the other 41).
const NOT_IN_TABLE4: [&str; 7] = ["AL", "GA", "IL", "MI", "MO", "NH", "NM"];
/// Table 4's "Across Jurisdictions" row, p. 27: 15 days–1 month … 6 years or more.
const TABLE4_TOTALS: [u64; 7] = [9_638, 15_725, 8_891, 7_087, 7_132, 2_976, 2_933];
const LONGER_STAYS: [Stay; 6] = [Stay::M1, Stay::M3, Stay::M6, Stay::Y1, Stay::Y3, Stay::Y6];

// ---- Ranks and ties -------------------------------------------------------------------------

#[test]
fn ranks_follow_table_2_percents_highest_first_p22() {
    let s = engine().compute(&Definition::default());
    let rank = |c: &str| row(&s, c).rank;
    // Table 2 prints VI 28.3%, LA 14.5%, UT 14.0%, NE 11.0% at the top; HI 0.5%, CT 0.8%,
    // CA 0.9% at the bottom.
    assert_eq!(
        [rank("VI"), rank("LA"), rank("UT"), rank("NE")],
        [Some(1), Some(2), Some(3), Some(4)]
    );
    assert_eq!(
        [rank("HI"), rank("CT"), rank("CA")],
        [Some(48), Some(47), Some(46)]
    );
    let mut ranks: Vec<usize> = s.rows.iter().filter_map(|r| r.rank).collect();
    ranks.sort_unstable();
    assert_eq!(
        ranks,
        (1..=48).collect::<Vec<_>>(),
        "no two percents are equal"
    );
    assert!(codes_where(&s, |r| r.rank.is_none()) == ["AR", "ME", "NV", "RI", "WV"]);
}

#[test]
fn ties_share_a_rank_and_the_next_rank_skips_six_years_p27_p28() {
    let s = compute(Hours::H22, Stay::Y6, Population::All);
    // Table 4's "6+ years" column prints 0 for these 15; "Twenty-six jurisdictions reported
    // holding 2,933 prisoners for six years or more" (p. 28).
    let zeros = [
        "AK", "CO", "DC", "HI", "IA", "LA", "MN", "NY", "NC", "ND", "OR", "SC", "VT", "VA", "WI",
    ];
    for c in zeros {
        let r = row(&s, c);
        assert_eq!(
            (r.count, r.percent, r.rank, r.status),
            (Some(0), Some(0.0), Some(27), Status::ReportedZero),
            "{c}"
        );
    }
    let mut held: Vec<usize> = s
        .rows
        .iter()
        .filter(|r| r.count.is_some_and(|n| n > 0))
        .filter_map(|r| r.rank)
        .collect();
    held.sort_unstable();
    assert_eq!(held, (1..=26).collect::<Vec<_>>());
    assert_eq!(row(&s, "VI").rank, Some(1), "5 of 339, the highest share");
    assert_eq!(s.total, 2_933);
}

// ---- Medians and ranges at each threshold and each stay ---------------------------------------

/// One definition's spread across jurisdictions as the report gives it: hours, population,
/// where, (complete, partial) jurisdictions, median, lowest and highest (code, percent), percents
/// to one place. `None`, or `""` for a percent: the report prints no such figure. At 16 and 20
/// hours only Table 3's 34 jurisdictions are complete, so the median and range are theirs (the
/// next tests recompute both medians from Table 3, and move the extremes to partial ones).
type Spread = (
    Hours,
    Population,
    &'static str,
    Option<(usize, usize)>,
    Option<&'static str>,
    Option<(&'static str, &'static str)>,
    (&'static str, &'static str),
);

#[rustfmt::skip]
const SPREADS: [Spread; 5] = [
    (Hours::H22, Population::All,   "p. 21",     None,           Some("5.1"), Some(("HI", "0.5")), ("VI", "28.3")),
    (Hours::H16, Population::All,   "pp. 24–25", Some((34, 14)), Some("6.2"), Some(("HI", "0.5")), ("VI", "28.6")),
    (Hours::H20, Population::All,   "Table 3",   Some((34, 14)), Some("6.1"), Some(("HI", "")),    ("VI", "")),
    (Hours::H22, Population::Men,   "p. 30",     None,           None,        Some(("HI", "0.6")), ("VI", "29.3")),
    (Hours::H22, Population::Women, "p. 33",     None,           None,        None,                ("LA", "11.3")),
];

#[test]
fn median_and_range_at_each_threshold_and_for_men_and_women_p21_p24_p30_p33() {
    for (hours, population, page, complete_partial, median, lowest, highest) in SPREADS {
        let s = compute(hours, Stay::D15, population);
        let at = format!("{hours:?} {population:?} ({page})");
        if let Some(want) = complete_partial {
            assert_eq!((s.complete, s.partial.len()), want, "{at}");
        }
        if let Some(want) = median {
            assert_eq!(pct1(s.median_percent), want, "{at}: median");
        }
        let extreme = |got: &Option<(String, f64)>, (code, percent): (&str, &str), which: &str| {
            let got = got.as_ref().unwrap_or_else(|| panic!("{at}: no {which}"));
            assert_eq!(got.0, code, "{at}: {which}");
            if !percent.is_empty() {
                assert_eq!(round_half_up(got.1, 1), percent, "{at}: {which}");
            }
        };
        if let Some(want) = lowest {
            extreme(&s.min, want, "lowest");
        }
        extreme(&s.max, highest, "highest");
    }
    // Table 6 totals: 1,458 women of 83,749 (p. 35).
    assert_eq!(
        compute(Hours::H22, Stay::D15, Population::Women).total,
        1_458
    );
}

#[test]
fn medians_at_16_and_20_hours_are_recomputed_from_table_3_not_taken_from_the_engine() {
    // 16 hours: Table 3's printed "Total 16-24 Hours" percentages, in its row order (AK … WY).
    let printed = [
        7.2, 7.1, 2.8, 4.3, 8.2, 0.5, 5.0, 9.1, 5.5, 9.9, 14.5, 7.5, 2.6, 3.1, 1.0, 7.0, 3.8, 11.0,
        6.3, 6.8, 11.3, 9.7, 6.1, 3.0, 5.7, 4.7, 3.9, 3.1, 6.1, 15.9, 28.6, 7.0, 1.7, 7.0,
    ];
    assert_eq!(printed.len(), 34);
    let h16 = compute(Hours::H16, Stay::D15, Population::All);
    assert_eq!(
        pct1(h16.median_percent),
        round_half_up(median(printed.to_vec()), 1)
    );
    // 20 hours, not printed: 22+ hours plus 20–21 hours, over the custodial population, for
    // Table 3's 34 rows.
    let shares: Vec<f64> = table(3)
        .iter()
        .map(|r| 100.0 * (num(r, "h22_plus") + num(r, "h20_21")) / num(r, "custodial_population"))
        .collect();
    let h20 = compute(Hours::H20, Stay::D15, Population::All);
    let expected = median(shares);
    assert!(
        (h20.median_percent.unwrap() - expected).abs() < 1e-9,
        "{:?} vs {expected}",
        h20.median_percent
    );
    assert_eq!(round_half_up(expected, 1), "6.1");
}

#[test]
fn the_range_at_16_and_20_hours_leaves_out_partial_jurisdictions_even_at_the_extremes() {
    // A fixture, not the report: Alabama and Arizona (no Table 3 bands, so their 16- and 20-hour
    // counts are minimums) given the highest and the lowest 22-hour share of all. The report's
    // data cannot show this rule: no partial jurisdiction lies outside Hawaii–Virgin Islands.
    let table02 = survey::data::dataset::all_files()
        .into_iter()
        .find(|(n, _)| *n == "table02.csv")
        .unwrap()
        .1
        .replace(
            "AL,25284,24549,true,1402,5.7,",
            "AL,25284,24549,true,20000,81.5,",
        )
        .replace(
            "AZ,42736,42736,false,2544,6.0,",
            "AZ,42736,42736,false,1,0.0,",
        );
    let files: Vec<(&str, &str)> = survey::data::dataset::all_files()
        .into_iter()
        .map(|(n, t)| (n, if n == "table02.csv" { &table02 } else { t }))
        .collect();
    let e = Engine::new(&Dataset::from_files(&files).unwrap());
    let h22 = e.compute(&Definition::default());
    assert_eq!(h22.max.unwrap().0, "AL", "the fixture took hold");
    assert_eq!(h22.min.unwrap().0, "AZ", "the fixture took hold");
    for hours in [Hours::H20, Hours::H16] {
        let s = e.compute(&Definition {
            hours,
            ..Definition::default()
        });
        assert_eq!(s.max.unwrap().0, "VI", "{hours:?}");
        assert_eq!(s.min.unwrap().0, "HI", "{hours:?}");
    }
}

#[test]
fn medians_and_ranges_at_every_stay_use_table_4_over_table_2_denominators() {
    let t2: BTreeMap<String, f64> = table(2)
        .iter()
        .map(|r| {
            (
                r["jurisdiction"].clone(),
                num(r, "custodial_population_rh_facilities"),
            )
        })
        .collect();
    let t4 = table(4);
    for (i, stay) in LONGER_STAYS.into_iter().enumerate() {
        let first = i + 1;
        let shares: Vec<(String, f64)> = t4
            .iter()
            .map(|r| {
                let n: f64 = STAY_BANDS[first..].iter().map(|b| num(r, b)).sum();
                let j = r["jurisdiction"].clone();
                let d = t2[&j];
                (j, 100.0 * n / d)
            })
            .collect();
        let s = compute(Hours::H22, stay, Population::All);
        assert_eq!(
            s.total,
            TABLE4_TOTALS[first..].iter().sum::<u64>(),
            "{stay:?}"
        );
        assert_eq!((s.counted, s.complete, s.at_least), (41, 41, false));
        let expected = median(shares.iter().map(|x| x.1).collect());
        assert!(
            (s.median_percent.unwrap() - expected).abs() < 1e-9,
            "{stay:?}"
        );
        // Lowest and highest; on a tie the first in the report's order.
        let lo = shares
            .iter()
            .fold(&shares[0], |a, b| if b.1 < a.1 { b } else { a });
        let hi = shares
            .iter()
            .fold(&shares[0], |a, b| if b.1 > a.1 { b } else { a });
        assert_eq!(s.min.as_ref().unwrap().0, lo.0, "{stay:?}");
        assert_eq!(s.max.as_ref().unwrap().0, hi.0, "{stay:?}");
        assert!((s.min.as_ref().unwrap().1 - lo.1).abs() < 1e-9);
        assert!((s.max.as_ref().unwrap().1 - hi.1).abs() < 1e-9);
    }
}

#[test]
fn stay_band_totals_are_table_4_across_jurisdictions_p27() {
    assert_eq!(engine().stay_band_totals(), TABLE4_TOTALS);
}

#[test]
fn sixteen_to_twenty_one_hours_range_from_new_jersey_to_california_p24() {
    let held = engine().held_16_21();
    let lo = held.iter().min_by(|a, b| a.2.total_cmp(&b.2)).unwrap();
    let hi = held.iter().max_by(|a, b| a.2.total_cmp(&b.2)).unwrap();
    assert_eq!(
        (lo.0.as_str(), round_half_up(lo.2, 2)),
        ("NJ", "0.03".into())
    );
    assert_eq!(
        (hi.0.as_str(), round_half_up(hi.2, 1)),
        ("CA", "6.2".into())
    );
}

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
