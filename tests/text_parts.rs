//! Which parts of the report's text each page renders with (`survey::url::Page::text_parts`),
//! derived from the pages themselves: every page's document (each jurisdiction's profile too, and
//! each with all its groups open) is rendered as the browser renders it — from the data files,
//! with only the parts its `text_parts` names — and must equal what the build prerenders from the
//! whole dataset (else hydration would not match, or a part would be missing); without any one of
//! those parts it must differ (else the part is fetched for nothing). The lab and the explorer
//! render with none; the claim check fetches the printed figures only to check a claim. Without its parts a page says
//! it is loading, never renders blank or panics.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use std::sync::OnceLock;
use survey::data::codec::{decode_tables, encode_part, encode_tables, with_parts};
use survey::data::parts::{Part, Parts};
use survey::url::{Page, Route};
use survey::Dataset;
use time_in_cell::app::{App, AppProps, StartData};
use yew::LocalServerRenderer;

/// The shipped data as parsed from CSV (what the build renders with).
fn full() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| Dataset::embedded().unwrap())
}

/// The dataset as the browser reads it: the tables file and the files of `parts`, as the build
/// writes them (with the audit's counts: `survey::sections::about::with_audit`).
fn fetched(parts: Parts) -> Dataset {
    static BUILT: OnceLock<Dataset> = OnceLock::new();
    let built = BUILT.get_or_init(|| survey::sections::about::with_audit(full().clone()));
    let tables = decode_tables(&encode_tables(built).unwrap()).unwrap();
    let files: Vec<(Part, Vec<u8>)> = parts
        .iter()
        .map(|p| (p, encode_part(built, p).unwrap()))
        .collect();
    with_parts(tables, files).unwrap()
}

/// The page at `path?query` rendered from `data` (`None`: the whole dataset, as the build does).
fn render(path: &str, query: &str, data: Option<Dataset>) -> String {
    let props = AppProps {
        path: path.to_string().into(),
        query: query.to_string().into(),
        start: data.map(|d| {
            Rc::new(StartData {
                data: Ok(Rc::new(d)),
                text_error: None,
                kept: None,
                engine: None,
            })
        }),
        ..AppProps::default()
    };
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(true)
            .render(),
    )
}

/// Every document the build writes but the explorer's (its path), with its page.
fn documents() -> Vec<(String, Page)> {
    let pages = Page::ALL
        .into_iter()
        .filter(|p| *p != Page::Explorer)
        .filter_map(|p| Route::Explorer.to_page(p).map(|r| (r.path(), p)));
    let profiles = full()
        .jurisdictions
        .iter()
        .map(|j| (Route::Profile { j: j.code.clone() }.path(), Page::Profile));
    pages.chain(profiles).collect()
}

/// The query that opens every group the page has (their slugs read from the page), at most as
/// many as an address may hold at once: one query per batch.
fn all_open(html: &str) -> Vec<String> {
    let marker = "data-testid=\"group-";
    let slugs: Vec<&str> = html
        .match_indices(marker)
        .filter_map(|(i, _)| html[i + marker.len()..].split('"').next())
        .collect();
    slugs
        .chunks(survey::url::query::MAX_OPEN)
        .map(|c| format!("?open={}", c.join(",")))
        .collect()
}

#[test]
fn every_page_renders_the_same_with_only_its_parts_and_needs_each_of_them() {
    // For each page, the parts without which some document of it renders differently.
    let mut needed: Vec<(Page, Parts)> = Vec::new();
    for (path, page) in documents() {
        let want = page.text_parts();
        let built = render(&path, "", None);
        // As built, at 16 hours (other figures and errata), for women where a page has the
        // choice (race, age: other printed figures), and with every group open.
        let mut queries = vec![
            String::new(),
            "?hours=16".to_string(),
            "?sex=women".to_string(),
        ];
        queries.extend(all_open(&built));
        for query in &queries {
            let built = render(&path, query, None);
            assert!(
                !built.contains("text-loading") && !built.contains("text-missing"),
                "{path}{query}"
            );
            let mine = render(&path, query, Some(fetched(want)));
            assert!(
                mine == built,
                "{path}{query} renders differently with only {want:?}: it needs another part"
            );
            for p in want.iter() {
                // Without `p`'s data, but marked as having it (else the page says it is loading).
                let mut data = fetched(want.set(p, false));
                data.text = want;
                let without = render(&path, query, Some(data));
                if without != built {
                    let at = needed.iter().position(|(q, _)| *q == page);
                    match at {
                        Some(i) => needed[i].1 = needed[i].1.with(p),
                        None => needed.push((page, Parts::NONE.with(p))),
                    }
                }
            }
        }
    }
    let wrong: Vec<String> = Page::ALL
        .into_iter()
        .filter_map(|page| {
            let got = needed
                .iter()
                .find(|(q, _)| *q == page)
                .map_or(Parts::NONE, |(_, n)| *n);
            let names = |s: Parts| s.iter().map(Part::name).collect::<Vec<_>>().join(", ");
            (got != page.text_parts()).then(|| {
                format!(
                    "{page:?} renders with [{}], not [{}]",
                    names(got),
                    names(page.text_parts())
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn without_its_parts_a_page_says_it_is_loading() {
    for page in Page::ALL {
        let Some(route) = Route::Explorer.to_page(page) else {
            continue;
        };
        let html = render(&route.path(), "", Some(fetched(Parts::NONE)));
        assert_eq!(
            html.contains("data-testid=\"text-loading\""),
            !page.text_parts().is_empty(),
            "{page:?}"
        );
        assert!(html.contains("site-footer"), "{page:?} renders the shell");
    }
    let html = render("profile/TX/", "", Some(fetched(Parts::NONE)));
    assert!(html.contains("text-loading"));
}

#[test]
fn the_claim_check_renders_without_the_text_and_checks_a_claim_with_the_figures() {
    let path = Route::Explorer.to_page(Page::ClaimCheck).unwrap().path();
    let query =
        "?claim=About%2067%2C000%20people%20were%20in%20solitary%20confinement%20in%202015.";
    let waiting = render(&path, query, Some(fetched(Parts::NONE)));
    assert!(
        waiting.contains("Loading the report") && waiting.contains("claim-answers"),
        "table figures are checked while the printed ones load"
    );
    let with = render(&path, query, Some(fetched(Parts::FIGURES)));
    assert!(!with.contains("Loading the report"));
    assert_eq!(with, render(&path, query, None));
}
