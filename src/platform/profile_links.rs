//! Definition-free profile links (`crate::components::link::ProfileLink`, the map's tiles): their
//! markup holds the profile alone, and the full address (the reader's definition and pins) is
//! written into a link's `href` only when a pointer, a touch, the focus or a click reaches it.
//! A definition change then rewrites no link (issue 13). Natively (SSR, tests) nothing happens.

use survey::url::ViewState;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The view on screen (written by the history sync after each change).
    static CURRENT: std::cell::RefCell<Option<ViewState>> = const { std::cell::RefCell::new(None) };
}

/// Records the view on screen, which profile links carry when reached.
pub fn set_current(view: &ViewState) {
    #[cfg(target_arch = "wasm32")]
    CURRENT.with(|c| *c.borrow_mut() = Some(view.clone()));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = view;
}

/// Writes the full profile address into the `a[data-profile]` the event happened in, if any.
#[cfg(target_arch = "wasm32")]
pub fn fill_from_event(e: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(a) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("a[data-profile]").ok().flatten())
    else {
        return;
    };
    let Some(code) = a.get_attribute("data-profile") else {
        return;
    };
    let Some(view) = CURRENT.with(|c| c.borrow().clone()) else {
        return;
    };
    let href = crate::state::href(&crate::state::profile_of(&view, &code));
    if a.get_attribute("href").as_deref() != Some(href.as_str()) {
        let _ = a.set_attribute("href", &href);
    }
}

/// Listens on the document for the moments a link may be followed or copied (pointer over or
/// down, focus, context menu) and fills the link reached.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    let doc = gloo::utils::document();
    for event in ["pointerover", "pointerdown", "focusin", "contextmenu"] {
        gloo::events::EventListener::new(&doc, event, fill_from_event).forget();
    }
}
