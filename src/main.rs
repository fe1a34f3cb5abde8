//! Entry point of the first-view bundle (the explorer; the other pages, profiles too, are in
//! `src/bin/views.rs`).
//!
//! In the browser it hydrates the server-rendered default view. Natively,
//! `time-in-cell prerender DIR` renders every view at build time into its own document under DIR
//! (`DIR/index.html` is the template and becomes the explorer's; see `prerender`), and `time-in-cell first-view-tokens` prints the `view=` values this
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
        [_, cmd, dir] if cmd == "prerender" => match time_in_cell::prerender::into_site(dir) {
            Ok(n) => println!("prerendered {n} documents under {dir}"),
            Err(e) => {
                eprintln!("prerender failed: {e}");
                std::process::exit(1);
            }
        },
        [_, cmd] if cmd == "first-view-tokens" => {
            // The boot script's list (scripts/postbuild.mjs): which `view=` values load this bundle.
            let tokens: Vec<String> = survey::url::Page::first_view_tokens()
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect();
            println!("[{}]", tokens.join(","));
        }
        _ => {
            eprintln!("usage: time-in-cell prerender <dir> | time-in-cell first-view-tokens\n(the app itself runs in the browser: ./scripts/serve)");
            std::process::exit(2);
        }
    }
}
