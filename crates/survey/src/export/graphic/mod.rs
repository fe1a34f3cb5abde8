//! One export layout for every chart and map download (export layer): a self-contained graphic
//! with a title, the definition as subtitle, a legend for every colour, the plot, and the source
//! line and permalink below it — laid out so that no two text boxes overlap and every text box lies
//! inside the image (issue 15). Pure: it returns the SVG markup and the boxes it placed.
//!
//! Its parts: what a graphic is made of ([`model`]: the plot's items and the laid-out result), how
//! it is laid out into SVG ([`layout`]), and the explorer's two exports built from an engine
//! summary ([`bar_chart`], [`map`]) with the words that frame them ([`caption`]).

mod bar_chart;
mod caption;
mod layout;
mod map;
mod model;

pub use bar_chart::{band_colour, bands, bar_chart};
pub use layout::{render, wrap};
pub use map::map;
pub use model::{overlap, Anchor, Graphic, Item, Placed, Plot, TextBox};

/// Width of every exported graphic, px (the PNG is drawn at twice this).
pub const WIDTH: f64 = 760.0;
/// A plot narrower than this was laid out for a phone (the charts switch layout at 424 px).
pub const PHONE_PLOT: f64 = 480.0;
/// Width of the narrowest exported graphic, px: a phone chart's image.
pub const NARROWEST: f64 = 360.0;
const MARGIN: f64 = 24.0;
const INK: &str = "#1b1b1f";
const MUTED: &str = "#4a4f57";

#[cfg(test)]
mod tests {
    use super::layout::tests::check;
    use super::*;
    use crate::engine::definition::{Definition, Hours, Stay};
    use crate::engine::explore::Measure;
    use crate::engine::Engine;

    #[test]
    fn every_export_has_its_context_and_nothing_overlaps_at_two_definitions() {
        let d = crate::Dataset::embedded().unwrap();
        let e = Engine::new(&d);
        let link = "https://example.org/explorer/?hours=16&stay=15d&denominator=total&compare=TX,CA,NY&sort=-percent&measure=count";
        for def in [
            Definition::default(),
            Definition {
                hours: Hours::H16,
                ..Definition::default()
            },
            Definition {
                stay: Stay::Y1,
                ..Definition::default()
            },
        ] {
            let s = e.compute(&def);
            let rows: Vec<_> = s.rows.iter().collect();
            for m in [Measure::Percent, Measure::Count] {
                for g in [
                    bar_chart(&s, &rows, m, link),
                    map(&s, m, &["TX".into()], link),
                ] {
                    let p = render(&g);
                    check(&p);
                    let text: Vec<&str> = p.boxes.iter().map(|b| b.4.as_str()).collect();
                    assert!(text.iter().any(|t| t.contains("restricted housing")));
                    assert!(text.iter().any(|t| t.starts_with("Source:")));
                    assert!(text.iter().any(|t| t.contains("example.org")));
                    assert!(!g.legend.is_empty());
                    assert_eq!(
                        g.subtitle.contains("percents of"),
                        m == Measure::Percent,
                        "{m:?}: {}",
                        g.subtitle
                    );
                    for (_, words) in &g.legend {
                        assert!(text.contains(&words.as_str()), "legend {words} drawn");
                    }
                }
            }
        }
    }
}
