//! Pure layout for the lab's pictures of a change between two definitions: a waterfall from total
//! A through each part to total B, a dumbbell chart of the jurisdictions that moved most, a tile
//! map of who changes, and a compact stacked bar for handouts. Coordinates are CSS pixels for the
//! width and font size given, so labels keep their size at the rendered width; the app only draws
//! what this returns.
//!
//! - `canvas`: the width and type size a chart is laid out for ([`Canvas`]), and [`wrap`].
//! - `values`: a count, a value or a change as the charts show it ([`unit_text`], [`change_text`],
//!   [`mover_change_text`]).
//! - `waterfall`, `dumbbell`, `change_map`, `stacked_bar`: one picture each.

mod canvas;
mod change_map;
mod dumbbell;
mod stacked_bar;
mod values;
mod waterfall;

pub use canvas::{wrap, Canvas};
pub use change_map::{change_map, ChangeMap, ChangeTile};
pub use dumbbell::{dumbbell, Dumbbell, DumbbellRow};
pub use stacked_bar::{stacked_bar, StackSegment, StackedBar};
pub use values::{change_text, mover_change_text, unit_text};
pub use waterfall::{waterfall, RowKind, Waterfall, WaterfallRow};

/// Test fixture: the decomposition of the report's definition → `b`, and `b` computed.
#[cfg(test)]
fn from_report_to(
    b: crate::engine::definition::Definition,
) -> (
    crate::engine::decompose::Decomposition,
    crate::engine::summary::Summary,
) {
    use crate::engine::summary::Engine;
    let e = Engine::new(&crate::data::dataset::Dataset::embedded().unwrap());
    let to = e.compute(&b);
    (
        crate::engine::decompose::decompose(&e.compute(&Default::default()), &to),
        to,
    )
}
