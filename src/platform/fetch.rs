//! The report's text files, fetched from `data/` (same origin) right after the first paint.

/// Fetches the report's text files from `data/` (same origin), all requests at once, and returns
/// them with their names, in [`survey::data::dataset::TEXT_FILE_NAMES`] order.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text_files() -> Result<Vec<(&'static str, String)>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = gloo::utils::window();
    // Every request is sent before the first is awaited.
    let pending: Vec<_> = survey::data::dataset::TEXT_FILE_NAMES
        .iter()
        .map(|name| {
            (
                *name,
                JsFuture::from(window.fetch_with_str(&format!("data/{name}"))),
            )
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
