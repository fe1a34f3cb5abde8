//! The app rendered to HTML natively with Yew's server renderer, the way the server-rendering
//! tests read it. Shared by `tests/ssr.rs`, `tests/composition_ssr.rs`, `tests/ssr_sections.rs`,
//! `tests/ssr_reforms_about.rs` and `tests/ssr_stay_sex.rs`.

use time_in_cell::app::{App, AppProps};
use yew::LocalServerRenderer;

/// The app at the address query `query` (`?view=race&sex=women`; empty for the explorer), as HTML.
pub fn render(query: &str) -> String {
    let props = AppProps {
        query: query.to_string().into(),
        ..Default::default()
    };
    futures::executor::block_on(LocalServerRenderer::<App>::with_props(props).render())
}
