//! Pure layouts for the composition charts: two 100% stacked bars (custody vs restricted housing,
//! as in the report's Charts 7–10) and a dot-pair ("dumbbell") chart of one group's two shares per
//! jurisdiction. Components only draw what these return.

use crate::chart::Frame;
use crate::data::format::round_half_up;
use crate::sections::composition::{points, Composition};

/// One group's piece of a stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSegment {
    /// Index of the group (for its colour).
    pub group: usize,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// The percent it stands for.
    pub percent: f64,
    /// Text drawn inside it, when it is wide enough to hold it.
    pub label: Option<String>,
}

/// One stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct StackBar {
    /// "Custodial population" or "Restricted housing".
    pub label: &'static str,
    /// Top edge.
    pub y: f64,
    /// Segments left to right, in the tables' group order.
    pub segments: Vec<GroupSegment>,
}

/// Narrowest segment that gets a label inside it.
const MIN_LABEL_WIDTH: f64 = 36.0;

/// The custody bar above the restricted-housing bar, each 100% wide.
pub fn stacked(c: &Composition, frame: Frame) -> (Vec<StackBar>, f64) {
    let plot = frame.plot();
    let bars = [
        ("Custodial population", true),
        ("Restricted housing", false),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (label, custodial))| {
        let mut x = frame.label_width;
        let segments = c
            .groups
            .iter()
            .enumerate()
            .filter_map(|(g, row)| {
                let p = if custodial {
                    row.custodial.percent()
                } else {
                    row.restricted.percent()
                }?;
                let width = plot * p / 100.0;
                let seg = GroupSegment {
                    group: g,
                    x,
                    width,
                    percent: p,
                    label: (width >= MIN_LABEL_WIDTH).then(|| format!("{}%", round_half_up(p, 1))),
                };
                x += width;
                Some(seg)
            })
            .collect();
        StackBar {
            label,
            y: i as f64 * (frame.bar + frame.gap),
            segments,
        }
    })
    .collect();
    (bars, 2.0 * frame.bar + frame.gap)
}

/// One row of the dot-pair chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Dumbbell {
    /// Jurisdiction code (empty for the overall row).
    pub code: String,
    /// Name shown on the left.
    pub name: String,
    /// Top edge.
    pub y: f64,
    /// x of the custodial share, when known.
    pub custodial: Option<f64>,
    /// x of the restricted-housing share, when known.
    pub restricted: Option<f64>,
    /// Text on the right: the difference in points, or why there is none.
    pub label: String,
    /// True when either share is unknown.
    pub missing: bool,
}

/// A tick on the percent axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// x position.
    pub x: f64,
    /// "25%".
    pub label: String,
    /// How its label sits on `x` (`"start"`, `"middle"` or `"end"`): centred, unless centring would
    /// put part of it outside the chart (the 0% tick when names are above the bars, on a phone).
    pub anchor: &'static str,
}

/// The smallest "round" axis maximum at or above `max` (percent).
pub fn nice_max(max: f64) -> f64 {
    [
        1.0, 2.0, 4.0, 5.0, 10.0, 20.0, 40.0, 50.0, 60.0, 80.0, 100.0,
    ]
    .into_iter()
    .find(|m| *m >= max - 1e-9)
    .unwrap_or(100.0)
}

/// Dot pairs for the group at `index`, one row per composition (overall first if given), with
/// the axis scaled to the largest share shown. Returns rows, ticks and the plot's height.
pub fn dumbbells(
    rows: &[Composition],
    index: usize,
    frame: Frame,
) -> (Vec<Dumbbell>, Vec<Tick>, f64) {
    let max = rows
        .iter()
        .filter_map(|r| r.groups.get(index))
        .flat_map(|g| [g.custodial.percent(), g.restricted.percent()])
        .flatten()
        .fold(0.0f64, f64::max);
    let top = nice_max(max);
    let plot = frame.plot();
    let x = |p: f64| frame.label_width + plot * p / top;
    let out = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let g = &r.groups[index];
            let (c, h) = (g.custodial.percent(), g.restricted.percent());
            let label = match g.difference() {
                Some(d) => format!("{} pts", points(d)),
                None => [&g.custodial.share, &g.restricted.share]
                    .into_iter()
                    .find_map(|s| s.as_ref().err().map(|e| e.label().to_string()))
                    .unwrap_or_else(|| "no base".into()),
            };
            Dumbbell {
                code: r.code.clone(),
                name: r.name.clone(),
                y: i as f64 * (frame.bar + frame.gap),
                custodial: c.map(x),
                restricted: h.map(x),
                missing: c.is_none() || h.is_none(),
                label,
            }
        })
        .collect();
    let ticks = (0..=4)
        .map(|k| {
            let p = top * k as f64 / 4.0;
            let s = round_half_up(p, 2);
            let s = s.trim_end_matches('0').trim_end_matches('.'); // "25.00" → "25", "0.50" → "0.5"
            let s = if s.is_empty() { "0" } else { s };
            let label = format!("{s}%");
            let half = crate::chart::fit::text_width(&label, crate::chart::fit::MIN_FONT) / 2.0;
            let at = x(p);
            let anchor = if at - half < 0.0 {
                "start"
            } else if at + half > frame.width {
                "end"
            } else {
                "middle"
            };
            Tick {
                x: at,
                label,
                anchor,
            }
        })
        .collect();
    (out, ticks, rows.len() as f64 * (frame.bar + frame.gap))
}
