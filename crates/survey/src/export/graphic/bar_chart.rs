//! The explorer's bar chart as an export: each jurisdiction's bar in the hour bands the
//! definition uses, coloured as on screen, with a legend entry per band.

use super::caption::{capital, denominator_words, measure_words, source_line};
use super::model::{Anchor, Graphic, Item, Plot};
use super::{INK, MARGIN, MUTED, WIDTH};
use crate::chart::bands::Band;
use crate::chart::fit::{layout_for_width, name_position, value_baseline};
use crate::engine::explore::Measure;
use crate::engine::Summary;

/// The colour of each hour band, as on screen.
pub fn band_colour(b: Band) -> &'static str {
    match b {
        Band::H22 => "#1d4e89",
        Band::H20 => "#d9822b",
        Band::H16 => "#7fb3d5",
    }
}

/// The bands a definition's bars show.
pub fn bands(s: &Summary) -> Vec<Band> {
    [Band::H22, Band::H20, Band::H16]
        .into_iter()
        .filter(|b| match b {
            Band::H22 => true,
            Band::H20 => s.definition.hours.includes_20_21(),
            Band::H16 => s.definition.hours.includes_16_19(),
        })
        .collect()
}

/// legend, "≥" explained when it appears.
pub fn bar_chart(
    s: &Summary,
    rows: &[&crate::engine::JurisdictionResult],
    measure: Measure,
    permalink: &str,
) -> Graphic {
    let width = WIDTH - 2.0 * MARGIN;
    let (bars, height, fit) = layout_for_width(rows, measure, width);
    let mut items = Vec::new();
    for bar in &bars {
        let (x, y, anchor) = name_position(&fit, bar);
        items.push(Item::Text {
            x,
            y,
            text: bar.name.clone(),
            size: fit.font,
            anchor: if anchor == "end" {
                Anchor::End
            } else {
                Anchor::Start
            },
            fill: INK.into(),
            bold: false,
        });
        for seg in &bar.segments {
            items.push(Item::Rect {
                x: seg.x,
                y: bar.y,
                w: seg.width,
                h: fit.frame.bar,
                fill: band_colour(seg.band).into(),
                stroke: None,
            });
        }
        let vx = bar
            .segments
            .last()
            .map_or(fit.frame.label_width, |s| s.x + s.width)
            + 4.0;
        items.push(Item::Text {
            x: vx,
            y: value_baseline(&fit, bar),
            text: bar.label.clone(),
            size: fit.font,
            anchor: Anchor::Start,
            fill: if bar.missing { MUTED } else { INK }.into(),
            bold: false,
        });
    }
    let legend = bands(s)
        .into_iter()
        .map(|b| {
            (
                band_colour(b).into(),
                format!("{} a day in-cell", b.label()),
            )
        })
        .collect();
    let mut notes = Vec::new();
    if bars.iter().any(|b| b.label.starts_with('≥')) {
        notes.push("≥ = at least: the jurisdiction did not report the 16–21-hour bands, so only its 22-hour count is included.".to_string());
    }
    notes.push("Not reported is never shown as zero: those rows say why they have no bar.".into());
    Graphic {
        title: format!(
            "{} in restricted housing, by jurisdiction",
            measure_words(measure)
        ),
        subtitle: capital(&s.definition.describe()) + &denominator_words(s, measure),
        legend,
        plot: Plot {
            width,
            height,
            items,
        },
        notes,
        source: source_line(s),
        permalink: permalink.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Hours};
    use crate::engine::Engine;

    #[test]
    fn the_bar_legend_names_every_band_the_definition_uses() {
        let d = crate::Dataset::embedded().unwrap();
        let s = Engine::new(&d).compute(&Definition {
            hours: Hours::H16,
            ..Definition::default()
        });
        let rows: Vec<_> = s.rows.iter().collect();
        let g = bar_chart(&s, &rows, Measure::Percent, "?");
        assert_eq!(g.legend.len(), 3);
        assert!(g.notes.iter().any(|n| n.starts_with("≥")));
    }
}
