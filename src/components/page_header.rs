//! The top every report page shares: its title, what it shows in plain words, an optional notice,
//! its source line, an optional toolbar, and the panel that shows an endnote's text.

use crate::components::endnotes::{NotePanel, NotePanelState};
use yew::prelude::*;

/// Props for [`PageHeader`].
#[derive(Properties, PartialEq, Clone)]
pub struct PageHeaderProps {
    /// The page's `<h1>`.
    pub title: AttrValue,
    /// What the page shows.
    pub intro: AttrValue,
    /// "Source: …", with tables, pages and endnotes.
    pub source: AttrValue,
    /// The page's endnote panel (`use_note_panel`).
    pub notes: NotePanelState,
    /// Shown between the intro and the source (a notice).
    #[prop_or_default]
    pub children: Html,
    /// Shown after the source line (a toolbar).
    #[prop_or_default]
    pub tools: Html,
}

/// Title, intro, notice, source, toolbar, endnote panel.
#[function_component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    html! {
        <>
            <h1>{ props.title.clone() }</h1>
            <p class="intro">{ props.intro.clone() }</p>
            { props.children.clone() }
            <p class="source">{ props.source.clone() }</p>
            { props.tools.clone() }
            <NotePanel note={props.notes.open} onclose={props.notes.onclose.clone()} />
        </>
    }
}
