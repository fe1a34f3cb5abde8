//! The page around every view: the title and announcement kept in step with the view, focus moved
//! to the new heading on a change of page, the skip link, the header and the footer.

use super::header::Header;
use super::*;

#[derive(Properties, PartialEq, Clone)]
pub(super) struct ShellProps {
    pub(super) app: AppData,
    pub(super) path: AttrValue,
    pub(super) query: AttrValue,
}

#[function_component]
pub(super) fn Shell(props: &ShellProps) -> Html {
    let ShellProps { app, path, query } = props.clone();
    let store = {
        let (p, q, codes) = (path.to_string(), query.to_string(), app.codes.clone());
        use_reducer(move || {
            let (view, notices) = survey::url::parse_address(&p, &q, &codes);
            Store {
                view,
                notices,
                history: crate::state::HistoryMode::None,
            }
        })
    };
    crate::platform::history::use_history_sync(store.clone(), app.codes.clone(), app.bundle);
    // Changes only when the data does (the report's text arrives after first paint).
    let statics = use_memo(app.clone(), {
        let dispatch = store.dispatcher();
        move |app| AppStatic {
            app: app.clone(),
            dispatch,
        }
    });
    let ctx = AppContext {
        app,
        store: store.clone(),
    };
    let view = store.view.clone();
    let code = match &view.route {
        survey::url::Route::Profile { j } => Some(j.clone()),
        _ => None,
    };
    let name = code
        .as_deref()
        .and_then(|c| ctx.app.data.jurisdiction(c))
        .map(|j| j.full_name());
    let title = survey::url::titles::document_title(&view, name.as_deref());
    let announce = use_state_eq(String::new);
    {
        // Every view has its own title; a change of page (or profile) moves focus to the new
        // heading and is announced. The first render leaves focus where the browser put it.
        // A page moved to that still waits for parts of the report's text shows "Loading…"
        // (`pages::render`): the move is kept until they are here, then the heading it brings is
        // focused and announced (before, focus stayed on the loading line that the page replaced).
        let first = use_mut_ref(|| true);
        let pending = use_mut_ref(|| None::<String>);
        let said = survey::url::titles::announcement(&view, name.as_deref());
        let key = (view.page(), code.clone());
        let page = view.page();
        let ready = !(ctx.app.bundle.has)(page) || ctx.app.data.has(page.text_parts());
        use_effect_with(title.clone(), |title| {
            #[cfg(target_arch = "wasm32")]
            gloo::utils::document().set_title(title);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = title;
        });
        use_effect_with(key.clone(), {
            let pending = pending.clone();
            move |_| {
                if !std::mem::replace(&mut *first.borrow_mut(), false) {
                    *pending.borrow_mut() = Some(said);
                }
            }
        });
        let announce = announce.clone();
        use_effect_with((key, ready), move |(_, ready)| {
            if !*ready {
                return;
            }
            if let Some(said) = pending.borrow_mut().take() {
                announce.set(said);
                #[cfg(target_arch = "wasm32")]
                focus_heading();
            }
        });
    }
    if view.display.embed {
        let mut full = view.clone();
        full.display.embed = false;
        let href = ctx.href(&full);
        return html! {
            <ContextProvider<AppStatic> context={(*statics).clone()}>
            <ContextProvider<AppContext> context={ctx}>
                <div class="embed" data-testid="embed">
                    { pages::render(view.page()) }
                    <p class="embed-source" data-testid="embed-source">
                        { "Source: ASCA–Liman, " }<cite>{ "Aiming to Reduce Time-In-Cell" }</cite>{ " (2016), data as of fall 2015 · " }
                        <a {href} target="_blank" rel="noopener">{ "Open in Time-In-Cell Explorer" }</a>
                    </p>
                </div>
            </ContextProvider<AppContext>>
            </ContextProvider<AppStatic>>
        };
    }
    let large = if view.display.large { "large-type" } else { "" };
    // Projector mode (issue 16): the lab alone, without the site's header, menu and footer.
    let projector = view.display.large && view.page() == Page::Lab;
    let permalink = ctx.href(&view);
    html! {
        <ContextProvider<AppStatic> context={(*statics).clone()}>
        <ContextProvider<AppContext> context={ctx}>
            <div class={classes!("shell", large, projector.then_some("projector-shell"))}>
                <a class="skip-link" href={skip_href(&permalink)} onclick={Callback::from(skip_to_content)}>{ "Skip to content" }</a>
                // The menu hydrates in a task of its own after the page's first part (issue 13).
                if !projector { <crate::platform::later::Later><Header /></crate::platform::later::Later> }
                <Notices />
                <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{ (*announce).clone() }</p>
                <div id="content" tabindex="-1">{ pages::render(view.page()) }</div>
                <p class="print-only print-citation">{ format!("Printed from Time-In-Cell Explorer, view {} (data version {}). Source: ASCA–Liman, Aiming to Reduce Time-In-Cell (2016); figures as of fall 2015.", permalink, survey::export::view_csv::fingerprint()) }</p>
                if !projector {
                <footer class="site-footer">
                    <p>{ "Source: ASCA and the Arthur Liman Public Interest Program, Yale Law School, " }<cite>{ "Aiming to Reduce Time-In-Cell" }</cite>{ " (2016). Figures as of fall 2015. All data runs in your browser; " }<a href="data/time-in-cell-data.zip" download="time-in-cell-data.zip">{ "download all the data (zip)" }</a>{ "." }</p>
                </footer>
                }
            </div>
        </ContextProvider<AppContext>>
        </ContextProvider<AppStatic>>
    }
}

/// Moves focus to the part of the page the address names (`#later`), else to the page's main
/// heading.
#[cfg(target_arch = "wasm32")]
fn focus_heading() {
    use crate::platform::fragment;
    if !fragment::focus_target() {
        let doc = gloo::utils::document();
        if let Some(h) = doc.query_selector("#content h1").ok().flatten() {
            fragment::focus(&h);
        }
    }
}

/// The skip link's target: this view's address and `#content` (a long claim's own fragment, see
/// `survey::url::CLAIM_IN_FRAGMENT_OVER`, left out: an address has one fragment).
fn skip_href(permalink: &str) -> String {
    let view = permalink.split('#').next().unwrap_or_default();
    format!("{view}#content")
}

/// Moves the focus to the content without following the link: following it would replace the
/// address's fragment, where a long claim lives, and the history change would reload the view
/// without it. Without script (the page as built) the link works as a plain in-page link.
fn skip_to_content(e: MouseEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let content = gloo::utils::document()
            .get_element_by_id("content")
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(content) = content {
            e.prevent_default();
            content.scroll_into_view();
            let _ = content.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = e;
}
