//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod audit;
pub mod claim_check;
pub mod explorer;
pub mod lab;
pub mod profile;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer, Page::Audit, Page::Claim, Page::Lab];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        Page::Audit => html! { <audit::Audit /> },
        Page::Claim => html! { <claim_check::ClaimCheck /> },
        Page::Lab => html! { <lab::Lab /> },
        _ => html! { <explorer::Explorer /> },
    }
}
