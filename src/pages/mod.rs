//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod age;
pub mod explorer;
pub mod profile;
pub mod race;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer, Page::Race, Page::Age];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        Page::Race => html! { <race::Race /> },
        Page::Age => html! { <age::Age /> },
        _ => html! { <explorer::Explorer /> },
    }
}
