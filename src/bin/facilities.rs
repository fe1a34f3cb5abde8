//! Entry point of the "facilities" bundle (facilities; `survey::url::Bundle::Facilities`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::FACILITIES, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the facilities bundle runs in the browser: ./scripts/serve");
}
