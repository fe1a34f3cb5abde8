//! The render scheduler: the first screen first (issues 8 and 13). A definition change re-renders
//! the headline and the definition panel at once; every other section (pins, chart, map, table)
//! catches up after the frame that shows that change, one section per frame (a queue shared by
//! every section, top of the page first), so the click's frame paints quickly and no task or frame
//! has to absorb the whole update. The exception is the section that holds the control the reader
//! just used (focus is inside it: a sort button or a pin in the table): it updates in the same task
//! as the click, so the thing pressed answers in the next paint.
//!
//! Why on-screen sections wait too (issue 13): with every section on screen (1280 × 6000) a
//! definition change cost one 120 ms task of rendering plus about 200 ms of style, layout and paint
//! before the first pixel changed (Event Timing `duration` about 320 ms at 4× CPU). The headline
//! and the pressed radio are the answer to the click; the sections follow within a few frames.
//!
//! The menu's link targets use the same queue (`use_catch_up`): a definition change alters none of
//! what they show.
//!
//! While a section is behind it carries `aria-busy="true"` (see `Settled`). It is not dimmed: it is
//! behind for a frame or a few, and a class change on a large subtree would itself cost a style
//! pass over it.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// `value` at once when `node` is on screen and holds the focused element (the control just used
/// is inside it), or before anything is known (server rendering, first render); otherwise the
/// value last shown, with the new one queued for after the next frame. Returns the value to render
/// and whether it is behind.
#[hook]
pub fn use_on_screen_first<T: Clone + PartialEq + 'static>(value: T, node: NodeRef) -> (T, bool) {
    let visible = use_mut_ref(|| true);
    #[cfg(target_arch = "wasm32")]
    {
        let visible = visible.clone();
        use_effect_with(node.clone(), move |node| {
            let observer = browser::observe(node, visible);
            move || drop(observer)
        });
    }
    #[cfg(target_arch = "wasm32")]
    let now = *visible.borrow() && browser::holds_focus(&node);
    #[cfg(not(target_arch = "wasm32"))]
    let now = {
        let _ = &node;
        *visible.borrow()
    };
    use_catch_up(value, now)
}

/// `value` at once if `now`, otherwise the value last shown with the new one queued for after the
/// next frame (the queue the off-screen sections use). For what a change does not visibly alter,
/// such as the targets of the menu's links. Natively everything is immediate.
#[hook]
pub fn use_catch_up<T: Clone + PartialEq + 'static>(value: T, now: bool) -> (T, bool) {
    use_catch_up_in(value, now, false)
}

/// `value` after the next frame, ahead of every section waiting: what a control changes that
/// costs more to show than the control's own answer (the 53 rows a sort rearranges), so the
/// click's paint shows the pressed control and the rest follows in the next task. Natively (and
/// on the first render) at once.
#[hook]
pub fn use_next_frame<T: Clone + PartialEq + 'static>(value: T) -> (T, bool) {
    use_catch_up_in(value, false, true)
}

#[hook]
fn use_catch_up_in<T: Clone + PartialEq + 'static>(value: T, now: bool, first: bool) -> (T, bool) {
    let shown = use_mut_ref(|| value.clone());
    // Set by the queue when this value's turn has come; cleared by the render that uses it.
    let due = use_mut_ref(|| false);
    let queued = use_mut_ref(|| false);
    let update = use_force_update();
    if *shown.borrow() == value {
        return (value, false);
    }
    let due_now = std::mem::take(&mut *due.borrow_mut());
    if now || due_now || cfg!(not(target_arch = "wasm32")) {
        *shown.borrow_mut() = value.clone();
        return (value, false);
    }
    if !*queued.borrow() {
        *queued.borrow_mut() = true;
        enqueue(
            Job {
                due: Rc::downgrade(&due),
                queued: Rc::downgrade(&queued),
                update,
            },
            first,
        );
    }
    let stale = shown.borrow().clone();
    (stale, true)
}

/// One section waiting for its turn. Weak references: a section that has gone (page changed) is
/// skipped. (Natively nothing is ever behind, so nothing runs a job.)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Job {
    due: std::rc::Weak<RefCell<bool>>,
    queued: std::rc::Weak<RefCell<bool>>,
    update: UseForceUpdateHandle,
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl Job {
    /// Marks the section due and re-renders it (Yew renders right after this task). False if the
    /// section is gone.
    fn run(self) -> bool {
        let (Some(due), Some(queued)) = (self.due.upgrade(), self.queued.upgrade()) else {
            return false;
        };
        *due.borrow_mut() = true;
        *queued.borrow_mut() = false;
        self.update.force_update();
        true
    }
}

thread_local! {
    /// Sections waiting, in the order they asked (top of the page first), and whether the pump
    /// is running.
    static QUEUE: RefCell<(std::collections::VecDeque<Job>, bool)> = const { RefCell::new((std::collections::VecDeque::new(), false)) };
}

/// Queues a job, at the front if `first`.
fn enqueue(job: Job, first: bool) {
    let start = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if first {
            q.0.push_front(job);
        } else {
            q.0.push_back(job);
        }
        !std::mem::replace(&mut q.1, true)
    });
    if start {
        pump();
    }
}

/// After the next frame, lets one waiting section catch up; repeats while any wait.
fn pump() {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = crate::platform::frames::after_next_frame(|| {
            loop {
                let Some(job) = QUEUE.with(|q| q.borrow_mut().0.pop_front()) else {
                    QUEUE.with(|q| q.borrow_mut().1 = false);
                    return;
                };
                if job.run() {
                    break;
                }
            }
            pump();
        });
        // Kept until replaced by the next turn's (by then it has fired).
        FRAME.with(|f| *f.borrow_mut() = Some(frame));
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static FRAME: RefCell<Option<gloo::render::AnimationFrame>> = const { RefCell::new(None) };
}

/// An `Rc` compared by identity: the engine's result for one definition is computed once (see
/// `pages::explorer`, which memoises it per definition), so the same definition is the same pointer and a deep comparison per row
/// would only cost time.
#[derive(Clone)]
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props for [`Settled`].
#[derive(Properties, PartialEq, Clone)]
pub struct SettledProps {
    /// The element the hook watches.
    pub node: NodeRef,
    /// Whether the content is behind the current view.
    pub pending: bool,
    /// The section.
    pub children: Html,
}

/// A wrapper marking a section that may lag a frame behind: `aria-busy` while it does.
#[function_component]
pub fn Settled(props: &SettledProps) -> Html {
    html! {
        <div ref={props.node.clone()} class="settle"
            aria-busy={props.pending.then_some("true")} data-settled={(!props.pending).to_string()}>
            { props.children.clone() }
        </div>
    }
}

/// Starts recording where and when the reader presses (see `use_on_screen_first`, [`last_press`]).
#[cfg(target_arch = "wasm32")]
pub fn install() {
    browser::install();
}

/// When the reader last pressed a pointer or a key, on the page's clock (`performance.now()`,
/// ms); 0 before the first press or before [`install`]. Work that should wait for a quiet
/// moment (the explorer's rehearsal) reads it.
#[cfg(target_arch = "wasm32")]
pub fn last_press() -> f64 {
    browser::PRESSED_AT.with(std::cell::Cell::get)
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
            if let Some(e) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                *visible.borrow_mut() = e.is_intersecting();
            }
        });
        let observer = web_sys::IntersectionObserver::new(cb.as_ref().unchecked_ref()).ok()?;
        observer.observe(&el);
        Some(Observer { observer, _cb: cb })
    }

    thread_local! {
        /// Where the last pointer press or key press happened (see [`install`]).
        static PRESSED: RefCell<Option<web_sys::Node>> = const { RefCell::new(None) };
        /// When that was (see `last_press`).
        pub static PRESSED_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    }

    /// Whether the control the reader just used is inside `node`: the focused element, or the
    /// target of the last press (Safari does not focus a clicked button).
    pub fn holds_focus(node: &NodeRef) -> bool {
        let Some(el) = node.cast::<web_sys::Node>() else {
            return false;
        };
        let focused = gloo::utils::document()
            .active_element()
            .is_some_and(|f| el.contains(Some(&f)));
        focused || PRESSED.with(|p| p.borrow().as_ref().is_some_and(|t| el.contains(Some(t))))
    }

    /// Records the target and time of every pointer press and key press (capture phase, before the app's
    /// own handlers run).
    pub fn install() {
        let doc = gloo::utils::document();
        for event in ["pointerdown", "keydown"] {
            let options = gloo::events::EventListenerOptions::run_in_capture_phase();
            gloo::events::EventListener::new_with_options(&doc, event, options, |e| {
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                PRESSED.with(|p| *p.borrow_mut() = target);
                PRESSED_AT.with(|t| t.set(crate::platform::frames::now()));
            })
            .forget();
        }
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
