//! What the lab reads from the screen and the keyboard: a chart box's measured width, the arrow
//! and clicker keys that step through the walk, and the projector's type size.

use crate::state::use_static;
use yew::prelude::*;

/// The width of an element in whole CSS pixels, `fallback` until measured (see
/// `components::measure`: measured once start-up has hydrated every part of the page, and again
/// whenever the element's size changes — a window resize, the projector layout). Its own effect,
/// used before, measured when the page hydrated, before the part holding the chart had, so a
/// started lab kept the server's 560 px drawing on every screen until the window was resized.
#[hook]
pub(super) fn use_width(node: NodeRef, fallback: f64) -> f64 {
    crate::components::measure::use_width(node, fallback).floor()
}

/// Arrow keys and a presentation clicker (PageUp/PageDown) step back and forth anywhere on the
/// page, except while a form control has focus. The listener is made once and asks the store for
/// a step relative to the one shown when the key arrives (`Action::Step`): a listener holding the
/// neighbours of the step it was drawn with sent a reader back two steps when a key landed after
/// a redraw but before the effect that replaced it (seen once in a full e2e run).
#[hook]
pub(super) fn use_step_keys() {
    let dispatch = use_static().dispatch;
    #[cfg(target_arch = "wasm32")]
    {
        use_effect_with((), move |_| {
            use crate::state::Action;
            use wasm_bindgen::JsCast;
            // Not passive: the keys are taken from the page (no scroll), so preventDefault must work.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.alt_key() || e.ctrl_key() || e.meta_key() {
                        return;
                    }
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        });
                    if typing {
                        return;
                    }
                    let forward = match e.key().as_str() {
                        "ArrowRight" | "PageDown" => true,
                        "ArrowLeft" | "PageUp" => false,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatch.dispatch(Action::Step(forward));
                },
            );
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = dispatch;
}

/// Chart labels in projector mode scale with the screen's height like the rest of its type
/// (22.5 px at 720 px high; at least 18).
pub(super) fn projector_font() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        let h = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(720.0);
        (h / 32.0).clamp(18.0, 40.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    22.5
}
