//! The pages, the top layer below the shell: one module per page, named like the page
//! (`survey::url::Page`, whose list the menu and the bundles derive from); the explorer's parts in
//! [`explorer`], what the race and age pages share in [`composition`]. [`render`] is the single
//! switch from [`Page`] to HTML; [`FIRST_VIEW`] and [`ALL`] are the two bundles.

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

fn first_view_html(_: Page) -> Html {
    html! { <explorer::Explorer /> }
}

/// The explorer only: the first-view bundle (`src/main.rs`). Profiles are in the views bundle
/// (issue 13: 7 kB less here); the explorer's profile links open them as page loads.
pub const FIRST_VIEW: Bundle = Bundle {
    name: "first-view",
    render: first_view_html,
    has: Page::in_first_view,
};

/// Every page: the "views" bundle (`src/bin/views.rs`), and server rendering.
pub const ALL: Bundle = Bundle {
    name: "all",
    render: page_html,
    has: in_all,
};

/// The page the URL names. Pages other than the explorer need the report's text files (the views
/// bundle fetches them before it starts); without them they show the page as built, or say so.
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
    if props.page != Page::Explorer && !ctx.app.data.complete {
        // The text could not be fetched (the views bundle starts only once it has tried): the
        // page as built, static, or where there is none (an address with settings) a message;
        // the notice above it has the retry.
        return match &ctx.app.kept {
            Some(built) => Html::from_html_unchecked(AttrValue::from(built.to_string())),
            None => html! {
                <p class="loading" role="status" data-testid="text-missing">{ "This page needs the report's text, which could not be loaded. Use “Try again” above, or reload the page." }</p>
            },
        };
    }
    (ctx.app.bundle.render)(props.page)
}

fn page_html(page: Page) -> Html {
    match page {
        Page::Explorer => html! { <explorer::Explorer /> },
        Page::Profile => html! { <profile::Profile /> },
        Page::LengthOfStay => html! { <length_of_stay::LengthOfStayPage /> },
        Page::MenWomen => html! { <men_women::MenWomenPage /> },
        Page::Race => html! { <race::Race /> },
        Page::Age => html! { <age::Age /> },
        Page::MentalIllness => html! { <mental_illness::MentalIllness /> },
        Page::Pregnancy => html! { <pregnancy::Pregnancy /> },
        Page::Facilities => html! { <facilities::Facilities /> },
        Page::Reforms => html! { <reforms::Reforms /> },
        Page::Audit => html! { <audit::Audit /> },
        Page::ClaimCheck => html! { <claim_check::ClaimCheck /> },
        Page::Lab => html! { <lab::Lab /> },
        Page::About => html! { <about::About /> },
    }
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
        grouped.sort_by_key(|p| p.token());
        menu.sort_by_key(|p| p.token());
        assert_eq!(grouped, menu);
    }
}
