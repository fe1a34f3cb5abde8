//! The pages, the top layer below the shell: one module per page, named like the page
//! (`survey::url::Page`, whose list the menu and the bundles derive from); the explorer's parts in
//! [`explorer`], what the race and age pages share in [`composition`]. [`render`] is the single
//! switch from [`Page`] to HTML; [`EXPLORER`], [`PROFILE`] and the constants after them are the
//! bundles (`survey::url::Bundle`, one entry point each in `src/bin/`), [`ALL`] is server
//! rendering's.

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

fn stay_html(_: Page) -> Html {
    html! { <length_of_stay::LengthOfStayPage /> }
}

fn men_women_html(_: Page) -> Html {
    html! { <men_women::MenWomenPage /> }
}

fn composition_html(page: Page) -> Html {
    match page {
        Page::Race => html! { <race::Race /> },
        _ => html! { <age::Age /> },
    }
}

fn mental_illness_html(_: Page) -> Html {
    html! { <mental_illness::MentalIllness /> }
}

fn pregnancy_html(_: Page) -> Html {
    html! { <pregnancy::Pregnancy /> }
}

fn facilities_html(_: Page) -> Html {
    html! { <facilities::Facilities /> }
}

fn reforms_html(_: Page) -> Html {
    html! { <reforms::Reforms /> }
}

fn audit_about_html(page: Page) -> Html {
    match page {
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

/// The bundle of `name` that renders pages with `render`; whether it has a page is read from
/// `survey::url::Page::bundle`, the one list. (A `const fn` cannot compare names, so each bundle's
/// `has` is spelled out by the macro below.)
macro_rules! bundle {
    ($(#[$doc:meta])* $const:ident, $variant:ident, $render:ident, $has:ident) => {
        fn $has(p: Page) -> bool {
            p.bundle() == survey::url::Bundle::$variant
        }

        $(#[$doc])*
        pub const $const: Bundle = Bundle {
            name: survey::url::Bundle::$variant.name(),
            render: $render,
            has: $has,
        };
    };
}

bundle!(
    /// The explorer only: the site root's bundle (`src/main.rs`), the smallest; its profile links
    /// open the profile as a page load.
    EXPLORER, Explorer, explorer_html, in_explorer
);
bundle!(
    /// The profiles (`src/bin/profile.rs`).
    PROFILE, Profile, profile_html, in_profile
);
bundle!(
    /// Length of stay (`src/bin/stay.rs`).
    STAY, Stay, stay_html, in_stay
);
bundle!(
    /// Men and women (`src/bin/men-women.rs`).
    MEN_WOMEN, MenWomen, men_women_html, in_men_women
);
bundle!(
    /// Race and age (`src/bin/composition.rs`).
    COMPOSITION, Composition, composition_html, in_composition
);
bundle!(
    /// Mental illness (`src/bin/mental-illness.rs`).
    MENTAL_ILLNESS, MentalIllness, mental_illness_html, in_mental_illness
);
bundle!(
    /// Pregnancy (`src/bin/pregnancy.rs`).
    PREGNANCY, Pregnancy, pregnancy_html, in_pregnancy
);
bundle!(
    /// Facilities (`src/bin/facilities.rs`).
    FACILITIES, Facilities, facilities_html, in_facilities
);
bundle!(
    /// Reforms (`src/bin/reforms.rs`).
    REFORMS, Reforms, reforms_html, in_reforms
);
bundle!(
    /// The audit and about the data (`src/bin/audit-about.rs`).
    AUDIT_ABOUT, AuditAbout, audit_about_html, in_audit_about
);
bundle!(
    /// The claim check (`src/bin/claims.rs`).
    CLAIMS, Claims, claims_html, in_claims
);
bundle!(
    /// The definition lab (`src/bin/lab.rs`).
    LAB, Lab, lab_html, in_lab
);

/// Every page: server rendering (natively, `crate::prerender`) and the tests.
pub const ALL: Bundle = Bundle {
    name: "all",
    render: page_html,
    has: in_all,
};

/// The browser bundle of each `survey::url::Bundle` (each entry point passes its own to `start`).
pub fn bundle(b: survey::url::Bundle) -> Bundle {
    use survey::url::Bundle as B;
    match b {
        B::Explorer => EXPLORER,
        B::Profile => PROFILE,
        B::Stay => STAY,
        B::MenWomen => MEN_WOMEN,
        B::Composition => COMPOSITION,
        B::MentalIllness => MENTAL_ILLNESS,
        B::Pregnancy => PREGNANCY,
        B::Facilities => FACILITIES,
        B::Reforms => REFORMS,
        B::AuditAbout => AUDIT_ABOUT,
        B::Claims => CLAIMS,
        B::Lab => LAB,
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
            // The constant is the bundle's name in capitals (`men-women`: `MEN_WOMEN`).
            let constant = match b {
                survey::url::Bundle::Explorer => "EXPLORER".to_string(),
                _ => b.name().to_uppercase().replace('-', "_"),
            };
            let wanted = format!("pages::{constant}");
            assert!(src.contains(&wanted), "{file} starts {b:?} ({wanted})");
        }
    }
}
