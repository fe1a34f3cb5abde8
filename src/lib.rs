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
/// default view when the site root was opened without a query; otherwise the view the address
/// names is rendered from scratch over the document's prerendered one.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: state::Bundle, hydrate_default_view: bool) {
    use app::{App, AppProps};
    platform::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let (path, query) = platform::address::current();
    let prerendered = root.get_attribute("data-prerendered").is_some();
    // Only the root's document holds the default view as rendered at build time; every other
    // document's prerendered view is replaced (its data arrives after start-up).
    let at_root = survey::url::route::read_path(&path).0.is_none();
    let props = AppProps {
        path: path.into(),
        query: query.clone().into(),
        bundle,
    };
    if hydrate_default_view && prerendered && at_root && query.is_empty() {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
    platform::service_worker::after_start();
}
