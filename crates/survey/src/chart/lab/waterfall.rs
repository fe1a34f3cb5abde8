//! The waterfall: total A, then each part of the change that moves people (drawn from the running
//! total), then total B.

use crate::data::format::signed;
use crate::engine::decompose::{short_label, Decomposition};

use super::canvas::{wrap, Canvas};
use super::values::count_text;

/// What a waterfall row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// Total A or total B (a full bar from zero).
    Total,
    /// A part that takes people away (floats to the left of the running total).
    Down,
    /// A part that adds people.
    Up,
}

/// One row of the waterfall: a label line, then a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct WaterfallRow {
    /// What the row is.
    pub kind: RowKind,
    /// CSS class (`total`, or the part's class).
    pub class: &'static str,
    /// Label, e.g. "Drop out: no length-of-stay data (7)", wrapped to the width.
    pub label: Vec<String>,
    /// The value as shown, e.g. "−11,692".
    pub value: String,
    /// Baseline of the label's first line (further lines follow at 1.25 em).
    pub label_y: f64,
    /// Bar left edge.
    pub x: f64,
    /// Bar width (≥ 2 so a small part stays visible).
    pub width: f64,
    /// Bar top.
    pub y: f64,
    /// Bar height.
    pub height: f64,
    /// Where the value text goes, and its anchor (`start` or `end`).
    pub value_x: f64,
    /// `start` or `end`.
    pub value_anchor: &'static str,
    /// Order of appearance in the animation (0 = first).
    pub order: usize,
    /// The running total before this row's bar (for the connector from the previous row).
    pub connector_x: Option<f64>,
}

/// The waterfall.
#[derive(Debug, Clone, PartialEq)]
pub struct Waterfall {
    /// Canvas it was laid out for.
    pub frame: Canvas,
    /// Total height.
    pub height: f64,
    /// Rows top to bottom: A, the parts that move people, B.
    pub rows: Vec<WaterfallRow>,
}

/// Lays out the waterfall of a decomposition: A, each part with people, B.
pub fn waterfall(d: &Decomposition, frame: Canvas) -> Waterfall {
    let f = frame.font;
    let pad = 2.0;
    let line = f * 1.25;
    let bar_h = (f * 1.4).round();
    // Running totals decide the scale (a part can lift the total above both ends).
    let mut running = d.from_total as i64;
    let mut peak = running.max(d.to_total as i64);
    let moving: Vec<_> = d.parts.iter().filter(|p| p.people != 0).collect();
    for p in &moving {
        running += p.people;
        peak = peak.max(running);
    }
    let plot = frame.width - 2.0 * pad;
    let scale = |v: i64| pad + plot * (v.max(0) as f64) / (peak.max(1) as f64);
    let mut rows = Vec::new();
    let mut y = 0.0;
    let place = |x: f64, w: f64, value: &str, inside_ok: bool| -> (f64, &'static str) {
        let tw = frame.text_width(value) + f * 0.4;
        if x + w + tw <= frame.width {
            (x + w + f * 0.3, "start")
        } else if x - tw >= 0.0 {
            (x - f * 0.3, "end")
        } else if inside_ok {
            (x + w - f * 0.3, "end")
        } else {
            (frame.width, "end")
        }
    };
    let mut push = |kind,
                    class,
                    label: String,
                    value: String,
                    from: i64,
                    to: i64,
                    order,
                    connector: Option<i64>,
                    y: &mut f64| {
        let (a, b) = (scale(from.min(to)), scale(from.max(to)));
        let width = (b - a).max(2.0);
        let (value_x, value_anchor) = place(a, width, &value, kind == RowKind::Total);
        let label = wrap(&label, frame.width, &frame);
        let label_h = line * label.len() as f64;
        rows.push(WaterfallRow {
            kind,
            class,
            label,
            value,
            label_y: *y + f,
            x: a,
            width,
            y: *y + label_h + f * 0.15,
            height: bar_h,
            value_x,
            value_anchor,
            order,
            connector_x: connector.map(scale),
        });
        *y += label_h + f * 0.15 + bar_h + f * 0.6;
    };
    // A side the survey did not measure has no total: it says so and draws no bar (a 0 bar would
    // read as "nobody").
    let total_text = |total, at_least, not_measured: Option<&str>| match not_measured {
        Some(_) => "not measured".to_string(),
        None => count_text(total, at_least),
    };
    let from_label = "A: ".to_string() + &short_label(&d.from);
    push(
        RowKind::Total,
        "total total-a",
        from_label,
        total_text(d.from_total, d.from_at_least, d.from_not_measured),
        0,
        d.from_total as i64,
        0,
        None,
        &mut y,
    );
    let mut running = d.from_total as i64;
    for (i, p) in moving.iter().enumerate() {
        let next = running + p.people;
        let n = p.entries.len();
        let kind = if p.people < 0 {
            RowKind::Down
        } else {
            RowKind::Up
        };
        push(
            kind,
            p.kind.class(),
            format!("{} ({n})", p.label),
            signed(p.people),
            running,
            next,
            i + 1,
            Some(running),
            &mut y,
        );
        running = next;
    }
    let to_label = "B: ".to_string() + &short_label(&d.to);
    push(
        RowKind::Total,
        "total total-b",
        to_label,
        total_text(d.to_total, d.to_at_least, d.to_not_measured),
        0,
        d.to_total as i64,
        moving.len() + 1,
        Some(running),
        &mut y,
    );
    for (row, not_measured) in [
        (0, d.from_not_measured),
        (rows.len() - 1, d.to_not_measured),
    ] {
        if not_measured.is_some() {
            rows[row].width = 0.0;
            rows[row].value_x = rows[row].x;
            rows[row].value_anchor = "start";
        }
    }
    Waterfall {
        frame,
        height: y,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Hours, Stay};

    /// B = 16 hours for a year or more: the report measured no stays at 16 hours, so B's row says
    /// "not measured" and has no bar, where it used to draw a 0.
    #[test]
    fn a_side_the_survey_did_not_measure_has_no_bar_and_says_so() {
        let (d, to) = super::super::from_report_to(Definition {
            hours: Hours::H16,
            stay: Stay::Y1,
            ..Definition::default()
        });
        assert!(to.not_measured.is_some());
        let w = waterfall(&d, Canvas::new(640.0, 13.0));
        let b = w.rows.last().unwrap();
        assert_eq!((b.value.as_str(), b.width), ("not measured", 0.0));
        assert!(b.value_x + w.frame.text_width(&b.value) <= 640.0);
        let a = &w.rows[0];
        assert_eq!(a.value, "67,442");
        assert!(a.width > 0.0);
    }

    #[test]
    fn waterfall_runs_from_a_through_each_part_to_b_within_the_width() {
        let (d, _) = super::super::from_report_to(Definition {
            stay: Stay::M1,
            ..Definition::default()
        });
        for width in [240.0, 358.0, 640.0, 1200.0] {
            let w = waterfall(&d, Canvas::new(width, 13.0));
            assert_eq!(w.rows.len(), 4, "A, drop out, shorter stays, B");
            assert_eq!(w.rows[1].value, "\u{2212}11,692");
            // Each part starts where the running total stood.
            assert!((w.rows[1].x + w.rows[1].width - w.rows[0].width - w.rows[0].x).abs() < 1e-6);
            assert!((w.rows[3].x + w.rows[3].width - w.rows[2].x).abs() < 1e-6);
            for r in &w.rows {
                assert!(r.x >= 0.0 && r.x + r.width <= width + 1e-6, "{r:?}");
                let tw = w.frame.text_width(&r.value);
                let (lo, hi) = if r.value_anchor == "start" {
                    (r.value_x, r.value_x + tw)
                } else {
                    (r.value_x - tw, r.value_x)
                };
                assert!(
                    lo >= -1e-6 && hi <= width + 1e-6,
                    "value inside at {width}: {r:?}"
                );
            }
        }
    }
}
