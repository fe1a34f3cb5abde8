//! The dumbbell chart: the jurisdictions that moved most, each a line from its value under A to
//! its value under B, on one scale from zero, in people or in percentage points.

use crate::engine::decompose::{Decomposition, Mover, PartKind, Unit};

use super::canvas::{wrap, Canvas};
use super::values::{mover_change_text, unit_text};

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

/// A round tick step giving about four ticks up to `max`.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Denominator, Stay};

    #[test]
    fn dumbbell_of_the_denominator_step_is_in_points_with_vi_first() {
        let (d, _) = super::super::from_report_to(Definition {
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
        let (d, _) = super::super::from_report_to(Definition {
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
}
