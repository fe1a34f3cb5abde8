//! URL state, on top of everything it names: the page and every setting as a query string, parsed
//! and written by pure functions.
//!
//! [`page`] is the one list of pages (menu, bundles and the build's boot script derive from it);
//! [`route`] is the page with its own settings, the one place that encodes and decodes it;
//! [`pair`] is the lab's compact token for a definition; [`migrations`] brings old links up to
//! date; [`query`] turns a query string into a validated
//! [`ViewState`] and back (parsing never fails: bad input falls back to defaults with a
//! [`Notice`]).

pub mod migrations;
pub mod notice;
pub mod page;
pub mod pair;
pub mod query;
pub mod route;
pub mod titles;

pub use page::{Bundle, Page};
pub use query::{
    address_query, params, parse, parse_address, percent_decode, percent_encode, to_address,
    to_query, Display, ExplorerSettings, Notice, ViewState, CLAIM_IN_FRAGMENT_OVER, MAX_COMPARE,
};
pub use route::Route;
