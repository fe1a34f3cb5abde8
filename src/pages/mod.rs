//! One module per page; `render` is the single switch from [`Page`] to HTML.

pub mod explorer;
pub mod length_of_stay;
pub mod men_women;
pub mod profile;

use survey::url::Page;
use yew::prelude::*;

/// Pages in the navigation menu, in order.
pub const MENU: &[Page] = &[Page::Explorer, Page::Stay, Page::Sex];

/// The page the URL names.
pub fn render(page: Page) -> Html {
    match page {
        Page::Profile => html! { <profile::Profile /> },
        Page::Stay => html! { <length_of_stay::LengthOfStayPage /> },
        Page::Sex => html! { <men_women::MenWomenPage /> },
        _ => html! { <explorer::Explorer /> },
    }
}
