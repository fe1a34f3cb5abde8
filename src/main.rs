//! Entry point.
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
    let props = AppProps { query: query.clone().into(), bundle: time_in_cell::pages::Bundle::FIRST_VIEW };
    if prerendered && query.is_empty() {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        // The prerendered HTML shows the default view; any other URL renders from scratch.
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
    time_in_cell::browser::after_start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.as_slice() {
        [_, cmd, file] if cmd == "prerender" => {
            if let Err(e) = time_in_cell::prerender::into_file(file) {
                eprintln!("prerender failed: {e}");
                std::process::exit(1);
            }
        }
        _ => {
            eprintln!("usage: time-in-cell prerender <index.html>\n(the app itself runs in the browser: ./scripts/serve)");
            std::process::exit(2);
        }
    }
}
