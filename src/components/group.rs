//! Long pages in groups (issue 15): a `<details>` per group, collapsed by default, its open state
//! in the URL (`open=`), so a copied link opens the same groups; and the "On this page" list that
//! opens each page.

use crate::state::{use_app, Action};
use yew::prelude::*;

/// Props for [`Group`].
#[derive(Properties, PartialEq, Clone)]
pub struct GroupProps {
    /// Its slug: the element id and the token in `open=` (lowercase, digits, hyphens).
    pub slug: AttrValue,
    /// The heading shown on the closed group.
    pub title: AttrValue,
    /// How many entries it holds, shown after the title.
    #[prop_or_default]
    pub count: Option<usize>,
    /// A line under the title, shown while closed too.
    #[prop_or_default]
    pub summary: AttrValue,
    /// Open whatever the URL says (e.g. while a filter shows its matches).
    #[prop_or_default]
    pub force_open: bool,
    /// The content.
    #[prop_or_default]
    pub children: Html,
}

/// A collapsible group whose open state lives in the URL.
#[function_component]
pub fn Group(props: &GroupProps) -> Html {
    let ctx = use_app();
    let slug = props.slug.to_string();
    let open = props.force_open || ctx.view().open.contains(&slug);
    let ontoggle = {
        let (store, slug, force) = (ctx.store.dispatcher(), slug.clone(), props.force_open);
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            let now = el.has_attribute("open");
            if now != open && !force {
                store.dispatch(Action::Open(slug.clone(), now));
            }
        })
    };
    html! {
        <details class="group" id={slug.clone()} {open} {ontoggle} data-testid={format!("group-{slug}")}>
            <summary>
                <span class="group-title">{ props.title.clone() }</span>
                if let Some(n) = props.count { <span class="group-count">{ format!(" ({n})") }</span> }
                if !props.summary.is_empty() { <span class="group-summary">{ props.summary.clone() }</span> }
            </summary>
            // Hydrated after the first screen, a group per task (issue 13).
            <div class="group-body"><crate::platform::later::Later>{ props.children.clone() }</crate::platform::later::Later></div>
        </details>
    }
}

/// Props for [`OnThisPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct OnThisPageProps {
    /// (element id, words) of each part of the page, in order.
    pub items: Vec<(AttrValue, AttrValue)>,
}

/// The short list of a page's parts, linking to each.
#[function_component]
pub fn OnThisPage(props: &OnThisPageProps) -> Html {
    // The page's own address with the part's id: a bare `#id` would resolve against the document's
    // <base href> (the site root), another page.
    let ctx = crate::state::use_app();
    let here = ctx.href(ctx.view());
    html! {
        <nav class="on-this-page" aria-labelledby="on-this-page-heading" data-testid="on-this-page">
            <h2 id="on-this-page-heading">{ "On this page" }</h2>
            <ul>
                { for props.items.iter().map(|(id, words)| html! {
                    <li><a href={format!("{here}#{id}")}>{ words.clone() }</a></li>
                }) }
            </ul>
        </nav>
    }
}

/// Props for [`KeyFinding`].
#[derive(Properties, PartialEq, Clone)]
pub struct KeyFindingProps {
    /// The finding, in one or two sentences.
    pub children: Html,
}

/// The page's key finding, first thing under its heading.
#[function_component]
pub fn KeyFinding(props: &KeyFindingProps) -> Html {
    html! { <p class="key-finding" data-testid="key-finding">{ props.children.clone() }</p> }
}

/// Props for [`ListFilter`].
#[derive(Properties, PartialEq, Clone)]
pub struct ListFilterProps {
    /// What the box filters, e.g. "Filter the reforms".
    pub label: AttrValue,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// How many entries match, shown beside it.
    pub shown: usize,
    /// Entries in all.
    pub total: usize,
}

/// A text box that filters a page's long list; its text is the view's `q=`.
#[function_component]
pub fn ListFilter(props: &ListFilterProps) -> Html {
    let ctx = use_app();
    let oninput = {
        let store = ctx.store.dispatcher();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::Search(input.value()));
        })
    };
    html! {
        <div class="group-filter">
            <label for="list-filter">{ props.label.clone() }</label>
            <input id="list-filter" type="search" value={ctx.view().explorer.search.clone()} {oninput} placeholder={props.placeholder.clone()} autocomplete="off" data-testid="list-filter" />
            <span aria-live="polite">{ if props.shown == props.total { format!("{} entries", props.total) } else { format!("{} of {} entries match", props.shown, props.total) } }</span>
        </div>
    }
}
