//! Horizontal stacked bars per jurisdiction, drawn as SVG from `survey::chart::bands::layout`, with a text
//! alternative that states the current numbers.

use crate::state::{use_static, Action};
use std::rc::Rc;
use survey::chart::bands::{layout, Band};
use survey::chart::Frame;
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
    let view = &props.view;
    if props.summary.not_measured.is_some() {
        return html! {};
    }
    let rows =
        survey::engine::explore::rows(&props.summary, view.explorer.sort, &view.explorer.search);
    let frame = Frame::EXPLORER;
    let (bars, height) = layout(&rows, view.explorer.measure, frame);
    let bands: Vec<Band> = [Band::H22, Band::H20, Band::H16]
        .into_iter()
        .filter(|b| match b {
            Band::H22 => true,
            Band::H20 => props.summary.definition.hours.includes_20_21(),
            Band::H16 => props.summary.definition.hours.includes_16_19(),
        })
        .collect();
    let set = |m: Measure| {
        let store = ctx.dispatch.clone();
        Callback::from(move |_| store.dispatch(Action::Measure(m)))
    };
    let unit = if view.explorer.measure == Measure::Percent {
        "percent of the custodial population"
    } else {
        "number of people"
    };
    let alt: String = bars
        .iter()
        .filter(|b| !b.missing)
        .map(|b| format!("{}: {}", b.name, b.label))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Compared" }</h2>
            <div class="chart-tools" role="group" aria-label="Chart measure">
                <button type="button" aria-pressed={(view.explorer.measure == Measure::Percent).to_string()} onclick={set(Measure::Percent)}>{ "Percent" }</button>
                <button type="button" aria-pressed={(view.explorer.measure == Measure::Count).to_string()} onclick={set(Measure::Count)}>{ "People" }</button>
                <crate::components::download::SvgDownload target="chart-svg" filename="time-in-cell-chart.svg" />
                <ul class="legend" aria-label="Legend">
                    { for bands.iter().map(|b| html! { <li><span class={classes!("swatch", b.class())}></span>{ b.label() }</li> }) }
                </ul>
            </div>
            <figure>
                <svg id="chart-svg" viewBox={format!("0 0 {} {}", frame.width, height.max(1.0))} role="img" aria-labelledby="chart-title chart-desc" class="bars" data-testid="bar-chart">
                    <title id="chart-title">{ format!("{} by jurisdiction, {}", unit, view.definition.describe()) }</title>
                    <desc id="chart-desc">{ alt.clone() }</desc>
                    { for bars.iter().map(|b| html! {
                        <g class={classes!("bar", b.missing.then_some("missing"))} data-code={b.code.clone()}>
                            <text x={(frame.label_width - 6.0).to_string()} y={(b.y + frame.bar - 3.0).to_string()} text-anchor="end" class="bar-name">{ b.name.clone() }</text>
                            { for b.segments.iter().map(|s| html! {
                                <rect x={format!("{:.2}", s.x)} y={b.y.to_string()} width={format!("{:.2}", s.width.max(0.0))} height={frame.bar.to_string()} class={s.band.class()} />
                            }) }
                            <text x={format!("{:.2}", b.segments.last().map(|s| s.x + s.width).unwrap_or(frame.label_width) + 4.0)} y={(b.y + frame.bar - 3.0).to_string()} class="bar-value">{ b.label.clone() }</text>
                        </g>
                    }) }
                </svg>
                <figcaption class="visually-hidden">{ alt }</figcaption>
            </figure>
        </section>
    }
}
