//! Bars of one value on one scale: one bar a row ([`value_bars`]), or two a row, such as men and
//! women ([`paired_bars`]).

use crate::chart::Frame;

/// One horizontal bar of a single value.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueBar {
    /// Label on the left.
    pub label: String,
    /// Top edge.
    pub y: f64,
    /// Left edge (the plot's start).
    pub x: f64,
    /// Width (0 for a missing value).
    pub width: f64,
    /// The value it stands for; `None` when there is none.
    pub value: Option<f64>,
}

/// Bars of `values` scaled so the largest fills the plot; returns the bars and the chart height.
pub fn value_bars(values: &[(String, Option<f64>)], frame: Frame) -> (Vec<ValueBar>, f64) {
    let max = values.iter().filter_map(|(_, v)| *v).fold(0.0f64, f64::max);
    let scale = frame.scale(max);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, (label, v))| ValueBar {
            label: label.clone(),
            y: i as f64 * (frame.bar + frame.gap),
            x: frame.label_width,
            width: v.map_or(0.0, |v| v.max(0.0) * scale),
            value: *v,
        })
        .collect();
    (bars, values.len() as f64 * (frame.bar + frame.gap))
}

/// Two bars for one row (e.g. men and women), the second under the first.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedRow {
    /// Label on the left.
    pub label: String,
    /// Top edge of the first bar.
    pub y: f64,
    /// Width of the first bar (0 when missing).
    pub first: f64,
    /// Width of the second bar (0 when missing).
    pub second: f64,
    /// Top edge of the second bar.
    pub y2: f64,
}

/// Paired bars on one shared scale; `frame.bar` is the height of each of the two bars.
pub fn paired_bars(
    rows: &[(String, Option<f64>, Option<f64>)],
    frame: Frame,
) -> (Vec<PairedRow>, f64) {
    let max = rows
        .iter()
        .flat_map(|(_, a, b)| [*a, *b])
        .flatten()
        .fold(0.0f64, f64::max);
    let scale = frame.scale(max);
    let step = 2.0 * frame.bar + frame.gap;
    let out = rows
        .iter()
        .enumerate()
        .map(|(i, (label, a, b))| PairedRow {
            label: label.clone(),
            y: i as f64 * step,
            y2: i as f64 * step + frame.bar,
            first: a.map_or(0.0, |v| v.max(0.0) * scale),
            second: b.map_or(0.0, |v| v.max(0.0) * scale),
        })
        .collect();
    (out, rows.len() as f64 * step)
}

#[cfg(test)]
mod tests {
    use super::super::TEST_FRAME as FRAME;
    use super::*;

    #[test]
    fn value_bars_scale_to_the_largest_and_keep_missing_as_empty() {
        let (bars, h) = value_bars(
            &[
                ("a".into(), Some(50.0)),
                ("b".into(), None),
                ("c".into(), Some(25.0)),
            ],
            FRAME,
        );
        assert_eq!(bars[0].width, 100.0);
        assert_eq!(bars[1].width, 0.0);
        assert_eq!(bars[1].value, None);
        assert_eq!(bars[2].width, 50.0);
        assert_eq!(bars[2].y, 28.0);
        assert_eq!(h, 42.0);
    }

    #[test]
    fn paired_bars_share_one_scale() {
        let (rows, h) = paired_bars(
            &[
                ("a".into(), Some(10.0), Some(5.0)),
                ("b".into(), Some(20.0), None),
            ],
            FRAME,
        );
        assert_eq!((rows[0].first, rows[0].second), (50.0, 25.0));
        assert_eq!((rows[1].first, rows[1].second), (100.0, 0.0));
        assert_eq!((rows[1].y, rows[1].y2), (24.0, 34.0));
        assert_eq!(h, 48.0);
    }
}
