//! App-wide state: the dataset, the engine and the URL's [`ViewState`], behind one reducer and
//! a `use_app()` hook. Components dispatch actions; nothing else mutates state. Also the type of
//! the report's text context, [`ReportText`] (what fills it is in `report_text`; the type stays
//! here because its path is written in every prerendered page's hydration markers).

use super::links::{href, profile_of};
use super::report_text::FetchedText;
use std::rc::Rc;
use survey::data::parts::Parts;
use survey::engine::definition::Definition;
use survey::engine::explore::{Measure, Sort};
use survey::engine::{Engine, Summary};
use survey::url::{self, Notice, Page, Route, ViewState};
use survey::Dataset;
use yew::prelude::*;

/// Everything a view reads.
#[derive(Clone)]
pub struct AppData {
    /// The parsed dataset.
    pub data: Rc<Dataset>,
    /// The definitions engine.
    pub engine: Rc<Engine>,
    /// Jurisdiction codes, for URL validation.
    pub codes: Rc<Vec<String>>,
    /// The pages this build renders in place.
    pub bundle: crate::state::Bundle,
    /// The page as built (its prerendered HTML) and which page it is, shown as it is while the
    /// parts of the report's text it needs cannot be fetched (see `pages::render`).
    pub kept: Option<(Page, Rc<str>)>,
}

impl PartialEq for AppData {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.engine, &other.engine)
            && self.bundle == other.bundle
    }
}

/// The reducer's state: the view and the notices from the last URL read.
#[derive(Clone, PartialEq, Default)]
pub struct Store {
    /// The current view.
    pub view: ViewState,
    /// What could not be used from the URL.
    pub notices: Vec<Notice>,
    /// How the last change should reach the address bar.
    pub history: HistoryMode,
}

/// How a state change is written to the browser history.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum HistoryMode {
    /// A new entry (back returns here).
    #[default]
    Push,
    /// Replace the current entry (typing in a search box).
    Replace,
    /// Do not touch history (the change came from it).
    None,
}

/// Everything that changes the view.
pub enum Action {
    /// Read an address: the path below the site root and the query (back/forward).
    Load(String, String, Rc<Vec<String>>),
    /// Go to another view.
    Go(ViewState),
    /// Open a jurisdiction's profile under the current view (see [`profile_of`]).
    OpenProfile(String),
    /// Change the definition.
    Define(Definition),
    /// Sort the explorer table.
    Sort(Sort),
    /// Pin or unpin a jurisdiction.
    TogglePin(String),
    /// Type in the search box.
    Search(String),
    /// Every column of the explorer table on a phone (true) or only the main ones.
    AllColumns(bool),
    /// Percent or count.
    Measure(Measure),
    /// Type a claim to check.
    Claim(String),
    /// Dismiss the notices.
    DismissNotices,
    /// Open (true) or close a group of a long page.
    Open(String, bool),
    /// One step forward (true) or back through the lab's guided walk, from the step shown when
    /// the key arrives (see `survey::sections::lab::step_from`); nothing on any other view.
    Step(bool),
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.history = HistoryMode::Push;
        match action {
            Action::Load(path, query, codes) => {
                let (view, notices) = url::parse_address(&path, &query, &codes);
                next.view = view;
                next.notices = notices;
                next.history = HistoryMode::None;
            }
            Action::Go(mut view) => {
                // Open groups belong to the page they were opened on.
                if view.route != self.view.route {
                    view.open.clear();
                }
                next.view = view;
                next.notices.clear();
            }
            Action::OpenProfile(code) => {
                next.view = profile_of(&self.view, &code);
                next.notices.clear();
            }
            Action::Define(d) => next.view.definition = d,
            Action::Sort(s) => next.view.explorer.sort = s,
            Action::TogglePin(code) => {
                if let Some(i) = next.view.explorer.compare.iter().position(|c| *c == code) {
                    next.view.explorer.compare.remove(i);
                } else if next.view.explorer.compare.len() < url::MAX_COMPARE {
                    next.view.explorer.compare.push(code);
                }
            }
            Action::Search(s) => {
                next.view.explorer.search = s;
                next.history = HistoryMode::Replace;
            }
            Action::AllColumns(all) => next.view.explorer.all_columns = all,
            Action::Measure(m) => next.view.explorer.measure = m,
            Action::Claim(c) => {
                next.view.route = Route::ClaimCheck { claim: c };
                next.history = HistoryMode::Replace;
            }
            Action::Open(slug, open) => {
                let at = next.view.open.iter().position(|o| *o == slug);
                match (open, at) {
                    (true, None) if next.view.open.len() < url::query::MAX_OPEN => {
                        next.view.open.push(slug)
                    }
                    (false, Some(i)) => {
                        next.view.open.remove(i);
                    }
                    _ => return self,
                }
                next.history = HistoryMode::Replace;
            }
            Action::Step(forward) => {
                let Route::Lab {
                    step,
                    pair: None,
                    handout: None,
                } = self.view.route
                else {
                    return self;
                };
                let Some(step) = survey::sections::lab::step_from(step, forward) else {
                    return self;
                };
                next.view = self.view.with_route(Route::Lab {
                    step,
                    pair: None,
                    handout: None,
                });
                next.notices.clear();
            }
            Action::DismissNotices => {
                next.notices.clear();
                next.history = HistoryMode::None;
            }
        }
        Rc::new(next)
    }
}

/// The context every component reads through [`use_app`].
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// Data and engine.
    pub app: AppData,
    /// The state.
    pub store: UseReducerHandle<Store>,
}

impl AppContext {
    /// The current view.
    pub fn view(&self) -> &ViewState {
        &self.store.view
    }

    /// The engine's answer for a definition.
    pub fn compute(&self, d: &Definition) -> Summary {
        self.app.engine.compute(d)
    }

    /// The href for a view (relative: works from any sub-path).
    pub fn href(&self, v: &ViewState) -> String {
        href(v)
    }

    /// The current view on another page, keeping what fits there (see `ViewState::with_page`).
    /// A profile needs a jurisdiction: use [`AppContext::profile`]; asked for one here, the view
    /// stays as it is.
    pub fn with_page(&self, page: Page) -> ViewState {
        self.view()
            .with_page(page)
            .unwrap_or_else(|| self.view().clone())
    }

    /// The profile view of a jurisdiction.
    pub fn profile(&self, code: &str) -> ViewState {
        profile_of(self.view(), code)
    }
}

/// The part of the context that never changes while the app runs: data, engine and the dispatcher.
/// Components that only read data, build links from props or dispatch actions use this instead of
/// [`use_app`], so a view change does not re-render them unless their props change (issue 8: a
/// definition change must not re-render every link on the page).
#[derive(Clone, PartialEq)]
pub struct AppStatic {
    /// Data and engine.
    pub app: AppData,
    /// Sends actions to the reducer (stable for the app's lifetime).
    pub dispatch: UseReducerDispatcher<Store>,
}

/// What arrives after start-up for the panels that show an endnote's text (an open endnote, a
/// figure's sources): the endnotes' texts (`survey::data::codec::NOTES_FILE`), which every bundle
/// fetches only when a reader first opens such a panel (`want`), and with them the endnotes'
/// file (`Part::Endnotes`) when the page did not need it (the explorer, the claim check). It is a
/// context of its own, so an arrival re-renders only those panels, not the page (issue 13: the
/// whole explorer re-rendered, a long task), and it is parsed the first time one of them shows
/// text, not on arrival. It also carries `need`, with which a page asks for the parts of the
/// report's text it renders with, and whether the last such request failed.
#[derive(Clone)]
pub struct ReportText {
    /// What has arrived so far (none outside `App`).
    pub fetched: Option<UseReducerHandle<FetchedText>>,
    /// Asks for the endnotes' texts: fetched on the first call, and again after a failure.
    pub want: Callback<()>,
    /// Asks for parts of the report's text (`survey::data::parts`): those not yet in the dataset
    /// nor on their way are fetched and added to it (the app re-renders with them).
    pub need: Callback<Parts>,
    /// Whether the last fetch of parts failed (the app shows why, with a retry).
    pub failed: bool,
}

impl Default for ReportText {
    fn default() -> Self {
        ReportText {
            fetched: None,
            want: Callback::noop(),
            need: Callback::noop(),
            failed: false,
        }
    }
}

impl PartialEq for ReportText {
    fn eq(&self, other: &Self) -> bool {
        self.fetched == other.fetched
            && self.want == other.want
            && self.need == other.need
            && self.failed == other.failed
    }
}

impl ReportText {
    /// The dataset with every endnote's text: `tables` itself when it already has them (server
    /// rendering, native tests); else [`FetchedText::dataset`] (`None` outside `App`).
    pub fn dataset(&self, tables: &Rc<Dataset>) -> Option<Result<Rc<Dataset>, String>> {
        if tables.notes {
            return Some(Ok(tables.clone()));
        }
        self.fetched.as_ref()?.dataset(tables)
    }
}

/// The report's text context (empty outside `App`, and in the other bundles).
#[hook]
pub fn use_report_text() -> ReportText {
    use_context::<ReportText>().unwrap_or_default()
}

/// Asks for the parts `need` of the report's text (`ReportText::need`) while `needed` and the
/// dataset lacks one of them; returns whether it has them all.
#[hook]
pub fn use_text_parts(need: Parts, needed: bool) -> bool {
    let ask = use_report_text().need;
    let has = use_static().app.data.has(need);
    use_effect_with((need, needed && !has), move |(need, missing)| {
        if *missing {
            ask.emit(*need);
        }
    });
    has
}

/// Asks for the endnotes' texts (`ReportText::want`) when a panel that shows one opens: each time
/// `key` (what the panel shows) changes while `needed`, so opening a panel again after a failed
/// fetch tries again.
#[hook]
pub fn use_ask_for_notes<K: PartialEq + 'static>(key: K, needed: bool) {
    let want = use_report_text().want;
    use_effect_with((key, needed), move |(_, needed)| {
        if *needed {
            want.emit(());
        }
    });
}

/// The static context. Panics only if used outside the provider, which `App` rules out.
#[hook]
pub fn use_static() -> AppStatic {
    use_context::<AppStatic>().expect("components render inside App's context provider")
}

/// The app context. Panics only if used outside the provider, which `App` rules out.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components render inside App's context provider")
}

/// Natively: the dataset is read from CSV there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A dataset read from CSV (server rendering, native tests) has every endnote's text.
    #[test]
    fn a_dataset_read_from_csv_needs_no_fetch() {
        let full = Rc::new(Dataset::embedded().unwrap());
        assert!(full.notes);
        let got = ReportText::default().dataset(&full).unwrap().unwrap();
        assert!(Rc::ptr_eq(&got, &full));
    }
}
