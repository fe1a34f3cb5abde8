//! Entry point of the "composition" bundle (race and ethnicity, and age; `survey::url::Bundle::Composition`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::COMPOSITION, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the composition bundle runs in the browser: ./scripts/serve");
}
