//! Pure layouts for three small SVG charts — bars of one value, 100% stacked bars, and paired
//! bars — in SVG units. Components only draw what these return.

pub use crate::chart::Frame;

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
    let plot = frame.width - frame.label_width - frame.value_width;
    let scale = if max > 0.0 { plot / max } else { 0.0 };
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

/// One piece of a 100% bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Which part (index into the parts given).
    pub part: usize,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// Percent of the bar's total.
    pub share: f64,
}

/// A bar split into the shares of its own total.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareBar {
    /// Label on the left.
    pub label: String,
    /// Top edge.
    pub y: f64,
    /// Pieces left to right (zero parts are left out).
    pub pieces: Vec<Piece>,
    /// The bar's total.
    pub total: u64,
}

/// 100% stacked bars: each row's parts as shares of its own total, across the whole plot width.
pub fn share_bars(rows: &[(String, Vec<u64>)], frame: Frame) -> (Vec<ShareBar>, f64) {
    let plot = frame.width - frame.label_width - frame.value_width;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, parts))| {
            let total: u64 = parts.iter().sum();
            let mut x = frame.label_width;
            let mut pieces = Vec::new();
            for (part, &n) in parts.iter().enumerate() {
                if n == 0 || total == 0 {
                    continue;
                }
                let share = 100.0 * n as f64 / total as f64;
                let width = plot * n as f64 / total as f64;
                pieces.push(Piece {
                    part,
                    x,
                    width,
                    share,
                });
                x += width;
            }
            ShareBar {
                label: label.clone(),
                y: i as f64 * (frame.bar + frame.gap),
                pieces,
                total,
            }
        })
        .collect();
    (bars, rows.len() as f64 * (frame.bar + frame.gap))
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
    let plot = frame.width - frame.label_width - frame.value_width;
    let scale = if max > 0.0 { plot / max } else { 0.0 };
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
    use super::*;

    fn frame() -> Frame {
        Frame {
            width: 300.0,
            label_width: 100.0,
            value_width: 100.0,
            bar: 10.0,
            gap: 4.0,
        }
    }

    #[test]
    fn value_bars_scale_to_the_largest_and_keep_missing_as_empty() {
        let (bars, h) = value_bars(
            &[
                ("a".into(), Some(50.0)),
                ("b".into(), None),
                ("c".into(), Some(25.0)),
            ],
            frame(),
        );
        assert_eq!(bars[0].width, 100.0);
        assert_eq!(bars[1].width, 0.0);
        assert_eq!(bars[1].value, None);
        assert_eq!(bars[2].width, 50.0);
        assert_eq!(bars[2].y, 28.0);
        assert_eq!(h, 42.0);
    }

    #[test]
    fn share_bars_fill_the_plot_and_skip_zero_parts() {
        let (bars, _) = share_bars(
            &[("x".into(), vec![1, 0, 3]), ("empty".into(), vec![0, 0, 0])],
            frame(),
        );
        let b = &bars[0];
        assert_eq!(b.total, 4);
        assert_eq!(b.pieces.len(), 2);
        assert_eq!(
            (b.pieces[0].part, b.pieces[0].width, b.pieces[0].share),
            (0, 25.0, 25.0)
        );
        assert_eq!(
            (b.pieces[1].part, b.pieces[1].x, b.pieces[1].width),
            (2, 125.0, 75.0)
        );
        assert!(bars[1].pieces.is_empty());
    }

    #[test]
    fn paired_bars_share_one_scale() {
        let (rows, h) = paired_bars(
            &[
                ("a".into(), Some(10.0), Some(5.0)),
                ("b".into(), Some(20.0), None),
            ],
            frame(),
        );
        assert_eq!((rows[0].first, rows[0].second), (50.0, 25.0));
        assert_eq!((rows[1].first, rows[1].second), (100.0, 0.0));
        assert_eq!((rows[1].y, rows[1].y2), (24.0, 34.0));
        assert_eq!(h, 48.0);
    }
}
