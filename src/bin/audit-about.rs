//! Entry point of the "audit-about" bundle (the audit and about the data; `survey::url::Bundle::AuditAbout`). The explorer's
//! bundle is `src/main.rs`; `scripts/postbuild.mjs` builds this one and its boot script picks the
//! bundle from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::AUDIT_ABOUT, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the audit-about bundle runs in the browser: ./scripts/serve");
}
