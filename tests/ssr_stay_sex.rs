//! The length-of-stay and men-and-women views rendered to HTML natively (Yew's server renderer).
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;

fn body_rows(html: &str, testid: &str) -> usize {
    let start = html
        .find(&format!(r#"data-testid="{testid}""#))
        .expect("table present");
    let rest = &html[start..];
    let body = &rest[rest.find("<tbody").unwrap()..rest.find("</tbody>").unwrap()];
    body.matches("<tr").count()
}

#[test]
fn stay_view_shows_table4_totals_coverage_and_the_classification_erratum() {
    let html = render("?view=length-of-stay");
    assert!(html.contains("<h1>How long people had been in restricted housing</h1>"));
    assert!(
        html.contains(r#"data-testid="stay-total-TX""#) && html.contains("5,832"),
        "Texas's bands add to 5,832"
    );
    assert!(html.contains(r#"data-printed="54382""#));
    assert!(
        html.contains("81%") && html.contains("computed 80.6%"),
        "coverage printed beside computed"
    );
    assert!(html.contains("50,036") && html.contains("the four parts add to 50,014"));
    assert!(html.contains(r#"data-erratum="v_b_classification_components_sum""#));
    assert!(html.contains("12 jurisdictions whose bands do not match Table 2"));
    assert!(html.contains(r#"aria-label="Endnote 192""#));
    assert_eq!(body_rows(&html, "stay-table"), 41);
    assert!(html.contains(r#"data-rows="41""#));
}

#[test]
fn sex_view_shows_medians_totals_and_no_division_by_zero() {
    let html = render("?view=men-women");
    assert!(html.contains("<h1>Men and women in restricted housing</h1>"));
    assert!(html.contains(r#"data-figure="vi_a_male_median_pct""#) && html.contains("5.3%"));
    assert!(html.contains("1.6%") && html.contains("computed 1.55%"));
    assert!(html.contains("59,048") && html.contains("the tables give 59,049"));
    assert!(html.contains(r#"data-erratum="t05_prose_male_rh_total""#));
    assert!(html.contains("no women in restricted housing"));
    assert!(!html.contains("inf×") && !html.contains("NaN"));
    assert_eq!(body_rows(&html, "sex-table"), 43);
    assert!(html.contains(r#"data-rows="43""#));
}
