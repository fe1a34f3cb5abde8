//! After start-up: the offline service worker (`static/sw.js`, its file list written at build time)
//! and the "interactive" mark the benchmark and the e2e tests wait for.

/// Runs once after the app has mounted: registers the offline service worker and marks the page
/// interactive (`<html data-ready>`, read by the benchmark and the e2e tests).
#[cfg(target_arch = "wasm32")]
pub fn after_start() {
    let window = gloo::utils::window();
    if let Some(el) = window.document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("data-ready", "1");
    }
    crate::platform::profile_links::install();
    crate::platform::settle::install();
    if let Some(p) = window.performance() {
        let _ = js_sys::Reflect::set(&window, &"__tic_ready_at".into(), &p.now().into());
    }
    let sw = window.navigator().service_worker();
    let promise = sw.register("sw.js");
    yew::platform::spawn_local(async move {
        // Offline support is an extra: a refusal (private mode, file://) must not break the page.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
