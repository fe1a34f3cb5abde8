//! Components rendered to HTML natively with Yew's server renderer: the true path from data to DOM.
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;

#[test]
fn default_view_renders_the_report_headline_and_table() {
    let html = render("");
    assert!(
        html.contains(r#"data-value="67442""#),
        "headline total missing"
    );
    assert!(html.contains("across 48 of 53 jurisdictions"));
    assert!(html.contains(r#"data-testid="count-TX""#));
    assert!(html.contains("5,832"), "Texas's count");
    assert!(
        html.contains(r#"aria-sort="descending""#),
        "percent sorted descending by default"
    );
}

#[test]
fn sixteen_hours_is_at_least_83897_with_band_columns() {
    let html = render("?hours=16");
    assert!(html.contains(r#"data-value="83897""#));
    assert!(html.contains("at least "));
    assert!(html.contains(r#"data-testid="sort-h16""#));
}

#[test]
fn unmeasured_combination_says_so() {
    let html = render("?hours=16&stay=1y");
    assert!(html.contains("Not measured"));
    assert!(!html.contains(r#"data-testid="results-table""#));
}

#[test]
fn profile_lists_every_table_with_pages() {
    let html = render("?view=profile&j=TX");
    assert!(html.contains("Texas"));
    for t in ["Table 2: ", "Table 5: ", "Table 7: "] {
        assert!(html.contains(t), "{t}");
    }
    // Texas's Table 2 row is printed on p. 23 (the table starts on p. 22).
    assert!(html.contains("Report p. 23"));
    // Grouped by table, collapsed by default (issue 15).
    assert!(html.contains(r#"data-testid="group-table-2""#));
}

#[test]
fn the_federal_profile_is_headed_with_its_full_name() {
    // The report's tables call it "BOP"; a reader arriving from a shared link needs the name.
    let html = render("?view=profile&j=BOP");
    assert!(html.contains("<h1>Federal Bureau of Prisons (BOP)</h1>"));
    let html = render("?view=profile&j=TX");
    assert!(html.contains("<h1>Texas</h1>"));
}

#[test]
fn bad_url_renders_default_view_with_notice() {
    let html = render("?view=profile&j=ZZ&stay=forever");
    assert!(html.contains(r#"data-testid="url-notice""#));
    assert!(html.contains(r#"data-value="67442""#));
}
