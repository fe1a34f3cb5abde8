//! Time-In-Cell Explorer: the Yew components. They only render what `survey` computes.

pub mod app;
pub mod charts;
pub mod components;
pub mod pages;
pub mod platform;
pub mod prerender;
pub mod state;

pub use app::App;

/// Starts the app in the browser for one bundle. The first-view bundle hydrates the server-rendered
/// default view when the page was opened without a query; otherwise the view the URL names is
/// rendered from scratch.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: state::Bundle, hydrate_default_view: bool) {
    use app::{App, AppProps};
    platform::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let prerendered = root.get_attribute("data-prerendered").is_some();
    let props = AppProps {
        query: query.clone().into(),
        bundle,
    };
    if hydrate_default_view && prerendered && query.is_empty() {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
    platform::service_worker::after_start();
}
