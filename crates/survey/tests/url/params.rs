//! The parameters: the issue's examples, round trips, which page keeps which, and garbage that
//! falls back with a notice.

use super::common::*;

#[test]
fn issue_example_parameters() {
    let (v, n) = parse(
        "?hours=16&stay=1y&denominator=total&population=women&sort=-count&compare=tx,BOP",
        CODES,
    );
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(v.definition.hours, Hours::H16);
    assert_eq!(v.definition.stay, Stay::Y1);
    assert_eq!(v.definition.denominator, Denominator::Total);
    assert_eq!(v.definition.population, Population::Women);
    assert_eq!(
        v.explorer.sort,
        Sort {
            column: SortColumn::Count,
            descending: true
        }
    );
    assert_eq!(v.explorer.compare, vec!["TX", "BOP"]);
}

#[test]
fn round_trips() {
    for q in [
        "?hours=20",
        "?view=profile&j=TX&hours=16&stay=3m",
        "?sort=name&compare=AL,VI&q=new+york",
        "?hours=16&cols=all",
        "?hours=16&sort=-h20&q=new&cols=all",
        "?view=claim-check&claim=Texas%20held%205%2C832",
        "?view=lab&step=3&large=1",
        "?measure=count&alt=1&embed=1",
        "?view=reforms&kind=time_caps",
        "?view=reforms&kind=release_step_down&hours=20",
        "?view=race&sex=women",
        "?view=age&sex=women&large=1",
        "?view=age&sex=men",
        "?view=lab&a=22h-15d&b=16h-15d",
        "?view=lab&a=22h-1y-total&b=20h-15d-women-alt&large=1",
        "?view=lab&handout=2",
    ] {
        let (v, n) = parse(q, CODES);
        assert!(n.is_empty(), "{q}: {n:?}");
        let again = to_query(&v);
        assert_eq!(parse(&again, CODES).0, v, "{q} -> {again}");
    }
}

#[test]
fn sex_is_read_everywhere_but_written_only_on_race_and_age() {
    let (v, n) = parse("?view=race&sex=women", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(v.route, Route::Race { sex: Sex::Women });
    assert_eq!(to_query(&v), "?view=race&sex=women");
    assert_eq!(
        to_query(&ViewState {
            route: Route::Race { sex: Sex::Men },
            ..ViewState::default()
        }),
        "?view=race"
    );
    assert_eq!(to_query(&parse("?view=explorer&sex=women", CODES).0), "");
    let (v, n) = parse("?view=age&sex=both", CODES);
    assert_eq!(v.route, Route::Age { sex: Sex::Men });
    assert_eq!(n.len(), 1, "{n:?}");
}

#[test]
fn garbage_falls_back_with_notices() {
    let (v, n) = parse(
        "?hours=23&stay=forever&compare=ZZ,TX&sort=%%%&foo=1&view=profile",
        CODES,
    );
    assert_eq!(v.definition, Definition::default());
    assert_eq!(v.explorer.compare, vec!["TX"]);
    assert_eq!(v.page(), Page::Explorer);
    assert_eq!(n.len(), 6, "{n:?}");
}

#[test]
fn reform_kind_is_kept_on_the_reforms_page_only() {
    let (v, n) = parse("?view=reforms&kind=mental_health", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(
        v.route,
        Route::Reforms {
            kind: Some(ReformKind::MentalHealth)
        }
    );
    assert_eq!(to_query(&v), "?view=reforms&kind=mental_health");
    let elsewhere = v.with_page(Page::Explorer).unwrap();
    assert_eq!(
        to_query(&elsewhere),
        "",
        "the kind filter does not follow the reader to other pages"
    );
}

#[test]
fn unknown_reform_kind_falls_back_to_all_kinds_with_a_notice() {
    let (v, n) = parse("?view=reforms&kind=amnesty", CODES);
    assert_eq!(v.route, Route::Reforms { kind: None });
    assert_eq!(n.len(), 1);
    assert!(
        n[0].0.contains("kind of reform") && n[0].0.contains("amnesty"),
        "{n:?}"
    );
}

#[test]
fn percent_decoding_is_total() {
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("%4"), "%4");
    assert_eq!(percent_decode("%zz"), "%zz");
    assert_eq!(percent_decode("%E2%9C%93"), "✓");
    assert_eq!(percent_decode("%FF"), "\u{FFFD}");
}

#[test]
fn lab_comparison_keeps_both_definitions_and_falls_back_per_part() {
    let (v, n) = parse("?view=lab&a=16h-1y&b=22h-15d-total-women-alt", CODES);
    assert!(n.is_empty(), "{n:?}");
    let (a, b) = lab(&v).0.expect("a pair");
    assert_eq!((a.hours, a.stay), (Hours::H16, Stay::Y1));
    assert_eq!(
        b,
        Definition {
            denominator: Denominator::Total,
            population: Population::Women,
            alternatives: true,
            ..Definition::default()
        }
    );
    // Both are written even when one is the report's definition, so the link stays a comparison.
    assert_eq!(to_query(&v), "?view=lab&a=16h-1y&b=22h-15d-total-women-alt");
    // Only B given: A is the report's definition.
    let (v, n) = parse("?view=lab&b=20h-15d", CODES);
    assert!(n.is_empty());
    assert_eq!(lab(&v).0.unwrap().0, Definition::default());
    // A malformed part: the rest is kept, the bad part named.
    let (v, n) = parse("?view=lab&a=19h-1y&b=16h", CODES);
    assert_eq!(lab(&v).0.unwrap().0.stay, Stay::Y1);
    assert_eq!(lab(&v).0.unwrap().0.hours, Hours::H22);
    assert_eq!(n.len(), 1);
    assert!(n[0].0.contains("19h"), "{n:?}");
    // Outside the lab: ignored, with a notice.
    let (v, n) = parse("?a=16h-1y&handout=1", CODES);
    assert_eq!(lab(&v), (None, None));
    assert_eq!(n.len(), 1);
    let (v, n) = parse("?view=lab&handout=9", CODES);
    assert_eq!(lab(&v).1, None);
    assert_eq!(n.len(), 1);
}

/// The lab's comparison and handout, when the view is the lab.
fn lab(v: &ViewState) -> (Option<(Definition, Definition)>, Option<usize>) {
    match &v.route {
        Route::Lab { pair, handout, .. } => (*pair, *handout),
        _ => (None, None),
    }
}

#[test]
fn every_parameter_is_known_and_an_unknown_one_is_reported() {
    for k in params() {
        let (_, n) = parse(&format!("?{k}=1"), CODES);
        assert!(
            n.iter().all(|n| !n.0.contains("Unknown setting")),
            "{k}: {n:?}"
        );
    }
    let (_, n) = parse("?colour=1", CODES);
    assert!(n[0].0.contains("Unknown setting"), "{n:?}");
}

#[test]
fn open_groups_round_trip_and_bad_slugs_get_a_notice() {
    let (v, n) = parse("?view=reforms&open=seg-time,program", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(v.open, vec!["seg-time".to_string(), "program".to_string()]);
    assert_eq!(to_query(&v), "?view=reforms&open=seg-time,program");
    let (v, n) = parse("?view=audit&open=Bad%20Slug,ok", CODES);
    assert_eq!(v.open, vec!["ok".to_string()]);
    assert_eq!(n.len(), 1);
    assert!(n[0].0.contains("Bad Slug"), "{n:?}");
    // A change of page closes them.
    let elsewhere = v.with_page(survey::url::Page::About).unwrap();
    assert!(elsewhere.open.is_empty());
}

#[test]
fn every_column_on_a_phone_is_in_the_url() {
    let (v, n) = parse("?hours=16&cols=all", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert!(v.explorer.all_columns);
    assert_eq!(to_query(&v), "?hours=16&cols=all");
    // The default (the phone's short table) is not written.
    let mut short = v.clone();
    short.explorer.all_columns = false;
    assert_eq!(to_query(&short), "?hours=16");
    assert_eq!(parse("?cols=some", CODES).0, ViewState::default());
    let (v, n) = parse("?cols=everything", CODES);
    assert!(!v.explorer.all_columns);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].0.contains("set of columns"), "{n:?}");
}
