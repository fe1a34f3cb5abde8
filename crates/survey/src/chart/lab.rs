//! Pure layout for the lab's two pictures of a change: a waterfall from total A through each part
//! to total B, and a dumbbell chart of the jurisdictions that moved most. Coordinates are CSS
//! pixels for the width and font size given, so labels keep their size at the rendered width;
//! the app only draws what this returns.

use crate::data::format::{round_half_up, signed, thousands};
use crate::engine::decompose::{short_label, Decomposition, Mover, PartKind, Unit};

/// Width and type size the charts are laid out for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Canvas {
    /// Width in CSS pixels (the chart's rendered width).
    pub width: f64,
    /// Label size in CSS pixels (≥ 12).
    pub font: f64,
}

impl Canvas {
    /// A frame, with the width kept to at least 240 px and the type to at least 12 px.
    pub fn new(width: f64, font: f64) -> Canvas {
        Canvas {
            width: if width.is_finite() {
                width.max(240.0)
            } else {
                640.0
            },
            font: if font.is_finite() {
                font.max(12.0)
            } else {
                14.0
            },
        }
    }

    /// Rough width of a label: average glyph about 0.58 em (tabular digits, system sans).
    pub fn text_width(&self, s: &str) -> f64 {
        s.chars().count() as f64 * self.font * 0.58
    }
}

/// Breaks `text` into lines no wider than `width` at this frame's type size (words never split;
/// a single over-long word gets a line of its own).
pub fn wrap(text: &str, width: f64, frame: &Canvas) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if frame.text_width(&candidate) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

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

fn count_text(n: u64, at_least: bool) -> String {
    format!(
        "{}{}",
        if at_least { "at least " } else { "" },
        thousands(n)
    )
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
    let from_label = "A: ".to_string() + &short_label(&d.from);
    push(
        RowKind::Total,
        "total total-a",
        from_label,
        count_text(d.from_total, d.from_at_least),
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
        count_text(d.to_total, d.to_at_least),
        0,
        d.to_total as i64,
        moving.len() + 1,
        Some(running),
        &mut y,
    );
    Waterfall {
        frame,
        height: y,
        rows,
    }
}

/// One row of the dumbbell chart.
#[derive(Debug, Clone, PartialEq)]
pub struct DumbbellRow {
    /// Jurisdiction code.
    pub code: String,
    /// Label: name and change, e.g. "Georgia −3,880 (drops out: no length-of-stay data)", wrapped.
    pub label: Vec<String>,
    /// Baseline of the label.
    pub label_y: f64,
    /// Centre line of the dots.
    pub y: f64,
    /// Before dot (at zero when not counted before).
    pub x_before: f64,
    /// After dot (at zero when not counted after).
    pub x_after: f64,
    /// Whether A had no value (drawn hollow).
    pub before_missing: bool,
    /// Whether B has no value (drawn hollow).
    pub after_missing: bool,
    /// Before value as shown.
    pub before_text: String,
    /// After value as shown.
    pub after_text: String,
    /// Whether the move is upward.
    pub up: bool,
    /// The part it belongs to (CSS class).
    pub class: &'static str,
    /// Order in the animation.
    pub order: usize,
}

/// The dumbbell chart of the top movers.
#[derive(Debug, Clone, PartialEq)]
pub struct Dumbbell {
    /// Canvas it was laid out for.
    pub frame: Canvas,
    /// Total height.
    pub height: f64,
    /// Rows, largest move first.
    pub rows: Vec<DumbbellRow>,
    /// Axis ticks (x, label) along the bottom.
    pub ticks: Vec<(f64, String)>,
    /// Baseline of the tick labels.
    pub tick_y: f64,
    /// Dot radius.
    pub radius: f64,
    /// The unit.
    pub unit: Unit,
}

/// A value in the unit, as shown: `3,880` or `28.3%`.
pub fn unit_text(unit: Unit, v: f64) -> String {
    match unit {
        Unit::People => thousands(v.round().max(0.0) as u64),
        Unit::Points => format!("{}%", round_half_up(v, 1)),
    }
}

/// A change in the unit, as shown: `−3,880` or `−8.8 pts`.
pub fn change_text(unit: Unit, v: f64) -> String {
    match unit {
        Unit::People => signed(v.round() as i64),
        Unit::Points => {
            let t = round_half_up(v.abs(), 1);
            format!("{}{t} pts", if v < 0.0 { "\u{2212}" } else { "+" })
        }
    }
}

/// A mover's change as shown. In percentage points it is the difference of the two printed
/// (rounded) percentages, so 28.3% → 19.6% reads −8.7 pts, as a class would subtract it.
pub fn mover_change_text(unit: Unit, m: &Mover) -> String {
    match (unit, m.before, m.after) {
        (Unit::Points, Some(b), Some(a)) => {
            let r = |v: f64| round_half_up(v, 1).parse::<f64>().unwrap_or(v);
            change_text(unit, r(a) - r(b))
        }
        _ => change_text(unit, m.change),
    }
}

fn nice_step(max: f64) -> f64 {
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let n = raw / mag;
    mag * if n <= 1.0 {
        1.0
    } else if n <= 2.0 {
        2.0
    } else if n <= 5.0 {
        5.0
    } else {
        10.0
    }
}

/// Lays out the top `n` movers of a decomposition as dumbbells on one scale from zero.
pub fn dumbbell(d: &Decomposition, n: usize, frame: Canvas) -> Dumbbell {
    let f = frame.font;
    let r = (f * 0.45).max(5.0);
    let pad = r + 2.0;
    let movers: Vec<&Mover> = d.movers.iter().take(n).collect();
    let max = movers
        .iter()
        .flat_map(|m| [m.before, m.after])
        .flatten()
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let step = nice_step(max);
    let top = (max / step).ceil() * step;
    let plot = frame.width - 2.0 * pad;
    let x = |v: f64| pad + plot * v / top;
    let mut y0 = 0.0;
    let rows: Vec<DumbbellRow> = movers
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let why = match m.kind {
                PartKind::Left(g) => format!(" (drops out: {})", g.label()),
                PartKind::Entered(g) => format!(" (joins: {} under A)", g.label()),
                PartKind::TablesDisagree => " (Table 4 > Table 2)".into(),
                _ => String::new(),
            };
            let missing = |v: Option<f64>| {
                v.map(|v| unit_text(d.unit, v))
                    .unwrap_or_else(|| "not counted".into())
            };
            let label = wrap(
                &format!("{} {}{}", m.name, mover_change_text(d.unit, m), why),
                frame.width,
                &frame,
            );
            let top = y0;
            let label_h = f * 1.25 * label.len() as f64;
            y0 += label_h + r * 2.0 + f * 0.7;
            DumbbellRow {
                code: m.code.clone(),
                label,
                label_y: top + f,
                y: top + label_h + r,
                x_before: x(m.before.unwrap_or(0.0)),
                x_after: x(m.after.unwrap_or(0.0)),
                before_missing: m.before.is_none(),
                after_missing: m.after.is_none(),
                before_text: missing(m.before),
                after_text: missing(m.after),
                up: m.change > 0.0,
                class: m.kind.class(),
                order: i,
            }
        })
        .collect();
    let tick_y = y0 + f * 0.4;
    let mut ticks = Vec::new();
    let mut t = 0.0;
    while t <= top + step * 0.01 {
        ticks.push((x(t), unit_text(d.unit, t)));
        t += step;
    }
    // Keep tick labels from running into each other on a narrow chart.
    let widest = ticks
        .iter()
        .map(|(_, s)| frame.text_width(s))
        .fold(0.0, f64::max);
    if ticks.len() > 2 && plot / (ticks.len() - 1) as f64 <= widest + f {
        ticks = ticks.into_iter().step_by(2).collect();
    }
    Dumbbell {
        frame,
        height: tick_y + f * 0.4,
        rows,
        ticks,
        tick_y,
        radius: r,
        unit: d.unit,
    }
}

/// One tile of the map of who changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeTile {
    /// Jurisdiction code (drawn on the tile).
    pub code: &'static str,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// CSS class: the part's class, `part-none` (no change) or `part-absent` (counted neither time).
    pub class: &'static str,
    /// What happened, for the tile's title, e.g. "Georgia: −3,880, drop out: no length-of-stay data".
    pub title: String,
}

/// The tile map of who changes between A and B.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeMap {
    /// Tile side.
    pub size: f64,
    /// Canvas it was laid out for.
    pub frame: Canvas,
    /// Height.
    pub height: f64,
    /// Tiles.
    pub tiles: Vec<ChangeTile>,
}

/// Lays out the tile map: 12 columns fitted to the width (tiles at most 46 px), each tile
/// classed by the part its jurisdiction belongs to.
pub fn change_map(
    d: &Decomposition,
    names: &dyn Fn(&str) -> String,
    counted_both: &dyn Fn(&str) -> bool,
    frame: Canvas,
) -> ChangeMap {
    let gap = 3.0;
    let size = ((frame.width - 11.0 * gap) / 12.0).min(46.0);
    let tiles = crate::chart::tiles::TILES
        .iter()
        .map(|&(code, col, row)| {
            let found = d
                .parts
                .iter()
                .find_map(|p| p.entries.iter().find(|e| e.code == code).map(|e| (p, e)));
            let (class, what) = match found {
                Some((p, e)) if p.kind == PartKind::RateOnly => (
                    p.kind.class(),
                    format!(
                        "{} → {}, {}",
                        e.percent_before
                            .map(|v| unit_text(Unit::Points, v))
                            .unwrap_or_default(),
                        e.percent_after
                            .map(|v| unit_text(Unit::Points, v))
                            .unwrap_or_default(),
                        p.label.to_lowercase()
                    ),
                ),
                Some((p, e)) => (
                    p.kind.class(),
                    format!("{}, {}", signed(e.people), p.label.to_lowercase()),
                ),
                None if counted_both(code) => ("part-none", "no change".into()),
                None => ("part-absent", "not counted under A or B".into()),
            };
            ChangeTile {
                code,
                x: col as f64 * (size + gap),
                y: row as f64 * (size + gap),
                class,
                title: format!("{}: {what}", names(code)),
            }
        })
        .collect();
    ChangeMap {
        size,
        frame,
        height: 8.0 * (size + gap),
        tiles,
    }
}

/// One segment of the compact stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct StackSegment {
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// CSS class (`kept` or the part's class).
    pub class: &'static str,
    /// People it stands for.
    pub people: u64,
}

/// A compact stacked bar of a change (for the handout): the people counted both times, then each
/// part that removed or added people, on one scale; marks for total A and total B.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedBar {
    /// Segments left to right.
    pub segments: Vec<StackSegment>,
    /// x of total A and total B.
    pub marks: (f64, f64),
    /// Canvas.
    pub frame: Canvas,
}

/// Lays out the compact stacked bar: kept = A minus everything removed; then the removed parts
/// (A ends there); then the added parts (B = kept + added).
pub fn stacked_bar(d: &Decomposition, frame: Canvas) -> StackedBar {
    let removed: i64 = d
        .parts
        .iter()
        .filter(|p| p.people < 0)
        .map(|p| -p.people)
        .sum();
    let added: i64 = d
        .parts
        .iter()
        .filter(|p| p.people > 0)
        .map(|p| p.people)
        .sum();
    let kept = d.from_total as i64 - removed;
    let span = (kept + removed + added).max(1) as f64;
    let k = (frame.width - 2.0) / span;
    let mut x = 1.0;
    let mut segments = vec![StackSegment {
        x,
        width: kept.max(0) as f64 * k,
        class: "kept",
        people: kept.max(0) as u64,
    }];
    x += kept.max(0) as f64 * k;
    for p in d
        .parts
        .iter()
        .filter(|p| p.people < 0)
        .chain(d.parts.iter().filter(|p| p.people > 0))
    {
        let w = p.people.unsigned_abs() as f64 * k;
        segments.push(StackSegment {
            x,
            width: w,
            class: p.kind.class(),
            people: p.people.unsigned_abs(),
        });
        x += w;
    }
    let at = |v: i64| 1.0 + v.max(0) as f64 * k;
    let to_mark = if removed > 0 && added == 0 {
        at(kept)
    } else {
        at(kept + removed + added)
    };
    StackedBar {
        segments,
        marks: (at(kept + removed), to_mark),
        frame,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::Dataset;
    use crate::engine::decompose::decompose;
    use crate::engine::definition::{Definition, Denominator, Stay};
    use crate::engine::summary::Engine;

    fn decomposition(b: Definition) -> Decomposition {
        let e = Engine::new(&Dataset::embedded().unwrap());
        decompose(&e.compute(&Definition::default()), &e.compute(&b))
    }

    #[test]
    fn waterfall_runs_from_a_through_each_part_to_b_within_the_width() {
        let d = decomposition(Definition {
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

    #[test]
    fn dumbbell_of_the_denominator_step_is_in_points_with_vi_first() {
        let d = decomposition(Definition {
            denominator: Denominator::Total,
            ..Definition::default()
        });
        let b = dumbbell(&d, 5, Canvas::new(358.0, 13.0));
        assert_eq!(b.unit, Unit::Points);
        assert_eq!(b.rows[0].code, "VI");
        assert_eq!(
            (
                b.rows[0].before_text.as_str(),
                b.rows[0].after_text.as_str()
            ),
            ("28.3%", "19.6%")
        );
        assert!(
            b.rows[0].label.concat().contains("\u{2212}8.7 pts"),
            "{:?}",
            b.rows[0].label
        );
        assert!(b.rows[0].x_after < b.rows[0].x_before);
        assert!(b
            .rows
            .iter()
            .all(|r| r.x_before <= 358.0 && r.x_after >= 0.0));
        // Ticks do not overlap.
        for w in b.ticks.windows(2) {
            assert!(w[1].0 - w[0].0 > b.frame.text_width(&w[0].1));
        }
    }

    #[test]
    fn a_jurisdiction_that_drops_out_is_drawn_to_zero_and_hollow() {
        let d = decomposition(Definition {
            stay: Stay::M1,
            ..Definition::default()
        });
        let b = dumbbell(&d, 5, Canvas::new(640.0, 13.0));
        let ga = &b.rows[0];
        assert_eq!(ga.code, "GA");
        assert!(ga.after_missing && !ga.before_missing);
        assert_eq!(ga.after_text, "not counted");
        assert!(ga.label.join(" ").contains("drops out"));
    }

    #[test]
    fn frames_keep_labels_readable() {
        assert_eq!(
            Canvas::new(10.0, 8.0),
            Canvas {
                width: 240.0,
                font: 12.0
            }
        );
        assert_eq!(Canvas::new(f64::NAN, f64::INFINITY).font, 14.0);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;
    use crate::data::dataset::Dataset;
    use crate::engine::decompose::decompose;
    use crate::engine::definition::{Definition, Hours, Stay};
    use crate::engine::summary::Engine;

    #[test]
    fn long_labels_wrap_inside_the_width() {
        let f = Canvas::new(240.0, 24.0);
        let lines = wrap(
            "Old figure only: did not report the new band (14)",
            240.0,
            &f,
        );
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| f.text_width(l) <= 240.0 || !l.contains(' ')));
        assert_eq!(
            lines.join(" "),
            "Old figure only: did not report the new band (14)"
        );
    }

    #[test]
    fn map_and_stacked_bar_follow_the_parts() {
        let e = Engine::new(&Dataset::embedded().unwrap());
        let (a, b) = (
            e.compute(&Definition::default()),
            e.compute(&Definition {
                stay: Stay::M1,
                ..Definition::default()
            }),
        );
        let d = decompose(&a, &b);
        let both = |c: &str| b.rows.iter().any(|r| r.code == c && r.count.is_some());
        let m = change_map(&d, &|c| c.to_string(), &both, Canvas::new(358.0, 13.0));
        assert_eq!(m.tiles.len(), 53);
        assert!(m.tiles.iter().all(|t| t.x + m.size <= 358.0 + 1e-6));
        let ga = m.tiles.iter().find(|t| t.code == "GA").unwrap();
        assert_eq!(ga.class, "part-left");
        assert!(ga.title.contains("\u{2212}3,880"), "{}", ga.title);
        assert_eq!(
            m.tiles.iter().find(|t| t.code == "ME").unwrap().class,
            "part-absent"
        );
        let s = stacked_bar(&d, Canvas::new(300.0, 12.0));
        let total: u64 = s.segments.iter().map(|x| x.people).sum();
        assert_eq!(total, 67_442);
        assert!(s.marks.1 < s.marks.0, "B ends before A");
        let up = decompose(
            &a,
            &e.compute(&Definition {
                hours: Hours::H16,
                ..Definition::default()
            }),
        );
        let s = stacked_bar(&up, Canvas::new(300.0, 12.0));
        assert_eq!(s.segments.iter().map(|x| x.people).sum::<u64>(), 83_897);
        assert!((s.marks.1 - 299.0).abs() < 1e-6 && s.marks.0 < s.marks.1);
    }
}
