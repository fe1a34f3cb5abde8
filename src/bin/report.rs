//! Entry point of the "report" bundle (facilities, reforms, the audit, about the data;
//! `survey::url::Bundle::Report`). The explorer's bundle is `src/main.rs`;
//! `scripts/postbuild.mjs` builds this one and its boot script picks the bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::REPORT, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the report bundle runs in the browser: ./scripts/serve");
}
