//! The address's `#fragment`: a link such as `?view=about#later` names a part of a page that the
//! browser cannot find on load, because the app renders it later. The page that holds such a part
//! calls [`use_fragment_target`]; a change of page calls [`focus_target`] itself.

use yew::prelude::*;

/// Once the calling page has rendered: scroll to and focus the element the fragment names.
#[hook]
pub fn use_fragment_target() {
    use_effect_with((), |_| {
        focus_target();
    });
}

/// Scrolls to and focuses the element the address's fragment names; false when there is none.
pub fn focus_target() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if id.is_empty() || id == "content" {
            return false;
        }
        if let Some(target) = gloo::utils::document().get_element_by_id(id) {
            focus(&target);
            target.scroll_into_view();
            return true;
        }
    }
    false
}

/// Focuses an element, making it focusable (not a tab stop) first.
#[cfg(target_arch = "wasm32")]
pub fn focus(e: &web_sys::Element) {
    if !e.has_attribute("tabindex") {
        let _ = e.set_attribute("tabindex", "-1");
    }
    if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(e) {
        let _ = h.focus();
    }
}
