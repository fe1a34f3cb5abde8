//! The pages, the top layer below the shell: one module per page, named like the page
//! (`survey::url::Page`, whose list the menu and the bundles derive from); the explorer's parts in
//! [`explorer`], what the race and age pages share in [`composition`]. [`render`] is the single
//! switch from [`Page`] to HTML; [`EXPLORER`], [`PROFILE`], [`PEOPLE`], [`REPORT`], [`CLAIMS`] and
//! [`LAB`] are the bundles
//! (`survey::url::Bundle`), [`ALL`] is server rendering's.

pub mod about;
pub mod age;
pub mod audit;
pub mod claim_check;
pub mod composition;
pub mod explorer;
pub mod facilities;
pub mod lab;
pub mod length_of_stay;
pub mod men_women;
pub mod mental_illness;
pub mod pregnancy;
pub mod profile;
pub mod race;
pub mod reforms;

use crate::state::Bundle;
use survey::url::Page;
use yew::prelude::*;

/// The menu in groups (a heading each), so a phone shows it as a short sheet: every page is two
/// taps away (menu, page).
pub const MENU_GROUPS: &[(&str, &[Page])] = &[
    ("Explore", &[Page::Explorer, Page::Lab, Page::ClaimCheck]),
    (
        "Who is held",
        &[
            Page::LengthOfStay,
            Page::MenWomen,
            Page::Race,
            Page::Age,
            Page::MentalIllness,
            Page::Pregnancy,
        ],
    ),
    ("Prisons and policy", &[Page::Facilities, Page::Reforms]),
    ("The data", &[Page::Audit, Page::About]),
];

fn in_all(_: Page) -> bool {
    true
}

/// A bundle's `render` holds a `match` over its own pages only, so the linker leaves every other
/// page out of its WASM; a page of another bundle is never rendered in it (links load it).
fn explorer_html(_: Page) -> Html {
    html! { <explorer::Explorer /> }
}

fn profile_html(_: Page) -> Html {
    html! { <profile::Profile /> }
}

fn people_html(page: Page) -> Html {
    match page {
        Page::LengthOfStay => html! { <length_of_stay::LengthOfStayPage /> },
        Page::MenWomen => html! { <men_women::MenWomenPage /> },
        Page::Race => html! { <race::Race /> },
        Page::Age => html! { <age::Age /> },
        Page::MentalIllness => html! { <mental_illness::MentalIllness /> },
        _ => html! { <pregnancy::Pregnancy /> },
    }
}

fn report_html(page: Page) -> Html {
    match page {
        Page::Facilities => html! { <facilities::Facilities /> },
        Page::Reforms => html! { <reforms::Reforms /> },
        Page::Audit => html! { <audit::Audit /> },
        _ => html! { <about::About /> },
    }
}

fn claims_html(_: Page) -> Html {
    html! { <claim_check::ClaimCheck /> }
}

fn lab_html(_: Page) -> Html {
    html! { <lab::Lab /> }
}

fn in_explorer(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::Explorer
}

fn in_profile(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::Profile
}

fn in_people(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::People
}

fn in_report(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::Report
}

fn in_claims(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::Claims
}

fn in_lab(p: Page) -> bool {
    p.bundle() == survey::url::Bundle::Lab
}

/// The explorer only: the site root's bundle (`src/main.rs`), the smallest; its profile links
/// open the profile as a page load.
pub const EXPLORER: Bundle = Bundle {
    name: "time-in-cell",
    render: explorer_html,
    has: in_explorer,
};

/// The profiles (`src/bin/profile.rs`).
pub const PROFILE: Bundle = Bundle {
    name: "profile",
    render: profile_html,
    has: in_profile,
};

/// The menu's "Who is held" (`src/bin/people.rs`).
pub const PEOPLE: Bundle = Bundle {
    name: "people",
    render: people_html,
    has: in_people,
};

/// Facilities, reforms, the audit, about the data (`src/bin/report.rs`).
pub const REPORT: Bundle = Bundle {
    name: "report",
    render: report_html,
    has: in_report,
};

/// The claim check (`src/bin/claims.rs`).
pub const CLAIMS: Bundle = Bundle {
    name: "claims",
    render: claims_html,
    has: in_claims,
};

/// The definition lab (`src/bin/lab.rs`).
pub const LAB: Bundle = Bundle {
    name: "lab",
    render: lab_html,
    has: in_lab,
};

/// Every page: server rendering (natively, `crate::prerender`) and the tests.
pub const ALL: Bundle = Bundle {
    name: "all",
    render: page_html,
    has: in_all,
};

/// The browser bundle of each `survey::url::Bundle` (each entry point passes its own to `start`).
pub fn bundle(b: survey::url::Bundle) -> Bundle {
    match b {
        survey::url::Bundle::Explorer => EXPLORER,
        survey::url::Bundle::Profile => PROFILE,
        survey::url::Bundle::People => PEOPLE,
        survey::url::Bundle::Report => REPORT,
        survey::url::Bundle::Claims => CLAIMS,
        survey::url::Bundle::Lab => LAB,
    }
}

/// The page the URL names. Pages other than the explorer need some parts of the report's text
/// (`Page::text_parts`: a bundle fetches the first page's before it starts, a page moved to
/// asks for those it lacks); without them they say they are loading, or show the page as built,
/// or say they could not be loaded.
pub fn render(page: Page) -> Html {
    html! { <Gate {page} /> }
}

#[derive(Properties, PartialEq, Clone)]
struct GateProps {
    page: Page,
}

#[function_component]
fn Gate(props: &GateProps) -> Html {
    let ctx = crate::state::use_app();
    let ours = (ctx.app.bundle.has)(props.page);
    // The parts of the report's text the page renders with: asked for when missing.
    let has = crate::state::use_text_parts(props.page.text_parts(), ours);
    let failed = crate::state::use_report_text().failed;
    if !ours {
        // Only a fallback gets here: the address loaded this bundle for one of its pages, and
        // reading it gave another bundle's. A profile without a known jurisdiction reads as the
        // explorer, with a notice saying why: the profiles' bundle shows the jurisdictions to
        // choose from instead (`?view=profile&j=ZZ`, a mistyped link). Otherwise the link loads
        // that page's own document.
        let to = ctx.view().clone();
        if (ctx.app.bundle.has)(Page::Profile) && to.page() == Page::Explorer {
            return html! { <profile::ProfileIndex /> };
        }
        return html! {
            <p class="loading" data-testid="other-bundle">
                { format!("{} opens on a page of its own: ", to.page().label()) }
                <crate::components::link::Link {to}>{ "open it" }</crate::components::link::Link>
                { "." }
            </p>
        };
    }
    if !has {
        // On their way (a move from a page that needed other parts), or they could not be
        // fetched: then the page as built, static, or where there is none (an address with
        // settings, another page) a message; the notice above it has the retry.
        if !failed {
            return html! {
                <p class="loading" role="status" data-testid="text-loading">{ "Loading the report’s text for this page…" }</p>
            };
        }
        return match &ctx.app.kept {
            Some((page, built)) if *page == props.page => {
                Html::from_html_unchecked(AttrValue::from(built.to_string()))
            }
            _ => html! {
                <p class="loading" role="status" data-testid="text-missing">{ "This page needs the report's text, which could not be loaded. Use “Try again” above, or reload the page." }</p>
            },
        };
    }
    (ctx.app.bundle.render)(props.page)
}

fn page_html(page: Page) -> Html {
    (bundle(page.bundle()).render)(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grouped_menu_holds_every_menu_page_once() {
        let mut grouped: Vec<Page> = MENU_GROUPS
            .iter()
            .flat_map(|g| g.1.iter().copied())
            .collect();
        let mut menu: Vec<Page> = Page::menu().collect();
        assert_eq!(grouped.len(), menu.len());
        survey::sort::sort_by_key(&mut grouped, |p| p.token());
        survey::sort::sort_by_key(&mut menu, |p| p.token());
        assert_eq!(grouped, menu);
    }

    #[test]
    fn each_bundle_has_its_pages_and_an_entry_point_passing_it() {
        for b in survey::url::Bundle::ALL {
            let bundle = bundle(b);
            assert_eq!(bundle.name, b.name());
            for p in Page::ALL {
                assert_eq!((bundle.has)(p), p.bundle() == b, "{b:?} {p:?}");
            }
            // The entry point that starts it: Trunk builds `src/main.rs`, the post-build hook
            // `src/bin/<name>.rs` (`cargo build --bin <name>`). It names the constant itself, not
            // `bundle(b)`, whose match would link every page into every bundle.
            let file = match b {
                survey::url::Bundle::Explorer => "src/main.rs".to_string(),
                _ => format!("src/bin/{}.rs", b.name()),
            };
            let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
            let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
            let wanted = format!("pages::{}", format!("{b:?}").to_uppercase());
            assert!(src.contains(&wanted), "{file} starts {b:?} ({wanted})");
        }
    }
}
