//! The only module that touches browser history: push/replace the URL when the view changes, and
//! reload the view on back/forward. Natively (SSR, tests) it does nothing.

use crate::state::Store;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps `location.search` and the store in step.
#[hook]
pub fn use_history_sync(
    store: UseReducerHandle<Store>,
    codes: Rc<Vec<&'static str>>,
    bundle: crate::pages::Bundle,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::state::HistoryMode;
        use survey::url::to_query;
        {
            // The address bar is written after the next frame, not in the click's task: history
            // writes cost about 2 ms, and the new view should paint first (issue 8). Changes
            // within one frame make one history entry.
            let pending = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
            use_effect_with((store.view.clone(), store.history), move |(view, mode)| {
                let (view, mode) = (view.clone(), *mode);
                let write = move || {
                    let window = gloo::utils::window();
                    let location = window.location();
                    let want = to_query(&view);
                    let have = location.search().unwrap_or_default();
                    if want == have {
                        return;
                    }
                    let path = location.pathname().unwrap_or_default();
                    let url = format!("{path}{want}");
                    if !(bundle.has)(view.page()) {
                        // The page lives in the other bundle: load it as a page.
                        let _ = location.assign(if want.is_empty() { &path } else { &url });
                    } else if let Ok(history) = window.history() {
                        let _ = match mode {
                            HistoryMode::Replace => history.replace_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&url),
                            ),
                            _ => history.push_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&url),
                            ),
                        };
                    }
                };
                if mode != HistoryMode::None {
                    *pending.borrow_mut() = Some(after_next_frame(write));
                }
                || ()
            });
        }
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let q = gloo::utils::window()
                        .location()
                        .search()
                        .unwrap_or_default();
                    let (v, _) = survey::url::parse(&q, &codes);
                    if !(bundle.has)(v.page()) {
                        let _ = gloo::utils::window().location().reload();
                        return;
                    }
                    crate::app::load(&store, q, codes.clone());
                });
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (store, codes, bundle);
    }
}

/// Runs `f` in a task after the next frame has been produced (an animation frame, then a zero
/// timeout), so the work does not delay that frame. Dropping the handle before the frame cancels it.
#[cfg(target_arch = "wasm32")]
pub fn after_next_frame(f: impl FnOnce() + 'static) -> gloo::render::AnimationFrame {
    use wasm_bindgen::JsCast;
    gloo::render::request_animation_frame(move |_| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    })
}

/// Runs once after the app has mounted: registers the offline service worker and marks the page
/// interactive (`<html data-ready>`, read by the benchmark and the e2e tests).
#[cfg(target_arch = "wasm32")]
pub fn after_start() {
    let window = gloo::utils::window();
    if let Some(el) = window.document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("data-ready", "1");
    }
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

/// Fetches the report's text files from `data/` (same origin) and returns them with their names.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text_files() -> Result<Vec<(&'static str, String)>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = gloo::utils::window();
    let mut out = Vec::new();
    for name in survey::data::dataset::TEXT_FILE_NAMES {
        let resp = JsFuture::from(window.fetch_with_str(&format!("data/{name}")))
            .await
            .map_err(|_| format!("{name}: network error"))?;
        let resp: web_sys::Response = resp
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
