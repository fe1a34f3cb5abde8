//! Charts laid out for the width they get (chart layer). A chart's SVG is drawn with one user unit
//! per CSS pixel of its measured width, so text is drawn at its real size; these functions decide
//! where names go (left of the bars when there is room, above them when not) so that no text is
//! ever scaled below [`MIN_FONT`] (issue 15).

use crate::chart::bands::{layout, Bar};
use crate::chart::Frame;
use crate::engine::explore::Measure;
use crate::engine::JurisdictionResult;

/// The smallest text any chart draws, in CSS pixels.
pub const MIN_FONT: f64 = 12.0;

/// The explorer chart's wide layout before it is measured (the prerendered page, its hydration),
/// drawn beside its phone layout at [`PAGE_NARROW`].
pub const DEFAULT_WIDTH: f64 = 480.0;

/// Narrowest width laid out (narrower containers get this and scroll, which no phone needs).
pub const MIN_WIDTH: f64 = 240.0;

/// An estimate of the width of `s` in a system sans-serif at `font` px: generous per character
/// class, so a label that fits here fits on screen. Digits and `%` are taken at their width in
/// DejaVu Sans (0.636 and 0.95 em), the widest common system sans: at Roboto's or San Francisco's
/// (about 0.56 em) a value label such as "15,725 · 28.9% (29%)" ran 8 px past a 390 px phone's chart.
pub fn text_width(s: &str, font: f64) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '(' | ')' => 0.3,
            'f' | 't' | 'r' | 'I' => 0.38,
            '%' => 0.95,
            'm' | 'w' | 'M' | 'W' | '—' => 0.86,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.56,
        })
        .sum();
    em * font
}

/// Where the names of a bar chart go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// In a column left of the bars, right-aligned.
    Left,
    /// On a line of their own above each bar, starting at the left edge.
    Above,
}

/// A bar chart's geometry for one width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// The frame to lay the bars out in (its `width` is the measured width).
    pub frame: Frame,
    /// Where names go.
    pub names: Names,
    /// Font size of names and values, CSS px.
    pub font: f64,
    /// Height of the line above each bar that holds its name (0 when names are on the left).
    pub name_line: f64,
}

/// The geometry for bars named `names` with value labels `values` in `width` CSS px: names on the
/// left when they leave at least half the width to the bars, otherwise above each bar.
pub fn fit(width: f64, names: &[&str], values: &[&str]) -> Fit {
    let width = width.max(MIN_WIDTH).floor();
    let font = if width >= 700.0 { 13.0 } else { MIN_FONT };
    let widest = |xs: &[&str]| xs.iter().map(|s| text_width(s, font)).fold(0.0, f64::max);
    let label_width = (widest(names) + 10.0).ceil();
    let value_width = (widest(values) + 8.0).ceil();
    let bar = (font + 3.0).round();
    if width - label_width - value_width >= width * 0.5 {
        Fit {
            frame: Frame {
                width,
                label_width,
                value_width,
                bar,
                gap: 6.0,
                label_row: 0.0,
            },
            names: Names::Left,
            font,
            name_line: 0.0,
        }
    } else {
        let name_line = (font * 1.3).round();
        Fit {
            frame: Frame {
                width,
                label_width: 0.0,
                value_width,
                bar: bar - 3.0,
                gap: 8.0 + name_line,
                label_row: 0.0,
            },
            names: Names::Above,
            font,
            name_line,
        }
    }
}

/// The narrowest frame, in CSS px, in which the explorer's default chart (every jurisdiction, 22
/// hours, percent) has its names on the left; narrower, they go above the bars and the chart is
/// taller. Before a chart is measured (the prerendered page) both layouts are drawn and the
/// stylesheet shows one by the window's width (`static/style.css`: this plus the page's 32 px of
/// padding), so the page has its final height from its first paint. A test keeps the two in step.
pub const EXPLORER_NAMES_LEFT_FROM: f64 = 392.0;

/// The phone layout every chart that lays out for its own width is drawn at before it is
/// measured (the explorer's, length of stay's and men and women's, race's and age's, reforms'),
/// beside its widest layout: a 360 px phone's width (content 328 px, less 2), so the prerendered
/// page fits any common phone instead of being wider than its screen (a phone then lays the whole
/// page out wider and shrinks it, issue 13). Measured, the chart is drawn again at its own width.
pub const PAGE_NARROW: f64 = 326.0;

/// The widest those charts are drawn (content at most 640 px, less 2), which is their width in
/// any window at least 672 px wide (the page's 32 px of padding added): before they are measured
/// both layouts are drawn and the stylesheet shows this one from 672 px (`static/style.css`, kept
/// in step by a test), the narrow one below.
pub const PAGE_WIDE: f64 = 638.0;

/// The widest the race and age pages' composition charts are drawn (their box is at most 32 rem,
/// 512 px), which is their width in any window at least 544 px wide: before they are measured they
/// are drawn at this width and at [`PAGE_NARROW`], the stylesheet showing this one from 544 px.
pub const COMPOSITION_WIDE: f64 = 512.0;

/// The widest the reforms page's chart is drawn (its section is at most 30 rem, 480 px), its width
/// in any window at least 512 px wide: before it is measured it is drawn at this width and at
/// [`PAGE_NARROW`], the stylesheet showing this one from 512 px.
pub const REFORMS_WIDE: f64 = 480.0;

/// A chart that lays out for its own width, drawn in two layouts until it is measured: at
/// `narrow` for a phone and at `wide`, its widest, which the stylesheet shows in any window at
/// least `wide_from` CSS px wide (`static/style.css`: `@media` [`TwoLayouts::narrow_query`]; a
/// test keeps the two in step). The server draws both; the browser, which knows its window,
/// draws only the one shown, and removes the other from the prerendered page before it hydrates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TwoLayouts {
    /// The phone layout's width ([`PAGE_NARROW`]).
    pub narrow: f64,
    /// The widest layout's width.
    pub wide: f64,
    /// The narrowest window, in whole CSS px, that shows the wide layout.
    pub wide_from: u32,
}

impl TwoLayouts {
    /// The media query under which the narrow layout is the one shown, written as the stylesheet
    /// writes it (integer text: no bundle formats floats).
    pub fn narrow_query(self) -> String {
        narrow_query(self.wide_from)
    }
}

/// The media query of a window narrower than `wide_from` px, as the stylesheet writes it.
pub fn narrow_query(wide_from: u32) -> String {
    format!("(max-width: {}.98px)", wide_from.saturating_sub(1))
}

/// The explorer's chart: names above the bars in a frame under [`EXPLORER_NAMES_LEFT_FROM`], a
/// window under that plus the page's 32 px of padding.
pub const EXPLORER_LAYOUTS: TwoLayouts = TwoLayouts {
    narrow: PAGE_NARROW,
    wide: DEFAULT_WIDTH,
    wide_from: EXPLORER_NAMES_LEFT_FROM as u32 + 32,
};

/// The length-of-stay and men-and-women charts: [`PAGE_WIDE`] in a frame 2 px wider, plus the
/// page's 32 px of padding.
pub const PAGE_LAYOUTS: TwoLayouts = TwoLayouts {
    narrow: PAGE_NARROW,
    wide: PAGE_WIDE,
    wide_from: PAGE_WIDE as u32 + 2 + 32,
};

/// The race and age pages' composition charts.
pub const COMPOSITION_LAYOUTS: TwoLayouts = TwoLayouts {
    narrow: PAGE_NARROW,
    wide: COMPOSITION_WIDE,
    wide_from: COMPOSITION_WIDE as u32 + 32,
};

/// The reforms page's chart.
pub const REFORMS_LAYOUTS: TwoLayouts = TwoLayouts {
    narrow: PAGE_NARROW,
    wide: REFORMS_WIDE,
    wide_from: REFORMS_WIDE as u32 + 32,
};

/// Every chart kind drawn in two layouts until measured.
pub const ALL_LAYOUTS: [TwoLayouts; 4] = [
    EXPLORER_LAYOUTS,
    PAGE_LAYOUTS,
    COMPOSITION_LAYOUTS,
    REFORMS_LAYOUTS,
];

/// The x, baseline y and text anchor (`"end"` or `"start"`) of the name of a bar whose top is
/// `top` and whose height is `height`.
pub fn name_at(fit: &Fit, top: f64, height: f64) -> (f64, f64, &'static str) {
    match fit.names {
        Names::Left => (
            fit.frame.label_width - 6.0,
            centred_baseline(fit, top, height),
            "end",
        ),
        Names::Above => (0.0, top - 4.0, "start"),
    }
}

/// The baseline that centres a line of text on a bar (whose top is `top`, height `height`).
pub fn centred_baseline(fit: &Fit, top: f64, height: f64) -> f64 {
    top + height / 2.0 + fit.font * 0.36
}

/// Moves bars laid out in `fit.frame` down to make room for the first name line when names are
/// above the bars; returns the extra height (0 when names are on the left).
pub fn shift_for_names(fit: &Fit, ys: &mut [&mut f64]) -> f64 {
    if fit.names == Names::Left {
        return 0.0;
    }
    for y in ys.iter_mut() {
        **y += fit.name_line + 2.0;
    }
    fit.name_line + 2.0
}

/// The x, baseline y and anchor of a bar's name (see [`name_at`]).
pub fn name_position(fit: &Fit, bar: &Bar) -> (f64, f64, &'static str) {
    name_at(fit, bar.y, fit.frame.bar)
}

/// The y of a bar's value label baseline.
pub fn value_baseline(fit: &Fit, bar: &Bar) -> f64 {
    centred_baseline(fit, bar.y, fit.frame.bar)
}

/// The explorer's stacked bars laid out for `width`: bars, total height and the geometry used.
pub fn layout_for_width(
    rows: &[&JurisdictionResult],
    measure: Measure,
    width: f64,
) -> (Vec<Bar>, f64, Fit) {
    let (probe, _) = layout(rows, measure, Frame::EXPLORER);
    let names: Vec<&str> = probe.iter().map(|b| b.name.as_str()).collect();
    let values: Vec<&str> = probe.iter().map(|b| b.label.as_str()).collect();
    let f = fit(width, &names, &values);
    let (mut bars, height) = layout(rows, measure, f.frame);
    let extra = shift_for_names(
        &f,
        &mut bars.iter_mut().map(|b| &mut b.y).collect::<Vec<_>>(),
    );
    (bars, height + extra, f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Hours};
    use crate::engine::Engine;

    #[test]
    fn the_narrow_layouts_media_queries_are_the_stylesheets() {
        assert_eq!(EXPLORER_LAYOUTS.narrow_query(), "(max-width: 423.98px)");
        assert_eq!(PAGE_LAYOUTS.narrow_query(), "(max-width: 671.98px)");
        assert_eq!(COMPOSITION_LAYOUTS.narrow_query(), "(max-width: 543.98px)");
        assert_eq!(REFORMS_LAYOUTS.narrow_query(), "(max-width: 511.98px)");
    }

    #[test]
    fn the_default_chart_puts_names_left_from_the_width_the_stylesheet_assumes() {
        let r = rows(Hours::H22);
        let r: Vec<&JurisdictionResult> = r.iter().collect();
        for m in [Measure::Percent, Measure::Count] {
            let names = |w: f64| layout_for_width(&r, m, w).2.names;
            assert_eq!(names(EXPLORER_NAMES_LEFT_FROM - 1.0), Names::Above, "{m:?}");
            assert_eq!(names(EXPLORER_NAMES_LEFT_FROM), Names::Left, "{m:?}");
        }
    }

    fn rows(hours: Hours) -> Vec<JurisdictionResult> {
        let d = crate::Dataset::embedded().unwrap();
        let e = Engine::new(&d);
        e.compute(&Definition {
            hours,
            ..Definition::default()
        })
        .rows
    }

    /// Every text box (estimated) of the laid-out chart: (x0, y0, x1, y1).
    fn boxes(bars: &[Bar], f: &Fit) -> Vec<(f64, f64, f64, f64, String)> {
        // A line of `text` starting at `x` on the baseline `y`.
        let text_box = |x: f64, y: f64, text: &str| {
            let w = text_width(text, f.font);
            (
                x,
                y - f.font * 0.8,
                x + w,
                y + f.font * 0.2,
                text.to_string(),
            )
        };
        let mut out = Vec::new();
        for b in bars {
            let (x, y, anchor) = name_position(f, b);
            let w = text_width(&b.name, f.font);
            let x0 = if anchor == "end" { x - w } else { x };
            out.push(text_box(x0, y, &b.name));
            let vx = b
                .segments
                .last()
                .map_or(f.frame.label_width, |s| s.x + s.width)
                + 4.0;
            out.push(text_box(vx, value_baseline(f, b), &b.label));
        }
        out
    }

    #[test]
    fn at_360_768_and_1280_px_text_is_full_size_inside_the_chart_and_never_overlaps() {
        for hours in [Hours::H22, Hours::H16] {
            let rs = rows(hours);
            let refs: Vec<&JurisdictionResult> = rs.iter().collect();
            for measure in [Measure::Percent, Measure::Count] {
                for width in [360.0 - 32.0, 768.0 - 48.0, 1280.0 / 2.0] {
                    let (bars, height, f) = layout_for_width(&refs, measure, width);
                    assert!(f.font >= MIN_FONT);
                    assert_eq!(f.frame.width, width.floor());
                    let bx = boxes(&bars, &f);
                    for (i, a) in bx.iter().enumerate() {
                        assert!(a.0 >= -0.5 && a.2 <= width + 0.5, "{width}: {a:?} outside");
                        assert!(a.1 >= -0.5 && a.3 <= height + 0.5, "{width}: {a:?} outside");
                        for b in &bx[i + 1..] {
                            let overlap = a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
                            assert!(!overlap, "{width}: {a:?} overlaps {b:?}");
                        }
                    }
                    // Bars stay inside too.
                    for b in &bars {
                        for s in &b.segments {
                            assert!(s.x + s.width <= width - f.frame.value_width + 0.01);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn names_move_above_the_bars_on_a_phone_and_stay_left_on_a_desktop() {
        let rs = rows(Hours::H22);
        let refs: Vec<&JurisdictionResult> = rs.iter().collect();
        let (_, _, phone) = layout_for_width(&refs, Measure::Percent, 328.0);
        let (_, _, tablet) = layout_for_width(&refs, Measure::Percent, 720.0);
        let (_, _, desk) = layout_for_width(&refs, Measure::Percent, 640.0);
        assert_eq!(phone.names, Names::Above);
        assert_eq!(tablet.names, Names::Left);
        assert_eq!(desk.names, Names::Left);
        // On a phone the bars get the whole width but the value column.
        assert_eq!(phone.frame.label_width, 0.0);
    }

    #[test]
    fn text_width_is_generous_for_long_names() {
        let w = text_width("District of Columbia", 12.0);
        assert!((100.0..150.0).contains(&w), "{w}");
        assert!(text_width("MMM", 12.0) > text_width("iii", 12.0));
    }
}
