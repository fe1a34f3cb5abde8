//! The first screen first (issue 8). A definition change re-renders the headline and the definition
//! panel at once; sections that are off screen (chart, map, table, below the fold on every common
//! screen) catch up in the tasks after the next frame, one section per task, so the click's frame
//! paints quickly and no single task blocks the page for the whole update. A section that is on
//! screen updates in the same task as the click, so what the reader sees is never stale.
//!
//! While a section is behind it carries `aria-busy="true"` (see `Settled`). It is not dimmed: a
//! section that is behind is off screen by construction, and a class change on a large subtree
//! would itself cost a style pass over it.

use yew::prelude::*;

/// `value` at once when `node` is on screen (or before anything is known: server rendering, first
/// render, no IntersectionObserver); otherwise the value last shown, with the new one scheduled
/// for after the next frame. Returns the value to render and whether it is behind.
#[hook]
pub fn use_on_screen_first<T: Clone + PartialEq + 'static>(value: T, node: NodeRef) -> (T, bool) {
    let shown = use_mut_ref(|| value.clone());
    let visible = use_mut_ref(|| true);
    let due = use_mut_ref(|| false);
    let scheduled = use_mut_ref(|| None::<Box<dyn std::any::Any>>);
    let update = use_force_update();
    #[cfg(target_arch = "wasm32")]
    {
        let visible = visible.clone();
        use_effect_with(node.clone(), move |node| {
            let observer = browser::observe(node, visible);
            move || drop(observer)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = &node;
    if *shown.borrow() == value {
        return (value, false);
    }
    let due_now = std::mem::take(&mut *due.borrow_mut());
    if *visible.borrow() || due_now {
        *shown.borrow_mut() = value.clone();
        scheduled.borrow_mut().take();
        return (value, false);
    }
    if scheduled.borrow().is_none() {
        let (due, update, slot) = (due.clone(), update.clone(), scheduled.clone());
        *scheduled.borrow_mut() = after_next_frame(move || {
            *due.borrow_mut() = true;
            slot.borrow_mut().take();
            update.force_update();
        });
    }
    let stale = shown.borrow().clone();
    (stale, true)
}

/// Runs `f` in a task after the next frame has been produced (animation frame, then a zero
/// timeout). Returns a handle that cancels it when dropped; `None` natively (never behind there).
fn after_next_frame(f: impl FnOnce() + 'static) -> Option<Box<dyn std::any::Any>> {
    #[cfg(target_arch = "wasm32")]
    let handle: Option<Box<dyn std::any::Any>> = Some(Box::new(crate::browser::after_next_frame(f)));
    #[cfg(not(target_arch = "wasm32"))]
    let handle = {
        let _ = f;
        None
    };
    handle
}

/// Props for [`Settled`].
#[derive(Properties, PartialEq, Clone)]
pub struct SettledProps {
    /// The element the hook watches.
    pub node: NodeRef,
    /// Whether the content is behind the current view.
    pub pending: bool,
    /// Extra classes.
    #[prop_or_default]
    pub class: Classes,
    /// The section.
    pub children: Html,
}

/// A wrapper marking a section that may lag a frame behind: `aria-busy` while it does.
#[function_component]
pub fn Settled(props: &SettledProps) -> Html {
    html! {
        <div ref={props.node.clone()} class={classes!("settle", props.class.clone())}
            aria-busy={props.pending.then_some("true")} data-settled={(!props.pending).to_string()}>
            { props.children.clone() }
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use yew::NodeRef;

    /// Keeps `visible` in step with whether the element intersects the viewport. Dropping the
    /// returned value disconnects the observer.
    pub fn observe(node: &NodeRef, visible: Rc<RefCell<bool>>) -> Option<Observer> {
        let el = node.cast::<web_sys::Element>()?;
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The last entry is the newest state of the one element observed.
            if let Some(e) = entries.iter().last().and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok()) {
                *visible.borrow_mut() = e.is_intersecting();
            }
        });
        let observer = web_sys::IntersectionObserver::new(cb.as_ref().unchecked_ref()).ok()?;
        observer.observe(&el);
        Some(Observer { observer, _cb: cb })
    }

    /// An IntersectionObserver and its callback.
    pub struct Observer {
        observer: web_sys::IntersectionObserver,
        _cb: Closure<dyn FnMut(js_sys::Array)>,
    }

    impl Drop for Observer {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }
}
