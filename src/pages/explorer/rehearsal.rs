//! A rehearsal of the reader's first definition change (issue 13: interaction measured to the
//! paint).
//!
//! The first change of definition took about 40 ms longer, at 4× CPU, than the ones after it
//! (Event Timing `duration` 104–152 ms against 48–64 ms at 1280 × 800, 2 December): V8 compiles
//! each WASM function on its first call (`wasm.CompileLazy`: 28 ms of thread time in the first
//! change's frames, under 3 ms in the second's), and that change is the first time Yew updates
//! the headline and the definition panel rather than hydrating them. So once start-up is over
//! and the page has had no press for 300 ms, the two are rendered for another definition into an
//! element that is not in the document, updated to a third, and dropped: one short task each, so
//! that the code a change runs is compiled before the reader's first click. The document does not
//! change (nothing is attached, so no id is duplicated and nothing is announced), and a reader
//! who acts first only makes the rehearsal run later.
//!
//! Natively (server rendering, tests) nothing runs.

use crate::pages::explorer::definition_panel::DefinitionPanel;
use crate::pages::explorer::headline::Headline;
use crate::state::AppStatic;
use std::rc::Rc;
use survey::engine::definition::{Definition, Hours};
use survey::engine::Summary;
use yew::prelude::*;

/// What the rehearsal renders: the headline and the definition panel for `summary`, in the app's
/// static context (the headline reads the data through it).
#[derive(Properties, PartialEq, Clone)]
pub struct StageProps {
    /// The app's static context.
    pub statics: AppStatic,
    /// The result shown.
    pub summary: Rc<Summary>,
    /// As for the headline.
    pub default_total: u64,
    /// As for the headline.
    pub surveyed: usize,
    /// As for the headline.
    pub names: Rc<Vec<(String, String)>>,
}

/// The rehearsal's stage: never in the document.
#[function_component]
pub fn Stage(props: &StageProps) -> Html {
    html! {
        <ContextProvider<AppStatic> context={props.statics.clone()}>
            <Headline summary={props.summary.clone()} default_total={props.default_total}
                surveyed={props.surveyed} names={props.names.clone()} onprov={Callback::noop()} />
            <DefinitionPanel definition={props.summary.definition} ondefine={Callback::noop()} />
        </ContextProvider<AppStatic>>
    }
}

/// The two definitions rehearsed after `current`: the other two thresholds, the rest unchanged.
pub fn others(current: Definition) -> [Definition; 2] {
    let hours = match current.hours {
        Hours::H22 => [Hours::H20, Hours::H16],
        Hours::H20 => [Hours::H16, Hours::H22],
        Hours::H16 => [Hours::H20, Hours::H22],
    };
    hours.map(|hours| Definition { hours, ..current })
}

/// Starts the rehearsal once the page is quiet; `stage` gives the props for a definition (each
/// step computes its own, in its own task).
#[cfg(target_arch = "wasm32")]
pub fn start(current: Definition, stage: impl Fn(Definition) -> StageProps + 'static) {
    use crate::platform::frames::{mark, now};
    use gloo::timers::callback::Timeout;
    use std::cell::RefCell;
    /// How long the page must have had no press (`platform::settle::last_press`) before each
    /// step, in ms.
    const QUIET_MS: u32 = 300;
    thread_local! {
        static PENDING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    }
    /// Runs `step` in a task of its own, after `wait` ms, once the page has had no press for
    /// `QUIET_MS`.
    fn when_quiet(wait: u32, step: Box<dyn FnOnce()>) {
        let timer = Timeout::new(wait, move || {
            if now() - crate::platform::settle::last_press() < f64::from(QUIET_MS) {
                when_quiet(QUIET_MS, step);
            } else {
                step();
            }
        });
        PENDING.with(|p| *p.borrow_mut() = Some(timer));
    }
    let [first, second] = others(current);
    when_quiet(
        QUIET_MS,
        Box::new(move || {
            let Ok(root) = gloo::utils::document().create_element("div") else {
                return;
            };
            // Marks on the performance timeline, for traces and `e2e/rehearsal.spec.js`.
            mark("tic:rehearsal-start");
            let mut app = yew::Renderer::<Stage>::with_root_and_props(root, stage(first)).render();
            when_quiet(
                0,
                Box::new(move || {
                    app.update(stage(second));
                    when_quiet(
                        0,
                        Box::new(move || {
                            app.destroy();
                            mark("tic:rehearsal-done");
                        }),
                    );
                }),
            );
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rehearsal covers the two thresholds the reader can move to, and nothing else changes.
    #[test]
    fn the_other_two_thresholds() {
        for hours in [Hours::H22, Hours::H20, Hours::H16] {
            let current = Definition {
                hours,
                alternatives: true,
                ..Definition::default()
            };
            let [a, b] = others(current);
            assert!(a.hours != hours && b.hours != hours && a.hours != b.hours);
            for d in [a, b] {
                assert_eq!(Definition { hours, ..d }, current);
            }
        }
    }
}
