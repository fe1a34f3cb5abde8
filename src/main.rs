//! Browser entry point: mount the app into `<main id="app">`.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::crash::install();
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    let query = gloo::utils::window().location().search().unwrap_or_default();
    yew::Renderer::<time_in_cell::App>::with_root_and_props(root, time_in_cell::app::AppProps { query: query.into() }).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The app runs in the browser; natively this binary only prints the headline it would show.
    let data = survey::Dataset::embedded().unwrap_or_else(|e| panic!("data error: {e}"));
    let (total, n) = data.column_sum(2, "rh_population").unwrap_or((0, 0));
    println!("{total} people in restricted housing across {n} jurisdictions (Table 2)");
}
