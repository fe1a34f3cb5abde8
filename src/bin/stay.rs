//! Entry point of the "stay" bundle (length of stay; `survey::url::Bundle::Stay`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::STAY, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the stay bundle runs in the browser: ./scripts/serve");
}
