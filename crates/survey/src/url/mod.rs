//! URL state, on top of everything it names: the page and every setting as a query string, parsed
//! and written by pure functions.
//!
//! [`page`] is the list of pages; [`query`] turns a query string into a validated [`ViewState`]
//! and back (parsing never fails: bad input falls back to defaults with a [`Notice`]).

pub mod page;
pub mod pair;
pub mod query;

pub use page::Page;
pub use query::{parse, percent_decode, percent_encode, to_query, Notice, ViewState, MAX_COMPARE};
