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
    v.sort_by(f64::total_cmp);
    (1..CLASSES)
        .map(|i| v[(i * v.len() / CLASSES).min(v.len() - 1)])
        .collect()
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
        pos.sort();
        pos.dedup();
        assert_eq!(pos.len(), 53);
        let mut codes: Vec<&str> = TILES.iter().map(|t| t.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 53);
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
