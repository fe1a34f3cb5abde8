//! Charts: SVG drawn from `survey::chart` layouts (components only draw what the layouts return),
//! each with a text alternative and a download of its numbers.

pub mod bar_chart;
pub mod composition_chart;
pub mod lab;
pub mod part_chart;
pub mod tile_map;

/// A chart drawn at its `measured` width or, until it is measured (the prerendered page and its
/// hydration), in both of the layouts it can take, `narrow` and `wide`, each marked with its
/// variant (`fit-narrow`, `fit-wide`) for the stylesheet to show the one the window's width
/// gives: the page fits the screen and has its final height from its first paint. `draw` gets
/// the width and the variant, which it adds to the SVG's classes and to its ids (see
/// [`variant_id`]).
pub fn fitted(
    measured: Option<f64>,
    narrow: f64,
    wide: f64,
    draw: impl Fn(f64, Option<&'static str>) -> yew::Html,
) -> yew::Html {
    match measured {
        Some(width) => draw(width, None),
        None => {
            yew::html! { <>{ draw(narrow, Some("fit-narrow")) }{ draw(wide, Some("fit-wide")) }</> }
        }
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
