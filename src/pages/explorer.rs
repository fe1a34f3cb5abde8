//! The explorer: definition panel, headline, pinned comparison, chart, map and table.

use crate::components::{bar_chart::BarChart, definition_panel::DefinitionPanel, endnotes::NotePanel, headline::Headline, pinned::Pinned, provenance::ProvenancePanel, results_table::ResultsTable, tile_map::TileMap};
use crate::state::{use_app, Action};
use std::rc::Rc;
use survey::definition::Definition;
use yew::prelude::*;

/// The main screen.
#[function_component]
pub fn Explorer() -> Html {
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
        use_memo((), move |_| Rc::new(data.jurisdictions.iter().map(|j| (j.code.clone(), j.name.clone())).collect::<Vec<_>>()))
    };
    let notes = crate::components::endnotes::use_note_panel();
    let prov = use_state(|| None::<survey::provenance::Provenance>);
    let onprov = { let (prov, close_note) = (prov.clone(), notes.onclose.clone()); Callback::from(move |p| { close_note.emit(()); prov.set(Some(p)); }) };
    let onprovclose = { let prov = prov.clone(); Callback::from(move |_| prov.set(None)) };
    let onnote = notes.onopen.clone();
    let onclose = notes.onclose.clone();
    let ondefine = { let store = ctx.store.clone(); Callback::from(move |d| store.dispatch(Action::Define(d))) };
    let summary: Rc<survey::engine::Summary> = (*summary).clone();
    html! {
        <div class="explorer">
            <h1 class="visually-hidden">{ "Explorer" }</h1>
            <div class="explorer-top">
                <Headline summary={summary.clone()} {default_total} surveyed={ctx.app.data.jurisdictions.len()} names={(*names).clone()} onprov={onprov.clone()} />
                <DefinitionPanel definition={def} {ondefine} />
            </div>
            <NotePanel note={notes.open} {onclose} />
            <ProvenancePanel prov={(*prov).clone()} onclose={onprovclose} />
            <Pinned summary={summary.clone()} />
            <div class="explorer-visuals">
                <BarChart summary={summary.clone()} />
                <TileMap summary={summary.clone()} />
            </div>
            if summary.not_measured.is_none() {
                <ResultsTable summary={summary.clone()} {onnote} {onprov} />
                <LeftOut summary={summary} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct LeftOutProps {
    summary: Rc<survey::engine::Summary>,
}

#[function_component]
fn LeftOut(props: &LeftOutProps) -> Html {
    let ctx = use_app();
    let s = &props.summary;
    let name = |c: &str| ctx.app.data.jurisdiction(c).map(|j| j.name.clone()).unwrap_or_else(|| c.to_string());
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
