//! The tile-grid map: one equal square per state in a US-shaped grid, plus labelled extra tiles for
//! D.C., the Virgin Islands and the federal Bureau of Prisons; and the colour classes.

/// (code, column, row) of each tile. Columns 0–11, rows 0–7; the extra tiles sit in row 7.
pub const TILES: [(&str, u8, u8); 53] = [
    ("AK", 0, 0),
    ("ME", 11, 0),
    ("VT", 10, 1),
    ("NH", 11, 1),
    ("WA", 1, 2),
    ("ID", 2, 2),
    ("MT", 3, 2),
    ("ND", 4, 2),
    ("MN", 5, 2),
    ("IL", 6, 2),
    ("WI", 7, 2),
    ("MI", 8, 2),
    ("NY", 9, 2),
    ("RI", 10, 2),
    ("MA", 11, 2),
    ("OR", 1, 3),
    ("NV", 2, 3),
    ("WY", 3, 3),
    ("SD", 4, 3),
    ("IA", 5, 3),
    ("IN", 6, 3),
    ("OH", 7, 3),
    ("PA", 8, 3),
    ("NJ", 9, 3),
    ("CT", 10, 3),
    ("CA", 1, 4),
    ("UT", 2, 4),
    ("CO", 3, 4),
    ("NE", 4, 4),
    ("MO", 5, 4),
    ("KY", 6, 4),
    ("WV", 7, 4),
    ("VA", 8, 4),
    ("MD", 9, 4),
    ("DE", 10, 4),
    ("AZ", 2, 5),
    ("NM", 3, 5),
    ("KS", 4, 5),
    ("AR", 5, 5),
    ("TN", 6, 5),
    ("NC", 7, 5),
    ("SC", 8, 5),
    ("OK", 4, 6),
    ("LA", 5, 6),
    ("MS", 6, 6),
    ("AL", 7, 6),
    ("GA", 8, 6),
    ("HI", 0, 7),
    ("TX", 4, 7),
    ("FL", 8, 7),
    ("DC", 10, 5),
    ("VI", 10, 7),
    ("BOP", 11, 7),
];

/// Number of colour classes on the map.
pub const CLASSES: usize = 5;

/// Upper bounds of the colour classes for a set of values: equal-count (quantile) breaks, so each
/// colour holds about the same number of jurisdictions. Returns `CLASSES - 1` breaks.
pub fn breaks(values: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return Vec::new();
    }
    crate::sort::sort_by(&mut v, f64::total_cmp);
    (1..CLASSES)
        .map(|i| v[(i * v.len() / CLASSES).min(v.len() - 1)])
        .collect()
}

/// Upper bounds of the map's colour classes for percents: one fixed scale for every definition, so
/// a colour means the same share whatever the definition (issue 15). Chosen from the spread of the
/// values: 22+ hours and 15 days puts most jurisdictions between 3 % and 10 %; long stays, below 1 %.
pub const PERCENT_BREAKS: [f64; CLASSES - 1] = [1.0, 3.0, 5.0, 10.0];

/// Upper bounds of the colour classes for numbers of people (fixed, like [`PERCENT_BREAKS`]).
pub const COUNT_BREAKS: [f64; CLASSES - 1] = [100.0, 500.0, 1000.0, 2500.0];

/// The fill of each class, lightest first: one blue hue rising in darkness (readable with every
/// common colour-vision deficiency, and in greyscale).
pub const CLASS_COLOURS: [&str; CLASSES] = ["#c6dbef", "#6baed6", "#3182bd", "#1f5f99", "#0b2f5c"];

/// The fill of a tile with no value (not reported or did not respond).
pub const NONE_COLOUR: &str = "#eceef1";

/// Whether text on a class's fill should be dark (light fills) or white.
pub fn dark_text(class: usize) -> bool {
    class < 2
}

/// Legend lines of the fixed scale, lowest first, given how a value is written.
pub fn legend(breaks: &[f64], fmt: impl Fn(f64) -> String) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..=breaks.len() {
        out.push(match (i.checked_sub(1).map(|j| breaks[j]), breaks.get(i)) {
            (None, Some(h)) => format!("under {}", fmt(*h)),
            (Some(l), Some(h)) => format!("{} – under {}", fmt(l), fmt(*h)),
            (Some(l), None) => format!("{} or more", fmt(l)),
            (None, None) => "all values".to_string(),
        });
    }
    out
}

/// A direction of an arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left arrow.
    Left,
    /// Right arrow.
    Right,
    /// Up arrow.
    Up,
    /// Down arrow.
    Down,
}

/// The tile an arrow key moves to from `code`: the nearest tile in that direction (the same row
/// or column first), or `None` at the edge of the map.
pub fn neighbor(code: &str, dir: Direction) -> Option<&'static str> {
    let &(_, c, r) = TILES.iter().find(|t| t.0 == code)?;
    let (c, r) = (i32::from(c), i32::from(r));
    TILES
        .iter()
        .filter_map(|&(k, tc, tr)| {
            let (dc, dr) = (i32::from(tc) - c, i32::from(tr) - r);
            let (along, across) = match dir {
                Direction::Right => (dc, dr),
                Direction::Left => (-dc, dr),
                Direction::Down => (dr, dc),
                Direction::Up => (-dr, dc),
            };
            (along > 0).then_some((across.abs() * 100 + along, k))
        })
        .min()
        .map(|(_, k)| k)
}

/// Tiles in reading order (row by row, left to right): the order of the map's links.
pub fn reading_order() -> Vec<&'static str> {
    let mut t: Vec<_> = TILES.to_vec();
    crate::sort::sort_by_key(&mut t, |&(_, c, r)| (r, c));
    t.into_iter().map(|t| t.0).collect()
}

/// The class (0 = lowest) of a value given the breaks.
pub fn class_of(value: f64, breaks: &[f64]) -> usize {
    breaks.iter().take_while(|b| value >= **b).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_are_unique_and_cover_53_codes() {
        let mut pos: Vec<(u8, u8)> = TILES.iter().map(|t| (t.1, t.2)).collect();
        crate::sort::sort(&mut pos);
        pos.dedup();
        assert_eq!(pos.len(), 53);
        let mut codes: Vec<&str> = TILES.iter().map(|t| t.0).collect();
        crate::sort::sort(&mut codes);
        codes.dedup();
        assert_eq!(codes.len(), 53);
    }

    #[test]
    fn arrows_move_to_the_nearest_tile_and_stop_at_the_edge() {
        assert_eq!(neighbor("TX", Direction::Up), Some("OK"));
        assert_eq!(neighbor("WA", Direction::Right), Some("ID"));
        assert_eq!(neighbor("ID", Direction::Left), Some("WA"));
        assert_eq!(neighbor("AK", Direction::Left), None);
        assert_eq!(neighbor("ME", Direction::Down), Some("NH"));
        // Every tile can be reached from every other by arrows.
        let mut seen = vec!["AK"];
        let mut i = 0;
        while i < seen.len() {
            for d in [
                Direction::Left,
                Direction::Right,
                Direction::Up,
                Direction::Down,
            ] {
                if let Some(n) = neighbor(seen[i], d) {
                    if !seen.contains(&n) {
                        seen.push(n);
                    }
                }
            }
            i += 1;
        }
        assert_eq!(seen.len(), TILES.len());
        assert_eq!(reading_order()[0], "AK");
    }

    #[test]
    fn the_fixed_scale_has_a_legend_line_per_class() {
        let l = legend(&PERCENT_BREAKS, |v| format!("{v}%"));
        assert_eq!(l.len(), CLASSES);
        assert_eq!(l[0], "under 1%");
        assert_eq!(l[4], "10% or more");
        assert_eq!(class_of(0.5, &PERCENT_BREAKS), 0);
        assert_eq!(class_of(5.09, &PERCENT_BREAKS), 3);
        assert_eq!(class_of(28.0, &PERCENT_BREAKS), 4);
        assert_eq!(class_of(2500.0, &COUNT_BREAKS), 4);
    }

    #[test]
    fn classes_split_values() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        let b = breaks(&v);
        assert_eq!(b.len(), CLASSES - 1);
        assert_eq!(class_of(1.0, &b), 0);
        assert_eq!(class_of(10.0, &b), CLASSES - 1);
        assert!(breaks(&[]).is_empty());
    }
}
