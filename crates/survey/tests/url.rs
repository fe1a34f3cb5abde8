//! URL state: defaults, the issue's parameters, round trips, and fallbacks with notices.

use survey::data::report::ReformKind;
use survey::data::sex::Sex;
use survey::engine::definition::{Definition, Denominator, Hours, Population, Stay};
use survey::engine::explore::{Sort, SortColumn};
use survey::url::*;

const CODES: &[&str] = &["AL", "TX", "VI", "BOP", "NY"];

#[test]
fn default_view_is_the_bare_url() {
    assert_eq!(to_query(&ViewState::default()), "");
    assert_eq!(parse("", CODES), (ViewState::default(), vec![]));
}

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
fn every_view_has_its_own_address_and_old_links_name_the_same_view() {
    for (old, address) in [
        ("", ""),
        ("?hours=20", "?hours=20"),
        (
            "?view=profile&j=TX&hours=16&stay=3m",
            "profile/TX/?hours=16&stay=3m",
        ),
        ("?view=reforms&kind=time_caps", "reforms/?kind=time_caps"),
        ("?view=race&sex=women", "race/?sex=women"),
        ("?view=lab&step=3&large=1", "lab/?step=3&large=1"),
        ("?view=stay", "length-of-stay/"),
        ("?view=about", "about/"),
    ] {
        let (v, n) = parse(old, CODES);
        assert!(n.is_empty(), "{old}: {n:?}");
        assert_eq!(to_address(&v), address, "{old}");
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        assert_eq!(parse_address(path, query, CODES), (v, vec![]), "{address}");
    }
}

#[test]
fn an_address_reads_its_page_from_the_path_first() {
    let (v, n) = parse_address("profile/tx/index.html", "?hours=16", CODES);
    assert_eq!((v.route, n), (Route::Profile { j: "TX".into() }, vec![]));
    // The same page named again in the query is no contradiction; another one is, and loses.
    let (v, n) = parse_address("reforms/", "view=reforms", CODES);
    assert_eq!((v.page(), n.len()), (Page::Reforms, 0));
    let (v, n) = parse_address("reforms/", "view=age", CODES);
    assert_eq!((v.page(), n.len()), (Page::Reforms, 1));
    // An unknown folder or jurisdiction: the explorer, with a notice.
    let (v, n) = parse_address("nowhere/", "", CODES);
    assert_eq!((v.page(), n.len()), (Page::Explorer, 1));
    let (v, n) = parse_address("profile/ZZ/", "", CODES);
    assert_eq!(v.page(), Page::Explorer);
    assert!(!n.is_empty());
    // Old tokens in a folder are brought up to date like old links.
    assert_eq!(
        parse_address("stay/", "", CODES).0.page(),
        Page::LengthOfStay
    );
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
fn old_page_names_still_open_their_page_and_are_rewritten() {
    for (old, page) in [
        ("?view=stay", Page::LengthOfStay),
        ("?view=sex", Page::MenWomen),
    ] {
        let (v, n) = parse(old, CODES);
        assert!(n.is_empty(), "{old}: {n:?}");
        assert_eq!(v.page(), page, "{old}");
        assert_eq!(to_query(&v), format!("?view={}", page.token()));
    }
    // The setting of the same name is untouched by the page's migration.
    let (v, _) = parse("?view=stay&stay=1y&sex=women", CODES);
    assert_eq!(
        (v.page(), v.definition.stay),
        (Page::LengthOfStay, Stay::Y1)
    );
    assert_eq!(to_query(&v), "?view=length-of-stay&stay=1y");
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

/// A claim link survives hosts and link fields: a short claim stays in the query, a long one
/// (a pasted article) goes after `#`, which never reaches the server, and is kept as far as the
/// check reads it; both forms, and old links with the claim in the query, open the same check.
#[test]
fn a_long_claim_lives_in_the_fragment_and_is_kept_as_far_as_it_is_read() {
    use survey::checks::claim_text::MAX_CHARS;
    let claim_view = |claim: &str| ViewState {
        route: Route::ClaimCheck {
            claim: claim.to_string(),
        },
        ..ViewState::default()
    };
    // As the browser gives it: the folder, then the query and the claim's fragment.
    let open = |address: &str| {
        let cut = address.find(['?', '#']).unwrap_or(address.len());
        let (path, rest) = address.split_at(cut);
        parse_address(path, rest, CODES)
    };

    let short = claim_view("Texas held 5,832 people in solitary");
    let a = to_address(&short);
    assert_eq!(a, "claim-check/?claim=Texas+held+5,832+people+in+solitary");
    assert_eq!(open(&a).0, short);

    // An article of about 51,000 characters, with line breaks and non-ASCII letters.
    let paragraph = "In 2015, 67,442 people were held in restricted housing — “solitary” — for 22 hours or more.\n";
    let article = paragraph.repeat(560);
    assert!(article.chars().count() > MAX_CHARS);
    let long = claim_view(&article);
    let a = to_address(&long);
    let (before, fragment) = a.split_once('#').expect("a long claim is written after #");
    assert_eq!(before, "claim-check/", "nothing of the claim in the query");
    assert!(fragment.starts_with("claim="));
    let (v, notices) = open(&a);
    assert!(notices.is_empty(), "{notices:?}");
    let read: String = article.chars().take(MAX_CHARS).collect();
    assert_eq!(v, claim_view(&read), "the link holds what the check reads");
    // Other settings stay in the query beside it.
    let mut with_hours = claim_view(&article);
    with_hours.definition.hours = survey::engine::definition::Hours::H16;
    let a = to_address(&with_hours);
    assert!(
        a.starts_with("claim-check/?hours=16#claim="),
        "{}",
        &a[..40]
    );
    let mut expected = claim_view(&read);
    expected.definition.hours = survey::engine::definition::Hours::H16;
    assert_eq!(open(&a).0, expected);

    // Just over and under the threshold, by the encoded length.
    let at = |n: usize| to_address(&claim_view(&"a".repeat(n)));
    assert!(!at(CLAIM_IN_FRAGMENT_OVER).contains('#'));
    assert!(at(CLAIM_IN_FRAGMENT_OVER + 1).contains("#claim="));

    // The fragment as the browser passes it after the query (`platform::address::current`).
    let (v, n) = parse("?view=claim-check#claim=Texas+held+5,832", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(v, claim_view("Texas held 5,832"));

    // An old link with a long claim in the query opens the same check (the query is read as far
    // as the check reads, not cut at the 500 bytes other settings are).
    let old = format!("?view=claim-check&claim={}", percent_encode(&article));
    assert_eq!(parse(&old, CODES).0, claim_view(&read));
}

/// A profile address without a usable code says what was wrong once: an unknown code is named;
/// only a missing one is called missing.
#[test]
fn a_profile_without_a_known_code_says_why_once() {
    let (v, n) = parse("?view=profile&j=ZZ", CODES);
    assert_eq!(v.route, Route::Explorer);
    assert_eq!(n, vec![Notice("Unknown jurisdiction “ZZ”.".into())]);
    let (v, n) = parse("?view=profile", CODES);
    assert_eq!(v.route, Route::Explorer);
    assert_eq!(
        n,
        vec![Notice(
            "No jurisdiction was given for the profile page.".into()
        )]
    );
    let (v, n) = parse_address("profile/zz/", "", CODES);
    assert_eq!(v.route, Route::Explorer);
    assert_eq!(n, vec![Notice("Unknown jurisdiction “zz”.".into())]);
    // A known code in any case is the profile.
    assert_eq!(
        parse_address("profile/tx/", "", CODES).0.route,
        Route::Profile { j: "TX".into() }
    );
}

/// An address whose query names another page or code than its folder keeps the folder's and says
/// what it ignored, in words that fit what the reader wrote (once).
#[test]
fn a_query_that_contradicts_the_folder_is_named_as_ignored() {
    let (v, n) = parse_address("length-of-stay/", "?view=reforms&hours=16", CODES);
    assert_eq!(v.route, Route::LengthOfStay);
    assert_eq!(v.definition.hours, Hours::H16);
    assert_eq!(
        n,
        vec![Notice(
            "This address names its page by its folder (“length-of-stay/”); “view=reforms” in its query was ignored.".into()
        )]
    );
    let (v, n) = parse_address("profile/TX/", "?j=NY", CODES);
    assert_eq!(v.route, Route::Profile { j: "TX".into() });
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].0.contains("“j=NY”"), "{n:?}");
    // Naming the same page again is no contradiction; a setting given twice still is.
    assert!(parse_address("reforms/", "?view=reforms", CODES)
        .1
        .is_empty());
    let (_, n) = parse_address("reforms/", "?hours=20&hours=16", CODES);
    assert_eq!(
        n,
        vec![Notice(
            "“hours” appears more than once; the first value was used.".into()
        )]
    );
}

/// What the browser's address gives the parser: the fragment only when it holds a claim.
#[test]
fn the_address_query_keeps_only_a_claim_fragment() {
    assert_eq!(address_query("?hours=16", ""), "?hours=16");
    assert_eq!(address_query("?hours=16", "#content"), "?hours=16");
    assert_eq!(address_query("", "#claim=Texas"), "#claim=Texas");
    assert_eq!(
        address_query("?hours=16", "#claim=Texas"),
        "?hours=16#claim=Texas"
    );
}
