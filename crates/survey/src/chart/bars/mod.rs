//! Pure layouts for the small bar charts, in SVG units: bars of one value, 100% split bars, paired
//! bars, part-of-whole bars and the reforms chart. Components only draw what these return.
//!
//! - `value`: bars of one value, one or two a row ([`value_bars`], [`paired_bars`]);
//! - `split`: 100% bars and consecutive segments ([`share_bars`], [`segments`]);
//! - `part`: part-of-whole bars ([`share_bar`], [`count_bars`]);
//! - `kinds`: the reforms chart ([`kind_bars`]).

mod kinds;
mod part;
mod split;
mod value;

pub use kinds::{kind_bars, KindBar};
pub use part::{count_bars, share_bar, CountBar, PartBar};
pub use split::{segments, share_bars, Piece, SplitBar};
pub use value::{paired_bars, value_bars, PairedRow, ValueBar};

/// The frame the layouts' tests draw in: a 100-unit plot between 100-unit name and value columns.
#[cfg(test)]
const TEST_FRAME: crate::chart::Frame = crate::chart::Frame {
    width: 300.0,
    label_width: 100.0,
    value_width: 100.0,
    bar: 10.0,
    gap: 4.0,
    label_row: 0.0,
};
