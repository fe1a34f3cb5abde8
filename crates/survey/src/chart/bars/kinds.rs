//! The reforms chart: one bar per kind of reform, as long as the number of jurisdictions with
//! it.

use crate::chart::Frame;
use crate::data::report::ReformKind;
use crate::sections::reforms::KindCount;

/// One bar of the reforms chart: jurisdictions with a kind of reform.
#[derive(Debug, Clone, PartialEq)]
pub struct KindBar {
    /// The kind.
    pub kind: ReformKind,
    /// Top edge.
    pub y: f64,
    /// Bar length.
    pub width: f64,
    /// Jurisdictions counted.
    pub value: usize,
}

/// Lays out one bar per reform kind, longest = the plot width; returns the bars and the chart height.
pub fn kind_bars(counts: &[KindCount], frame: Frame) -> (Vec<KindBar>, f64) {
    let max = counts
        .iter()
        .map(|c| c.jurisdictions.len())
        .max()
        .unwrap_or(0);
    let plot = frame.plot();
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = c.jurisdictions.len();
            let width = if max > 0 {
                plot * value as f64 / max as f64
            } else {
                0.0
            };
            KindBar {
                kind: c.kind,
                y: i as f64 * (frame.bar + frame.gap),
                width,
                value,
            }
        })
        .collect();
    (bars, counts.len() as f64 * (frame.bar + frame.gap))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sections::reforms::{count_by_kind, reform};

    #[test]
    fn longest_bar_fills_the_plot() {
        let rs = vec![
            reform("CO", "time_caps", "57", false),
            reform("OH", "time_caps", "57", false),
            reform("UT", "other", "57", false),
        ];
        let f = Frame::REFORMS;
        let (b, h) = kind_bars(&count_by_kind(&rs), f);
        let plot = f.width - f.label_width - f.value_width;
        let caps = b.iter().find(|b| b.kind == ReformKind::TimeCaps).unwrap();
        let other = b.iter().find(|b| b.kind == ReformKind::Other).unwrap();
        assert_eq!(caps.width, plot);
        assert_eq!(other.width, plot / 2.0);
        assert_eq!(h, 12.0 * (f.bar + f.gap));
        assert!(b.iter().filter(|b| b.value == 0).all(|b| b.width == 0.0));
    }
}
