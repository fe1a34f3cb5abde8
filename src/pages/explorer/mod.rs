//! The explorer: definition panel, headline, pinned comparison, chart, map and table — its parts
//! in this folder, its chart and map in `crate::charts`.
//!
//! The headline and the definition panel follow a change at once; the sections below them go
//! through [`use_on_screen_first`]: the one holding the control just used updates in the same
//! task, the others one per frame after the click's paint (issues 8 and 13). They get the view as props and read only the static context, so a change they
//! do not show does not re-render them.

pub mod animated;
pub mod definition_panel;
pub mod headline;
pub mod pinned;
pub mod rehearsal;
pub mod results_table;

use crate::charts::{bar_chart::BarChart, tile_map::TileMap};
use crate::components::link::Link;
use crate::components::{endnotes::NotePanel, provenance::ProvenancePanel};
use crate::platform::later::Later;
use crate::platform::settle::{use_on_screen_first, Settled};
use crate::state::{use_app, use_static, Action};
use definition_panel::DefinitionPanel;
use headline::Headline;
use pinned::Pinned;
use results_table::ResultsTable;
use std::rc::Rc;
use survey::engine::definition::Definition;
use survey::engine::Summary;
use survey::url::ViewState;
use yew::prelude::*;

/// What a section renders: the engine's result and the view it belongs to.
type Snapshot = (Rc<Summary>, Rc<ViewState>);

/// The main screen. Its heading hydrates in start-up's first task; everything below it (and all
/// the work of computing it) in a part of its own after that (`Later`, issue 13), which hydrates
/// its own sections one per task after it.
#[function_component]
pub fn Explorer() -> Html {
    html! {
        <div class="explorer">
            <h1 class="visually-hidden">{ "Explorer" }</h1>
            <Later><Body /></Later>
        </div>
    }
}

/// Everything on the main screen below its heading.
#[function_component]
fn Body() -> Html {
    let ctx = use_app();
    let def = ctx.view().definition;
    let summary = {
        let engine = ctx.app.engine.clone();
        use_memo(def, move |d| Rc::new(engine.compute(d)))
    };
    let default_total = {
        let engine = ctx.app.engine.clone();
        *use_memo((), move |_| engine.compute(&Definition::default()).total)
    };
    let names = {
        let data = ctx.app.data.clone();
        use_memo((), move |_| {
            Rc::new(
                data.jurisdictions
                    .iter()
                    .map(|j| (j.code.clone(), j.name.clone()))
                    .collect::<Vec<_>>(),
            )
        })
    };
    let view = {
        let v = ctx.view().clone();
        use_memo(v, |v| Rc::new(v.clone()))
    };
    let notes = crate::components::endnotes::use_note_panel();
    let prov = use_state(|| None::<survey::checks::provenance::Provenance>);
    let onprov = {
        let (prov, close_note) = (prov.clone(), notes.onclose.clone());
        use_callback((), move |p, _| {
            close_note.emit(());
            prov.set(Some(p));
        })
    };
    let onprovclose = {
        let prov = prov.clone();
        use_callback((), move |_, _| prov.set(None))
    };
    let onnote = {
        let open = notes.onopen.clone();
        use_callback((), move |n, _| open.emit(n))
    };
    let onclose = notes.onclose.clone();
    // Stable callbacks: a sort or a pin does not re-render the panels.
    let ondefine = {
        let store = ctx.store.dispatcher();
        use_callback((), move |d, _| store.dispatch(Action::Define(d)))
    };
    // Once start-up is over, the first definition change is rehearsed out of the document.
    #[cfg(target_arch = "wasm32")]
    {
        let statics = crate::state::use_static();
        let (engine, names) = (ctx.app.engine.clone(), (*names).clone());
        let surveyed = ctx.app.data.jurisdictions.len();
        use_effect_with((), move |_| {
            crate::platform::later::when_done(move || {
                rehearsal::start(def, move |d| rehearsal::StageProps {
                    statics: statics.clone(),
                    summary: Rc::new(engine.compute(&d)),
                    default_total,
                    surveyed,
                    names: names.clone(),
                })
            });
        });
    }
    let summary: Rc<Summary> = (*summary).clone();
    let snapshot: Snapshot = (summary.clone(), (*view).clone());
    let (pinned_ref, chart_ref, map_ref, table_ref) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let (pinned, pinned_busy) = use_on_screen_first(snapshot.clone(), pinned_ref.clone());
    let (chart, chart_busy) = use_on_screen_first(snapshot.clone(), chart_ref.clone());
    let (map, map_busy) = use_on_screen_first(snapshot.clone(), map_ref.clone());
    let (table, table_busy) = use_on_screen_first(snapshot, table_ref.clone());
    html! {
        <>
            <div class="explorer-top">
                <Later><Headline summary={summary.clone()} {default_total} surveyed={ctx.app.data.jurisdictions.len()} names={(*names).clone()} onprov={onprov.clone()} /></Later>
                <Later><DefinitionPanel definition={def} {ondefine} /></Later>
            </div>
            <p class="compare-with"><Link to={compare_with(&view, def)} class="button">{ "Compare with… another definition, side by side" }</Link></p>
            <NotePanel note={notes.open} {onclose} />
            <ProvenancePanel prov={(*prov).clone()} onclose={onprovclose} />
            <Settled node={pinned_ref} pending={pinned_busy}><Later><Pinned summary={pinned.0} view={pinned.1} /></Later></Settled>
            <div class="explorer-visuals">
                <Settled node={chart_ref} pending={chart_busy}><Later><BarChart summary={chart.0} view={chart.1} /></Later></Settled>
                <Settled node={map_ref} pending={map_busy}><Later><TileMap summary={map.0} view={map.1} /></Later></Settled>
            </div>
            <Settled node={table_ref} pending={table_busy}>
                if table.0.not_measured.is_none() {
                    <Later><ResultsTable summary={table.0.clone()} view={table.1} {onnote} {onprov} /></Later>
                    <Later><LeftOut summary={table.0} /></Later>
                }
            </Settled>
        </>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct LeftOutProps {
    summary: Rc<Summary>,
}

#[function_component]
fn LeftOut(props: &LeftOutProps) -> Html {
    let ctx = use_static();
    let s = &props.summary;
    let name = |c: &str| {
        ctx.app
            .data
            .jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_else(|| c.to_string())
    };
    html! {
        <section class="left-out" aria-labelledby="left-out-heading">
            <h2 id="left-out-heading">{ "Who is not in the total" }</h2>
            <ul>
                { for s.left_out.iter().map(|(c, g)| html! { <li><strong>{ name(c) }</strong>{ ": " }{ g.reason() }</li> }) }
            </ul>
            if !s.partial.is_empty() {
                <p>{ format!("Counted only in part (22-hour count only, no 16–21-hour bands reported): {}.", s.partial.iter().map(|c| name(c)).collect::<Vec<_>>().join(", ")) }</p>
            }
        </section>
    }
}

/// The lab's comparison opened from the explorer: this definition as A, and as B the report's
/// own (or, when A is the report's, 16 hours a day) — the teacher then changes B.
fn compare_with(
    view: &survey::url::ViewState,
    a: survey::engine::definition::Definition,
) -> survey::url::ViewState {
    use survey::engine::definition::{Definition, Hours};
    let b = if a == Definition::default() {
        Definition {
            hours: Hours::H16,
            ..a
        }
    } else {
        Definition::default()
    };
    view.with_route(survey::url::Route::Lab {
        step: 0,
        pair: Some((a, b)),
        handout: None,
    })
}
