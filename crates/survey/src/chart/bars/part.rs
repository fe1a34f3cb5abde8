//! Part-of-whole bars: the whole drawn full, the part filled over it from the left — one bar
//! ([`share_bar`]), or a row each on one scale ([`count_bars`]).

use crate::chart::Frame;
use crate::data::format::thousands;
use crate::sections::BarInput;

/// A part-of-whole bar: the whole is the full width; the part is filled from the left.
#[derive(Debug, Clone, PartialEq)]
pub struct PartBar {
    /// The part (e.g. people in restricted housing).
    pub part: u64,
    /// The whole (e.g. people with a serious mental health issue).
    pub whole: u64,
    /// Width of the filled part, in SVG units.
    pub part_width: f64,
    /// Width of the whole bar.
    pub width: f64,
    /// "53 of 573".
    pub label: String,
}

/// Lays out `part` of `whole` on a bar `width` wide. A whole of zero draws an empty bar.
pub fn share_bar(part: u64, whole: u64, width: f64) -> PartBar {
    let part_width = if whole == 0 {
        0.0
    } else {
        width * (part.min(whole) as f64) / whole as f64
    };
    PartBar {
        part,
        whole,
        part_width,
        width,
        label: format!("{} of {}", thousands(part), thousands(whole)),
    }
}

/// One laid-out bar: the whole, with its part drawn over it from the left.
#[derive(Debug, Clone, PartialEq)]
pub struct CountBar {
    /// Row key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Top edge of the bar (its name, when above, sits in the `label_row` over it).
    pub y: f64,
    /// Left edge of the bar.
    pub x: f64,
    /// Width of the whole.
    pub whole_width: f64,
    /// Width of the part.
    pub part_width: f64,
    /// The whole, as a number.
    pub whole: u64,
    /// The part, as a number.
    pub part: u64,
}

/// Lays out the rows, in the given order, on one scale (the largest whole fills the plot).
/// Returns the bars and the chart height.
pub fn count_bars(rows: &[BarInput], frame: Frame) -> (Vec<CountBar>, f64) {
    let max = rows.iter().map(|r| r.whole.max(r.part)).max().unwrap_or(0);
    let scale = frame.scale(max as f64);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| CountBar {
            key: r.key.clone(),
            name: r.name.clone(),
            y: i as f64 * (frame.label_row + frame.bar + frame.gap) + frame.label_row,
            x: frame.label_width,
            whole_width: r.whole as f64 * scale,
            part_width: r.part.min(r.whole) as f64 * scale,
            whole: r.whole,
            part: r.part,
        })
        .collect();
    (
        bars,
        rows.len() as f64 * (frame.label_row + frame.bar + frame.gap),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_bar_fills_the_part_and_survives_an_empty_whole() {
        let b = share_bar(53, 573, 100.0);
        assert!((b.part_width - 9.2496).abs() < 1e-3);
        assert_eq!(b.label, "53 of 573");
        assert_eq!(share_bar(0, 0, 100.0).part_width, 0.0);
        assert_eq!(
            share_bar(9, 5, 100.0).part_width,
            100.0,
            "a part larger than its whole is clamped"
        );
    }

    #[test]
    fn count_bars_share_one_scale() {
        let rows = vec![
            BarInput {
                key: "a".into(),
                name: "A".into(),
                whole: 50,
                part: 10,
            },
            BarInput {
                key: "b".into(),
                name: "B".into(),
                whole: 100,
                part: 0,
            },
        ];
        let f = Frame {
            width: 300.0,
            label_width: 100.0,
            value_width: 100.0,
            bar: 10.0,
            gap: 5.0,
            label_row: 0.0,
        };
        let (bars, h) = count_bars(&rows, f);
        assert_eq!(h, 30.0);
        assert_eq!(bars[1].whole_width, 100.0);
        assert_eq!(bars[0].whole_width, 50.0);
        assert_eq!(bars[0].part_width, 10.0);
        assert_eq!(bars[1].y, 15.0);
        assert!(count_bars(&[], f).0.is_empty());
        let s = Frame {
            label_row: 10.0,
            label_width: 0.0,
            ..f
        };
        let (bars, h) = count_bars(&rows, s);
        assert_eq!(
            (bars[0].y, bars[1].y, h, bars[1].x),
            (10.0, 35.0, 50.0, 0.0)
        );
        assert_eq!(
            bars[1].whole_width, 200.0,
            "no name column: the plot is wider"
        );
    }
}
