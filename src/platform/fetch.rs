//! The report's text files, fetched from `data/` (same origin): by the explorer right after its
//! first paint, for the views bundle by the boot script beside the WASM.

/// Fetches the report's text files from `data/` (same origin), all requests at once, and returns
/// them with their names, in [`survey::data::dataset::TEXT_FILE_NAMES`] order.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text_files() -> Result<Vec<(&'static str, String)>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = gloo::utils::window();
    // The boot script may have sent the requests already (views bundle: window.__ticText, name →
    // promise of the response); every other request is sent before the first is awaited.
    let early = js_sys::Reflect::get(&window, &"__ticText".into()).ok();
    let _ = js_sys::Reflect::delete_property(&window, &"__ticText".into());
    let pending: Vec<_> = survey::data::dataset::TEXT_FILE_NAMES
        .iter()
        .map(|name| {
            let sent = early
                .as_ref()
                .filter(|e| e.is_object())
                .and_then(|e| js_sys::Reflect::get(e, &(*name).into()).ok())
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            let promise = sent.unwrap_or_else(|| window.fetch_with_str(&format!("data/{name}")));
            (*name, JsFuture::from(promise))
        })
        .collect();
    let mut out = Vec::new();
    for (name, resp) in pending {
        let resp: web_sys::Response = resp
            .await
            .map_err(|_| format!("{name}: network error"))?
            .dyn_into()
            .map_err(|_| format!("{name}: not a response"))?;
        if !resp.ok() {
            return Err(format!("{name}: HTTP {}", resp.status()));
        }
        let text = JsFuture::from(resp.text().map_err(|_| format!("{name}: unreadable"))?)
            .await
            .map_err(|_| format!("{name}: unreadable"))?;
        out.push((name, text.as_string().unwrap_or_default()));
    }
    Ok(out)
}
