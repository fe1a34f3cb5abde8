//! URL state: the query string ⇄ a validated [`ViewState`], as pure functions.
//!
//! Parsing never fails: anything unknown or malformed falls back to the default for that setting
//! and yields a [`Notice`] the page shows. Encoding writes only what differs from the defaults, so
//! the default view's URL is the bare page.

use crate::data::report::ReformKind;
use crate::data::sex::Sex;
use crate::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use crate::engine::explore::{Measure, Sort};
use crate::url::escape::percent_decode;
use crate::url::migrations::migrate;
use crate::url::notice::shown;
pub use crate::url::notice::Notice;
use crate::url::page::Page;
use crate::url::route::{Route, RouteParams};

/// The whole state of the page, as the URL holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// The page and the settings only it has.
    pub route: Route,
    /// The definition in force (kept across pages).
    pub definition: Definition,
    /// The explorer's table, chart and pins (kept across pages).
    pub explorer: ExplorerSettings,
    /// How the page is shown.
    pub display: Display,
    /// Groups of a long page opened by the reader (`open=`, comma-separated slugs), so a link can
    /// point at an open group. They belong to the page: a change of page closes them.
    pub open: Vec<String>,
}

/// Most groups an `open=` list keeps.
pub const MAX_OPEN: usize = 12;

/// True for a group slug: lowercase letters, digits and hyphens, 1–60 characters.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The explorer's own settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExplorerSettings {
    /// Table order.
    pub sort: Sort,
    /// Search text.
    pub search: String,
    /// Chart/map measure.
    pub measure: Measure,
    /// Pinned jurisdictions, in the order pinned.
    pub compare: Vec<String>,
    /// Every column of the table on a phone (`cols=all`), not only jurisdiction, people and the
    /// sort column; wider screens always show every column.
    pub all_columns: bool,
}

/// How the page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Display {
    /// Embed mode: one view, no chrome.
    pub embed: bool,
    /// Large type for projectors.
    pub large: bool,
}

impl ViewState {
    /// Its page.
    pub fn page(&self) -> Page {
        self.route.page()
    }

    /// The same view on another page, keeping what fits there (see [`Route::to_page`]); `None`
    /// for a profile when this view has no jurisdiction.
    pub fn with_page(&self, page: Page) -> Option<ViewState> {
        let route = self.route.to_page(page)?;
        Some(self.with_route(route))
    }

    /// The same view with another route.
    pub fn with_route(&self, route: Route) -> ViewState {
        let open = if route == self.route {
            self.open.clone()
        } else {
            Vec::new()
        };
        ViewState {
            route,
            open,
            ..self.clone()
        }
    }
}

/// The settings every page keeps (a route's own parameters are [`Route::PARAMS`]).
pub const SETTINGS: [&str; 13] = [
    "hours",
    "stay",
    "denominator",
    "population",
    "alt",
    "sort",
    "measure",
    "compare",
    "q",
    "cols",
    "embed",
    "large",
    "open",
];

/// Every parameter a URL may hold: the page (`view`), the route's own and the settings.
pub fn params() -> impl Iterator<Item = &'static str> {
    std::iter::once("view").chain(Route::PARAMS).chain(SETTINGS)
}

/// Longest value read from any parameter; longer ones are cut (a URL is not a document). The
/// claim check's text is the exception: it is read up to what the check reads
/// ([`crate::checks::claim_text::MAX_CHARS`] characters), so a copied link reproduces the check.
const MAX_VALUE: usize = 500;

/// A claim whose encoded form is longer than this many characters is written after `#`
/// (`claim-check/#claim=…`) instead of in the query. The fragment never reaches the server, so a
/// link holding a whole pasted article is not refused by a host's limit on request lines (8 KB is
/// common; Node's is 16 KB) and stays within what link fields and chat apps keep; a short claim
/// stays in the query, readable in a link preview. Both forms are read.
pub const CLAIM_IN_FRAGMENT_OVER: usize = 1_000;

/// How a fragment that holds a claim begins.
pub(crate) const CLAIM_FRAGMENT: &str = "claim=";

/// The query [`parse_address`] reads from the browser's address: its `search`, then its `hash`
/// when that holds a long claim (any other fragment is an in-page anchor and says nothing about
/// the view).
pub fn address_query(search: &str, hash: &str) -> String {
    match hash.strip_prefix('#') {
        Some(fragment) if fragment.starts_with(CLAIM_FRAGMENT) => format!("{search}{hash}"),
        _ => search.to_string(),
    }
}

/// Most jurisdictions that can be pinned.
pub const MAX_COMPARE: usize = 6;

/// Parses a query string (with or without `?`) against the known jurisdiction codes; the page is
/// its `view=` (an address at the site root, or an old link).
pub fn parse<S: AsRef<str>>(query: &str, codes: &[S]) -> (ViewState, Vec<Notice>) {
    parse_address("", query, codes)
}

/// Parses an address: `path` relative to the site root (`reforms/`, `profile/TX/`; see
/// [`Route::path`]) and its query string. A page in the path comes first, so a `view=` or `j=` in
/// the query as well is ignored with a notice if it differs; an old link at the root
/// (`?view=reforms`) names its page in the query.
pub fn parse_address<S: AsRef<str>>(
    path: &str,
    query: &str,
    codes: &[S],
) -> (ViewState, Vec<Notice>) {
    let mut v = ViewState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let q = query.strip_prefix('?').unwrap_or(query);
    // A long claim travels in the fragment (see [`CLAIM_IN_FRAGMENT_OVER`]), passed after the
    // query ([`address_query`]). Any other `#` stays part of the query, read (and complained
    // about) as before.
    let (q, fragment) = match q.split_once('#') {
        Some((q, fragment)) if fragment.starts_with(CLAIM_FRAGMENT) => (q, fragment),
        _ => (q, ""),
    };
    let mut pairs: Vec<(String, String)> = q
        .split('&')
        .chain(fragment.split('&'))
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
            let mut value = percent_decode(val);
            let longest = if k == "claim" {
                // Characters, at most four bytes each in UTF-8; cut to characters below.
                4 * crate::checks::claim_text::MAX_CHARS
            } else {
                MAX_VALUE
            };
            if value.len() > longest {
                let mut cut = longest;
                while !value.is_char_boundary(cut) {
                    cut -= 1;
                }
                value.truncate(cut);
            }
            (percent_decode(k), value)
        })
        .collect();
    let (path_segment, path_j) = crate::url::route::read_path(path);
    if let Some(segment) = path_segment {
        // The path's page and code first: a repeat in the query is then the ignored second value.
        let from_path = std::iter::once(("view".to_string(), segment))
            .chain(path_j.map(|j| ("j".to_string(), j)));
        let mut all: Vec<(String, String)> = from_path.collect();
        for (k, val) in pairs {
            let in_path = all
                .iter()
                .find(|(ak, _)| *ak == k && (k == "view" || k == "j"))
                .map(|(_, av)| av.clone());
            match in_path {
                // The same page named twice (`reforms/?view=reforms`) is no contradiction.
                Some(av) if av == val => {}
                // Another page or code in the query than the address's folder: the folder wins,
                // and the notice says so (not "appears more than once": the reader wrote it once).
                Some(_) => notices.push(Notice(format!(
                    "This address names its page by its folder (“{}”); “{}={}” in its query was ignored.",
                    shown(path),
                    k,
                    shown(&val)
                ))),
                None => all.push((k, val)),
            }
        }
        pairs = all;
    }
    migrate(&mut pairs);
    let mut segment: Option<String> = None;
    let mut route = RouteParams::default();
    for (key, value) in pairs {
        if seen.contains(&key) {
            notices.push(Notice(format!(
                "“{}” appears more than once; the first value was used.",
                shown(&key)
            )));
            continue;
        }
        if seen.len() < 64 {
            seen.push(key.clone());
        }
        let bad = |what: &str, notices: &mut Vec<Notice>| {
            notices.push(Notice(format!(
                "Unknown {what} “{}”; showing the default instead.",
                shown(&value)
            )));
        };
        let def = &mut v.definition;
        let ex = &mut v.explorer;
        match key.as_str() {
            // Only the listed parameters reach the arms below, so the list cannot fall behind the
            // parser: an arm for a name missing from `params()` is never reached (and the fuzz,
            // which draws its names from `params()`, covers every parameter).
            k if !params().any(|p| p == k) => notices.push(Notice(format!(
                "Unknown setting “{}” was ignored.",
                shown(&key)
            ))),
            "hours" => match Hours::from_token(&value) {
                Some(h) => def.hours = h,
                None => bad("hours value", &mut notices),
            },
            "stay" => match Stay::from_token(&value) {
                Some(s) => def.stay = s,
                None => bad("length of stay", &mut notices),
            },
            "denominator" => match Denominator::from_token(&value) {
                Some(d) => def.denominator = d,
                None => bad("denominator", &mut notices),
            },
            "population" => match Population::from_token(&value) {
                Some(p) => def.population = p,
                None => bad("population", &mut notices),
            },
            "alt" => match value.as_str() {
                "1" => def.alternatives = true,
                "0" => {}
                _ => bad("alternatives setting", &mut notices),
            },
            "sort" => match Sort::from_token(&value) {
                Some(s) => ex.sort = s,
                None => bad("sort order", &mut notices),
            },
            "cols" => match value.as_str() {
                "all" => ex.all_columns = true,
                "some" => {}
                _ => bad("set of columns", &mut notices),
            },
            "measure" => match value.as_str() {
                "percent" => ex.measure = Measure::Percent,
                "count" => ex.measure = Measure::Count,
                _ => bad("measure", &mut notices),
            },
            "compare" => {
                for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let up = code.to_ascii_uppercase();
                    match codes.iter().map(AsRef::as_ref).find(|c| *c == up) {
                        Some(c) if ex.compare.iter().any(|x| x == c) => {}
                        Some(_) if ex.compare.len() >= MAX_COMPARE => {
                            notices.push(Notice(format!("At most {MAX_COMPARE} jurisdictions can be pinned; “{}” was left out.", shown(code))));
                        }
                        Some(c) => ex.compare.push(c.to_string()),
                        None => notices.push(Notice(format!(
                            "Unknown jurisdiction “{}” in the comparison; it was left out.",
                            shown(code)
                        ))),
                    }
                }
            }
            "j" => {
                let up = value.trim().to_ascii_uppercase();
                match codes.iter().map(AsRef::as_ref).find(|c| *c == up) {
                    Some(c) => route.j = Some(c.to_string()),
                    None => {
                        route.j_unknown = true;
                        notices.push(Notice(format!("Unknown jurisdiction “{}”.", shown(&value))))
                    }
                }
            }
            "view" => segment = Some(value),
            "q" => {
                ex.search = value
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(100)
                    .collect()
            }
            "claim" => {
                route.claim = value
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n')
                    .take(crate::checks::claim_text::MAX_CHARS)
                    .collect()
            }
            "step" => match value.parse::<usize>() {
                Ok(n) if n < 100 => route.step = n,
                _ => bad("lab step", &mut notices),
            },
            "kind" => match ReformKind::from_token(&value) {
                Some(k) => route.kind = Some(k),
                None => bad("kind of reform", &mut notices),
            },
            "sex" => match Sex::from_token(&value) {
                Some(s) => route.sex = s,
                None => bad("sex", &mut notices),
            },
            "a" | "b" => {
                let (d, problems) = crate::url::pair::parse_token(&value);
                let pair = route
                    .pair
                    .get_or_insert((Definition::default(), Definition::default()));
                if key == "a" {
                    pair.0 = d;
                } else {
                    pair.1 = d;
                }
                if !problems.is_empty() {
                    notices.push(Notice(format!(
                        "Definition {} in the comparison: “{}” not understood; the report's setting was used instead.",
                        // "a" or "b": ASCII, and no Unicode case tables in the bundles (issue 13).
                        key.to_ascii_uppercase(),
                        problems.iter().map(|p| shown(p)).collect::<Vec<_>>().join("”, “")
                    )));
                }
            }
            "handout" => match value.parse::<usize>() {
                Ok(n) if (1..=crate::sections::lab::LESSONS.len()).contains(&n) => {
                    route.handout = Some(n)
                }
                _ => bad("handout", &mut notices),
            },
            "open" => {
                for slug in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    if !is_slug(slug) {
                        notices.push(Notice(format!(
                            "Unknown section “{}” to open; it was ignored.",
                            shown(slug)
                        )));
                    } else if v.open.len() < MAX_OPEN && !v.open.iter().any(|o| o == slug) {
                        v.open.push(slug.to_string());
                    }
                }
            }
            "embed" => v.display.embed = value == "1",
            "large" => v.display.large = value == "1",
            // Unreachable for a listed name with an arm; tests/url_fuzz.rs checks that every listed
            // name has one (`every_parameter_is_read`).
            _ => {}
        }
    }
    v.route = Route::decode(segment.as_deref(), route, &mut notices);
    (v, notices)
}
