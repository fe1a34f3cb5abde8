//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod about;
pub mod explorer;
pub mod profile;
pub mod reforms;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer, Page::Reforms, Page::About];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        Page::Reforms => html! { <reforms::Reforms /> },
        Page::About => html! { <about::About /> },
        _ => html! { <explorer::Explorer /> },
    }
}
