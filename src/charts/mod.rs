//! Charts: SVG drawn from `survey::chart` layouts (components only draw what the layouts return),
//! each with a text alternative and a download of its numbers.

pub mod bar_chart;
pub mod composition_chart;
pub mod lab;
pub mod part_chart;
pub mod tile_map;

/// A chart drawn at its `measured` width or, until it is measured, in the layouts it can take
/// (`layouts`: `narrow` and `wide`), each marked with its variant (`fit-narrow`, `fit-wide`) for
/// the stylesheet to show the one the window's width gives: the page fits the screen and has its
/// final height from its first paint. The server draws both; the browser only the one its window
/// shows (`platform::fit`, which removed the other from the prerendered page before hydrating),
/// so hydrating a chart and each render before it is measured build one chart, not two. `draw`
/// gets the width and the variant, which it adds to the SVG's classes and to its ids (see
/// [`variant_id`]).
pub fn fitted(
    measured: Option<f64>,
    layouts: survey::chart::fit::TwoLayouts,
    draw: impl Fn(f64, Option<&'static str>) -> yew::Html,
) -> yew::Html {
    match (measured, crate::platform::fit::narrow_shown(layouts)) {
        (Some(width), _) => draw(width, None),
        (None, Some(true)) => draw(layouts.narrow, Some("fit-narrow")),
        (None, Some(false)) => draw(layouts.wide, Some("fit-wide")),
        (None, None) => yew::html! {
            <>{ draw(layouts.narrow, Some("fit-narrow")) }{ draw(layouts.wide, Some("fit-wide")) }</>
        },
    }
}

/// `base`, suffixed with the layout's `variant` when there is one: the ids and test ids of a chart
/// drawn twice before it is measured stay unique.
pub fn variant_id(base: &str, variant: Option<&str>) -> String {
    match variant {
        Some(v) => format!("{base}-{v}"),
        None => base.to_string(),
    }
}
