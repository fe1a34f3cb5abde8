//! Browser tests: mount components in headless Chromium and assert on the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use yew::Renderer;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to render into, attached to the document.
fn mount_point(id: &str) -> web_sys::Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    el.set_id(id);
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets Yew's scheduler run the pending renders.
async fn flush() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

#[wasm_bindgen_test]
async fn app_shows_the_headline_figure() {
    let root = mount_point("app-test");
    Renderer::<time_in_cell::App>::with_root(root.clone()).render();
    flush().await;
    let total = root.query_selector("[data-testid=headline-total]").unwrap().expect("headline rendered");
    assert_eq!(total.text_content().unwrap(), "67,442");
}
