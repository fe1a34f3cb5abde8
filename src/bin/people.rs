//! Entry point of the "people" bundle (the menu's "Who is held" pages;
//! `survey::url::Bundle::People`). The explorer's bundle is `src/main.rs`;
//! `scripts/postbuild.mjs` builds this one and its boot script picks the bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::PEOPLE, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the people bundle runs in the browser: ./scripts/serve");
}
