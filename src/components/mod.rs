//! Small render-only components.

pub mod animated;
pub mod bar_chart;
pub mod definition_panel;
pub mod download;
pub mod endnotes;
pub mod headline;
pub mod link;
pub mod notices;
pub mod pinned;
pub mod printed;
pub mod results_table;
pub mod tile_map;
