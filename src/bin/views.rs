//! Entry point of the "views" bundle: every page. The first-view bundle (`src/main.rs`) holds only
//! the explorer; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::ALL, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the views bundle runs in the browser: ./scripts/serve");
}
