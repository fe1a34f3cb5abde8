//! Tests of the routes: every page's address and parameters, read back and written again.

use super::*;
use crate::url::pair;

fn every_route() -> Vec<Route> {
    vec![
        Route::Explorer,
        Route::Profile { j: "TX".into() },
        Route::LengthOfStay,
        Route::MenWomen,
        Route::Race { sex: Sex::Women },
        Route::Age { sex: Sex::Men },
        Route::MentalIllness,
        Route::Pregnancy,
        Route::Facilities,
        Route::Reforms {
            kind: Some(ReformKind::TimeCaps),
        },
        Route::Reforms { kind: None },
        Route::Audit,
        Route::ClaimCheck {
            claim: "Texas held 5,832".into(),
        },
        Route::Lab {
            step: 3,
            pair: None,
            handout: None,
        },
        Route::Lab {
            step: 0,
            pair: Some((Definition::default(), Definition::default())),
            handout: Some(1),
        },
        Route::About,
    ]
}

/// Reads one of a route's parameters back into `p` (the test's own reading, not the query's).
fn set_param(p: &mut RouteParams, k: &str, v: String) {
    match k {
        "j" => p.j = Some(v),
        "kind" => p.kind = ReformKind::from_token(&v),
        "sex" => p.sex = Sex::from_token(&v).unwrap(),
        "claim" => p.claim = v,
        "step" => p.step = v.parse().unwrap(),
        "a" => p.pair.get_or_insert_with(Default::default).0 = pair::parse_token(&v).0,
        "b" => p.pair.get_or_insert_with(Default::default).1 = pair::parse_token(&v).0,
        "handout" => p.handout = v.parse().ok(),
        _ => unreachable!("{k}"),
    }
}

#[test]
fn every_route_round_trips_through_its_segment_and_params() {
    let routes = every_route();
    for page in Page::ALL {
        assert!(routes.iter().any(|r| r.page() == page), "{page:?}");
    }
    for r in routes {
        let seg = Some(r.path_segment()).filter(|s| !s.is_empty());
        let mut p = RouteParams::default();
        for (k, v) in r.params() {
            assert!(Route::PARAMS.contains(&k), "{k}");
            set_param(&mut p, k, v);
        }
        let mut notices = Vec::new();
        assert_eq!(Route::decode(seg, p, &mut notices), r);
        assert!(notices.is_empty(), "{notices:?}");
    }
}

#[test]
fn every_route_round_trips_through_its_path_and_query_params() {
    for r in every_route() {
        let (segment, j) = read_path(&r.path());
        let mut p = RouteParams {
            j,
            ..RouteParams::default()
        };
        for (k, v) in r.query_params() {
            assert_ne!(k, "j", "a profile's code is in its path");
            set_param(&mut p, k, v);
        }
        let mut notices = Vec::new();
        assert_eq!(Route::decode(segment.as_deref(), p, &mut notices), r);
        assert!(notices.is_empty(), "{notices:?}");
    }
}

#[test]
fn every_page_has_its_own_folder_and_the_explorer_is_the_root() {
    let paths: Vec<String> = every_route().iter().map(Route::path).collect();
    assert_eq!(paths[0], "");
    assert_eq!(Route::Profile { j: "TX".into() }.path(), "profile/TX/");
    assert_eq!(Route::Reforms { kind: None }.path(), "reforms/");
    for page in Page::ALL.into_iter().filter(|&p| p != Page::Explorer) {
        let r = Route::Explorer
            .to_page(page)
            .unwrap_or(Route::Profile { j: "TX".into() });
        assert!(
            r.path().starts_with(&format!("{}/", page.token())),
            "{page:?}"
        );
        assert!(r.path().ends_with('/') && !r.path().contains("//"));
    }
}

#[test]
fn an_address_is_read_with_or_without_its_index_file_and_slashes() {
    let some = |s: &str| Some(s.to_string());
    assert_eq!(read_path(""), (None, None));
    assert_eq!(read_path("index.html"), (None, None));
    assert_eq!(read_path("reforms/"), (some("reforms"), None));
    assert_eq!(read_path("/reforms/index.html"), (some("reforms"), None));
    assert_eq!(read_path("reforms"), (some("reforms"), None));
    assert_eq!(read_path("profile/TX/"), (some("profile"), some("TX")));
    assert_eq!(
        read_path("profile/TX/index.html"),
        (some("profile"), some("TX"))
    );
    assert_eq!(read_path("profile/"), (some("profile"), None));
    assert_eq!(read_path("about/x/"), (some("about"), None));
    assert_eq!(read_path("r%C3%A9/"), (some("ré"), None));
}

#[test]
fn a_profile_without_a_jurisdiction_is_the_explorer_with_a_notice() {
    let mut n = Vec::new();
    let r = Route::decode(Some("profile"), RouteParams::default(), &mut n);
    assert_eq!((r, n.len()), (Route::Explorer, 1));
    assert_eq!(Route::Explorer.to_page(Page::Profile), None);
}

#[test]
fn moving_between_pages_keeps_only_what_fits() {
    let race = Route::Race { sex: Sex::Women };
    assert_eq!(
        race.to_page(Page::Age),
        Some(Route::Age { sex: Sex::Women })
    );
    let lab = Route::Lab {
        step: 2,
        pair: None,
        handout: Some(1),
    };
    assert_eq!(lab.to_page(Page::Lab), Some(lab.clone()));
    assert_eq!(lab.to_page(Page::Explorer), Some(Route::Explorer));
    assert_eq!(
        Route::Explorer.to_page(Page::Race),
        Some(Route::Race { sex: Sex::Men })
    );
    let tx = Route::Profile { j: "TX".into() };
    assert_eq!(tx.to_page(Page::Profile), Some(tx.clone()));
}
