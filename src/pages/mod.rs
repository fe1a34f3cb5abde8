//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod explorer;
pub mod profile;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        _ => html! { <explorer::Explorer /> },
    }
}
