//! The data files, encoded at build time (`survey::data::codec`), fetched from `data/` (same
//! origin): the tables by every bundle before they start, the report's text by the explorer right
//! after its first paint and by the other bundles before they render, the endnotes' texts when a
//! reader first opens one. The boot script sends the first two requests beside the WASM's
//! (`window.__ticTables`, `window.__ticText`); the app takes those.

/// The tables file's bytes ([`survey::data::codec::TABLES_FILE`]).
#[cfg(target_arch = "wasm32")]
pub async fn tables() -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::TABLES_FILE, "__ticTables").await
}

/// The report's text file's bytes ([`survey::data::codec::TEXT_FILE`]).
#[cfg(target_arch = "wasm32")]
pub async fn text() -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::TEXT_FILE, "__ticText").await
}

/// The endnotes' texts file's bytes ([`survey::data::codec::NOTES_FILE`]), asked for when a
/// reader first opens an endnote or a figure's sources (no early request: no first visit needs it).
#[cfg(target_arch = "wasm32")]
pub async fn notes() -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::NOTES_FILE, "__ticNotes").await
}

/// `data/<name>`, from the request the boot script sent under `window[early]` if it did (taken
/// once), else requested now. Errors name the file and say what failed.
#[cfg(target_arch = "wasm32")]
async fn bytes(name: &str, early: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = gloo::utils::window();
    let sent = js_sys::Reflect::get(&window, &early.into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let _ = js_sys::Reflect::delete_property(&window, &early.into());
    let promise = sent.unwrap_or_else(|| window.fetch_with_str(&format!("data/{name}")));
    let resp: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|_| format!("{name}: network error"))?
        .dyn_into()
        .map_err(|_| format!("{name}: not a response"))?;
    if !resp.ok() {
        return Err(format!("{name}: HTTP {}", resp.status()));
    }
    let buf = JsFuture::from(
        resp.array_buffer()
            .map_err(|_| format!("{name}: unreadable"))?,
    )
    .await
    .map_err(|_| format!("{name}: unreadable"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}
