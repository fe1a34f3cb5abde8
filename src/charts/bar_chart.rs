//! Horizontal stacked bars per jurisdiction, drawn as SVG from `survey::chart::fit::layout_for_width` at
//! the width the chart gets (one SVG unit per CSS pixel, so text keeps its size), with one text
//! alternative that states the current numbers.

use crate::components::measure::use_measured_width;
use crate::state::{use_static, Action};
use std::rc::Rc;
use survey::chart::fit::{layout_for_width, name_position, value_baseline, EXPLORER_LAYOUTS};
use survey::data::format::coord;
use survey::engine::explore::Measure;
use survey::engine::Summary;
use survey::url::ViewState;
use yew::prelude::*;

/// Props for [`BarChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct BarChartProps {
    /// The engine's result.
    pub summary: Rc<Summary>,
    /// The view it belongs to (measure, sort, search).
    pub view: Rc<ViewState>,
}

/// The chart, sorted like the table.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let ctx = use_static();
    let node = use_node_ref();
    let measured = use_measured_width(node.clone());
    let view = &props.view;
    if props.summary.not_measured.is_some() {
        return html! {};
    }
    let rows =
        survey::engine::explore::rows(&props.summary, view.explorer.sort, &view.explorer.search);
    let bands = survey::export::graphic::bands(&props.summary);
    let set = |m: Measure| {
        let store = ctx.dispatch.clone();
        Callback::from(move |_| store.dispatch(Action::Measure(m)))
    };
    let unit = if view.explorer.measure == Measure::Percent {
        "Percent of the custodial population"
    } else {
        "Number of people"
    };
    // The chart drawn for `width`; `variant` names a layout drawn before the chart is measured.
    let draw = |width: f64, variant: Option<crate::charts::Variant>| -> Html {
        let (bars, height, fit) = layout_for_width(&rows, view.explorer.measure, width);
        let frame = fit.frame;
        let mut fixed: Vec<&survey::chart::bands::Bar> = bars.iter().collect();
        survey::sort::sort_by_key(&mut fixed, |b| {
            props.summary.rows.iter().position(|r| r.code == b.code)
        });
        let bar_height = coord(frame.bar);
        let alt: String = bars
            .iter()
            .filter(|b| !b.missing)
            .map(|b| format!("{}: {}", b.name, b.label))
            .collect::<Vec<_>>()
            .join("; ");
        let font = format!("font-{}", fit.font as u32);
        let id = |base: &str| super::variant_id(base, variant);
        html! {
                <svg id={id("chart-svg")} width={coord(frame.width)} height={coord(height.max(1.0))} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height.max(1.0)))} role="img" aria-labelledby={format!("{} {}", id("chart-title"), id("chart-desc"))} class={classes!("bars", "fitted", font, variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={id("bar-chart")}>
                    <title id={id("chart-title")}>{ format!("{unit} by jurisdiction, bar chart") }</title>
                    <desc id={id("chart-desc")}>{ alt }</desc>
                    // Bars stay in the engine's row order in the DOM, keyed by code, and are placed
                    // by a transform: a sort moves a bar by one attribute, and a definition change
                    // rewrites only what changed, instead of every bar's text and geometry
                    // (issue 13).
                    { for fixed.iter().map(|b| {
                        let (nx, ny, anchor) = name_position(&fit, b);
                        html! {
                        <g key={b.code.clone()} class={classes!("bar", b.missing.then_some("missing"))} data-code={b.code.clone()} transform={format!("translate(0 {})", coord(b.y))}>
                            <text x={coord(nx)} y={coord(ny - b.y)} text-anchor={anchor} class="bar-name">{ b.name.clone() }</text>
                            // The segments in a group of their own: keyed by band beside the
                            // two texts, Yew diffed the bar's children by position and drew the
                            // bar again (name and every segment) whenever a definition added or
                            // dropped a band.
                            <g class="segments">
                                { for b.segments.iter().map(|s| html! {
                                    <rect key={s.band.class()} x={coord(s.x)} width={coord(s.width.max(0.0))} height={bar_height.clone()} class={s.band.class()} />
                                }) }
                            </g>
                            <text x={coord(b.segments.last().map(|s| s.x + s.width).unwrap_or(frame.label_width) + 4.0)} y={coord(value_baseline(&fit, b) - b.y)} class="bar-value">{ b.label.clone() }</text>
                        </g>
                    }}) }
                </svg>
        }
    };
    html! {
        <section class="chart skip-away" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Compared" }</h2>
            <div class="chart-tools" role="group" aria-label="Chart measure">
                <button type="button" aria-pressed={(view.explorer.measure == Measure::Percent).to_string()} onclick={set(Measure::Percent)}>{ "Percent" }</button>
                <button type="button" aria-pressed={(view.explorer.measure == Measure::Count).to_string()} onclick={set(Measure::Count)}>{ "People" }</button>
                <crate::components::download::GraphicDownload kind={crate::components::download::GraphicKind::Chart} summary={props.summary.clone()} view={props.view.clone()} filename="time-in-cell-chart" />
            </div>
            <ul class="legend" aria-label="Legend">
                { for bands.iter().map(|b| html! { <li><span class={classes!("swatch", b.class())}></span>{ b.label() }</li> }) }
            </ul>
            <figure ref={node} class="chart-frame">
                // Until measured (the prerendered page, the first frame) both layouts the chart can
                // take are drawn and the stylesheet shows the one the window's width gives, so the
                // page has its final height from its first paint (issue 15).
                { super::fitted(measured, EXPLORER_LAYOUTS, draw) }
            </figure>
        </section>
    }
}
