//! URL state: defaults, the parameters, round trips, and fallbacks with notices.
//!
//! Shared imports and codes in `common.rs`; the tests: addresses and pages (`addresses.rs`), the
//! parameters and their fallbacks (`params.rs`), and claims kept in the fragment (`claims.rs`).

mod addresses;
mod claims;
mod common;
mod params;
