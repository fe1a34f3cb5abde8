//! The definitions engine reproduces the report's own figures (pages in test names) and behaves
//! sensibly for every definition.

use proptest::prelude::*;
use std::sync::OnceLock;
use survey::data::format::round_half_up;
use survey::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use survey::engine::{difference, Engine, MissingReason, Status, Summary};
use survey::Dataset;

fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::embedded().unwrap())
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(data()))
}

fn def(hours: Hours, stay: Stay, population: Population) -> Definition {
    Definition {
        hours,
        stay,
        population,
        ..Definition::default()
    }
}

fn pct1(x: Option<f64>) -> String {
    round_half_up(x.expect("a percent"), 1)
}

#[test]
fn default_definition_is_67442_in_48_with_median_5_1_p7_p22() {
    let s = engine().compute(&Definition::default());
    assert_eq!(
        (s.total, s.counted, s.complete, s.at_least),
        (67_442, 48, 48, false)
    );
    assert_eq!(pct1(s.median_percent), "5.1");
    assert_eq!(
        s.min
            .as_ref()
            .map(|(c, p)| (c.as_str(), round_half_up(*p, 1))),
        Some(("HI", "0.5".into()))
    );
    assert_eq!(
        s.max
            .as_ref()
            .map(|(c, p)| (c.as_str(), round_half_up(*p, 1))),
        Some(("VI", "28.3".into()))
    );
    assert!((s.covered_share - 100.0).abs() < 1e-9);
    let mut out: Vec<_> = s.left_out.iter().map(|(c, g)| (c.as_str(), *g)).collect();
    out.sort_by_key(|(c, _)| *c);
    assert_eq!(
        out,
        vec![
            ("AR", MissingReason::NoRestrictedHousingData),
            ("ME", MissingReason::NotResponded),
            ("NV", MissingReason::NoRestrictedHousingData),
            ("RI", MissingReason::NoRestrictedHousingData),
            ("WV", MissingReason::NoRestrictedHousingData),
        ]
    );
}

#[test]
fn wider_hours_add_11827_and_4628_for_79269_and_at_least_83897_p7_p24() {
    let e = engine();
    let h22 = e.compute(&Definition::default());
    let h20 = e.compute(&def(Hours::H20, Stay::D15, Population::All));
    let h16 = e.compute(&def(Hours::H16, Stay::D15, Population::All));
    assert_eq!(h20.total, 79_269);
    assert_eq!(h16.total, 83_897);
    assert!(
        h16.at_least && h20.at_least,
        "14 jurisdictions gave no 16-21 hour bands"
    );
    assert_eq!((h16.counted, h16.complete, h16.partial.len()), (48, 34, 14));
    let band = |s: &Summary, f: fn(&survey::engine::JurisdictionResult) -> Option<u64>| {
        s.rows.iter().filter_map(f).sum::<u64>()
    };
    assert_eq!(band(&h16, |r| r.h20_21), 11_827);
    assert_eq!(band(&h16, |r| r.h16_19), 4_628);
    assert_eq!(difference(&h22, &h16).total_delta, 16_455);
}

#[test]
fn held_16_to_21_hours_in_23_of_34_with_median_share_1_6_p24() {
    let held = engine().held_16_21();
    assert_eq!(held.len(), 23);
    assert_eq!(held.iter().map(|(_, n, _)| n).sum::<u64>(), 16_455);
    let mut shares: Vec<f64> = held.iter().map(|(_, _, p)| *p).collect();
    assert_eq!(
        round_half_up(survey::data::derivation::median(&mut shares).unwrap(), 1),
        "1.6"
    );
}

#[test]
fn length_of_stay_figures_p26_p28() {
    let e = engine();
    let b = e.stay_band_totals();
    assert_eq!(b.iter().sum::<u64>(), 54_382);
    assert_eq!(b[1], 15_725, "one to three months");
    assert_eq!(b[4] + b[5] + b[6], 13_041, "a year or more");
    assert_eq!(b[5], 2_976, "three to six years");
    assert_eq!(b[6], 2_933, "six years or more");
    let y1 = e.compute(&def(Hours::H22, Stay::Y1, Population::All));
    assert_eq!((y1.total, y1.counted), (13_041, 41));
    assert!(
        y1.left_out
            .iter()
            .any(|(c, g)| c == "AL" && *g == MissingReason::NoLengthOfStay)
            || y1.rows.iter().any(|r| r.code == "AL" && r.count.is_some())
    );
}

#[test]
fn men_and_women_medians_5_3_and_1_6_p31_p33() {
    let e = engine();
    let men = e.compute(&def(Hours::H22, Stay::D15, Population::Men));
    let women = e.compute(&def(Hours::H22, Stay::D15, Population::Women));
    assert_eq!((men.counted, women.counted), (43, 40));
    assert_eq!(pct1(men.median_percent), "5.3");
    assert_eq!(pct1(women.median_percent), "1.6");
    assert_eq!(
        men.total, 59_049,
        "Table 5 total (the prose's 59,048 is erratum t05_prose_male_rh_total)"
    );
}

#[test]
fn unmeasured_combinations_are_reported_as_such_never_estimated() {
    let e = engine();
    for d in [
        def(Hours::H16, Stay::Y1, Population::All),
        def(Hours::H20, Stay::D15, Population::Women),
        def(Hours::H22, Stay::M3, Population::Men),
    ] {
        let s = e.compute(&d);
        assert!(s.not_measured.is_some(), "{d:?}");
        assert_eq!((s.total, s.counted), (0, 0));
        assert!(s
            .rows
            .iter()
            .all(|r| r.count.is_none() && matches!(r.status, Status::Missing(_))));
    }
}

#[test]
fn denominators_and_alternatives_change_percents_not_counts() {
    let e = engine();
    let base = e.compute(&Definition::default());
    let total = e.compute(&Definition {
        denominator: Denominator::Total,
        ..Definition::default()
    });
    assert_eq!(base.total, total.total);
    let changed: Vec<_> = base
        .rows
        .iter()
        .zip(&total.rows)
        .filter(|(a, b)| a.percent != b.percent)
        .map(|(a, _)| a.code.as_str())
        .collect();
    assert_eq!(
        changed,
        vec!["AL", "CA", "DE", "LA", "VI", "WI", "BOP"],
        "the seven starred denominators of Table 2, p. 22"
    );
    let alt = e.compute(&Definition {
        alternatives: true,
        ..Definition::default()
    });
    let la = alt.rows.iter().find(|r| r.code == "LA").unwrap();
    assert_eq!(
        (la.count, la.denominator, la.alternative_used),
        (Some(3_003), Some(36_511), true)
    );
    assert_eq!(round_half_up(la.percent.unwrap(), 1), "8.2");
    let ut = alt.rows.iter().find(|r| r.code == "UT").unwrap();
    assert_eq!((ut.count, ut.denominator), (Some(380), Some(6_112)));
}

#[test]
fn endnotes_follow_the_figure() {
    let s = engine().compute(&Definition::default());
    let ca = s.rows.iter().find(|r| r.code == "CA").unwrap();
    assert!(
        ca.notes.contains(&172),
        "California's 1,104 carries endnote 172: {:?}",
        ca.notes
    );
}

fn any_definition() -> impl Strategy<Value = Definition> {
    (0..3usize, 0..7usize, 0..2usize, 0..3usize, any::<bool>()).prop_map(
        |(h, s, d, p, alternatives)| Definition {
            hours: Hours::ALL[h],
            stay: Stay::ALL[s],
            denominator: Denominator::ALL[d],
            population: Population::ALL[p],
            alternatives,
        },
    )
}

/// Jurisdictions whose Table 4 stay bands add to more than their Table 2 count: the report's own
/// inconsistency (errata `t04_t02_*`), where a longer stay can show more people than 15 days.
fn stay_exceeds_count(data: &Dataset) -> Vec<String> {
    data.errata
        .iter()
        .filter(|e| e.check.starts_with("cross:t04.sum=t02.rh_population:"))
        .filter(|e| e.computed.parse::<u64>().unwrap_or(0) > e.printed.parse::<u64>().unwrap_or(0))
        .map(|e| e.jurisdiction.clone())
        .collect()
}

#[test]
fn stay_inconsistencies_are_the_listed_errata() {
    assert_eq!(
        stay_exceeds_count(&Dataset::embedded().unwrap()),
        vec!["AK", "MT", "TN"]
    );
}

proptest! {
    #[test]
    fn widening_hours_or_shortening_stays_never_lowers_a_count(d in any_definition()) {
        let e = engine();
        static ODD: OnceLock<Vec<String>> = OnceLock::new();
        let odd = ODD.get_or_init(|| stay_exceeds_count(&Dataset::embedded().unwrap()));
        let s = e.compute(&d);
        for r in &s.rows {
            if let Some(p) = r.percent {
                prop_assert!((0.0..=100.0).contains(&p), "{} {p}", r.code);
            }
        }
        let wider_hours = Hours::ALL.iter().copied().filter(|h| *h > d.hours);
        let shorter_stays = Stay::ALL.iter().copied().filter(|st| *st < d.stay);
        let wider: Vec<Definition> = wider_hours.map(|hours| Definition { hours, ..d })
            .chain(shorter_stays.map(|stay| Definition { stay, ..d })).collect();
        for w in wider {
            let ws = e.compute(&w);
            if ws.not_measured.is_some() || s.not_measured.is_some() { continue; }
            if !d.alternatives {
                prop_assert!(ws.total >= s.total, "{w:?} {} < {d:?} {}", ws.total, s.total);
            }
            for (a, b) in s.rows.iter().zip(&ws.rows) {
                // 15 days comes from Table 2 (or the LA/UT alternatives), longer stays from Table 4.
                if w.stay == Stay::D15 && d.stay != Stay::D15 && (odd.contains(&a.code) || b.alternative_used) {
                    continue;
                }
                if let (Some(x), Some(y)) = (a.count, b.count) {
                    prop_assert!(y >= x, "{}: {y} < {x}", a.code);
                }
            }
        }
    }
}

#[test]
fn citations_are_exact_for_two_definitions() {
    use survey::checks::provenance::headline_citation;
    let e = engine();
    assert_eq!(
        headline_citation(data(), &e.compute(&Definition::default())),
        "67,442 people were held in their cells 22 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 23"
    );
    assert_eq!(
        headline_citation(data(), &e.compute(&def(Hours::H16, Stay::D15, Population::All))),
        "At least 83,897 people were held in their cells 16 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 23; Table 3, p. 25"
    );
}

#[test]
fn provenance_names_table_page_and_endnotes() {
    let s = engine().compute(&Definition::default());
    let ca = s.rows.iter().find(|r| r.code == "CA").unwrap();
    let p = survey::checks::provenance::of_count(data(), ca, &s.definition);
    assert_eq!(p.source(), "Table 2, p. 22");
    assert!(p.printed && p.notes.contains(&172));
    let s16 = engine().compute(&def(Hours::H16, Stay::D15, Population::All));
    let al = s16.rows.iter().find(|r| r.code == "AL").unwrap();
    let p = survey::checks::provenance::of_count(data(), al, &s16.definition);
    assert!(p.value.starts_with("at least") && !p.printed);
    assert_eq!(p.source(), "Table 2, p. 22; Table 3, p. 25");
}

#[test]
fn lab_steps_reproduce_the_report() {
    use survey::sections::lab::{run, STEPS};
    let e = engine();
    let totals: Vec<(u64, u64)> = (0..STEPS.len())
        .map(|i| {
            let (_, r) = run(e, i);
            (r.from.total, r.to.total)
        })
        .collect();
    assert_eq!(totals[0], (67_442, 67_442));
    assert_eq!(totals[1], (67_442, 79_269));
    assert_eq!(totals[2], (79_269, 83_897));
    assert_eq!(totals[4].1, 13_041, "a year or more, p. 28");
    assert_eq!(totals[5].1, 2_933, "six years or more, p. 28");
    assert_eq!(totals[6], (67_442, 67_442));
    assert_eq!(run(e, 99).0, STEPS.len() - 1, "out-of-range steps clamp");
}

#[test]
fn search_folds_ascii_case_which_is_exact_because_every_name_and_code_is_ascii() {
    // `explore::matches` uses ASCII case folding (issue 13: no Unicode tables in the first view).
    let e = engine();
    let s = e.compute(&Definition::default());
    assert!(s.rows.len() > 40);
    for r in &s.rows {
        assert!(
            r.name.is_ascii() && r.code.is_ascii(),
            "{} {}",
            r.code,
            r.name
        );
        assert!(survey::engine::explore::matches(r, &r.name.to_uppercase()));
        assert!(survey::engine::explore::matches(r, &r.code.to_lowercase()));
    }
    let tx = s.rows.iter().find(|r| r.code == "TX").unwrap();
    assert!(survey::engine::explore::matches(tx, "  tEx "));
    assert!(!survey::engine::explore::matches(tx, "texass"));
}
