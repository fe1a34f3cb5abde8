//! The data files, encoded at build time (`survey::data::codec`), fetched from `data/` (same
//! origin): the tables by every bundle before they start, the parts of the report's text a page
//! renders with (`survey::url::Page::text_parts`) before it renders, the endnotes' texts when a
//! reader first opens one. The boot script sends the requests for the tables and the first page's
//! parts beside the WASM's (`window.__ticTables`, `window.__ticData[file]`); the app takes those.

/// The tables file's bytes ([`survey::data::codec::TABLES_FILE`]).
#[cfg(target_arch = "wasm32")]
pub async fn tables() -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::TABLES_FILE, "__ticTables").await
}

/// The bytes of a part of the report's text ([`survey::data::codec::part_file`]).
#[cfg(target_arch = "wasm32")]
pub async fn part(p: survey::data::parts::Part) -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::part_file(p), "").await
}

/// The endnotes' texts file's bytes ([`survey::data::codec::NOTES_FILE`]), asked for when a
/// reader first opens an endnote or a figure's sources (no early request: no first visit needs it).
#[cfg(target_arch = "wasm32")]
pub async fn notes() -> Result<Vec<u8>, String> {
    bytes(survey::data::codec::NOTES_FILE, "__ticNotes").await
}

/// The files of the parts `parts` of the report's text, all requested at once (or taken from the
/// boot script's requests), then read in order; the first error, naming its file, if one could
/// not be fetched (every request is awaited: none is left to fail unhandled). Read into a dataset
/// with `survey::data::codec::with_parts`.
#[cfg(target_arch = "wasm32")]
pub async fn part_bytes(
    parts: survey::data::parts::Parts,
) -> Result<Vec<(survey::data::parts::Part, Vec<u8>)>, String> {
    use survey::data::codec::part_file;
    // Each request's handlers attached now (a `JsFuture` attaches them when made): one that
    // fails while an earlier one is awaited is not an unhandled rejection.
    let sent: Vec<_> = parts
        .iter()
        .map(|p| {
            let sent = wasm_bindgen_futures::JsFuture::from(request(part_file(p), ""));
            (p, sent)
        })
        .collect();
    let mut out = Ok(Vec::new());
    for (p, promise) in sent {
        let bytes = read(part_file(p), promise).await;
        out = out.and_then(|mut v: Vec<_>| {
            v.push((p, bytes?));
            Ok(v)
        });
    }
    out
}

/// `data/<name>`: [`request`] then [`read`].
#[cfg(target_arch = "wasm32")]
async fn bytes(name: &str, early: &str) -> Result<Vec<u8>, String> {
    read(
        name,
        wasm_bindgen_futures::JsFuture::from(request(name, early)),
    )
    .await
}

/// The request for `data/<name>` the boot script sent under `window[early]` (or, `early` empty,
/// `window.__ticData[name]`) if it did (taken once), else one sent now.
#[cfg(target_arch = "wasm32")]
fn request(name: &str, early: &str) -> js_sys::Promise {
    use wasm_bindgen::JsCast;
    let window = gloo::utils::window();
    let (holder, key): (wasm_bindgen::JsValue, wasm_bindgen::JsValue) = if early.is_empty() {
        (
            js_sys::Reflect::get(&window, &"__ticData".into()).unwrap_or_default(),
            name.into(),
        )
    } else {
        (window.clone().into(), early.into())
    };
    let sent = holder
        .dyn_ref::<js_sys::Object>()
        .and_then(|h| js_sys::Reflect::get(h, &key).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(h) = holder.dyn_ref::<js_sys::Object>() {
        let _ = js_sys::Reflect::delete_property(h, &key);
    }
    sent.unwrap_or_else(|| window.fetch_with_str(&format!("data/{name}")))
}

/// The bytes a request for `data/<name>` answered with. Errors name the file and say what failed.
#[cfg(target_arch = "wasm32")]
async fn read(name: &str, sent: wasm_bindgen_futures::JsFuture) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let resp: web_sys::Response = sent
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
