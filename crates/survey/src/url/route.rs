//! The page a URL names, with the settings only that page has — encoded and decoded here and only
//! here. A profile without a jurisdiction cannot be built: decoding one falls back to the explorer
//! with a notice.
//!
//! Every route has its own address, a folder under the site root ([`Route::path`]: `""` for the
//! explorer, `reforms/`, `profile/TX/`), which the build prerenders to `<path>index.html`; the
//! route's other parameters stay in the query. Old links name the page in the query instead
//! (`?view=reforms&kind=time_caps`, [`Route::path_segment`] plus [`Route::params`]): they keep
//! working, and [`read_path`] turns an address back into the same segment and parameters.

use crate::data::report::ReformKind;
use crate::data::sex::Sex;
use crate::engine::definition::Definition;
use crate::url::notice::{shown, Notice};
use crate::url::page::Page;

/// Which page, with its own settings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Route {
    /// The explorer (its table and chart settings are in `ViewState::explorer`).
    #[default]
    Explorer,
    /// One jurisdiction's profile.
    Profile {
        /// The jurisdiction's code (`j=`), always a known one.
        j: String,
    },
    /// Length of stay.
    LengthOfStay,
    /// Men and women.
    MenWomen,
    /// Race and ethnicity.
    Race {
        /// Men or women (`sex=`).
        sex: Sex,
    },
    /// Age.
    Age {
        /// Men or women (`sex=`).
        sex: Sex,
    },
    /// Serious mental illness.
    MentalIllness,
    /// Pregnant and transgender prisoners.
    Pregnancy,
    /// Facilities and cells.
    Facilities,
    /// Reforms.
    Reforms {
        /// The kind of change shown (`kind=`; all kinds when `None`).
        kind: Option<ReformKind>,
    },
    /// The report's internal inconsistencies.
    Audit,
    /// Claim check.
    ClaimCheck {
        /// The sentence being checked (`claim=`).
        claim: String,
    },
    /// Definition lab.
    Lab {
        /// The step, 0-based (`step=`).
        step: usize,
        /// Two definitions compared, A and B (`a=22h-15d&b=16h-15d`).
        pair: Option<(Definition, Definition)>,
        /// The printable handout of a lesson (`handout=1`, 1-based).
        handout: Option<usize>,
    },
    /// About the data.
    About,
}

/// The parameters a route may read from a URL, already validated (see [`Route::decode`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RouteParams {
    /// `j=`: a known jurisdiction code.
    pub j: Option<String>,
    /// A `j=` was given but names no jurisdiction (its own notice says so).
    pub j_unknown: bool,
    /// `kind=`.
    pub kind: Option<ReformKind>,
    /// `sex=`.
    pub sex: Sex,
    /// `claim=`.
    pub claim: String,
    /// `step=`.
    pub step: usize,
    /// `a=` and `b=` (either one given: the other is the report's definition).
    pub pair: Option<(Definition, Definition)>,
    /// `handout=`.
    pub handout: Option<usize>,
}

impl Route {
    /// The parameter names a route reads besides `view`.
    pub const PARAMS: [&'static str; 8] =
        ["j", "kind", "sex", "claim", "step", "a", "b", "handout"];

    /// Its page.
    pub fn page(&self) -> Page {
        match self {
            Route::Explorer => Page::Explorer,
            Route::Profile { .. } => Page::Profile,
            Route::LengthOfStay => Page::LengthOfStay,
            Route::MenWomen => Page::MenWomen,
            Route::Race { .. } => Page::Race,
            Route::Age { .. } => Page::Age,
            Route::MentalIllness => Page::MentalIllness,
            Route::Pregnancy => Page::Pregnancy,
            Route::Facilities => Page::Facilities,
            Route::Reforms { .. } => Page::Reforms,
            Route::Audit => Page::Audit,
            Route::ClaimCheck { .. } => Page::ClaimCheck,
            Route::Lab { .. } => Page::Lab,
            Route::About => Page::About,
        }
    }

    /// The route to `page`, keeping what this route has that also fits there (men or women between
    /// the race and age pages; everything when it is the same page). `None` for a profile, which
    /// needs a jurisdiction this route does not have.
    pub fn to_page(&self, page: Page) -> Option<Route> {
        if page == self.page() {
            return Some(self.clone());
        }
        let sex = match self {
            Route::Race { sex } | Route::Age { sex } => *sex,
            _ => Sex::default(),
        };
        Some(match page {
            Page::Explorer => Route::Explorer,
            Page::Profile => return None,
            Page::LengthOfStay => Route::LengthOfStay,
            Page::MenWomen => Route::MenWomen,
            Page::Race => Route::Race { sex },
            Page::Age => Route::Age { sex },
            Page::MentalIllness => Route::MentalIllness,
            Page::Pregnancy => Route::Pregnancy,
            Page::Facilities => Route::Facilities,
            Page::Reforms => Route::Reforms { kind: None },
            Page::Audit => Route::Audit,
            Page::ClaimCheck => Route::ClaimCheck {
                claim: String::new(),
            },
            Page::Lab => Route::Lab {
                step: 0,
                pair: None,
                handout: None,
            },
            Page::About => Route::About,
        })
    }

    /// The jurisdiction of a profile.
    pub fn jurisdiction(&self) -> Option<&str> {
        match self {
            Route::Profile { j } => Some(j),
            _ => None,
        }
    }

    /// The segment of the address that names the page (today the `view=` value; empty for the
    /// explorer, the bare address).
    pub fn path_segment(&self) -> &'static str {
        match self {
            Route::Explorer => "",
            r => r.page().token(),
        }
    }

    /// The route's folder under the site root, where the build puts its document: `""` for the
    /// explorer (the root itself), `reforms/` for a page, `profile/TX/` for a profile.
    pub fn path(&self) -> String {
        match self {
            Route::Explorer => String::new(),
            Route::Profile { j } => format!("{}/{j}/", self.page().token()),
            r => format!("{}/", r.page().token()),
        }
    }

    /// The route's own parameters that its [`Route::path`] does not hold (a profile's `j` is in
    /// its path), in URL order, only where they differ from the defaults.
    pub fn query_params(&self) -> Vec<(&'static str, String)> {
        match self {
            Route::Profile { .. } => vec![],
            r => r.params(),
        }
    }

    /// The route's own parameters, in URL order, only where they differ from the defaults.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match self {
            Route::Profile { j } => vec![("j", j.clone())],
            Route::Reforms { kind: Some(k) } => vec![("kind", k.token().into())],
            Route::Race { sex } | Route::Age { sex } if *sex != Sex::default() => {
                vec![("sex", sex.token().into())]
            }
            Route::ClaimCheck { claim } if !claim.is_empty() => vec![("claim", claim.clone())],
            Route::Lab {
                step,
                pair,
                handout,
            } => {
                let mut out = Vec::new();
                if let Some((a, b)) = pair {
                    // Both are written even when one is the report's definition.
                    out.push(("a", crate::url::pair::token(a)));
                    out.push(("b", crate::url::pair::token(b)));
                }
                if let Some(n) = handout {
                    out.push(("handout", n.to_string()));
                }
                if *step > 0 {
                    out.push(("step", step.to_string()));
                }
                out
            }
            _ => vec![],
        }
    }

    /// The route a page segment (`None`: the bare address) and its parameters name. An unknown
    /// page, or a profile without a jurisdiction, gives the explorer and a notice; parameters of
    /// other pages are ignored.
    pub fn decode(segment: Option<&str>, p: RouteParams, notices: &mut Vec<Notice>) -> Route {
        let page = match segment {
            None => Page::Explorer,
            Some(s) => Page::from_token(s).unwrap_or_else(|| {
                notices.push(Notice(format!(
                    "Unknown page “{}”; showing the default instead.",
                    shown(s)
                )));
                Page::Explorer
            }),
        };
        if page != Page::Lab && (p.pair.is_some() || p.handout.is_some()) {
            notices.push(Notice(
                "A comparison or handout belongs to the definition lab (view=lab); it was ignored here."
                    .into(),
            ));
        }
        match page {
            Page::Profile => match p.j {
                Some(j) => Route::Profile { j },
                None => {
                    // The unknown code's own notice already says why.
                    if !p.j_unknown {
                        notices.push(Notice(
                            "No jurisdiction was given for the profile page.".into(),
                        ));
                    }
                    Route::Explorer
                }
            },
            Page::Race => Route::Race { sex: p.sex },
            Page::Age => Route::Age { sex: p.sex },
            Page::Reforms => Route::Reforms { kind: p.kind },
            Page::ClaimCheck => Route::ClaimCheck { claim: p.claim },
            Page::Lab => Route::Lab {
                step: p.step,
                pair: p.pair,
                handout: p.handout,
            },
            other => Route::Explorer
                .to_page(other)
                .expect("only a profile needs a parameter"),
        }
    }
}

/// What an address relative to the site root names: the page segment (`None` for the root itself)
/// and, for a profile, the jurisdiction code as written (checked by the caller, like `j=`).
/// A trailing `index.html`, a leading `/` and empty segments are ignored; anything after the
/// segments a route uses is too (`about/x/` is the about page).
pub fn read_path(path: &str) -> (Option<String>, Option<String>) {
    let mut parts = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "index.html");
    let segment = parts.next().map(crate::url::percent_decode);
    let j = match segment.as_deref() {
        Some(s) if s == Page::Profile.token() => parts.next().map(crate::url::percent_decode),
        _ => None,
    };
    (segment, j)
}

#[cfg(test)]
mod tests;
