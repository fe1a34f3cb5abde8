//! App-wide state: the dataset, the engine and the URL's [`ViewState`], behind one reducer and
//! a `use_app()` hook. Components dispatch actions; nothing else mutates state.

use std::rc::Rc;
use survey::data::parts::{Part, Parts};
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

/// The files fetched for the endnote panels as they arrived, and the dataset they make once read.
#[derive(Default)]
pub struct FetchedText {
    /// The endnotes' file (`Part::Endnotes`), when the page's dataset lacks it.
    endnotes: Option<Rc<[u8]>>,
    /// The endnotes' texts file, or why it (or the endnotes' file) could not be fetched.
    notes: Option<Result<Rc<[u8]>, String>>,
    parsed: std::cell::OnceCell<Result<Rc<Dataset>, String>>,
}

/// A file that arrived after start-up, or a new request for one (see [`FetchedText`], a reducer:
/// two arrivals in any order never overwrite each other).
pub enum Arrived {
    /// The endnotes' file's bytes (`Part::Endnotes`).
    Endnotes(Rc<[u8]>),
    /// The endnotes' texts are being fetched (again, after a failure): the failure is forgotten,
    /// so the panels say they are loading, not that it failed.
    Asked,
    /// The endnotes' texts file's bytes, or why they could not be fetched.
    Notes(Result<Rc<[u8]>, String>),
}

impl PartialEq for FetchedText {
    /// Each arrival makes a new value, so the same value is the same allocation.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reducible for FetchedText {
    type Action = Arrived;

    fn reduce(self: Rc<Self>, action: Arrived) -> Rc<Self> {
        let (endnotes, notes) = match action {
            Arrived::Endnotes(b) => (Some(b), self.notes.clone()),
            Arrived::Asked => match &self.notes {
                Some(Err(_)) => (self.endnotes.clone(), None),
                _ => return self,
            },
            Arrived::Notes(n) => (self.endnotes.clone(), Some(n)),
        };
        Rc::new(FetchedText {
            endnotes,
            notes,
            parsed: std::cell::OnceCell::new(),
        })
    }
}

impl FetchedText {
    /// The dataset with every endnote's text, read from what has arrived on first use: `None`
    /// while the endnotes' texts (or, when `tables` lacks it, the endnotes' file) have not
    /// arrived; an error when they could not be fetched or do not parse. The panels read only
    /// its endnotes, so it is read once (the page's dataset may gain other parts after).
    pub fn dataset(&self, tables: &Rc<Dataset>) -> Option<Result<Rc<Dataset>, String>> {
        if tables.notes {
            return Some(Ok(tables.clone()));
        }
        let notes = match self.notes.as_ref()? {
            Ok(n) => n.clone(),
            Err(e) => return Some(Err(e.clone())),
        };
        let endnotes = match (&self.endnotes, tables.text.has(Part::Endnotes)) {
            (_, true) => None,
            (Some(t), false) => Some(t.clone()),
            (None, false) => return None,
        };
        Some(
            self.parsed
                .get_or_init(|| {
                    let d = Dataset::clone(tables);
                    match endnotes {
                        Some(t) => d.with_part_bytes(Part::Endnotes, &t),
                        None => Ok(d),
                    }
                    .and_then(|d| d.with_notes_bytes(&notes))
                    .map(Rc::new)
                    .map_err(|e| e.to_string())
                })
                .clone(),
        )
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

    /// The endnotes' texts fetched on demand (the encoder is native only).
    #[cfg(not(target_arch = "wasm32"))]
    mod notes {
        use super::super::*;

        /// The dataset as a bundle starts with it: the tables, and the endnotes' file when `text`.
        fn started(text: bool) -> (Dataset, Rc<Dataset>) {
            use survey::data::codec::{decode_tables, encode_part, encode_tables};
            let full = Dataset::embedded().unwrap();
            let tables = decode_tables(&encode_tables(&full).unwrap()).unwrap();
            let start = if text {
                tables
                    .with_part_bytes(Part::Endnotes, &encode_part(&full, Part::Endnotes).unwrap())
                    .unwrap()
            } else {
                tables
            };
            (full, Rc::new(start))
        }

        fn notes(full: &Dataset) -> Rc<[u8]> {
            survey::data::codec::encode_notes(full).unwrap().into()
        }

        fn arrive(f: Rc<FetchedText>, a: Arrived) -> Rc<FetchedText> {
            f.reduce(a)
        }

        #[test]
        fn an_endnote_has_its_text_once_the_notes_file_arrives_not_before() {
            let (full, start) = started(true);
            assert!(start.text.has(Part::Endnotes) && !start.notes);
            // Before the lazy fetch the endnotes' file alone has no text for endnote 1.
            assert!(start.endnote(1).is_some_and(|e| e.text.is_empty()));
            let f = Rc::new(FetchedText::default());
            assert!(f.dataset(&start).is_none(), "loading, not an empty text");
            let f = arrive(f, Arrived::Asked);
            assert!(f.dataset(&start).is_none());
            let f = arrive(f, Arrived::Notes(Ok(notes(&full))));
            let got = f.dataset(&start).unwrap().unwrap();
            assert!(got.notes);
            assert_eq!(got.endnotes, full.endnotes);
            let text = &got.endnote(1).unwrap().text;
            assert!(!text.is_empty());
            // A new request once they are here changes nothing (no second fetch's state).
            let again = arrive(f.clone(), Arrived::Asked);
            assert!(Rc::ptr_eq(&again, &f));
        }

        #[test]
        fn a_failed_notes_fetch_is_an_error_until_asked_again_then_loads() {
            let (full, start) = started(true);
            let f = arrive(
                Rc::new(FetchedText::default()),
                Arrived::Notes(Err("notes-0123.bin: network error".into())),
            );
            let e = f.dataset(&start).unwrap().unwrap_err();
            assert!(e.contains("network error"), "{e}");
            // Opened again: loading again, not the old error; then the text.
            let f = arrive(f, Arrived::Asked);
            assert!(f.dataset(&start).is_none());
            let f = arrive(f, Arrived::Notes(Ok(notes(&full))));
            assert_eq!(f.dataset(&start).unwrap().unwrap().endnotes, full.endnotes);
        }

        #[test]
        fn corrupt_notes_bytes_are_an_error_naming_the_file() {
            let (full, start) = started(true);
            let mut bytes = notes(&full).to_vec();
            bytes.truncate(bytes.len() / 2);
            let f = arrive(
                Rc::new(FetchedText::default()),
                Arrived::Notes(Ok(bytes.into())),
            );
            let e = f.dataset(&start).unwrap().unwrap_err();
            assert!(e.contains(survey::data::codec::NOTES_FILE), "{e}");
        }

        #[test]
        fn a_page_without_the_endnotes_needs_both_files_in_either_order() {
            let (full, tables) = started(false);
            let text: Rc<[u8]> = survey::data::codec::encode_part(&full, Part::Endnotes)
                .unwrap()
                .into();
            for notes_first in [true, false] {
                let mut f = Rc::new(FetchedText::default());
                let order = if notes_first {
                    [
                        Arrived::Notes(Ok(notes(&full))),
                        Arrived::Endnotes(text.clone()),
                    ]
                } else {
                    [
                        Arrived::Endnotes(text.clone()),
                        Arrived::Notes(Ok(notes(&full))),
                    ]
                };
                for (i, a) in order.into_iter().enumerate() {
                    assert!(f.dataset(&tables).is_none(), "{notes_first} {i}");
                    f = arrive(f, a);
                }
                let got = f.dataset(&tables).unwrap().unwrap();
                assert_eq!(got.endnotes, full.endnotes);
                // Only the endnotes: the other parts stay the page's to fetch.
                assert!(got.figures.is_empty() && got.text == Parts::of(&[Part::Endnotes]));
            }
        }

        #[test]
        fn a_dataset_read_from_csv_needs_no_fetch() {
            let full = Rc::new(Dataset::embedded().unwrap());
            assert!(full.notes);
            let got = ReportText::default().dataset(&full).unwrap().unwrap();
            assert!(Rc::ptr_eq(&got, &full));
        }
    }

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
