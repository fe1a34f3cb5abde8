//! Bars split into parts: 100% bars, each row's parts as shares of its own total
//! ([`share_bars`]), and the consecutive segments of one bar ([`segments`]).

use crate::chart::Frame;

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
pub struct SplitBar {
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
pub fn share_bars(rows: &[(String, Vec<u64>)], frame: Frame) -> (Vec<SplitBar>, f64) {
    let plot = frame.plot();
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
            SplitBar {
                label: label.clone(),
                y: i as f64 * (frame.bar + frame.gap),
                pieces,
                total,
            }
        })
        .collect();
    (bars, rows.len() as f64 * (frame.bar + frame.gap))
}

/// Consecutive segments of a bar `width` wide, one per part, in proportion to the parts' sum.
/// Returns `(x, width)` pairs.
pub fn segments(parts: &[u64], width: f64) -> Vec<(f64, f64)> {
    let total: u64 = parts.iter().sum();
    let mut x = 0.0;
    parts
        .iter()
        .map(|&p| {
            let w = if total == 0 {
                0.0
            } else {
                width * p as f64 / total as f64
            };
            let seg = (x, w);
            x += w;
            seg
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::TEST_FRAME as FRAME;
    use super::*;

    #[test]
    fn share_bars_fill_the_plot_and_skip_zero_parts() {
        let (bars, _) = share_bars(
            &[("x".into(), vec![1, 0, 3]), ("empty".into(), vec![0, 0, 0])],
            FRAME,
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
    fn segments_are_consecutive_and_proportional() {
        assert_eq!(
            segments(&[21, 21, 5], 47.0),
            vec![(0.0, 21.0), (21.0, 21.0), (42.0, 5.0)]
        );
        assert_eq!(segments(&[0, 0], 10.0), vec![(0.0, 0.0), (0.0, 0.0)]);
    }
}
