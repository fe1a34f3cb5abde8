//! Provenance: any figure can be activated to show its table, page, endnotes in full, whether it is
//! printed or computed (and how), and the definition in force — with a ready citation to copy.

use crate::components::download::copy_to_clipboard;
use crate::components::source_dialog::SourceDialog;
use crate::state::use_app;
use survey::checks::provenance::Provenance;
use survey::export::view_csv::fingerprint;
use yew::prelude::*;

/// Props for [`FigureButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureButtonProps {
    /// The figure's provenance.
    pub prov: Provenance,
    /// Called when activated.
    pub onprov: Callback<Provenance>,
    /// `data-testid`.
    #[prop_or_default]
    pub testid: AttrValue,
    /// What to show (defaults to the provenance's value).
    #[prop_or_default]
    pub children: Html,
    /// The accessible name: the number and what it is, once (defaults to value and label).
    #[prop_or_default]
    pub name: AttrValue,
}

/// A figure the reader can activate (click, tap, Enter/Space) to see where it comes from.
#[function_component]
pub fn FigureButton(props: &FigureButtonProps) -> Html {
    let onclick = {
        let (prov, onprov) = (props.prov.clone(), props.onprov.clone());
        Callback::from(move |_| onprov.emit(prov.clone()))
    };
    let content = if props.children == Html::default() {
        html! { { props.prov.value.clone() } }
    } else {
        props.children.clone()
    };
    let name = if props.name.is_empty() {
        format!("{} — {}", props.prov.value, props.prov.label)
    } else {
        props.name.to_string()
    };
    figure_button(onclick, props.testid.clone(), &name, content)
}

/// The markup of a figure the reader can activate: `name` is the number and what it is, read as
/// "…: show source". For figures whose provenance is built only when activated (the explorer's
/// rows, re-rendered on every definition change and sort).
pub fn figure_button(
    onclick: Callback<MouseEvent>,
    testid: AttrValue,
    name: &str,
    content: Html,
) -> Html {
    html! {
        <button type="button" class="figure" {onclick} data-testid={testid}
            aria-label={format!("{name}: show source")}>{ content }</button>
    }
}

/// Props for [`ProvenancePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProvenancePanelProps {
    /// The figure shown, if any.
    pub prov: Option<Provenance>,
    /// Called to close.
    pub onclose: Callback<()>,
}

/// The citation line for one figure.
pub fn citation(p: &Provenance, permalink: &str) -> String {
    format!("{}: {} — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), {}. Via Time-In-Cell Explorer {permalink} (data {})", p.label, p.value, p.source(), fingerprint())
}

/// The panel with a figure's provenance.
#[function_component]
pub fn ProvenancePanel(props: &ProvenancePanelProps) -> Html {
    let ctx = use_app();
    let text = crate::state::use_report_text();
    let copied = use_state(|| false);
    // A figure that cites endnotes shows their texts.
    let cites = props.prov.as_ref().map(|p| p.notes.clone());
    let needed = cites.as_ref().is_some_and(|n| !n.is_empty());
    crate::state::use_ask_for_notes(cites, needed);
    let Some(p) = props.prov.clone() else {
        return html! {};
    };
    let onclose = props.onclose.clone();
    let cite = citation(
        &p,
        &crate::components::download::full_url(&ctx.href(ctx.view())),
    );
    let copy = {
        let (cite, copied) = (cite.clone(), copied.clone());
        Callback::from(move |_| {
            copy_to_clipboard(&cite);
            copied.set(true);
        })
    };
    html! {
        <SourceDialog class="provenance" label="Where this figure comes from" testid="provenance" {onclose}>
            <h3>{ p.label.clone() }</h3>
            <p class="prov-value">{ p.value.clone() }</p>
            <dl class="prov">
                <div><dt>{ "Source" }</dt><dd data-testid="prov-source">{ format!("ASCA–Liman report, {}", p.source()) }</dd><dd><a href={survey::data::row_pages::REPORT_URL} rel="noopener">{ "The report (PDF, Liman Center)" }</a></dd></div>
                <div><dt>{ "Printed or computed" }</dt><dd data-testid="prov-kind">{ if p.printed { "Printed in the report" } else { "Computed by this app from the report's tables" } }</dd></div>
                if !p.method.is_empty() { <div><dt>{ "How" }</dt><dd>{ p.method.clone() }</dd></div> }
                <div><dt>{ "Definition" }</dt><dd>{ p.definition.clone() }</dd></div>
            </dl>
            if !p.notes.is_empty() {
                <h4>{ "Endnotes that qualify it" }</h4>
                <ul class="prov-notes">
                    { for p.notes.iter().map(|n| html! {
                        <li><strong>{ format!("{n}. ") }</strong>{ match text.dataset(&ctx.app.data) { Some(Ok(data)) => data.endnote(*n).map(|e| format!("{} (p. {})", e.text, e.page)).unwrap_or_default(), Some(Err(e)) => format!("(the endnote's text could not be loaded: {e}; close this and open it again to try again)"), None => "(loading the endnote…)".to_string() } }</li>
                    }) }
                </ul>
            }
            <p class="citation" data-testid="prov-citation">{ cite }</p>
            <div class="view-tools">
                <button type="button" onclick={copy}>{ if *copied { "Citation copied" } else { "Copy citation" } }</button>
            </div>
        </SourceDialog>
    }
}
