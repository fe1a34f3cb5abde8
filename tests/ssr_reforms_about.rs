//! The Reforms and About views rendered natively: figures from the data reach the HTML.
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn reforms_view_lists_every_reform_and_the_six_profiled_systems_p55_p60() {
    let html = render("?view=reforms");
    assert!(html.contains("45 answered these questions (p. 55)"));
    assert_eq!(count(&html, r#"data-testid="profiled-card""#), 6);
    assert!(
        html.contains(r#"data-rows="110""#),
        "CSV rows = every reform"
    );
    assert!(
        html.contains("217 (1.2%)"),
        "Colorado, Table 2 p. 22 / VII.F.2 p. 62"
    );
    assert!(
        html.contains(r#"role="img""#)
            && html.contains("Release &amp; step-down: 14 jurisdictions")
    );
}

#[test]
fn reforms_kind_filter_narrows_list_and_csv_together() {
    let html = render("?view=reforms&kind=time_caps");
    let rows = count(&html, r#"data-kind="time_caps"><th"#);
    assert!(rows > 0);
    assert!(
        html.contains(&format!(r#"data-rows="{rows}""#)),
        "CSV rows equal the rows shown"
    );
    assert!(
        html.contains(r#"aria-pressed="true" data-kind="time_caps""#),
        "the chosen kind's button is pressed"
    );
    assert!(html.contains(r#"aria-pressed="false" data-kind="all""#));
}

#[test]
fn about_view_computes_who_is_missing_and_the_2015_total_p16() {
    let html = render("?view=about");
    for code in ["ME", "AR", "NV", "RI", "WV"] {
        assert!(
            html.contains(&format!(r#"<tr data-code="{code}""#)),
            "{code} missing from the gaps table"
        );
    }
    assert!(html.contains(r#"data-rows="5""#));
    assert!(html.contains("52 responded and 48 gave a usable count"));
    assert!(html.contains("67,442"));
    assert!(html.contains(&format!(
        "data version {}",
        survey::export::view_csv::fingerprint()
    )));
    assert!(html.contains(r#"href="data/datapackage.json""#));
}
