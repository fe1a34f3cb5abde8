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
mod tests {
    use super::*;
    use crate::url::pair;

    fn every_route() -> Vec<Route> {
        vec![
            Route::Explorer,
            Route::Profile { j: "TX".into() },
            Route::LengthOfStay,
            Route::MenWomen,
            Route::Race { sex: Sex::Women },
            Route::Age { sex: Sex::Men },
            Route::MentalIllness,
            Route::Pregnancy,
            Route::Facilities,
            Route::Reforms {
                kind: Some(ReformKind::TimeCaps),
            },
            Route::Reforms { kind: None },
            Route::Audit,
            Route::ClaimCheck {
                claim: "Texas held 5,832".into(),
            },
            Route::Lab {
                step: 3,
                pair: None,
                handout: None,
            },
            Route::Lab {
                step: 0,
                pair: Some((Definition::default(), Definition::default())),
                handout: Some(1),
            },
            Route::About,
        ]
    }

    /// Reads one of a route's parameters back into `p` (the test's own reading, not the query's).
    fn set_param(p: &mut RouteParams, k: &str, v: String) {
        match k {
            "j" => p.j = Some(v),
            "kind" => p.kind = ReformKind::from_token(&v),
            "sex" => p.sex = Sex::from_token(&v).unwrap(),
            "claim" => p.claim = v,
            "step" => p.step = v.parse().unwrap(),
            "a" => p.pair.get_or_insert_with(Default::default).0 = pair::parse_token(&v).0,
            "b" => p.pair.get_or_insert_with(Default::default).1 = pair::parse_token(&v).0,
            "handout" => p.handout = v.parse().ok(),
            _ => unreachable!("{k}"),
        }
    }

    #[test]
    fn every_route_round_trips_through_its_segment_and_params() {
        let routes = every_route();
        for page in Page::ALL {
            assert!(routes.iter().any(|r| r.page() == page), "{page:?}");
        }
        for r in routes {
            let seg = Some(r.path_segment()).filter(|s| !s.is_empty());
            let mut p = RouteParams::default();
            for (k, v) in r.params() {
                assert!(Route::PARAMS.contains(&k), "{k}");
                set_param(&mut p, k, v);
            }
            let mut notices = Vec::new();
            assert_eq!(Route::decode(seg, p, &mut notices), r);
            assert!(notices.is_empty(), "{notices:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_path_and_query_params() {
        for r in every_route() {
            let (segment, j) = read_path(&r.path());
            let mut p = RouteParams {
                j,
                ..RouteParams::default()
            };
            for (k, v) in r.query_params() {
                assert_ne!(k, "j", "a profile's code is in its path");
                set_param(&mut p, k, v);
            }
            let mut notices = Vec::new();
            assert_eq!(Route::decode(segment.as_deref(), p, &mut notices), r);
            assert!(notices.is_empty(), "{notices:?}");
        }
    }

    #[test]
    fn every_page_has_its_own_folder_and_the_explorer_is_the_root() {
        let paths: Vec<String> = every_route().iter().map(Route::path).collect();
        assert_eq!(paths[0], "");
        assert_eq!(Route::Profile { j: "TX".into() }.path(), "profile/TX/");
        assert_eq!(Route::Reforms { kind: None }.path(), "reforms/");
        for page in Page::ALL.into_iter().filter(|&p| p != Page::Explorer) {
            let r = Route::Explorer
                .to_page(page)
                .unwrap_or(Route::Profile { j: "TX".into() });
            assert!(
                r.path().starts_with(&format!("{}/", page.token())),
                "{page:?}"
            );
            assert!(r.path().ends_with('/') && !r.path().contains("//"));
        }
    }

    #[test]
    fn an_address_is_read_with_or_without_its_index_file_and_slashes() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(read_path(""), (None, None));
        assert_eq!(read_path("index.html"), (None, None));
        assert_eq!(read_path("reforms/"), (some("reforms"), None));
        assert_eq!(read_path("/reforms/index.html"), (some("reforms"), None));
        assert_eq!(read_path("reforms"), (some("reforms"), None));
        assert_eq!(read_path("profile/TX/"), (some("profile"), some("TX")));
        assert_eq!(
            read_path("profile/TX/index.html"),
            (some("profile"), some("TX"))
        );
        assert_eq!(read_path("profile/"), (some("profile"), None));
        assert_eq!(read_path("about/x/"), (some("about"), None));
        assert_eq!(read_path("r%C3%A9/"), (some("ré"), None));
    }

    #[test]
    fn a_profile_without_a_jurisdiction_is_the_explorer_with_a_notice() {
        let mut n = Vec::new();
        let r = Route::decode(Some("profile"), RouteParams::default(), &mut n);
        assert_eq!((r, n.len()), (Route::Explorer, 1));
        assert_eq!(Route::Explorer.to_page(Page::Profile), None);
    }

    #[test]
    fn moving_between_pages_keeps_only_what_fits() {
        let race = Route::Race { sex: Sex::Women };
        assert_eq!(
            race.to_page(Page::Age),
            Some(Route::Age { sex: Sex::Women })
        );
        let lab = Route::Lab {
            step: 2,
            pair: None,
            handout: Some(1),
        };
        assert_eq!(lab.to_page(Page::Lab), Some(lab.clone()));
        assert_eq!(lab.to_page(Page::Explorer), Some(Route::Explorer));
        assert_eq!(
            Route::Explorer.to_page(Page::Race),
            Some(Route::Race { sex: Sex::Men })
        );
        let tx = Route::Profile { j: "TX".into() };
        assert_eq!(tx.to_page(Page::Profile), Some(tx.clone()));
    }
}
