//! The only module that touches browser history: push/replace the URL when the view changes, and
//! reload the view on back/forward. Natively (SSR, tests) it does nothing.

use crate::state::Store;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps `location.search` and the store in step.
#[hook]
pub fn use_history_sync(store: UseReducerHandle<Store>, codes: Rc<Vec<&'static str>>) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::state::HistoryMode;
        use survey::url::to_query;
        {
            let store = store.clone();
            use_effect_with((store.view.clone(), store.history), move |(view, mode)| {
                let window = gloo::utils::window();
                let location = window.location();
                let want = to_query(view);
                let have = location.search().unwrap_or_default();
                if *mode != HistoryMode::None && want != have {
                    let path = location.pathname().unwrap_or_default();
                    let url = format!("{path}{want}");
                    if let Ok(history) = window.history() {
                        let _ = match mode {
                            HistoryMode::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
                            _ => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
                        };
                    }
                }
                || ()
            });
        }
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let q = gloo::utils::window().location().search().unwrap_or_default();
                crate::app::load(&store, q, codes.clone());
            });
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (store, codes);
    }
}
