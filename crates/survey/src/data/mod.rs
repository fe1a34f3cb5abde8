//! The bottom layer: the survey as typed data and the report's text material, read from the CSV
//! files under `static/data/`. Imports nothing from the layers above.
//!
//! [`csv`] reads files; [`parts`] names the parts of the report's text, a data file each; [`codec`] writes the parsed dataset as compact bytes at build time and
//! reads them in the browser; [`table`] types the report's tables cell by cell; [`report`] holds the
//! printed figures, endnotes, errata, reforms and definitions of serious mental illness;
//! [`dataset`] puts it all together as one [`Dataset`]; [`catalog`] says what each table and
//! column is; [`derivation`] is the small language of `report_figures.csv`; [`format`] writes
//! numbers in the report's style; [`sex`] is the men/women split of the demographic tables.

pub mod catalog;
pub mod codec;
pub mod csv;
pub mod dataset;
pub mod derivation;
pub mod format;
pub mod later;
pub mod listfilter;
pub mod parts;
pub mod report;
pub mod row_pages;
pub mod sex;
pub mod table;

pub use dataset::{Dataset, Jurisdiction, Kind};
pub use table::{Cell, Decimal, Table};
