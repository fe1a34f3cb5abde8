//! Browser entry point: mount the app into `<main id="app">`.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    yew::Renderer::<time_in_cell::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The app runs in the browser; natively this binary only prints the headline it would show.
    let data = survey::Dataset::embedded().unwrap_or_else(|e| panic!("data error: {e}"));
    let (total, n) = data.column_sum(2, "rh_population").unwrap_or((0, 0));
    println!("{total} people in restricted housing across {n} jurisdictions (Table 2)");
}
