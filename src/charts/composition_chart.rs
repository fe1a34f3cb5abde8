//! The composition charts drawn as SVG from `survey::chart::composition`: two stacked bars (custody
//! vs restricted housing) and one group's two shares per jurisdiction. Each states its numbers in
//! `<title>`/`<desc>`.

use std::rc::Rc;
use survey::chart::composition::{dumbbells, stacked};
use survey::chart::fit::COMPOSITION_LAYOUTS;
use survey::chart::Frame;
use survey::data::format::{coord, fixed, round_half_up};
use survey::data::sex::Sex;
use survey::sections::composition::{points, Composition, Topic};
use yew::prelude::*;

/// Props for [`StackedChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct StackedChartProps {
    /// All reporting jurisdictions together.
    pub overall: Rc<Composition>,
    /// Race or age.
    pub topic: Topic,
    /// Men or women.
    pub sex: Sex,
    /// Jurisdictions summed.
    pub jurisdictions: usize,
}

/// Our version of the report's Chart 7/8/9/10.
#[function_component]
pub fn StackedChart(props: &StackedChartProps) -> Html {
    let StackedChartProps {
        overall,
        topic,
        sex,
        jurisdictions,
    } = props.clone();
    let node = use_node_ref();
    // Drawn at its measured width: one unit per CSS px, so labels keep their size; until measured,
    // for a phone and for the widest box (`super::fitted`).
    let measured = crate::components::measure::use_measured_width(node.clone());
    let title = format!("{} in custody and in restricted housing, {} jurisdictions together (as in the report's Chart {})", sex.label(), jurisdictions, topic.chart(sex));
    let draw = |width: f64, variant: Option<crate::charts::Variant>| {
        let width = width.clamp(240.0, 560.0);
        let frame = Frame {
            width: width.floor(),
            label_width: 76.0,
            ..Frame::STACKED
        };
        let (bars, height) = stacked(&overall, frame);
        let desc = bars
            .iter()
            .map(|b| {
                let parts: Vec<String> = b
                    .segments
                    .iter()
                    .map(|s| {
                        format!(
                            "{} {}%",
                            overall.groups[s.group].group.label,
                            round_half_up(s.percent, 1)
                        )
                    })
                    .collect();
                format!("{}: {}", b.label, parts.join(", "))
            })
            .collect::<Vec<_>>()
            .join(". ");
        let id = super::variant_id(&format!("stacked-{}", topic.chart(sex)), variant);
        html! {
                <svg width={coord(frame.width)} height={coord(height)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height))} role="img" aria-labelledby={format!("{id}-title {id}-desc")} class={classes!("stacked", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={super::variant_id("stacked-chart", variant)}>
                    <title id={format!("{id}-title")}>{ title.as_str() }</title>
                    <desc id={format!("{id}-desc")}>{ desc }</desc>
                    { for bars.iter().map(|b| html! {
                        <g class="stack">
                            <text x={coord(frame.label_width - 6.0)} y={coord(b.y + frame.bar / 2.0 + 4.0)} text-anchor="end" class="stack-name">{ short(b.label) }</text>
                            { for b.segments.iter().map(|s| html! {
                                <>
                                    <rect x={fixed(s.x, 2)} y={coord(b.y)} width={fixed(s.width, 2)} height={coord(frame.bar)} class={format!("grp-{}", s.group)} />
                                    if let Some(l) = &s.label {
                                        <text x={fixed(s.x + s.width / 2.0, 2)} y={coord(b.y + frame.bar / 2.0 + 4.0)} text-anchor="middle" class="seg-label">{ l.clone() }</text>
                                    }
                                </>
                            }) }
                        </g>
                    }) }
                </svg>
        }
    };
    html! {
        <figure class="composition-chart" ref={node}>
            <ul class="legend" aria-hidden="true">
                { for overall.groups.iter().enumerate().map(|(i, g)| html! { <li><span class={classes!("swatch", format!("grp-{i}"))}></span>{ g.group.label }</li> }) }
            </ul>
            { super::fitted(measured, COMPOSITION_LAYOUTS, draw) }
        </figure>
    }
}

/// Names short enough for the chart's label column (the table and `<desc>` use the full ones).
fn short(label: &str) -> &str {
    match label {
        "Custodial population" => "Custody",
        "Restricted housing" => "Restricted",
        "All reporting jurisdictions" => "All together",
        other => other,
    }
}

/// Props for [`DumbbellChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct DumbbellChartProps {
    /// The overall row first, then every jurisdiction.
    pub rows: Rc<Vec<Composition>>,
    /// Index of the group shown.
    pub index: usize,
    /// Men or women.
    pub sex: Sex,
}

/// One group's share of custody (open dot) and of restricted housing (filled dot) per jurisdiction.
#[function_component]
pub fn DumbbellChart(props: &DumbbellChartProps) -> Html {
    let DumbbellChartProps { rows, index, sex } = props.clone();
    let node = use_node_ref();
    let measured = crate::components::measure::use_measured_width(node.clone());
    let Some(first) = rows.first() else {
        return html! {};
    };
    let group = first.groups[index].group;
    // Names beside the rows when they leave half the width to the dots, above them otherwise.
    let (probe, _, _) = dumbbells(&rows, index, Frame::DUMBBELL);
    let names: Vec<&str> = probe.iter().map(|d| short(&d.name)).collect();
    let values: Vec<&str> = probe.iter().map(|d| d.label.as_str()).collect();
    // The numbers, which do not depend on the width: read from the probe's layout.
    let desc = rows
        .iter()
        .map(|r| {
            let g = &r.groups[index];
            match g.difference() {
                Some(d) => format!(
                    "{}: custody {}%, restricted housing {}% ({} pts)",
                    r.name,
                    round_half_up(g.custodial.percent().unwrap_or(0.0), 1),
                    round_half_up(g.restricted.percent().unwrap_or(0.0), 1),
                    points(d)
                ),
                None => format!(
                    "{}: {}",
                    r.name,
                    probe
                        .iter()
                        .find(|d| d.code == r.code)
                        .map(|d| d.label.clone())
                        .unwrap_or_default()
                ),
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    let draw = |width: f64, variant: Option<crate::charts::Variant>| {
        let width = width.clamp(240.0, 560.0);
        let id = |base: &str| super::variant_id(base, variant);
        let fit = survey::chart::fit::fit(width, &names, &values);
        let frame = Frame {
            width: fit.frame.width,
            label_width: fit.frame.label_width,
            value_width: fit.frame.value_width + 6.0,
            bar: fit.frame.bar,
            gap: fit.frame.gap,
            label_row: 0.0,
        };
        let (mut dots, ticks, height) = dumbbells(&rows, index, frame);
        let height = height
            + survey::chart::fit::shift_for_names(
                &fit,
                &mut dots.iter_mut().map(|d| &mut d.y).collect::<Vec<_>>(),
            );
        let axis = 16.0;
        let cy = frame.bar / 2.0;
        html! {
                <svg width={coord(frame.width)} height={coord(height + axis)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height + axis))} role="img" aria-labelledby={format!("{} {}", id("dumbbell-title"), id("dumbbell-desc"))} class={classes!("dumbbells", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={id("dumbbell-chart")}>
                    <title id={id("dumbbell-title")}>{ format!("{} {}: share of custody and of restricted housing by jurisdiction", group.label, sex.label().to_ascii_lowercase()) }</title>
                    <desc id={id("dumbbell-desc")}>{ desc.as_str() }</desc>
                    { for ticks.iter().map(|t| html! {
                        <g class="tick">
                            <line x1={fixed(t.x, 2)} x2={fixed(t.x, 2)} y1="0" y2={coord(height)} />
                            <text x={fixed(t.x, 2)} y={coord(height + axis - 4.0)} text-anchor={t.anchor}>{ t.label.clone() }</text>
                        </g>
                    }) }
                    { for dots.iter().map(|d| { let (nx, ny, anchor) = survey::chart::fit::name_at(&fit, d.y, frame.bar); html! {
                        <g class={classes!("dumbbell", d.code.is_empty().then_some("overall"), d.missing.then_some("missing"))} data-code={d.code.clone()}>
                            <text x={coord(nx)} y={fixed(ny, 1)} text-anchor={anchor} class="row-name">{ short(&d.name) }</text>
                            if let (Some(a), Some(b)) = (d.custodial, d.restricted) {
                                <line class="link" x1={fixed(a, 2)} x2={fixed(b, 2)} y1={coord(d.y + cy)} y2={coord(d.y + cy)} />
                            }
                            if let Some(x) = d.custodial { <circle class="custody" cx={fixed(x, 2)} cy={coord(d.y + cy)} r="4" /> }
                            if let Some(x) = d.restricted { <circle class="restricted" cx={fixed(x, 2)} cy={coord(d.y + cy)} r="4" /> }
                            <text x={coord(frame.width - frame.value_width + 6.0)} y={fixed(survey::chart::fit::centred_baseline(&fit, d.y, frame.bar), 1)} class="row-value">{ d.label.clone() }</text>
                        </g>
                    }}) }
                </svg>
        }
    };
    html! {
        <figure class="composition-chart" ref={node}>
            <ul class="legend" aria-hidden="true">
                <li><span class="dot-key custody"></span>{ "Share of custody" }</li>
                <li><span class="dot-key restricted"></span>{ "Share of restricted housing" }</li>
            </ul>
            { super::fitted(measured, COMPOSITION_LAYOUTS, draw) }
        </figure>
    }
}
