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
/// [`variant_id`]), and whose `wide_from` it writes as the SVG's `data-wide-from` (read by
/// `platform::fit` before hydration).
pub fn fitted(
    measured: Option<f64>,
    layouts: survey::chart::fit::TwoLayouts,
    draw: impl Fn(f64, Option<Variant>) -> yew::Html,
) -> yew::Html {
    let narrow = Variant::narrow(layouts);
    let wide = Variant::wide(layouts);
    match (measured, crate::platform::fit::narrow_shown(layouts)) {
        (Some(width), _) => draw(width, None),
        (None, Some(true)) => draw(layouts.narrow, Some(narrow)),
        (None, Some(false)) => draw(layouts.wide, Some(wide)),
        (None, None) => yew::html! {
            <>{ draw(layouts.narrow, Some(narrow)) }{ draw(layouts.wide, Some(wide)) }</>
        },
    }
}

/// One of a chart's two layouts drawn before it is measured: its class (`fit-narrow` or
/// `fit-wide`, which the stylesheet shows or hides by the window's width) and the window width
/// from which the wide one is shown (`TwoLayouts::wide_from`), which the SVG carries as
/// `data-wide-from` so the browser can tell the hidden layout by a media query before hydrating,
/// without computing the style of a section it has not drawn yet (`platform::fit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    pub class: &'static str,
    pub wide_from: u32,
}

impl Variant {
    fn narrow(layouts: survey::chart::fit::TwoLayouts) -> Self {
        Self {
            class: "fit-narrow",
            wide_from: layouts.wide_from,
        }
    }

    fn wide(layouts: survey::chart::fit::TwoLayouts) -> Self {
        Self {
            class: "fit-wide",
            wide_from: layouts.wide_from,
        }
    }

    /// The value of the SVG's `data-wide-from` (absent once the chart is measured).
    pub fn wide_from_attr(variant: Option<Self>) -> Option<String> {
        variant.map(|v| v.wide_from.to_string())
    }
}

impl From<Variant> for yew::Classes {
    fn from(v: Variant) -> Self {
        v.class.into()
    }
}

/// `base`, suffixed with the layout's `variant` when there is one: the ids and test ids of a chart
/// drawn twice before it is measured stay unique.
pub fn variant_id(base: &str, variant: Option<Variant>) -> String {
    match variant {
        Some(v) => format!("{base}-{}", v.class),
        None => base.to_string(),
    }
}
