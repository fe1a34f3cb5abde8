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

mod header;
mod shell;

use shell::Shell;

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
