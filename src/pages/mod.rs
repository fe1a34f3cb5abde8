//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod explorer;
pub mod facilities;
pub mod mental_illness;
pub mod pregnancy;
pub mod profile;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer, Page::Mental, Page::Pregnancy, Page::Facilities];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        Page::Mental => html! { <mental_illness::MentalIllness /> },
        Page::Pregnancy => html! { <pregnancy::Pregnancy /> },
        Page::Facilities => html! { <facilities::Facilities /> },
        _ => html! { <explorer::Explorer /> },
    }
}
