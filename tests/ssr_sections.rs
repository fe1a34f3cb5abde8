//! The mental-illness, pregnancy and facilities pages rendered natively: what they print comes
//! from the data, and the mental-illness page offers no ranking.
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;

#[test]
fn mental_illness_page_shows_definitions_errata_and_no_sort_p49_p50_p51() {
    let html = render("?view=mental-illness");
    assert!(html.contains("Serious mental illness"));
    assert!(html.contains(r#"data-testid="no-ranking""#));
    assert!(!html.contains("sort-"), "no sort controls on this page");
    assert!(
        html.contains("54,025") && html.contains("5,146"),
        "p. 49 totals for men"
    );
    assert!(
        html.contains("9,573") && html.contains("10,008"),
        "p. 49 printed vs Table 16 sum for women"
    );
    assert!(
        html.contains("counts give 3.3%"),
        "Washington erratum, p. 50"
    );
    assert!(html.contains("counts give 1.8%"), "Kansas erratum, p. 51");
    assert!(html.contains("<details"), "definitions beside the numbers");
    assert_eq!(
        html.matches(r#"data-rows="35""#).count(),
        1,
        "one CSV of the 35 rows shown"
    );
}

#[test]
fn pregnancy_page_prints_table19_totals_and_transgender_figures_p54_p55() {
    let html = render("?view=pregnancy");
    assert!(html.contains("396") && html.contains("754") && html.contains("7.3%"));
    assert!(html.contains(r#"data-rows="23""#), "Table 19's 23 rows");
    assert!(
        html.contains(r#"data-rows="15""#),
        "endnote 226's 15 jurisdictions"
    );
}

#[test]
fn facilities_page_prints_table1_double_cells_and_private_facilities_p18_p19() {
    let html = render("?view=facilities");
    assert!(html.contains("17,460") && html.contains("2,425"));
    assert!(
        html.contains(r#"data-rows="6""#),
        "Table 1's six facility types"
    );
    assert!(html.contains("49 of 51"));
}
