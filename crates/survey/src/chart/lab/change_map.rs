//! The tile map of who changes: every jurisdiction's tile, classed by the part of the change it
//! belongs to.

use crate::data::format::signed;
use crate::engine::decompose::{Decomposition, PartKind, Unit};

use super::canvas::Canvas;
use super::values::unit_text;

/// One tile of the map of who changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeTile {
    /// Jurisdiction code (drawn on the tile).
    pub code: &'static str,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// CSS class: the part's class, `part-none` (no change) or `part-absent` (counted neither time).
    pub class: &'static str,
    /// What happened, for the tile's title, e.g. "Georgia: −3,880, drop out: no length-of-stay data".
    pub title: String,
}

/// The tile map of who changes between A and B.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeMap {
    /// Tile side.
    pub size: f64,
    /// Canvas it was laid out for.
    pub frame: Canvas,
    /// Height.
    pub height: f64,
    /// Tiles.
    pub tiles: Vec<ChangeTile>,
}

/// Lays out the tile map: 12 columns fitted to the width (tiles at most 46 px), each tile
/// classed by the part its jurisdiction belongs to.
pub fn change_map(
    d: &Decomposition,
    names: &dyn Fn(&str) -> String,
    counted_both: &dyn Fn(&str) -> bool,
    frame: Canvas,
) -> ChangeMap {
    let gap = 3.0;
    let size = ((frame.width - 11.0 * gap) / 12.0).min(46.0);
    let tiles = crate::chart::tiles::TILES
        .iter()
        .map(|&(code, col, row)| {
            let found = d
                .parts
                .iter()
                .find_map(|p| p.entries.iter().find(|e| e.code == code).map(|e| (p, e)));
            let (class, what) = match found {
                Some((p, e)) if p.kind == PartKind::RateOnly => (
                    p.kind.class(),
                    format!(
                        "{} → {}, {}",
                        e.percent_before
                            .map(|v| unit_text(Unit::Points, v))
                            .unwrap_or_default(),
                        e.percent_after
                            .map(|v| unit_text(Unit::Points, v))
                            .unwrap_or_default(),
                        p.label.to_ascii_lowercase()
                    ),
                ),
                Some((p, e)) => (
                    p.kind.class(),
                    format!("{}, {}", signed(e.people), p.label.to_ascii_lowercase()),
                ),
                None if counted_both(code) => ("part-none", "no change".into()),
                None => ("part-absent", "not counted under A or B".into()),
            };
            ChangeTile {
                code,
                x: col as f64 * (size + gap),
                y: row as f64 * (size + gap),
                class,
                title: format!("{}: {what}", names(code)),
            }
        })
        .collect();
    ChangeMap {
        size,
        frame,
        height: 8.0 * (size + gap),
        tiles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Stay};

    #[test]
    fn the_map_classes_each_tile_by_its_part() {
        let (d, b) = super::super::from_report_to(Definition {
            stay: Stay::M1,
            ..Definition::default()
        });
        let both = |c: &str| b.rows.iter().any(|r| r.code == c && r.count.is_some());
        let m = change_map(&d, &|c| c.to_string(), &both, Canvas::new(358.0, 13.0));
        assert_eq!(m.tiles.len(), 53);
        assert!(m.tiles.iter().all(|t| t.x + m.size <= 358.0 + 1e-6));
        let ga = m.tiles.iter().find(|t| t.code == "GA").unwrap();
        assert_eq!(ga.class, "part-left");
        assert!(ga.title.contains("\u{2212}3,880"), "{}", ga.title);
        assert_eq!(
            m.tiles.iter().find(|t| t.code == "ME").unwrap().class,
            "part-absent"
        );
    }
}
