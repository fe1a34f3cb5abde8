//! App-wide state: the dataset, the engine and the URL's [`ViewState`], behind one reducer and
//! a `use_app()` hook. Components dispatch actions; nothing else mutates state.

use std::rc::Rc;
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

/// The href for a view: its address relative to the site root (`reforms/?kind=time_caps`,
/// `profile/TX/`, `?hours=16`, `./` for the default view), which every document's `<base href>`
/// resolves from any sub-path (see `platform::address`).
pub fn href(v: &ViewState) -> String {
    let a = url::to_address(v);
    if a.is_empty() {
        "./".into()
    } else {
        a
    }
}

/// `view` showing a jurisdiction's profile: the definition, pins and the rest of the view go with
/// it; the explorer table's sort, search and column choice do not (they say nothing about a profile, and leaving
/// them out means a re-sort does not change every row's link: issue 8).
pub fn profile_of(view: &ViewState, code: &str) -> ViewState {
    let mut v = view.clone();
    v.route = Route::Profile {
        j: code.to_string(),
    };
    v.explorer.sort = Sort::default();
    v.explorer.search.clear();
    v.explorer.all_columns = false;
    v.open.clear();
    v
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

#[cfg(test)]
mod tests {
    use super::*;
    use survey::engine::definition::Hours;
    use survey::engine::explore::SortColumn;
    #[test]
    fn a_profile_link_keeps_the_definition_and_pins_but_not_the_table_sort_or_search() {
        let mut view = ViewState::default();
        view.definition.hours = Hours::H16;
        view.explorer.compare = vec!["TX".into(), "CA".into()];
        view.explorer.sort = Sort {
            column: SortColumn::Name,
            descending: false,
        };
        view.explorer.search = "tex".into();
        let p = profile_of(&view, "TX");
        assert_eq!(p.page(), Page::Profile);
        assert_eq!(p.route.jurisdiction(), Some("TX"));
        assert_eq!(p.definition.hours, Hours::H16);
        assert_eq!(p.explorer.compare, view.explorer.compare);
        assert_eq!(p.explorer.sort, Sort::default());
        assert!(p.explorer.search.is_empty());
        let q = href(&p);
        assert!(
            q.contains("hours=16")
                && q.starts_with("profile/TX/?")
                && !q.contains("sort")
                && !q.contains("q="),
            "{q}"
        );
    }
}
