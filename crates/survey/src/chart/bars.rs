//! Pure layouts for the small bar charts, in SVG units: bars of one value, 100% split bars, paired
//! bars, part-of-whole bars and the reforms chart. Components only draw what these return.

use crate::chart::Frame;
use crate::data::format::thousands;
use crate::data::report::ReformKind;
use crate::sections::reforms::KindCount;
use crate::sections::BarInput;

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
    let plot = frame.width - frame.label_width - frame.value_width;
    let max = rows.iter().map(|r| r.whole.max(r.part)).max().unwrap_or(0);
    let scale = if max > 0 { plot / max as f64 } else { 0.0 };
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
    let plot = frame.width - frame.label_width - frame.value_width;
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
    use crate::data::report::Reform;
    use crate::sections::reforms::count_by_kind;

    fn frame() -> Frame {
        Frame {
            width: 300.0,
            label_width: 100.0,
            value_width: 100.0,
            bar: 10.0,
            gap: 4.0,
            label_row: 0.0,
        }
    }

    fn reform(j: &str, kind: &str, page: &str, profiled: bool) -> Reform {
        Reform {
            jurisdiction: j.into(),
            kind: kind.into(),
            summary: "s".into(),
            section: "VII.F.2".into(),
            page: page.into(),
            profiled,
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

    #[test]
    fn segments_are_consecutive_and_proportional() {
        assert_eq!(
            segments(&[21, 21, 5], 47.0),
            vec![(0.0, 21.0), (21.0, 21.0), (42.0, 5.0)]
        );
        assert_eq!(segments(&[0, 0], 10.0), vec![(0.0, 0.0), (0.0, 0.0)]);
    }

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
