//! Components rendered to HTML natively with Yew's server renderer: the true path from data to DOM.
#![cfg(not(target_arch = "wasm32"))]

use time_in_cell::App;
use yew::LocalServerRenderer;

fn render_app() -> String {
    futures::executor::block_on(LocalServerRenderer::<App>::new().render())
}

#[test]
fn app_renders_the_report_headline_from_the_data() {
    let html = render_app();
    assert!(html.contains(r#"data-testid="headline-total""#), "{html}");
    assert!(html.contains(">67,442<"), "headline total missing: {html}");
    assert!(html.contains("across 48 of 53 jurisdictions"), "{html}");
}
