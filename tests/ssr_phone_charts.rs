//! The charts that lay out for their own width, prerendered (Yew's server renderer, natively) so
//! that the page fits a phone's screen before it is measured: each drawn for a phone and at its
//! widest, the stylesheet showing one by the window's width (issue 13).
#![cfg(not(target_arch = "wasm32"))]

mod server_render;

use server_render::render;
use survey::chart::fit::{
    TwoLayouts, COMPOSITION_LAYOUTS, COMPOSITION_WIDE, EXPLORER_LAYOUTS, PAGE_LAYOUTS, PAGE_NARROW,
    PAGE_WIDE, REFORMS_LAYOUTS, REFORMS_WIDE,
};

/// The `width` attributes of the `<svg>` elements whose classes include `class`.
fn svg_widths(html: &str, class: &str) -> Vec<f64> {
    svg_attrs(html, class, "width")
        .iter()
        .map(|w| w.parse().unwrap())
        .collect()
}

/// The `attr` attributes of the `<svg>` elements whose classes include `class` (empty if absent).
fn svg_attrs(html: &str, class: &str, attr: &str) -> Vec<String> {
    html.split("<svg ")
        .skip(1)
        .filter(|tag| {
            let tag = &tag[..tag.find('>').unwrap()];
            tag.split("class=\"")
                .nth(1)
                .is_some_and(|c| c[..c.find('"').unwrap()].split(' ').any(|c| c == class))
        })
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap()];
            let key = format!(" {attr}=\"");
            // The attribute, not one ending in its name (`width` in `stroke-width`).
            match format!(" {tag}").find(&key) {
                Some(at) => {
                    let v = &tag[at + key.len() - 1..];
                    v[..v.find('"').unwrap()].to_string()
                }
                None => String::new(),
            }
        })
        .collect()
}

/// The page at `query` draws `charts` charts twice, at `PAGE_NARROW` and at `wide`, with no id
/// twice, each layout carrying the breakpoint of `layouts` (`data-wide-from`, which the browser
/// matches before hydrating to remove the layout the stylesheet hides).
fn drawn_twice(query: &str, charts: usize, wide: f64, layouts: TwoLayouts) {
    let html = render(query);
    for class in ["fit-narrow", "fit-wide"] {
        assert_eq!(
            svg_attrs(&html, class, "data-wide-from"),
            vec![layouts.wide_from.to_string(); charts],
            "{query}: {class}"
        );
    }
    assert_eq!(
        svg_widths(&html, "fit-narrow"),
        vec![PAGE_NARROW; charts],
        "{query}"
    );
    assert_eq!(svg_widths(&html, "fit-wide"), vec![wide; charts], "{query}");
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "{query}: an id twice");
}

/// The stylesheet shows the narrow layouts of the charts in `container` (a selector and a space,
/// or nothing) under the media query the app matches before it hydrates them.
fn shown_from(container: &str, layouts: TwoLayouts) {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    let rule = format!(
        "@media {} {{\n  {container}svg.fitted.fit-narrow {{ display: block; }}\n  {container}svg.fitted.fit-wide {{ display: none; }}",
        layouts.narrow_query()
    );
    assert!(css.contains(&rule), "style.css lacks {rule:?}");
}

#[test]
fn length_of_stay_and_men_and_women_draw_their_charts_for_a_phone_and_a_desktop() {
    // Narrower than a 360 px phone's content (328 px, the chart 2 px less).
    const { assert!(PAGE_NARROW <= 360.0 - 32.0 - 2.0) };
    drawn_twice("?view=length-of-stay", 3, PAGE_WIDE, PAGE_LAYOUTS);
    drawn_twice("?view=men-women", 1, PAGE_WIDE, PAGE_LAYOUTS);
    // Wide from where the measured width is the widest: the content 640 px and the padding.
    shown_from(".chart-part ", PAGE_LAYOUTS);
}

#[test]
fn race_and_age_draw_their_charts_for_a_phone_and_a_desktop() {
    for query in ["?view=race", "?view=age", "?view=race&sex=women"] {
        drawn_twice(query, 2, COMPOSITION_WIDE, COMPOSITION_LAYOUTS);
    }
    shown_from(".composition-chart ", COMPOSITION_LAYOUTS);
}

#[test]
fn reforms_and_the_explorer_draw_their_charts_for_a_phone_and_a_desktop() {
    drawn_twice("?view=reforms", 1, REFORMS_WIDE, REFORMS_LAYOUTS);
    shown_from(".kind-frame ", REFORMS_LAYOUTS);
    drawn_twice("", 1, survey::chart::fit::DEFAULT_WIDTH, EXPLORER_LAYOUTS);
    shown_from("", EXPLORER_LAYOUTS);
}
