//! The only module that touches browser history: push/replace the address when the view changes
//! (written relative to the site root, see `platform::address`), and reload the view on
//! back/forward. Natively (SSR, tests) it does nothing.

use crate::state::{Bundle, Store};
use std::rc::Rc;
use yew::prelude::*;

/// Keeps `location.search` and the store in step.
#[hook]
pub fn use_history_sync(store: UseReducerHandle<Store>, codes: Rc<Vec<String>>, bundle: Bundle) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::state::HistoryMode;
        {
            // The address bar is written once per pause (issue 13), not in the click's task nor
            // after every frame: a history write costs about 2 ms, and Chromium re-reads the
            // favicon after each one (11 ms). Changes within the pause make one history entry (a
            // new one if any of them asked for it); whatever reads the address first calls
            // [`flush`].
            use_effect_with((store.view.clone(), store.history), move |(view, mode)| {
                let (view, mut mode) = (view.clone(), *mode);
                crate::platform::profile_links::set_current(&view);
                if mode != HistoryMode::None {
                    if let Some(was) = PENDING.with(|p| p.borrow_mut().take()) {
                        was.timer.cancel();
                        if was.mode == HistoryMode::Push {
                            mode = HistoryMode::Push;
                        }
                    }
                    let timer = gloo::timers::callback::Timeout::new(HISTORY_PAUSE_MS, flush);
                    PENDING.with(|p| {
                        *p.borrow_mut() = Some(Pending {
                            timer,
                            mode,
                            view,
                            bundle,
                        })
                    });
                }
                || ()
            });
        }
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    // A write still waiting for its pause would overwrite the entry just
                    // returned to.
                    if let Some(was) = PENDING.with(|p| p.borrow_mut().take()) {
                        was.timer.cancel();
                    }
                    let (path, q) = crate::platform::address::current();
                    let (v, _) = survey::url::parse_address(&path, &q, &codes);
                    if !(bundle.has)(v.page()) {
                        let _ = gloo::utils::window().location().reload();
                        return;
                    }
                    store.dispatch(crate::state::Action::Load(path, q, codes.clone()));
                });
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (store, codes, bundle);
    }
}

/// How long the view must stay unchanged before the address bar is written (a pause between
/// clicks; short enough that a copy of the address right after a click has the new view).
#[cfg(target_arch = "wasm32")]
const HISTORY_PAUSE_MS: u32 = 200;

/// A history write waiting for its pause.
#[cfg(target_arch = "wasm32")]
struct Pending {
    timer: gloo::timers::callback::Timeout,
    mode: crate::state::HistoryMode,
    view: survey::url::ViewState,
    bundle: Bundle,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static PENDING: std::cell::RefCell<Option<Pending>> = const { std::cell::RefCell::new(None) };
}

/// Writes a pending change to the address bar now (before reading `location` for a permalink).
/// Does nothing when none is pending, and natively.
pub fn flush() {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
        // Dropping a fired timer is harmless; cancelling one not fired yet stops it.
        p.timer.cancel();
        write_history(&p.view, p.mode, p.bundle);
    }
}

/// Writes `view` to the address bar, or loads it as a page when another bundle renders it.
#[cfg(target_arch = "wasm32")]
fn write_history(view: &survey::url::ViewState, mode: crate::state::HistoryMode, bundle: Bundle) {
    use crate::state::HistoryMode;
    let window = gloo::utils::window();
    let location = window.location();
    let want = survey::url::to_address(view);
    let (path, query) = crate::platform::address::current();
    if want == format!("{path}{query}") {
        return;
    }
    // Relative to the document's <base href>, the site root.
    let url = if want.is_empty() {
        "./".to_string()
    } else {
        want
    };
    if !(bundle.has)(view.page()) {
        // The page lives in another bundle: load its document.
        let _ = location.assign(&url);
    } else if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = match mode {
            HistoryMode::Replace => history.replace_state_with_url(&null, "", Some(&url)),
            _ => history.push_state_with_url(&null, "", Some(&url)),
        };
    }
}
