//! The application shell: parses the data once, holds the state, keeps the URL in step, and
//! renders the page the URL names.

use crate::components::{link::Link, notices::Notices};
use crate::pages;
use crate::state::{AppContext, AppData, AppStatic, Bundle, ReportText, Store};
use std::rc::Rc;
use survey::data::parts::{Part, Parts};
use survey::engine::Engine;
use survey::url::Page;
use survey::Dataset;
use yew::prelude::*;

/// Props for [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The path below the site root to start from (`reforms/`, `profile/TX/`; empty at the root).
    #[prop_or_default]
    pub path: AttrValue,
    /// The query string to start from (`location.search` in the browser; a fixture in tests).
    #[prop_or_default]
    pub query: AttrValue,
    /// The pages this build renders (all of them unless a bin says otherwise).
    #[prop_or(pages::ALL)]
    pub bundle: Bundle,
    /// The dataset, when start-up read it before mounting (in the browser, always: from the data
    /// files, in a task of its own before the first render); otherwise (server rendering, native
    /// tests) the app parses the CSV files compiled in natively.
    #[prop_or_default]
    pub start: Option<Rc<StartData>>,
}

/// What start-up prepared before mounting the app.
pub struct StartData {
    /// The parsed dataset (with the report's text when it was fetched), or why it could not be read.
    pub data: Result<Rc<Dataset>, survey::data::csv::DataError>,
    /// Why the report's text could not be fetched, if it was tried and failed.
    pub text_error: Option<String>,
    /// The page as built (the prerendered `#content`) and which page it is, shown as it is while
    /// the parts of the report's text it needs cannot be fetched.
    pub kept: Option<(Page, String)>,
    /// The engine over `data`, when start-up built it in a task of its own (else the app builds it
    /// in its first render).
    pub engine: Option<Rc<Engine>>,
}

impl PartialEq for StartData {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            path: AttrValue::default(),
            query: AttrValue::default(),
            bundle: pages::ALL,
            start: None,
        }
    }
}

/// The data when start-up gave none: natively the CSV files compiled in; in the browser none
/// (the bundles carry no data and no CSV reader: start-up fetches the encoded files).
fn compiled_in() -> Result<Rc<Dataset>, survey::data::csv::DataError> {
    #[cfg(not(target_arch = "wasm32"))]
    return Dataset::embedded().map(Rc::new);
    #[cfg(target_arch = "wasm32")]
    Err(survey::data::csv::DataError {
        file: survey::data::codec::TABLES_FILE.into(),
        line: 0,
        column: 0,
        message: "not loaded".into(),
    })
}

/// The root component.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let bundle = props.bundle;
    let start = props.start.clone();
    let fetched = start.as_ref().and_then(|s| s.text_error.clone());
    let loaded = use_state(move || {
        let (data, kept, engine) = match start {
            Some(s) => (s.data.clone(), s.kept.clone(), s.engine.clone()),
            None => (compiled_in(), None, None),
        };
        data.map(|d| {
            let codes: Vec<String> = d.jurisdictions.iter().map(|j| j.code.clone()).collect();
            AppData {
                engine: engine.unwrap_or_else(|| Rc::new(Engine::new(&d))),
                data: d,
                codes: Rc::new(codes),
                bundle,
                kept: kept.map(|(p, k)| (p, Rc::from(k))),
            }
        })
    });
    let load_error = use_state(move || fetched);
    // The app's data as last set (fetches that finish after another changed it add to this one).
    let latest = use_mut_ref(|| None::<AppData>);
    if let Ok(app) = &*loaded {
        *latest.borrow_mut() = Some(app.clone());
    }
    // What arrives after start-up for the endnote panels (see `ReportText`): a context of its own,
    // parsed when first shown.
    let fetched = use_reducer(crate::state::FetchedText::default);
    // Whether the endnotes' texts are asked for (or here): reset by a failed fetch, so the next
    // panel opened asks again.
    let asked = use_mut_ref(|| false);
    // None to fetch when the dataset has them (read from CSV: server rendering, native tests).
    let has_notes = loaded.as_ref().is_ok_and(|a| a.data.notes);
    let want = {
        let (fetched, asked, latest) = (fetched.dispatcher(), asked.clone(), latest.clone());
        use_callback(has_notes, move |(), has_notes| {
            if *has_notes || std::mem::replace(&mut *asked.borrow_mut(), true) {
                return;
            }
            fetched.dispatch(crate::state::Arrived::Asked);
            // The endnotes' file too when the page did not need it.
            let has_endnotes = latest
                .borrow()
                .as_ref()
                .is_some_and(|a| a.data.text.has(Part::Endnotes));
            #[cfg(target_arch = "wasm32")]
            {
                let (fetched, asked) = (fetched.clone(), asked.clone());
                yew::platform::spawn_local(async move {
                    let endnotes = match has_endnotes {
                        true => Ok(()),
                        false => crate::platform::fetch::part(Part::Endnotes)
                            .await
                            .map(|b| fetched.dispatch(crate::state::Arrived::Endnotes(b.into()))),
                    };
                    let notes = match endnotes {
                        Ok(()) => crate::platform::fetch::notes().await.map(Rc::from),
                        Err(e) => Err(e),
                    };
                    if notes.is_err() {
                        *asked.borrow_mut() = false;
                    }
                    fetched.dispatch(crate::state::Arrived::Notes(notes));
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = has_endnotes;
        })
    };
    // The parts of the report's text a page renders with (`Page::text_parts`), fetched when it
    // asks for those its dataset lacks; each part once at a time. A failure shows why, with a
    // retry of the last parts asked for.
    let in_flight = use_mut_ref(|| Parts::NONE);
    let last_need = use_mut_ref(|| Parts::NONE);
    // After a failure only the retry fetches again (a page asking on its first render, or on
    // moving to it, does not: the notice says why it is missing and offers the retry).
    let failed = use_mut_ref(|| false);
    *failed.borrow_mut() = load_error.is_some();
    let retrying = use_state_eq(|| false);
    let need = {
        let (loaded, load_error, latest, retrying) = (
            loaded.clone(),
            load_error.clone(),
            latest.clone(),
            retrying.clone(),
        );
        let (in_flight, last_need, failed) = (in_flight.clone(), last_need.clone(), failed.clone());
        use_callback((), move |need: Parts, ()| {
            *last_need.borrow_mut() = need;
            if *failed.borrow() {
                return;
            }
            let Some(app) = latest.borrow().clone() else {
                return;
            };
            let missing = in_flight.borrow().missing(app.data.text.missing(need));
            if missing.is_empty() {
                return;
            }
            let now = in_flight.borrow().union(missing);
            *in_flight.borrow_mut() = now;
            #[cfg(target_arch = "wasm32")]
            {
                let (loaded, load_error, latest, retrying, in_flight) = (
                    loaded.clone(),
                    load_error.clone(),
                    latest.clone(),
                    retrying.clone(),
                    in_flight.clone(),
                );
                yew::platform::spawn_local(async move {
                    let got = crate::platform::fetch::part_bytes(missing).await;
                    let left = missing
                        .iter()
                        .fold(*in_flight.borrow(), |s, p| s.set(p, false));
                    *in_flight.borrow_mut() = left;
                    retrying.set(false);
                    let Some(app) = latest.borrow().clone() else {
                        return;
                    };
                    let merged = got.and_then(|g| {
                        survey::data::codec::with_parts(Dataset::clone(&app.data), g)
                            .map_err(|e| e.to_string())
                    });
                    match merged {
                        Ok(d) => {
                            let app = AppData {
                                data: Rc::new(d),
                                kept: None,
                                ..app
                            };
                            *latest.borrow_mut() = Some(app.clone());
                            load_error.set(None);
                            loaded.set(Ok(app));
                        }
                        Err(e) => load_error.set(Some(e)),
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&loaded, &load_error, &retrying);
        })
    };
    let text = ReportText {
        fetched: Some(fetched.clone()),
        want,
        need: need.clone(),
        failed: load_error.is_some(),
    };
    // After a failure: fetch the parts the page asked for last again.
    let retry = {
        let (retrying, last_need) = (retrying.clone(), last_need.clone());
        Callback::from(move |_: MouseEvent| {
            retrying.set(true);
            *failed.borrow_mut() = false;
            let last = *last_need.borrow();
            need.emit(last);
        })
    };
    match &*loaded {
        Ok(app) => html! {
            <ContextProvider<ReportText> context={text}>
                if let Some(e) = &*load_error {
                    <p class="notice" role="status" data-testid="text-error">
                        { format!("Part of the report's text (endnotes, printed figures, reforms) could not be loaded: {e}. ") }
                        { if app.kept.is_some() { "This page is shown as it was built; its controls work once the text is there. " } else { "The tables and the explorer still work. " } }
                        <button type="button" onclick={retry} disabled={*retrying} data-testid="text-retry">{ if *retrying { "Trying again…" } else { "Try again" } }</button>
                    </p>
                }
                <Shell app={app.clone()} path={props.path.clone()} query={props.query.clone()} />
            </ContextProvider<ReportText>>
        },
        Err(e) => html! {
            <div role="alert" class="error">
                <h1>{ "The data could not be read" }</h1>
                <p>{ e.to_string() }</p>
            </div>
        },
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ShellProps {
    app: AppData,
    path: AttrValue,
    query: AttrValue,
}

#[function_component]
fn Shell(props: &ShellProps) -> Html {
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
        let first = use_mut_ref(|| true);
        let announce = announce.clone();
        let said = survey::url::titles::announcement(&view, name.as_deref());
        let key = (view.page(), code.clone());
        use_effect_with(title.clone(), |title| {
            #[cfg(target_arch = "wasm32")]
            gloo::utils::document().set_title(title);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = title;
        });
        use_effect_with(key, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
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

/// The site title and the menu. On a phone the menu is a button that names the current page and
/// opens the grouped list (two taps to any page); on wider screens the groups are always shown.
/// Their links carry the current view (definition, pins…) to the other pages; a change of view
/// updates those targets one frame later, with the sections off screen (issue 8: nothing visible
/// changes, and thirteen links are not worth delaying the frame). A change of page marks the
/// current page at once and closes the menu.
#[function_component]
fn Header() -> Html {
    let ctx = crate::state::use_app();
    let current = ctx.view().page();
    let (view, _) = crate::platform::settle::use_catch_up(ctx.view().clone(), false);
    let open = use_state_eq(|| false);
    {
        let open = open.clone();
        use_effect_with(ctx.view().route.clone(), move |_| open.set(false));
    }
    // Menu pages need no parameter, so every one has a route from any view; a page's list
    // filter (the search text) stays behind.
    let to = |p: Page| {
        let mut v = view.with_page(p).unwrap_or_default();
        v.explorer.search.clear();
        v
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                open.set(false);
                #[cfg(target_arch = "wasm32")]
                if let Some(b) = gloo::utils::document()
                    .get_element_by_id("menu-button")
                    .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
                {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <header class="site-header" {onkeydown}>
            <div class="header-bar">
                <p class="site-title"><Link to={to(Page::Explorer)}>{ "Time-In-Cell Explorer" }</Link></p>
                <button type="button" id="menu-button" class="menu-button" aria-expanded={open.to_string()} aria-controls="site-menu" onclick={toggle} data-testid="menu-button">
                    <span aria-hidden="true" class="menu-icon">{ if *open { "✕" } else { "☰" } }</span>
                    { "Menu" }<span class="menu-current">{ format!(" · {}", current.label()) }</span>
                </button>
            </div>
            <p class="tagline">{ "Restricted housing (“solitary confinement”) in U.S. prisons, fall 2015 — from the ASCA–Liman survey." }</p>
            <nav id="site-menu" aria-label="Views" class={classes!("site-nav", (*open).then_some("open"))} data-testid="site-nav">
                { for pages::MENU_GROUPS.iter().enumerate().map(|(i, (title, group))| html! {
                    <div class="nav-group">
                        <p class="nav-group-title" id={format!("nav-group-{i}")}>{ *title }</p>
                        <ul aria-labelledby={format!("nav-group-{i}")}>
                            { for group.iter().map(|&p| html! {
                                <li><Link to={to(p)} current={current == p}>{ p.label() }</Link></li>
                            }) }
                        </ul>
                    </div>
                }) }
            </nav>
        </header>
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
