//! The width a chart gets, in CSS pixels, so its layout (in `survey::chart::fit`) is drawn at one unit per
//! pixel and its text is never scaled down (issue 15). Measured on mount and whenever the element's
//! size changes (a ResizeObserver: a window resize, and the first layout of a section that was off
//! screen or collapsed when the chart mounted, which then had no width yet).

use yew::prelude::*;

/// The content width of `node` (its `clientWidth`), `default` until it is known (server rendering
/// and the first frame).
#[hook]
pub fn use_width(node: NodeRef, default: f64) -> f64 {
    use_measured_width(node).unwrap_or(default)
}

/// The content width of `node`, `None` until it is known (server rendering and the first frame):
/// for a chart that draws every layout it may take until then (see `BarChart`).
#[hook]
pub fn use_measured_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    #[cfg(target_arch = "wasm32")]
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let (node, width) = (node.clone(), width.clone());
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        let w = f64::from(el.client_width());
                        // Unrendered (display: none) and sub-pixel changes keep the last width.
                        if w > 0.0 && (*width).is_none_or(|old| (w - old).abs() >= 1.0) {
                            width.set(Some(w));
                        }
                    }
                }
            };
            measure();
            let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
            let observer = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(
                callback.as_ref(),
            ))
            .ok();
            if let (Some(o), Some(el)) = (&observer, node.cast::<web_sys::Element>()) {
                o.observe(&el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
    *width
}
