//! URL state, on top of everything it names: the page and every setting as a query string, parsed
//! and written by pure functions.
//!
//! [`page`] is the one list of pages (menu, bundles and the build's boot script derive from it);
//! [`route`] is the page with its own settings, the one place that encodes and decodes it;
//! [`pair`] is the lab's compact token for a definition; [`migrations`] brings old links up to
//! date; [`query`] turns a query string into a validated
//! [`ViewState`] (parsing never fails: bad input falls back to defaults with a
//! [`Notice`]), [`encode`] writes a view back, [`escape`] percent-encodes values.

pub mod encode;
pub mod escape;
pub mod migrations;
pub mod notice;
pub mod page;
pub mod pair;
pub mod query;
pub mod route;
pub mod titles;

pub use encode::{to_address, to_query};
pub use escape::{percent_decode, percent_encode};
pub use page::{Bundle, Page};
pub use query::{
    address_query, params, parse, parse_address, Display, ExplorerSettings, Notice, ViewState,
    CLAIM_IN_FRAGMENT_OVER, MAX_COMPARE,
};
pub use route::Route;
