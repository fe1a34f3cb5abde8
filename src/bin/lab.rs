//! Entry point of the "lab" bundle (the definition lab; `survey::url::Bundle::Lab`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks
//! the bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::LAB, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the lab bundle runs in the browser: ./scripts/serve");
}
