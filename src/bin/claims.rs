//! Entry point of the "claims" bundle (the claim check; `survey::url::Bundle::Claims`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks
//! the bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::CLAIMS, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the claims bundle runs in the browser: ./scripts/serve");
}
