//! Fuzzed URL state (issue 8): 12,000 random and adversarial query strings go through the parser
//! and the view builder. Never a panic; always a valid view; a notice whenever something was dropped;
//! and the re-encoded URL parses back to the same view without notices.
//!
//! Parameter names come from the parser's own list (`survey::url::params()`), and values from
//! every token the app knows, so a new parameter or option is fuzzed without editing this file.

use proptest::prelude::*;
use std::sync::OnceLock;
use survey::engine::Engine;
use survey::url::{parse, parse_address, to_address, to_query, MAX_COMPARE};
use survey::Dataset;

fn fixtures() -> &'static (Dataset, Engine, Vec<&'static str>) {
    static F: OnceLock<(Dataset, Engine, Vec<&'static str>)> = OnceLock::new();
    F.get_or_init(|| {
        let d = Dataset::embedded().unwrap();
        let e = Engine::new(&d);
        let codes = d
            .jurisdictions
            .iter()
            .map(|j| &*Box::leak(j.code.clone().into_boxed_str()))
            .collect();
        (d, e, codes)
    })
}

/// Every value token the app writes or reads: definition choices, pages, sort orders, kinds of
/// reform, sexes, jurisdiction codes, and a few numbers and near misses.
fn known_values() -> Vec<String> {
    use survey::data::report::ReformKind;
    use survey::data::sex::Sex;
    use survey::engine::definition::{Choice, Denominator, Hours, Population, Stay};
    use survey::engine::explore::SortColumn;
    use survey::url::Page;
    let mut v: Vec<String> = Vec::new();
    v.extend(Hours::ALL.iter().map(|c| c.token().to_string()));
    v.extend(Stay::ALL.iter().map(|c| c.token().to_string()));
    v.extend(Denominator::ALL.iter().map(|c| c.token().to_string()));
    v.extend(Population::ALL.iter().map(|c| c.token().to_string()));
    v.extend(Page::ALL.iter().map(|p| p.token().to_string()));
    v.extend(
        SortColumn::ALL
            .iter()
            .flat_map(|c| [c.token().to_string(), format!("-{}", c.token())]),
    );
    v.extend(ReformKind::ALL.iter().map(|k| k.token().to_string()));
    v.extend(Sex::ALL.iter().map(|s| s.token().to_string()));
    v.extend(fixtures().2.iter().map(|c| c.to_string()));
    v.extend(
        [
            "0", "1", "2", "7", "99", "100", "-1", "TX,CA", "tx", "ZZ", "count", "percent",
        ]
        .map(String::from),
    );
    v.extend(
        [
            "16h-1y-total-men-alt",
            "20h",
            "methods",
            "a-b",
            "Percent",
            "",
        ]
        .map(String::from),
    );
    v
}

/// `name=value` with a name from the parser's list and a known or random value.
fn parameter() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = survey::url::params().collect();
    let value = prop_oneof![
        3 => prop::sample::select(known_values()),
        1 => "\\PC{0,6}",
    ];
    (prop::sample::select(names), value)
        .prop_map(|(k, v)| format!("&{k}={}", survey::url::percent_encode(&v)))
}

/// Pieces a URL is made of: half well-formed parameters, half hostile or mangled text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![parameter(), mangled()]
}

/// Hostile or mangled pieces.
fn mangled() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("hours=".to_string()),
        Just("stay=".into()),
        Just("denominator=".into()),
        Just("population=".into()),
        Just("sort=".into()),
        Just("compare=".into()),
        Just("view=".into()),
        Just("j=".into()),
        Just("q=".into()),
        Just("step=".into()),
        Just("claim=".into()),
        Just("embed=1".into()),
        Just("alt=1".into()),
        Just("measure=count".into()),
        Just("22".into()),
        Just("16".into()),
        Just("6y".into()),
        Just("-percent".into()),
        Just("TX,CA,ZZ".into()),
        Just("profile".into()),
        Just("&".into()),
        Just("=".into()),
        Just("?".into()),
        Just("%".into()),
        Just("%2".into()),
        Just("%FF".into()),
        Just("%00".into()),
        Just("%E2%9C%93".into()),
        Just("+".into()),
        Just(",".into()),
        Just("#".into()),
        Just("/../".into()),
        Just(";".into()),
        "[a-zA-Z0-9]{0,8}",
        "\\PC{0,6}",
        "[%&=,+]{0,6}",
        Just("x".repeat(2000)),
        Just("compare=".to_string() + &"TX,".repeat(200)),
        Just("hours=22&".repeat(50)),
        Just("&view=lab".into()),
        Just("&a=".into()),
        Just("&b=16h-1y-total-men-alt".into()),
        Just("&handout=".into()),
        "(-|[0-9]{1,2}h|15d|1y|total|women|alt|x){0,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12_000, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn any_query_gives_a_valid_view(parts in prop::collection::vec(piece(), 0..12), path in "(/[a-z]{0,6}){0,3}/?", path_any in "((profile|reforms|lab|about|[a-z]{0,6}|[A-Z]{2}|index.html)/){0,3}") {
        let (data, engine, codes) = fixtures();
        let query: String = parts.concat();
        let url_like = format!("{path}?{query}");
        for q in [query.as_str(), url_like.split_once('?').map_or("", |x| x.1)] {
            let (view, notices) = parse(q, codes);
            prop_assert!(view.explorer.compare.len() <= MAX_COMPARE);
            prop_assert!(view.explorer.compare.iter().all(|c| codes.contains(&c.as_str())));
            if let Some(j) = view.route.jurisdiction() { prop_assert!(data.jurisdiction(j).is_some()); }
            prop_assert!(view.explorer.search.chars().count() <= 100);
            // The view builder: the engine and the explorer rows for this view.
            let summary = engine.compute(&view.definition);
            let rows = survey::engine::explore::rows(&summary, view.explorer.sort, &view.explorer.search);
            prop_assert!(rows.len() <= 53);
            // Round trip: the canonical URL reproduces the view, with nothing to complain about.
            let canonical = to_query(&view);
            let (again, again_notices) = parse(&canonical, codes);
            prop_assert_eq!(&again, &view, "{} -> {}", q, canonical);
            prop_assert!(again_notices.is_empty(), "{:?}", again_notices);
            // The same through the view's own address (its folder and query).
            let address = to_address(&view);
            // As the browser splits it: the folder, then the query and a long claim's fragment.
            let cut = address.find(['?', '#']).unwrap_or(address.len());
            let (path, query) = address.split_at(cut);
            let (again, again_notices) = parse_address(path, query, codes);
            prop_assert_eq!(&again, &view, "{} -> {}", q, address);
            prop_assert!(again_notices.is_empty(), "{:?}", again_notices);
            // Any path with any query still gives a valid view.
            let (at_path, _) = parse_address(&path_any, q, codes);
            if let Some(j) = at_path.route.jurisdiction() { prop_assert!(data.jurisdiction(j).is_some()); }
            prop_assert!(at_path.explorer.compare.len() <= MAX_COMPARE);
            // An unknown setting is never dropped silently.
            // (A `#claim=…` starts the claim's fragment, which is read as parameters too.)
            let q = q.strip_prefix('?').unwrap_or(q);
            let q = match q.split_once('#') {
                Some((before, fragment)) if fragment.starts_with("claim=") => format!("{before}&{fragment}"),
                _ => q.to_string(),
            };
            let unknown = q.split('&').filter(|p| !p.is_empty())
                .any(|p| { let key = survey::url::percent_decode(p.split_once('=').map_or(p, |x| x.0)); !survey::url::params().any(|k| k == key) });
            if unknown { prop_assert!(!notices.is_empty(), "silently dropped: {}", q); }
        }
    }
}

/// Every name in the parser's list is read: some value changes the view or draws a notice about
/// the value (not "Unknown setting"), so a listed name without an arm fails here.
#[test]
fn every_parameter_is_read() {
    let (_, _, codes) = fixtures();
    let values = known_values();
    for name in survey::url::params() {
        // A route's own parameter is read on its page: try each.
        let mut pages = vec![String::new()];
        if name != "view" {
            pages.extend(survey::url::Page::ALL.map(|p| format!("view={}&", p.token())));
        }
        let read = values.iter().any(|value| {
            pages.iter().any(|page| {
                let q = format!("{page}{name}={}", survey::url::percent_encode(value));
                let (view, notices) = parse(&q, codes);
                let (alone, alone_notices) = parse(page, codes);
                view != alone
                    || notices
                        .iter()
                        .any(|n| !n.0.starts_with("Unknown setting") && !alone_notices.contains(n))
            })
        });
        assert!(read, "{name}= is listed in params() but never read");
        let (_, notices) = parse(&format!("{name}x=1"), codes);
        assert!(
            notices.iter().any(|n| n.0.starts_with("Unknown setting")),
            "{name}x"
        );
    }
}

#[test]
fn adversarial_examples() {
    let (_, _, codes) = fixtures();
    for q in [
        "%",
        "%%",
        "=&=&",
        "hours",
        "hours=22&hours=16",
        "compare=,,,",
        "j=",
        "view=profile",
        "q=%00%01",
        "step=99999999999999999999",
        "sort=-",
        "sort=--percent",
        "%E2%80%AE=1",
        "a=b=c",
        "&&&&",
        "claim=%F0%9F%98%80",
    ] {
        let (v, _) = parse(q, codes);
        let (again, n) = parse(&to_query(&v), codes);
        assert_eq!(again, v, "{q}");
        assert!(n.is_empty(), "{q}: {n:?}");
    }
}
