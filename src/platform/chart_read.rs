//! Reads a chart as drawn on the page into the export layout's plot (`survey::export::graphic`):
//! every visible rectangle, line, circle and text of its `<svg>` element(s), at their place in the
//! chart, with their colours and text sizes as shown. The chart is not scaled: the export is as
//! wide as the chart needs. Also reads the chart's on-page legend (`ul.legend`: swatch and words).
//! In the light colour scheme, and with text always dark on the white export (or white where the
//! page draws it white on a bar), so a reader in dark mode still gets a publishable image.

#[cfg(target_arch = "wasm32")]
use survey::data::format::parse_decimal;
use survey::export::graphic::Plot;
#[cfg(target_arch = "wasm32")]
use survey::export::graphic::{Anchor, Item};

/// The colour of running text in the export (the page's light-scheme text colour).
#[cfg(target_arch = "wasm32")]
const INK: &str = "#1b1b1f";
/// The colour of a hatched "no data" fill in the export.
#[cfg(target_arch = "wasm32")]
const NO_DATA: &str = "#eceef1";

/// The plot of every `<svg>` inside `root` (several: small multiples, laid out as on the page) and
/// the legend entries of its `ul.legend` (swatch colour, words). Natively: empty.
pub fn read(root: &web_sys::Element) -> (Plot, Vec<(String, String)>) {
    #[cfg(target_arch = "wasm32")]
    {
        read_browser(root)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = root;
        (Plot::default(), Vec::new())
    }
}

/// Reads the chart at its final state: while it is read, `[data-exporting]` (style.css) stops every
/// animation and transition under `root`, so a chart still growing or fading in (the lab's
/// waterfall) is read as it ends, not as it was at the click.
#[cfg(target_arch = "wasm32")]
fn read_browser(root: &web_sys::Element) -> (Plot, Vec<(String, String)>) {
    let _ = root.set_attribute("data-exporting", "");
    let read = read_settled(root);
    let _ = root.remove_attribute("data-exporting");
    read
}

/// `el`'s computed value of the CSS property `prop` ("" when the browser gives none).
#[cfg(target_arch = "wasm32")]
fn computed(el: &web_sys::Element, prop: &str) -> String {
    gloo::utils::window()
        .get_computed_style(el)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value(prop).ok())
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn read_settled(root: &web_sys::Element) -> (Plot, Vec<(String, String)>) {
    use wasm_bindgen::JsCast;
    let style = computed;
    let shown = |el: &web_sys::Element| {
        let r = el.get_bounding_client_rect();
        style(el, "display") != "none"
            && style(el, "visibility") != "hidden"
            && style(el, "opacity") != "0"
            && (r.width() > 0.0 || r.height() > 0.0)
    };
    let colour = |c: String| -> Option<String> {
        match c.as_str() {
            "" | "none" | "transparent" | "rgba(0, 0, 0, 0)" => None,
            c if c.starts_with("url(") => Some(NO_DATA.to_string()),
            c => Some(c.to_string()),
        }
    };
    let px = |s: String| parse_decimal(s.trim_end_matches("px")).unwrap_or(0.0);
    let attr = |el: &web_sys::Element, name: &str| {
        el.get_attribute(name)
            .and_then(|v| v.split([' ', ',']).next().and_then(parse_decimal))
            .unwrap_or(0.0)
    };
    let svgs = root.query_selector_all("svg").ok();
    let mut svg_list = Vec::new();
    if let Some(list) = svgs {
        for i in 0..list.length() {
            if let Some(svg) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                // Swatches drawn as tiny SVGs inside the legend are not part of the chart.
                if svg.closest(".legend").ok().flatten().is_none() && shown(&svg) {
                    svg_list.push(svg);
                }
            }
        }
    }
    let (mut left, mut top) = (f64::MAX, f64::MAX);
    for svg in &svg_list {
        let r = svg.get_bounding_client_rect();
        left = left.min(r.left());
        top = top.min(r.top());
    }
    let mut plot = Plot::default();
    for svg in &svg_list {
        let r = svg.get_bounding_client_rect();
        let (ox, oy) = (r.left() - left, r.top() - top);
        plot.width = plot.width.max(ox + r.width());
        plot.height = plot.height.max(oy + r.height());
        let Ok(all) = svg.query_selector_all("rect, line, circle, text") else {
            continue;
        };
        for i in 0..all.length() {
            let Some(el) = all
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if !shown(&el)
                || el
                    .closest("defs, pattern, title, desc")
                    .ok()
                    .flatten()
                    .is_some()
            {
                continue;
            }
            // Where the element's own coordinates land in the chart (the groups' translations).
            let (tx, ty, scale) = el
                .dyn_ref::<web_sys::SvgGraphicsElement>()
                .and_then(|g| g.get_ctm())
                .map(|m| (f64::from(m.e()), f64::from(m.f()), f64::from(m.a())))
                .unwrap_or((0.0, 0.0, 1.0));
            let at = |x: f64, y: f64| (ox + tx + x * scale, oy + ty + y * scale);
            let stroke = || {
                colour(style(&el, "stroke")).map(|c| (c, px(style(&el, "stroke-width")) * scale))
            };
            match el.tag_name().as_str() {
                "rect" => {
                    let (x, y) = at(attr(&el, "x"), attr(&el, "y"));
                    let (w, h) = (attr(&el, "width") * scale, attr(&el, "height") * scale);
                    let fill = colour(style(&el, "fill"));
                    if fill.is_none() && stroke().is_none() {
                        continue;
                    }
                    plot.items.push(Item::Rect {
                        x,
                        y,
                        w,
                        h,
                        fill: fill.unwrap_or_else(|| "none".into()),
                        stroke: stroke(),
                    });
                }
                "line" => {
                    let (x1, y1) = at(attr(&el, "x1"), attr(&el, "y1"));
                    let (x2, y2) = at(attr(&el, "x2"), attr(&el, "y2"));
                    if let Some((stroke, width)) = stroke() {
                        plot.items.push(Item::Line {
                            x1,
                            y1,
                            x2,
                            y2,
                            stroke,
                            width,
                        });
                    }
                }
                "circle" => {
                    let (cx, cy) = at(attr(&el, "cx"), attr(&el, "cy"));
                    plot.items.push(Item::Circle {
                        cx,
                        cy,
                        r: attr(&el, "r") * scale,
                        fill: colour(style(&el, "fill")).unwrap_or_else(|| "none".into()),
                        stroke: stroke(),
                    });
                }
                "text" => {
                    // Lines set as <tspan>s with their own x and y: one text each.
                    let mut lines = Vec::new();
                    if let Ok(spans) = el.query_selector_all("tspan") {
                        for j in 0..spans.length() {
                            if let Some(t) = spans
                                .item(j)
                                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                            {
                                let x = t
                                    .get_attribute("x")
                                    .map_or(attr(&el, "x"), |_| attr(&t, "x"));
                                let y = t
                                    .get_attribute("y")
                                    .map_or(attr(&el, "y"), |_| attr(&t, "y"));
                                lines.push((x, y, t.text_content().unwrap_or_default()));
                            }
                        }
                    }
                    if lines.is_empty() {
                        lines.push((
                            attr(&el, "x"),
                            attr(&el, "y"),
                            el.text_content().unwrap_or_default(),
                        ));
                    }
                    for (lx, ly, text) in lines {
                        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if text.is_empty() {
                            continue;
                        }
                        let (x, y) = at(lx, ly);
                        let anchor = match style(&el, "text-anchor").as_str() {
                            "middle" => Anchor::Middle,
                            "end" => Anchor::End,
                            _ => Anchor::Start,
                        };
                        let weight = style(&el, "font-weight").parse::<u32>().unwrap_or(400);
                        let white = matches!(
                            style(&el, "fill").as_str(),
                            "rgb(255, 255, 255)" | "#fff" | "#ffffff" | "white"
                        );
                        plot.items.push(Item::Text {
                            x,
                            y,
                            text,
                            size: px(style(&el, "font-size")) * scale,
                            anchor,
                            fill: if white { "#ffffff" } else { INK }.to_string(),
                            bold: weight >= 600,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    (plot, read_legend(root))
}

/// The entries of the legend(s) (`.legend li`: swatch colour, words) inside `root`, or of `root`
/// itself when it is a legend.
pub fn read_legend(root: &web_sys::Element) -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        read_legend_browser(root)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = root;
        Vec::new()
    }
}

/// The entries of the legend the selector names elsewhere on the page (`None` if there is none).
pub fn read_legend_at(selector: &str) -> Option<Vec<(String, String)>> {
    #[cfg(target_arch = "wasm32")]
    {
        let el = gloo::utils::document()
            .query_selector(selector)
            .ok()
            .flatten()?;
        Some(read_legend_browser(&el))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = selector;
        None
    }
}

#[cfg(target_arch = "wasm32")]
fn read_legend_browser(root: &web_sys::Element) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let style = computed;
    let colour = |c: String| -> Option<String> {
        match c.as_str() {
            "" | "none" | "transparent" | "rgba(0, 0, 0, 0)" => None,
            c => Some(c.to_string()),
        }
    };
    let mut legend = Vec::new();
    let selector = if root.tag_name() == "UL" {
        "li"
    } else {
        ".legend li"
    };
    if let Ok(items) = root.query_selector_all(selector) {
        for i in 0..items.length() {
            let Some(li) = items
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let words = li.text_content().unwrap_or_default().trim().to_string();
            let swatch = li.query_selector(".swatch, .dot-key").ok().flatten();
            let fill = swatch
                .and_then(|s| {
                    colour(style(&s, "background-color"))
                        .or_else(|| colour(style(&s, "border-top-color")))
                })
                .unwrap_or_else(|| NO_DATA.to_string());
            if !words.is_empty() {
                legend.push((fill, words));
            }
        }
    }
    legend
}
