//! The race and age views rendered natively: the report's figures reach the DOM, blanks stay blank.
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;

#[test]
fn race_men_shows_chart_7_figures_and_the_virgin_islands_erratum() {
    let html = render("?view=race");
    assert!(html.contains("Race and ethnicity in restricted housing"));
    assert!(
        html.contains("45.3%"),
        "Black share of restricted housing, Chart 7 p. 36"
    );
    assert!(html.contains("40.1%"), "Black share of custody");
    assert!(html.contains("72"), "Virgin Islands: 72 of 95");
    assert!(html.contains("counts give 75.8%"), "Table 8's 77% flagged");
    assert!(html.contains("not tracked"), "Alabama Hispanic");
    assert!(html.contains("Our count from the table: 31 of 43"));
}

#[test]
fn race_women_shows_34_printed_and_33_counted() {
    let html = render("?view=race&sex=women");
    assert!(html.contains("in 34 of 40 jurisdictions"));
    assert!(html.contains("Our count from the table: 33 of 40"));
    assert!(html.contains(r#"aria-pressed="true" data-testid="sex-women""#));
}

#[test]
fn age_men_shows_5_9_percent_and_arizona_not_reported() {
    let html = render("?view=age");
    assert!(html.contains("Age in restricted housing"));
    assert!(html.contains("5.9% (78 of 1,326)"));
    assert!(
        html.contains("not reported"),
        "Arizona's blank under-18 count"
    );
    assert!(
        html.contains("the counts give no percent"),
        "Table 12's printed 0% for Arizona flagged"
    );
    assert!(
        html.contains("6.2% (78 of 1,251)"),
        "like-for-like without Arizona"
    );
}
