//! Entry point of the first-view bundle (the explorer; the other pages, profiles too, are in
//! `src/bin/views.rs`).
//!
//! In the browser it hydrates the server-rendered default view. Natively,
//! `time-in-cell prerender FILE` renders the default view to HTML at build time and writes it into
//! `<main id="app">` of FILE, and `time-in-cell first-view-tokens` prints the `view=` values this
//! bundle renders, for the boot script (both called by the Trunk post-build hook,
//! `scripts/postbuild.mjs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::FIRST_VIEW, true);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.as_slice() {
        [_, cmd, file] if cmd == "prerender" => {
            if let Err(e) = time_in_cell::prerender::into_file(file) {
                eprintln!("prerender failed: {e}");
                std::process::exit(1);
            }
        }
        [_, cmd] if cmd == "first-view-tokens" => {
            // The boot script's list (scripts/postbuild.mjs): which `view=` values load this bundle.
            let tokens: Vec<String> = survey::url::Page::first_view_tokens()
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect();
            println!("[{}]", tokens.join(","));
        }
        _ => {
            eprintln!("usage: time-in-cell prerender <index.html> | time-in-cell first-view-tokens\n(the app itself runs in the browser: ./scripts/serve)");
            std::process::exit(2);
        }
    }
}
