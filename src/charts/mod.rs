//! Charts: SVG drawn from `survey::chart` layouts (components only draw what the layouts return),
//! each with a text alternative and a download of its numbers.

pub mod bar_chart;
pub mod composition_chart;
pub mod lab;
pub mod part_chart;
pub mod tile_map;
