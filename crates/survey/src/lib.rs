//! The 2016 ASCA–Liman restricted-housing survey: typed data, the definitions engine, checks, the
//! report's sections, chart layout, URL state and exports. Nothing here knows about Yew or the
//! browser, so all of it is tested natively.
//!
//! Layers, bottom to top (a module imports only from its own layer or the ones below it; the test
//! `tests/layers.rs` enforces it):
//!
//! 0. [`sort`] — stable sorting with one copy of the sorting code (used by every layer and the app).
//! 1. [`data`] — CSV reader, typed tables, the dataset, the report's text material.
//! 2. [`engine`] — definitions, the engine, comparisons, the explorer's sort and search.
//! 3. [`checks`] — the audit, derivations, printed vs computed, provenance.
//! 4. [`sections`] — one module per page of the app.
//! 5. [`chart`] — one `Frame` and the chart layouts.
//! 6. [`url`] — the pages and the URL state.
//! 7. [`export`] — CSV and Data Package exports.

pub mod chart;
pub mod checks;
pub mod data;
pub mod engine;
pub mod export;
pub mod sections;
pub mod sort;
pub mod url;

pub use data::{Cell, Dataset, Decimal, Jurisdiction, Kind, Table};
pub use engine::{Definition, Engine, JurisdictionResult, Status, Summary};
pub use url::{Page, ViewState};
