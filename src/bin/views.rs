//! Entry point of the "views" bundle: every page (the first-view bundle, `main.rs`, holds only the
//! explorer and profiles). Built by `scripts/postbuild.mjs`; the boot script picks the bundle.
//!
//! In the browser: hydrate the server-rendered default view when the page was opened without a
//! query (the HTML Trunk shipped already shows it), otherwise render the view the URL names.
//! Natively: `time-in-cell prerender FILE` renders the default view to HTML at build time and
//! writes it into `<main id="app">` of FILE (called by the Trunk post-build hook).

#[cfg(target_arch = "wasm32")]
fn main() {
    use time_in_cell::app::{App, AppProps};
    time_in_cell::crash::install();
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    let query = gloo::utils::window().location().search().unwrap_or_default();
    let prerendered = root.get_attribute("data-prerendered").is_some();
    let props = AppProps { query: query.clone().into(), bundle: time_in_cell::pages::Bundle::ALL };
    let _ = prerendered;
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    time_in_cell::browser::after_start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the views bundle runs in the browser: ./scripts/serve");
}
