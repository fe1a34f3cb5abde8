//! Hydration of the first screen first (issue 13: no task over 100 ms at 4× from navigation to
//! interactive). Hydrating a whole server-rendered page is one long task: Yew creates every
//! component and walks every node of the page in one go. [`Later`] marks a part of a page (a
//! chart, the map, the table, a long section) whose hydration waits: Yew 0.23 hydrates a
//! `<Suspense>` boundary lazily — while a component inside it is suspended, the server-rendered
//! nodes stay in the page as they are (its fallback is that DOM, not the `fallback` prop), and the
//! component hydrates a copy of them once it resumes, which then takes their place in the same
//! task (same markup, so nothing moves). So start-up hydrates everything outside [`Later`] in its
//! first task, and each [`Later`] part in a task of its own after it, in page order.
//!
//! Only start-up defers: [`begin`] arms the queue before `hydrate()`, and a [`Later`] first
//! rendered after [`when_done`] has fired (a page change, a section opened) renders at once.
//! Natively (server rendering, tests) nothing is deferred, so the server's HTML holds everything.
//!
//! The page is not marked interactive (`<html data-ready>`, see [`when_done`]) until every part
//! has hydrated, so the boot script holds a tap on a part until it can take it.

use yew::prelude::*;

/// Props for [`Later`].
#[derive(Properties, PartialEq, Clone)]
pub struct LaterProps {
    /// The part of the page whose hydration waits its turn.
    #[prop_or_default]
    pub children: Html,
    /// Draws the part instead of `children`, called only when its turn has come: building a long
    /// part's elements (a table of every jurisdiction) is then part of its own task, not of the
    /// page's first one.
    #[prop_or_default]
    pub render: Option<Callback<(), Html>>,
}

/// A part of a server-rendered page hydrated in a task of its own after the first screen (see
/// the module's documentation). Renders its children (or what `render` draws) as they are.
#[function_component]
pub fn Later(props: &LaterProps) -> Html {
    html! {
        <Suspense fallback={html! {}}>
            <Turn ..props.clone() />
        </Suspense>
    }
}

/// How many rows of a long table hydrate together (see [`in_parts`]).
const ROWS_PER_PART: usize = 8;

/// The rows of a long table (or the items of a long list) in parts of [`ROWS_PER_PART`], each a
/// [`Later`]: at start-up each part hydrates in a task of its own instead of the whole table in
/// one (a 30-row table of a dozen columns took 35–77 ms in one task on a fast machine, four times
/// that on a slow phone). Unkeyed parts: a row keyed inside its part moves within it.
pub fn in_parts<T>(items: &[T], item: impl Fn(&T) -> Html) -> Html {
    items
        .chunks(ROWS_PER_PART)
        .map(|part| html! { <Later>{ for part.iter().map(&item) }</Later> })
        .collect()
}

/// Suspends its first render during start-up until its turn comes.
#[function_component]
fn Turn(props: &LaterProps) -> HtmlResult {
    // Asked once: a later render (its turn come, or any update) never suspends again.
    let wait = use_mut_ref(queue::take_turn);
    let mut wait = wait.borrow_mut();
    if let Some(s) = wait.take() {
        if !s.resumed() {
            *wait = Some(s.clone());
            return Err(s.into());
        }
        queue::hydrated();
    }
    Ok(match &props.render {
        Some(render) => render.emit(()),
        None => props.children.clone(),
    })
}

/// Arms the queue: every [`Later`] rendered from now until the queue has drained waits its turn.
/// Called by start-up right before `hydrate()`.
pub fn begin() {
    queue::begin();
}

/// Whether start-up is still hydrating (from [`begin`] until every part has hydrated): work that
/// can wait (drawing a chart again at its measured width) then takes a task of its own.
pub fn starting() -> bool {
    queue::starting()
}

/// Runs `f` once every waiting part has hydrated (at once, in a new task, if none waits): one part
/// per task, in page order, each after the browser could handle input and paint.
pub fn when_done(f: impl FnOnce() + 'static) {
    queue::when_done(Box::new(f));
}

mod queue {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use yew::suspense::{Suspension, SuspensionHandle};

    #[derive(Default)]
    struct Queue {
        /// Between [`begin`] and the queue's drain.
        armed: bool,
        /// The parts waiting, in page order.
        waiting: VecDeque<SuspensionHandle>,
        /// What runs once the queue has drained.
        done: Vec<Box<dyn FnOnce()>>,
        /// Whether the pump runs.
        pumping: bool,
    }

    /// How long one task of start-up hydrates parts, in milliseconds of the page's clock (a
    /// throttled or slow CPU makes the same work take longer, and so fewer parts per task).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    const BUDGET_MS: f64 = 12.0;

    thread_local! {
        static QUEUE: RefCell<Queue> = RefCell::default();
        /// How many parts have hydrated so far.
        static HYDRATED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    pub fn begin() {
        QUEUE.with(|q| q.borrow_mut().armed = true);
    }

    pub fn starting() -> bool {
        QUEUE.with(|q| q.borrow().armed)
    }

    /// A suspension for a part rendered now, if start-up is still hydrating.
    pub fn take_turn() -> Option<Suspension> {
        if cfg!(not(target_arch = "wasm32")) {
            return None;
        }
        QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            if !q.armed {
                return None;
            }
            let (s, handle) = Suspension::new();
            q.waiting.push_back(handle);
            Some(s)
        })
    }

    /// Counts a part that has hydrated (its turn came and it rendered), for the pump.
    pub fn hydrated() {
        HYDRATED.with(|h| h.set(h.get() + 1));
    }

    pub fn when_done(f: Box<dyn FnOnce()>) {
        let start = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            q.done.push(f);
            !std::mem::replace(&mut q.pumping, true)
        });
        if start {
            pump();
        }
    }

    /// A new task (a zero timeout), then parts resume in page order — each hydrates in a
    /// microtask right after it resumes — until the task has run [`BUDGET_MS`]; then the next
    /// task. A part bigger than that takes a task of its own. Drained: disarms, then runs what
    /// waited for it.
    fn pump() {
        #[cfg(target_arch = "wasm32")]
        yew::platform::spawn_local(async {
            use crate::platform::frames::now;
            let mut resumed = 0;
            'tasks: loop {
                crate::platform::frames::next_task().await;
                let began = now();
                loop {
                    let next = QUEUE.with(|q| q.borrow_mut().waiting.pop_front());
                    let Some(handle) = next else { break 'tasks };
                    let before = HYDRATED.with(|h| h.get());
                    resumed += 1;
                    crate::platform::frames::mark("tic:part-start");
                    handle.resume();
                    // Yew renders in a microtask queued by the resume, unless its scheduler is
                    // between two slices of earlier work (it yields every 16 ms with a zero
                    // timeout): then the part hydrates in that timeout's task, and the pump
                    // waits for it (timeouts run in order) before it resumes another.
                    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
                        &wasm_bindgen::JsValue::NULL,
                    ))
                    .await;
                    // Each part's hydration, for traces (`performance` entries "tic:part").
                    crate::platform::frames::measure("tic:part", "tic:part-start");
                    if HYDRATED.with(|h| h.get()) == before || now() - began >= BUDGET_MS {
                        break;
                    }
                }
            }
            // The last part may still wait for the scheduler's timeout.
            if HYDRATED.with(|h| h.get()) < resumed {
                crate::platform::frames::next_task().await;
            }
            let done = QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                q.armed = false;
                q.pumping = false;
                std::mem::take(&mut q.done)
            });
            crate::platform::frames::mark("tic:hydrated");
            for f in done {
                f();
            }
        });
    }
}
