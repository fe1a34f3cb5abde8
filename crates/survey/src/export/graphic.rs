//! One export layout for every chart and map download (export layer): a self-contained graphic
//! with a title, the definition as subtitle, a legend for every colour, the plot, and the source
//! line and permalink below it — laid out so that no two text boxes overlap and every text box lies
//! inside the image (issue 15). Pure: it returns the SVG markup and the boxes it placed.

use crate::chart::bands::Band;
use crate::chart::fit::{layout_for_width, name_position, text_width, value_baseline};
use crate::chart::tiles::{self, CLASS_COLOURS, NONE_COLOUR, TILES};
use crate::data::format::{coord, fixed, percent, thousands};
use crate::engine::explore::Measure;
use crate::engine::{Status, Summary};

/// Width of every exported graphic, px (the PNG is drawn at twice this).
pub const WIDTH: f64 = 760.0;
/// A plot narrower than this was laid out for a phone (the charts switch layout at 424 px).
pub const PHONE_PLOT: f64 = 480.0;
/// Width of the narrowest exported graphic, px: a phone chart's image.
pub const NARROWEST: f64 = 360.0;
const MARGIN: f64 = 24.0;
const INK: &str = "#1b1b1f";
const MUTED: &str = "#4a4f57";

/// How a text is aligned on its x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// x is the left edge.
    Start,
    /// x is the centre.
    Middle,
    /// x is the right edge.
    End,
}

/// One thing drawn in a plot, in the plot's own coordinates.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled rectangle (optionally outlined).
    Rect {
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// Fill colour.
        fill: String,
        /// Outline colour and width, if any.
        stroke: Option<(String, f64)>,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f64,
        /// Start y.
        y1: f64,
        /// End x.
        x2: f64,
        /// End y.
        y2: f64,
        /// Colour.
        stroke: String,
        /// Width, px.
        width: f64,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
        /// Fill colour.
        fill: String,
        /// Outline colour and width, if any.
        stroke: Option<(String, f64)>,
    },
    /// A line of text; `y` is its baseline.
    Text {
        /// Anchor x.
        x: f64,
        /// Baseline y.
        y: f64,
        /// The text.
        text: String,
        /// Font size, px.
        size: f64,
        /// Alignment.
        anchor: Anchor,
        /// Colour.
        fill: String,
        /// Bold.
        bold: bool,
    },
}

/// The drawing area of a graphic: its size and what is in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plot {
    /// Width, px.
    pub width: f64,
    /// Height, px.
    pub height: f64,
    /// What it draws.
    pub items: Vec<Item>,
}

/// A whole exported graphic before layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Graphic {
    /// What it shows ("Restricted housing by jurisdiction").
    pub title: String,
    /// The definition in force, in words.
    pub subtitle: String,
    /// One entry per colour used: (fill, words).
    pub legend: Vec<(String, String)>,
    /// The chart or map itself.
    pub plot: Plot,
    /// Notes under the plot (e.g. "≥ = at least").
    pub notes: Vec<String>,
    /// The source line.
    pub source: String,
    /// The view's full address.
    pub permalink: String,
}

/// A placed text box in the finished image: (left, top, right, bottom, text).
pub type TextBox = (f64, f64, f64, f64, String);

/// The laid-out graphic.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The SVG document.
    pub svg: String,
    /// Its width, px.
    pub width: f64,
    /// Its height, px.
    pub height: f64,
    /// Every text box, as estimated (the browser test measures the real ones).
    pub boxes: Vec<TextBox>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A shape's ` stroke="…" stroke-width="…"` attributes (none when it has no stroke).
fn stroke_attributes(stroke: &Option<(String, f64)>) -> String {
    stroke
        .as_ref()
        .map(|(c, sw)| format!(" stroke=\"{}\" stroke-width=\"{}\"", esc(c), coord(*sw)))
        .unwrap_or_default()
}

/// Breaks `text` into lines no wider than `width` at `size` px: at spaces, and inside words too
/// long for a line (a URL) after `&`, `?`, `/` or `,` or, failing those, anywhere.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone may still be too long: cut it.
        let mut rest = word.to_string();
        while text_width(&rest, size) > width {
            let chars: Vec<char> = rest.chars().collect();
            let mut cut = chars.len();
            while cut > 1 && text_width(&chars[..cut].iter().collect::<String>(), size) > width {
                cut -= 1;
            }
            let soft = (1..cut)
                .rev()
                .find(|&i| matches!(chars[i - 1], '&' | '?' | '/' | ','))
                .filter(|&i| i > cut / 2)
                .unwrap_or(cut);
            lines.push(chars[..soft].iter().collect());
            rest = chars[soft..].iter().collect();
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Builder {
    out: String,
    boxes: Vec<TextBox>,
    y: f64,
}

impl Builder {
    // Every argument is one SVG text attribute; a struct for them would only be built to be taken apart here.
    #[allow(clippy::too_many_arguments)]
    fn text(&mut self, x: f64, y: f64, t: &str, size: f64, anchor: Anchor, fill: &str, bold: bool) {
        let w = text_width(t, size) * if bold { 1.08 } else { 1.0 };
        let x0 = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        self.boxes
            .push((x0, y - size * 0.8, x0 + w, y + size * 0.22, t.to_string()));
        let a = match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = if bold { " font-weight=\"700\"" } else { "" };
        self.out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{a}\" fill=\"{fill}\"{weight}>{}</text>\n",
            fixed(x, 1),
            fixed(y, 1),
            coord(size),
            esc(t)
        ));
    }

    /// Wrapped lines at the left margin, moving `y` down.
    fn para(&mut self, t: &str, size: f64, fill: &str, bold: bool, width: f64) {
        let leading = (size * 1.3).round();
        // Wrapped a little short of the width: a font's real widths vary around the estimate.
        for line in wrap(t, size * if bold { 1.08 } else { 1.0 }, width * 0.9) {
            self.y += leading;
            let y = self.y - (leading - size) / 2.0 - size * 0.22;
            self.text(MARGIN, y, &line, size, Anchor::Start, fill, bold);
        }
    }
}

/// Lays the graphic out at [`WIDTH`] px (wider if the plot needs it: a chart is never scaled, so its
/// text keeps its size): title, subtitle, legend, plot, notes, source, permalink. A plot drawn for
/// a phone (narrower than [`PHONE_PLOT`]) gets an image as narrow as it, [`NARROWEST`] at least,
/// rather than a phone-shaped chart in the corner of a wide, empty image.
pub fn render(g: &Graphic) -> Placed {
    let floor = if g.plot.width < PHONE_PLOT {
        NARROWEST
    } else {
        WIDTH
    };
    let width = floor.max((g.plot.width + 2.0 * MARGIN).ceil());
    let inner = width - 2.0 * MARGIN;
    let mut b = Builder {
        out: String::new(),
        boxes: Vec::new(),
        y: MARGIN - 6.0,
    };
    b.para(&g.title, 20.0, INK, true, inner);
    b.y += 2.0;
    b.para(&g.subtitle, 14.0, MUTED, false, inner);
    // Legend: swatch + words, wrapping onto new rows.
    if !g.legend.is_empty() {
        b.y += 10.0;
        let (size, row) = (13.0, 20.0);
        let mut x = MARGIN;
        let mut top = b.y;
        for (fill, words) in &g.legend {
            let w = 16.0 + 6.0 + text_width(words, size) + 18.0;
            if x > MARGIN && x + w > width - MARGIN {
                x = MARGIN;
                top += row;
            }
            b.out.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"12\" fill=\"{}\" stroke=\"{MUTED}\" stroke-width=\"0.5\"/>\n",
                fixed(x, 1),
                fixed(top + 3.0, 1),
                esc(fill)
            ));
            b.text(x + 22.0, top + 14.0, words, size, Anchor::Start, INK, false);
            x += w;
        }
        b.y = top + row;
    }
    // The plot.
    b.y += 14.0;
    let (px, py) = (MARGIN, b.y);
    b.out.push_str(&format!(
        "<g transform=\"translate({} {})\">\n",
        fixed(px, 1),
        fixed(py, 1)
    ));
    for item in &g.plot.items {
        match item {
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let s = stroke_attributes(stroke);
                b.out.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"{s}/>\n",
                    fixed(*x, 1),
                    fixed(*y, 1),
                    fixed(w.max(0.0), 1),
                    fixed(*h, 1),
                    esc(fill)
                ));
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
                width,
            } => b.out.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>\n",
                fixed(*x1, 1),
                fixed(*y1, 1),
                fixed(*x2, 1),
                fixed(*y2, 1),
                esc(stroke),
                coord(*width)
            )),
            Item::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                let s = stroke_attributes(stroke);
                b.out.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"{s}/>\n",
                    fixed(*cx, 1),
                    fixed(*cy, 1),
                    fixed(*r, 1),
                    esc(fill)
                ));
            }
            Item::Text {
                x,
                y,
                text,
                size,
                anchor,
                fill,
                bold,
            } => {
                // Plot text is placed in the plot's coordinates; its box in the image's.
                let before = b.boxes.len();
                b.text(*x, *y, text, *size, *anchor, fill, *bold);
                if let Some(bx) = b.boxes.get_mut(before) {
                    bx.0 += px;
                    bx.2 += px;
                    bx.1 += py;
                    bx.3 += py;
                }
            }
        }
    }
    b.out.push_str("</g>\n");
    b.y += g.plot.height + 12.0;
    for n in &g.notes {
        b.para(n, 12.0, MUTED, false, inner);
    }
    b.y += 4.0;
    b.para(&g.source, 12.0, MUTED, false, inner);
    b.para(&g.permalink, 12.0, MUTED, false, inner);
    let height = (b.y + MARGIN - 6.0).ceil();
    // Numbers through `fixed`/`coord`, not `f64`'s `Display`: the bundles then carry no float
    // formatting (issue 13).
    let (w, h) = (coord(width), coord(height));
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\">\n<title>{}</title>\n<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n{}</svg>\n",
        esc(&g.title),
        b.out
    );
    Placed {
        svg,
        width,
        height,
        boxes: b.boxes,
    }
}

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

fn source_line(s: &Summary) -> String {
    let tables = crate::checks::provenance::tables_for(&s.definition)
        .iter()
        .map(|(t, p)| format!("Table {t}, p. {p}"))
        .collect::<Vec<_>>()
        .join("; ");
    format!(
        "Source: ASCA–Liman (ASCA and the Liman Program, Yale Law School), Aiming to Reduce Time-In-Cell (2016), {tables}. Figures as of fall 2015. Chart: Time-In-Cell Explorer, data version {}.",
        crate::export::view_csv::fingerprint()
    )
}

fn measure_words(m: Measure) -> &'static str {
    match m {
        Measure::Percent => "Percent of the custodial population",
        Measure::Count => "Number of people",
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    // The app's own words start with ASCII letters: ASCII case mapping keeps Unicode's case
    // tables out of the bundles (issue 13).
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The explorer's bar chart as an export: the rows as shown (sorted, filtered), every band in the
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

/// What the percents are of; nothing when the graphic shows counts (a count has no denominator,
/// and saying one under a count reads as if the figures were percents).
fn denominator_words(s: &Summary, measure: Measure) -> String {
    use crate::engine::definition::{Denominator, Population};
    if measure == Measure::Count {
        return String::new();
    }
    match (s.definition.population, s.definition.denominator) {
        (Population::All, Denominator::Total) => {
            "; percents of each system's total custodial population".into()
        }
        _ => "; percents of the custodial population of the facilities that reported".into(),
    }
}

/// The tile map as an export: one fixed colour scale (said in the legend), the chosen
/// jurisdictions outlined.
pub fn map(s: &Summary, measure: Measure, chosen: &[String], permalink: &str) -> Graphic {
    let (size, gap) = (52.0, 4.0);
    let value = |code: &str| {
        s.rows
            .iter()
            .find(|r| r.code == code)
            .and_then(|r| match measure {
                Measure::Percent => r.percent,
                Measure::Count => r.count.map(|c| c as f64),
            })
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

/// Whether two boxes overlap (touching edges do not).
pub fn overlap(a: &TextBox, b: &TextBox) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Hours, Stay};
    use crate::engine::Engine;

    fn check(p: &Placed) {
        for (i, a) in p.boxes.iter().enumerate() {
            assert!(
                a.0 >= 0.0 && a.1 >= 0.0 && a.2 <= p.width && a.3 <= p.height,
                "{a:?} outside {}×{}",
                p.width,
                p.height
            );
            for b in &p.boxes[i + 1..] {
                assert!(!overlap(a, b), "{a:?} overlaps {b:?}");
            }
        }
        assert!(p.svg.starts_with("<svg xmlns="));
    }

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

    #[test]
    fn a_phone_plot_gets_a_phone_wide_image_and_a_wide_plot_a_wider_one() {
        let with_plot = |width: f64| Graphic {
            title: "Share of people held in restricted housing".into(),
            subtitle: "22 hours or more a day, 15 days or more".into(),
            legend: vec![("#224488".into(), "22 hours or more".into())],
            plot: Plot {
                width,
                height: 200.0,
                items: vec![Item::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: width,
                    h: 200.0,
                    fill: "#224488".into(),
                    stroke: None,
                }],
            },
            notes: vec![],
            source: "Source: ASCA–Liman 2016, Table 3.".into(),
            permalink: "https://example.org/length-of-stay/?hours=16".into(),
        };
        for (plot, image) in [
            (300.0, NARROWEST),
            (358.0, 406.0),
            (600.0, WIDTH),
            (900.0, 948.0),
        ] {
            let p = render(&with_plot(plot));
            assert_eq!(p.width, image, "a {plot} px plot");
            check(&p);
        }
    }

    #[test]
    fn long_words_wrap_inside_the_width() {
        let url = "https://example.org/a/very/long/path?hours=16&stay=1y&denominator=total&population=women&sort=-count&compare=TX,CA,NY,FL,IL,PA";
        let lines = wrap(url, 12.0, 200.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 200.0));
        assert_eq!(lines.concat(), url);
        assert_eq!(wrap("a b c", 12.0, 500.0), vec!["a b c"]);
    }
}
