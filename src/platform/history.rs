//! The only module that touches browser history: push/replace the URL when the view changes, and
//! reload the view on back/forward. Natively (SSR, tests) it does nothing.

use crate::state::{Bundle, Store};
use std::rc::Rc;
use yew::prelude::*;

/// Keeps `location.search` and the store in step.
#[hook]
pub fn use_history_sync(store: UseReducerHandle<Store>, codes: Rc<Vec<String>>, bundle: Bundle) {
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
                    *pending.borrow_mut() = Some(crate::platform::frames::after_next_frame(write));
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
                    store.dispatch(crate::state::Action::Load(q, codes.clone()));
                });
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (store, codes, bundle);
    }
}
