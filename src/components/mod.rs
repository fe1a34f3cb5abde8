//! Small render-only components.

pub mod animated;
pub mod bar_chart;
pub mod composition;
pub mod composition_chart;
pub mod composition_tables;
pub mod definition_panel;
pub mod download;
pub mod endnotes;
pub mod figure_checks;
pub mod group;
pub mod headline;
pub mod link;
pub mod measure;
pub mod notices;
pub mod page_header;
pub mod part_chart;
pub mod pinned;
pub mod printed;
pub mod provenance;
pub mod results_table;
pub mod settle;
pub mod tile_map;
