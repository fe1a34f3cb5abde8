//! Endnote markers and the panel that shows an endnote's text.

use crate::components::source_dialog::SourceDialog;
use crate::state::{use_report_text, use_static};
use yew::prelude::*;

/// Props for [`NoteMarkers`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoteMarkersProps {
    /// Endnote numbers.
    pub notes: Vec<u32>,
    /// Called with a number when the reader opens it.
    pub onopen: Callback<u32>,
}

/// Superscript buttons, one per endnote.
#[function_component]
pub fn NoteMarkers(props: &NoteMarkersProps) -> Html {
    html! {
        <>
            { for props.notes.iter().map(|&n| {
                let onopen = props.onopen.clone();
                html! {
                    <button type="button" class="note-marker" aria-label={format!("Endnote {n}")}
                        onclick={Callback::from(move |_| onopen.emit(n))}>{ n }</button>
                }
            }) }
        </>
    }
}

/// Props for [`NotePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct NotePanelProps {
    /// The endnote shown, if any.
    pub note: Option<u32>,
    /// Called to close it.
    pub onclose: Callback<()>,
}

/// The open endnote's full text, with its page.
#[function_component]
pub fn NotePanel(props: &NotePanelProps) -> Html {
    let ctx = use_static();
    let text = use_report_text();
    crate::state::use_ask_for_notes(props.note, props.note.is_some());
    let Some(n) = props.note else { return html! {} };
    let onclose = props.onclose.clone();
    let body = match text.dataset(&ctx.app.data) {
        None => {
            html! { <p role="status" data-testid="note-loading">{ "Loading the endnote…" }</p> }
        }
        Some(Err(e)) => html! {
            <p role="alert" data-testid="note-error">{ format!("The endnote's text could not be loaded ({e}). Close it and open it again to try again.") }</p>
        },
        Some(Ok(data)) => match data.endnote(n) {
            Some(e) => html! {
                <>
                    <p class="note-text">{ e.text.clone() }</p>
                    <p class="note-source">{ format!("Endnote {n}, report p. {}. ", e.page) }<a href={survey::data::row_pages::REPORT_URL} rel="noopener">{ "The report (PDF)" }</a></p>
                </>
            },
            None => html! { <p>{ format!("Endnote {n} is not in the dataset.") }</p> },
        },
    };
    html! {
        <SourceDialog class="endnote" label={format!("Endnote {n}")} testid="note-panel" {onclose}>
            <h3>{ format!("Endnote {n}") }</h3>
            { body }
        </SourceDialog>
    }
}

/// A page's endnote panel: which endnote is open, and the callbacks to open and close it.
#[derive(Clone, PartialEq)]
pub struct NotePanelState {
    /// The open endnote, if any.
    pub open: Option<u32>,
    /// Opens an endnote (pass to [`NoteMarkers`]).
    pub onopen: Callback<u32>,
    /// Closes the panel (pass to [`NotePanel`]).
    pub onclose: Callback<()>,
}

/// The endnote-panel state every page with endnote markers needs.
#[hook]
pub fn use_note_panel() -> NotePanelState {
    let note = use_state(|| None::<u32>);
    // Stable across renders, so components that take them are not re-rendered for nothing.
    let onopen = {
        let note = note.clone();
        use_callback((), move |n, _| note.set(Some(n)))
    };
    let onclose = {
        let note = note.clone();
        use_callback((), move |_, _| note.set(None))
    };
    NotePanelState {
        open: *note,
        onopen,
        onclose,
    }
}
