//! The 2016 ASCA–Liman restricted-housing survey: typed data, the definitions engine, URL state
//! and audits. Nothing here knows about Yew or the browser, so all of it is tested natively.

pub mod about;
pub mod audit;
pub mod bar_layouts;
pub mod catalog;
pub mod chart;
pub mod claims;
pub mod compare;
pub mod composition;
pub mod composition_chart;
pub mod composition_checks;
pub mod csv;
pub mod datapackage;
pub mod dataset;
pub mod definition;
pub mod derivation;
pub mod engine;
pub mod explore;
pub mod export;
pub mod format;
pub mod gap;
pub mod lab;
pub mod length_of_stay;
pub mod men_women;
pub mod page;
pub mod printed;
pub mod provenance;
pub mod reforms;
pub mod report;
pub mod sections;
pub mod sex;
pub mod table;
pub mod tiles;
pub mod url;

pub use dataset::{Dataset, Jurisdiction, Kind};
pub use table::{Cell, Decimal, Table};
