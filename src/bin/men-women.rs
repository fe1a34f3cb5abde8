//! Entry point of the "men-women" bundle (men and women; `survey::url::Bundle::MenWomen`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::MEN_WOMEN, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the men-women bundle runs in the browser: ./scripts/serve");
}
