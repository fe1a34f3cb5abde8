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

/// The width the charts of the length-of-stay and men-and-women pages are laid out at: the page's
/// (`node`, its `<article>`) content width, at most 640 px, less 2 px.
#[hook]
pub fn use_page_chart_width(node: NodeRef) -> f64 {
    use_width(node, survey::chart::fit::DEFAULT_WIDTH).min(640.0) - 2.0
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
            // The observer, once it runs; `None` inside once the component is gone.
            let observer = std::rc::Rc::new(std::cell::RefCell::new(Some(None::<Observer>)));
            let watch = {
                let (node, observer) = (node.clone(), observer.clone());
                move || {
                    if let Some(slot) = observer.borrow_mut().as_mut() {
                        // The observer reports the element's size once it starts, after the next
                        // layout, so the width is read from a laid-out page. Reading it here would
                        // force that layout in this task (after hydration the page's layout is
                        // stale: 30–45 ms at 4× CPU on the explorer, issue 13). Without an
                        // observer, it is read at once.
                        *slot = Observer::new(&node, measure.clone());
                        if slot.is_none() {
                            measure();
                        }
                    }
                }
            };
            if crate::platform::later::starting() {
                // Start-up: the chart is on screen as the server drew it. Drawing it again at the
                // measured width waits until every part of the page has hydrated (a part still
                // waiting must hydrate the server's drawing, not one at another width), then takes
                // a task of its own (issue 13). The observer starts then too: its first report
                // would redraw it in the next frame's task.
                crate::platform::later::when_done(move || {
                    yew::platform::spawn_local(async move {
                        crate::platform::frames::next_task().await;
                        watch();
                    });
                });
            } else {
                watch();
            }
            move || drop(observer.borrow_mut().take())
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
    *width
}

/// A `ResizeObserver` on one element, disconnected when dropped.
#[cfg(target_arch = "wasm32")]
struct Observer {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

#[cfg(target_arch = "wasm32")]
impl Observer {
    /// Calls `f` whenever `node`'s size changes (and once when it starts observing).
    fn new(node: &NodeRef, f: impl FnMut() + 'static) -> Option<Self> {
        let el = node.cast::<web_sys::Element>()?;
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
        let observer =
            web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(callback.as_ref()))
                .ok()?;
        observer.observe(&el);
        Some(Observer {
            observer,
            _callback: callback,
        })
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
