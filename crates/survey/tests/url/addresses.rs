//! Every view's address: the bare URL, the folders, old `?view=` links, and queries that
//! contradict the folder or name an unknown profile.

use super::common::*;

#[test]
fn default_view_is_the_bare_url() {
    assert_eq!(to_query(&ViewState::default()), "");
    assert_eq!(parse("", CODES), (ViewState::default(), vec![]));
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
