//! Browser tests: mount the app in headless Chromium, interact, and assert on the DOM.
#![cfg(target_arch = "wasm32")]

use time_in_cell::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::Renderer;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app for a query into a fresh element.
async fn mount(query: &str) -> Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    Renderer::<App>::with_root_and_props(
        el.clone(),
        AppProps {
            query: query.to_string().into(),
            // The bundles fetch the encoded data (not served to this test page); the test binary
            // parses the CSV files compiled into it instead.
            start: Some(std::rc::Rc::new(time_in_cell::app::StartData {
                data: survey::Dataset::embedded().map(std::rc::Rc::new),
                text_error: None,
                kept: None,
                engine: None,
            })),
            ..Default::default()
        },
    )
    .render();
    flush().await;
    el
}

/// Lets Yew's scheduler run the pending renders, then waits (up to 3 s) for the sections that
/// were off screen to catch up (they do one per animation frame; see `platform::settle`).
async fn flush() {
    for _ in 0..3 {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
    let doc = gloo::utils::document();
    for _ in 0..150 {
        if doc
            .query_selector("[data-settled=false]")
            .unwrap()
            .is_none()
        {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("a section never caught up with the view");
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// The headline's final value (the visible digits may still be counting up).
fn total(root: &Element) -> String {
    find(root, "[data-testid=headline-total]")
        .get_attribute("data-value")
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn headline_shows_the_report_total() {
    let root = mount("").await;
    assert_eq!(total(&root), "67442");
    assert!(
        text(&root, "[data-testid=headline-coverage]").contains("across 48 of 53 jurisdictions")
    );
    assert_eq!(text(&root, "[data-testid=headline-median]"), "5.1%");
}

#[wasm_bindgen_test]
async fn choosing_wider_hours_updates_headline_and_table_columns() {
    let root = mount("").await;
    click(&root, "#hours-20");
    flush().await;
    assert_eq!(total(&root), "79269");
    click(&root, "#hours-16");
    flush().await;
    assert_eq!(total(&root), "83897");
    assert!(text(&root, "[data-testid=headline-delta]").starts_with("+16,455"));
    assert!(
        root.query_selector("[data-testid=sort-h16]")
            .unwrap()
            .is_some(),
        "16–19 h column appears"
    );
    // A jurisdiction without Table 3 bands is marked as a minimum, never as zero.
    assert!(text(&root, "[data-testid=count-AL]").starts_with("≥"));
}

#[wasm_bindgen_test]
async fn sorting_by_name_sets_aria_sort_and_order() {
    let root = mount("").await;
    click(&root, "[data-testid=sort-name]");
    flush().await;
    let th = find(&root, "[data-testid=sort-name]")
        .parent_element()
        .unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    let first = find(&root, "[data-testid=results-table] tbody tr");
    assert_eq!(first.get_attribute("data-code").as_deref(), Some("AL"));
}

#[wasm_bindgen_test]
async fn pinning_shows_side_by_side_cards() {
    let root = mount("").await;
    click(&root, "tr[data-code=TX] .pin");
    flush().await;
    click(&root, "tr[data-code=CA] .pin");
    flush().await;
    let cards = root
        .query_selector_all("[data-testid=pinned] .card")
        .unwrap();
    assert_eq!(cards.length(), 2);
    assert!(text(&root, "[data-testid=pinned] .card[data-code=TX]").contains("5,832"));
}

#[wasm_bindgen_test]
async fn garbage_query_shows_default_view_and_a_notice() {
    let root = mount("?hours=99&compare=XX&%ZZ=1").await;
    assert_eq!(total(&root), "67442");
    assert!(text(&root, "[data-testid=url-notice]").contains("Unknown hours value"));
}

#[wasm_bindgen_test]
async fn endnote_marker_opens_its_text() {
    let root = mount("?sort=name").await;
    click(&root, "tr[data-code=CA] .note-marker");
    flush().await;
    // The panel opens for the right note and asks for the endnotes' texts (data/notes-*.bin), which
    // this test page does not serve: it says it is loading, then that the file could not be
    // loaded and how to try again, never a blank panel (the text itself: e2e/notes.spec.js).
    let mut panel = text(&root, "[data-testid=note-panel]");
    assert!(panel.contains("Endnote 172"), "{panel}");
    for _ in 0..150 {
        if !panel.contains("Loading the endnote") {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        panel = text(&root, "[data-testid=note-panel]");
    }
    assert!(
        panel.contains(survey::data::codec::NOTES_FILE)
            && panel.contains("could not be loaded")
            && panel.contains("open it again"),
        "{panel}"
    );
}

#[wasm_bindgen_test]
fn crash_screen_is_readable_and_offers_a_reset_link() {
    let doc = gloo::utils::document();
    let app = doc.create_element("main").unwrap();
    app.set_id("app");
    doc.body().unwrap().append_child(&app).unwrap();
    time_in_cell::platform::crash::show("panicked at <script>alert(1)</script>");
    let crash = find(&app, "[data-testid=crash]");
    assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        find(&crash, "a").get_attribute("href").as_deref(),
        Some("?")
    );
    assert!(
        crash.query_selector("script").unwrap().is_none(),
        "message is text, not HTML"
    );
    app.remove();
}
