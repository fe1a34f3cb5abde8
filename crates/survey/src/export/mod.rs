//! Exports, the top layer: what a view shows as CSV with a header saying where it comes from
//! ([`view_csv`]), and the Frictionless Data Package descriptor of the data files
//! ([`datapackage`]).

pub mod datapackage;
pub mod graphic;
pub mod view_csv;
