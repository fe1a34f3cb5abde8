//! Shared widgets, used by several pages: links, downloads and copy buttons, endnote markers and
//! panels, page headers, notices, printed-vs-computed cells and tables, count cells, provenance
//! panels, and the start every report page shares (`page_data`). They read the store
//! (`crate::state`) and nothing above it.

pub mod count_cells;
pub mod download;
pub mod endnotes;
pub mod figure_checks;
pub mod group;
pub mod link;
pub mod measure;
pub mod notices;
pub mod page_data;
pub mod page_header;
pub mod printed;
pub mod provenance;
pub mod source_dialog;
