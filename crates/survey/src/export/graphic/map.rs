//! The tile map as an export: one tile per jurisdiction on the fixed colour scale, the pinned
//! jurisdictions outlined, the scale in the legend.

use super::caption::{capital, denominator_words, measure_words, source_line};
use super::model::{Anchor, Graphic, Item, Plot};
use super::INK;
use crate::chart::tiles::{self, CLASS_COLOURS, NONE_COLOUR, TILES};
use crate::data::format::{coord, percent, thousands};
use crate::engine::explore::{measure_value, Measure};
use crate::engine::{Status, Summary};

/// The tile map as an export: one fixed colour scale (said in the legend), the chosen
/// jurisdictions outlined.
pub fn map(s: &Summary, measure: Measure, chosen: &[String], permalink: &str) -> Graphic {
    let (size, gap) = (52.0, 4.0);
    let value = |code: &str| {
        s.rows
            .iter()
            .find(|r| r.code == code)
            .and_then(|r| measure_value(r, measure))
    };
    let breaks = match measure {
        Measure::Percent => &tiles::PERCENT_BREAKS,
        Measure::Count => &tiles::COUNT_BREAKS,
    };
    let fmt = |v: f64| match measure {
        Measure::Percent => percent(v, 1),
        Measure::Count => thousands(v.round() as u64),
    };
    let scale_fmt = |v: f64| match measure {
        Measure::Percent => format!("{}%", coord(v)),
        Measure::Count => thousands(v as u64),
    };
    let mut items = Vec::new();
    for &(code, col, row) in TILES.iter() {
        let (x, y) = (f64::from(col) * (size + gap), f64::from(row) * (size + gap));
        let v = value(code);
        let class = v.map(|v| tiles::class_of(v, breaks));
        let fill = class.map_or(NONE_COLOUR, |c| CLASS_COLOURS[c]);
        let ink = match class {
            Some(c) if !tiles::dark_text(c) => "#ffffff",
            _ => INK,
        };
        let outlined = chosen.iter().any(|c| c == code);
        items.push(Item::Rect {
            x,
            y,
            w: size,
            h: size,
            fill: fill.into(),
            stroke: Some(if outlined {
                ("#d9822b".into(), 3.0)
            } else {
                ("#ffffff".into(), 0.5)
            }),
        });
        items.push(Item::Text {
            x: x + size / 2.0,
            y: y + 21.0,
            text: code.to_string(),
            size: 13.0,
            anchor: Anchor::Middle,
            fill: ink.into(),
            bold: true,
        });
        let at_least = s
            .rows
            .iter()
            .any(|r| r.code == code && r.status == Status::AtLeast);
        let shown = match v {
            Some(v) if measure == Measure::Count && v >= 10_000.0 => {
                format!("{}k", crate::data::format::round_half_up(v / 1000.0, 1))
            }
            Some(v) => fmt(v),
            None => "n/r".to_string(),
        };
        items.push(Item::Text {
            x: x + size / 2.0,
            y: y + 40.0,
            text: format!("{}{shown}", if at_least { "≥" } else { "" }),
            size: 11.0,
            anchor: Anchor::Middle,
            fill: ink.into(),
            bold: false,
        });
    }
    let mut legend: Vec<(String, String)> = tiles::legend(breaks, scale_fmt)
        .into_iter()
        .enumerate()
        .map(|(i, l)| (CLASS_COLOURS[i].to_string(), l))
        .collect();
    legend.push((
        NONE_COLOUR.to_string(),
        "n/r: not reported or did not respond".into(),
    ));
    let mut notes = vec![
        "One colour scale for every definition, so colours compare across definitions. One equal tile per state; DC, the Virgin Islands (VI) and the federal Bureau of Prisons (BOP) have their own.".to_string(),
    ];
    if !chosen.is_empty() {
        notes.push("Outlined in orange: the jurisdictions pinned for comparison.".into());
    }
    if s.rows.iter().any(|r| r.status == Status::AtLeast) {
        notes.push("≥ = at least (16–21-hour bands not reported).".into());
    }
    Graphic {
        title: format!("{} in restricted housing: map", measure_words(measure)),
        subtitle: capital(&s.definition.describe()) + &denominator_words(s, measure),
        legend,
        plot: Plot {
            width: 12.0 * (size + gap),
            height: 8.0 * (size + gap),
            items,
        },
        notes,
        source: source_line(s),
        permalink: permalink.to_string(),
    }
}
