//! The one layout of every export: wraps the words, stacks title, subtitle, legend, plot, notes,
//! source and permalink at the graphic's width, and writes the SVG with an estimated box for every
//! text it places.

use super::model::{Anchor, Graphic, Item, Placed, TextBox};
use super::{INK, MARGIN, MUTED, NARROWEST, PHONE_PLOT, WIDTH};
use crate::chart::fit::text_width;
use crate::data::format::{coord, fixed};

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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::export::graphic::model::{overlap, Plot};

    /// Every text box inside the image and none overlapping another; the markup is an SVG document.
    pub(in crate::export::graphic) fn check(p: &Placed) {
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
