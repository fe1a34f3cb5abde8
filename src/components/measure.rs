//! The width a chart gets, in CSS pixels, so its layout (in `survey::chart::fit`) is drawn at one unit per
//! pixel and its text is never scaled down (issue 15). Measured when the element is first laid
//! out and whenever its size changes (a window resize, the first layout of a section that was off
//! screen or collapsed when the chart mounted, which then had no width yet).
//!
//! Every chart on a page is watched by one `ResizeObserver` (issue 13). Its callback reads the
//! width of every chart watched, then reports them: the reports re-render charts (Yew renders in
//! a microtask after the callback), so no width is read after a chart has changed the page. With
//! one observer per chart, the browser ran each observer's callback, and its microtasks, in turn:
//! the second chart's read forced a layout of the page the first had just redrawn (on the
//! explorer's start-up, 117 ms of layout in one task at 4× CPU).

use yew::prelude::*;

/// The content width of `node` (its `clientWidth`), `default` until it is known (server rendering
/// and the first frame).
#[hook]
pub fn use_width(node: NodeRef, default: f64) -> f64 {
    use_measured_width(node).unwrap_or(default)
}

/// The width the charts of the length-of-stay and men-and-women pages are laid out at: `node`'s
/// content width, at most 640 px, less 2 px; `None` until measured, when they are drawn in both
/// their layouts (`charts::fitted`, at `survey::chart::fit::PAGE_NARROW` and `PAGE_WIDE`).
#[hook]
pub fn use_page_chart_width(node: NodeRef) -> Option<f64> {
    use_measured_width(node).map(|w| w.min(survey::chart::fit::PAGE_WIDE + 2.0) - 2.0)
}

/// Props for [`ChartPart`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartPartProps {
    /// Draws the part for the width its charts are laid out at, `None` until it is measured (see
    /// [`use_page_chart_width`]).
    pub render: Callback<Option<f64>, Html>,
}

/// A part of a page whose charts are laid out for the part's own width, measured like
/// [`use_page_chart_width`] (at most 640 px, less 2 px) but on the part alone. So at start-up
/// each part's charts are drawn again at the measured width only when that part comes within a
/// screen of view, in a task of its own (see [`use_measured_width`]), not every chart of the page
/// at once when the page's width is known (issue 13: at 412 px the men-and-women page's largest
/// start-up task went from 63–66 to 46–49 ms of CPU, unthrottled; see the README).
#[function_component]
pub fn ChartPart(props: &ChartPartProps) -> Html {
    let node = use_node_ref();
    let width = use_page_chart_width(node.clone());
    html! { <div ref={node} class="chart-part">{ props.render.emit(width) }</div> }
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
            let report = {
                let width = width.clone();
                move |w: f64| {
                    // Unrendered (display: none) and sub-pixel changes keep the last width.
                    if w > 0.0 && (*width).is_none_or(|old| (w - old).abs() >= 1.0) {
                        width.set(Some(w));
                    }
                }
            };
            // The watch, once it starts; `None` inside once the component is gone.
            let watch = std::rc::Rc::new(std::cell::RefCell::new(Some(None::<observer::Watch>)));
            let start = {
                let (node, watch) = (node.clone(), watch.clone());
                move || {
                    if let (Some(slot), Some(el)) =
                        (watch.borrow_mut().as_mut(), node.cast::<web_sys::Element>())
                    {
                        // The observer reports the element's size once it starts, after the next
                        // layout, so the width is read from a laid-out page, not here (after
                        // hydration the page's layout is stale: reading it would force that
                        // layout in this task). Without an observer, it is read at once.
                        *slot = observer::watch(&el, std::rc::Rc::new(report.clone()));
                        if slot.is_none() {
                            report(f64::from(el.client_width()));
                        }
                    }
                }
            };
            // Until the chart is near the screen, during start-up (see below).
            let near = std::rc::Rc::new(std::cell::RefCell::new(None::<near::Near>));
            if crate::platform::later::starting() {
                // Start-up: the chart is on screen as the server drew it. Drawing it again at the
                // measured width waits until every part of the page has hydrated (a part still
                // waiting must hydrate the server's drawing, not one at another width), then takes
                // a task of its own, and only once the chart is within a screen of the visible
                // part of the page: on a phone the explorer's chart and map start nearly three
                // screens down, and a reader who never scrolls there needs no second drawing
                // (issue 13: it was start-up's longest task). Scrolling, it is drawn a screen
                // ahead, before it shows, so nothing moves in view.
                let (node, near) = (node.clone(), near.clone());
                crate::platform::later::when_done(move || {
                    yew::platform::spawn_local(async move {
                        crate::platform::frames::next_task().await;
                        let Some(el) = node.cast::<web_sys::Element>() else {
                            return;
                        };
                        // Near, a chart in a section the browser skips while away has that
                        // section drawn now, a screen ahead, so the observer reports its width
                        // (it reports nothing inside a skipped section), and then the section is
                        // left to the stylesheet's rule again.
                        let section = near::skipped_section(&el).and_then(|s| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok()
                        });
                        let start = {
                            let start = start.clone();
                            move || {
                                if let Some(section) = &section {
                                    let _ = section
                                        .style()
                                        .set_property("content-visibility", "visible");
                                    // Then no `style` attribute at all, as the server wrote
                                    // it: the property removed leaves `style=""`, and the
                                    // attribute removed while the property's change is not yet
                                    // written to it comes back as `style=""` (Chromium), so the
                                    // change is read out first.
                                    let section = section.clone();
                                    gloo::timers::callback::Timeout::new(200, move || {
                                        let _ =
                                            section.style().remove_property("content-visibility");
                                        let _ = section.get_attribute("style");
                                        let _ = section.remove_attribute("style");
                                    })
                                    .forget();
                                }
                                start();
                            }
                        };
                        let watcher = near::when_near(&el, start.clone());
                        if watcher.is_none() {
                            start();
                        }
                        *near.borrow_mut() = watcher;
                    });
                });
            } else {
                start();
            }
            move || {
                drop(near.borrow_mut().take());
                drop(watch.borrow_mut().take());
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
    *width
}

/// Waiting for an element to come within a screen of the visible part of the page.
#[cfg(target_arch = "wasm32")]
mod near {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    /// An `IntersectionObserver` waiting; dropping it stops the wait.
    pub struct Near {
        observer: web_sys::IntersectionObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }

    /// The section around `el` that the browser skips while it is away (`content-visibility:
    /// auto`, the explorer's chart, map and table): inside it nothing is laid out, so neither
    /// an `IntersectionObserver` nor a `ResizeObserver` reports on `el` until the section is
    /// drawn, which the browser does only when it is much nearer than a screen away.
    pub fn skipped_section(el: &web_sys::Element) -> Option<web_sys::Element> {
        // By the class the stylesheet's rule is written for (`skip-away`), not by the computed
        // style: reading a style inside a skipped section makes the browser compute the section's.
        el.parent_element()?.closest(".skip-away").ok().flatten()
    }

    /// Runs `f` once, when `el` first comes within one viewport's height of the viewport (at
    /// once, in the observer's first report, if it already is); `el` inside a section the
    /// browser skips is watched by that section's box. `None` without an observer.
    pub fn when_near(el: &web_sys::Element, f: impl Fn() + 'static) -> Option<Near> {
        let mut done = false;
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if near && !done {
                done = true;
                f();
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin("100% 0px 100% 0px");
        let observer = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &init,
        )
        .ok()?;
        observer.observe(&skipped_section(el).unwrap_or_else(|| el.clone()));
        Some(Near {
            observer,
            _callback: callback,
        })
    }

    impl Drop for Near {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }
}

/// The one `ResizeObserver` every chart of the page shares (see the module's documentation).
#[cfg(target_arch = "wasm32")]
mod observer {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    /// What to tell about a width.
    type Report = Rc<dyn Fn(f64)>;

    struct Shared {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut()>,
        /// The elements watched, each with its watch's number and what it is told.
        watched: Vec<(u32, web_sys::Element, Report)>,
        next: u32,
    }

    thread_local! {
        static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
    }

    /// An element watched; dropping it stops the watch.
    pub struct Watch(u32);

    /// Reports `el`'s width (its `clientWidth`) once laid out and whenever its size changes;
    /// `None` if the browser has no `ResizeObserver`.
    pub fn watch(el: &web_sys::Element, report: Report) -> Option<Watch> {
        SHARED.with(|s| {
            let mut s = s.borrow_mut();
            if s.is_none() {
                let callback = Closure::<dyn FnMut()>::new(on_resize);
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                *s = Some(Shared {
                    observer,
                    _callback: callback,
                    watched: Vec::new(),
                    next: 0,
                });
            }
            let shared = s.as_mut()?;
            let id = shared.next;
            shared.next += 1;
            shared.watched.push((id, el.clone(), report));
            shared.observer.observe(el);
            Some(Watch(id))
        })
    }

    /// Every watched element's width read first, then reported (see the module's documentation).
    fn on_resize() {
        let widths: Vec<(Report, f64)> = SHARED.with(|s| {
            s.borrow().as_ref().map_or_else(Vec::new, |s| {
                s.watched
                    .iter()
                    .map(|(_, el, report)| (report.clone(), f64::from(el.client_width())))
                    .collect()
            })
        });
        for (report, width) in widths {
            report(width);
        }
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            SHARED.with(|s| {
                if let Some(s) = s.borrow_mut().as_mut() {
                    if let Some(i) = s.watched.iter().position(|(id, ..)| *id == self.0) {
                        let (_, el, _) = s.watched.remove(i);
                        // Another watch of the same element keeps it observed.
                        if !s.watched.iter().any(|(_, e, _)| *e == el) {
                            s.observer.unobserve(&el);
                        }
                    }
                }
            });
        }
    }
}
