//! The lab's pictures of a change, drawn from `survey::lab_chart` layouts: the waterfall from A
//! through each part to B, the movers as dumbbells, the map of who changes and the handout's
//! stacked bar. Bars grow and dumbbells draw from "before" to "after" with CSS animations that
//! restart when the change does (keyed by the caller) and stop under `prefers-reduced-motion`.

use std::rc::Rc;
use survey::chart::lab::{change_map, dumbbell, stacked_bar, waterfall, Canvas, RowKind};
use survey::data::format::fixed;
use survey::engine::decompose::Decomposition;
use yew::prelude::*;

fn n(v: f64) -> String {
    fixed(v, 1)
}

/// Props shared by the lab charts.
#[derive(Properties, PartialEq, Clone)]
pub struct LabChartProps {
    /// The change to draw.
    pub decomposition: Rc<Decomposition>,
    /// Width in CSS pixels the chart is drawn at.
    pub width: f64,
    /// Label size in CSS pixels.
    pub font: f64,
    /// How many movers (dumbbell chart only).
    #[prop_or(5)]
    pub movers: usize,
    /// `data-testid` of the `<svg>`.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// Lines of a wrapped label as `<tspan>`s.
fn lines(ls: &[String], x: f64, y: f64, font: f64) -> Html {
    html! {
        { for ls.iter().enumerate().map(|(i, l)| html! {
            <tspan x={n(x)} y={n(y + i as f64 * font * 1.25)}>{ l.clone() }</tspan>
        }) }
    }
}

/// The waterfall: total A, each part that moves people, total B.
#[function_component]
pub fn WaterfallChart(props: &LabChartProps) -> Html {
    let w = waterfall(&props.decomposition, Canvas::new(props.width, props.font));
    let font = w.frame.font;
    let summary = w
        .rows
        .iter()
        .map(|r| format!("{}: {}", r.label.join(" "), r.value))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <svg class="lab-chart waterfall" width={n(w.frame.width)} height={n(w.height)} viewBox={format!("0 0 {} {}", n(w.frame.width), n(w.height))}
            role="img" aria-label={format!("Waterfall from A to B. {summary}")} data-testid={props.testid.clone()} font-size={n(font)}>
            { for w.rows.iter().map(|r| {
                let dir = match r.kind { RowKind::Total => "total-bar", RowKind::Down => "down", RowKind::Up => "up" };
                html! {
                    <g class={classes!("wf-row", r.class)}>
                        <text class="wf-label" x="2" y={n(r.label_y)}>{ lines(&r.label, 2.0, r.label_y, font) }</text>
                        if let Some(cx) = r.connector_x {
                            <line class={classes!("wf-connector", format!("o{}", r.order.min(9)))} x1={n(cx)} x2={n(cx)} y1={n(r.y - font * 1.6)} y2={n(r.y + r.height)} />
                        }
                        <rect class={classes!("wf-bar", dir, r.class, format!("o{}", r.order.min(9)))} x={n(r.x)} y={n(r.y)} width={n(r.width)} height={n(r.height)} rx="2" />
                        <text class={classes!("wf-value", format!("o{}", r.order.min(9)), (r.value_anchor == "end" && r.kind == RowKind::Total && r.value_x < r.x + r.width).then_some("inside"))}
                            x={n(r.value_x)} y={n(r.y + r.height * 0.5 + font * 0.35)} text-anchor={r.value_anchor}>{ r.value.clone() }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// The top movers as dumbbells: a dot for A, a line drawn to the dot for B (hollow = not counted).
#[function_component]
pub fn MoverChart(props: &LabChartProps) -> Html {
    let d = dumbbell(
        &props.decomposition,
        props.movers,
        Canvas::new(props.width, props.font),
    );
    if d.rows.is_empty() {
        return html! { <p class="hint" data-testid={props.testid.clone()}>{ "No jurisdiction moves." }</p> };
    }
    let font = d.frame.font;
    let summary = d
        .rows
        .iter()
        .map(|r| {
            format!(
                "{}: {} to {}",
                r.label.join(" "),
                r.before_text,
                r.after_text
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <svg class="lab-chart movers" width={n(d.frame.width)} height={n(d.height)} viewBox={format!("0 0 {} {}", n(d.frame.width), n(d.height))}
            role="img" aria-label={format!("Who moved most, A to B. {summary}")} data-testid={props.testid.clone()} font-size={n(font)}>
            { for d.ticks.iter().map(|(x, t)| html! {
                <>
                    <line class="db-grid" x1={n(*x)} x2={n(*x)} y1="0" y2={n(d.tick_y - font)} />
                    <text class="db-tick" x={n(*x)} y={n(d.tick_y)} text-anchor={if *x < d.frame.width * 0.05 { "start" } else if *x > d.frame.width * 0.95 { "end" } else { "middle" }}>{ t.clone() }</text>
                </>
            }) }
            { for d.rows.iter().map(|r| {
                let o = format!("o{}", r.order.min(9));
                html! {
                    <g class={classes!("db-row", r.class)}>
                        <title>{ format!("{}: {} → {}", r.label.join(" "), r.before_text, r.after_text) }</title>
                        <text class="db-label" x="2" y={n(r.label_y)}>{ lines(&r.label, 2.0, r.label_y, font) }</text>
                        <line class={classes!("db-line", o.clone(), if r.up { "up" } else { "down" })} x1={n(r.x_before)} x2={n(r.x_after)} y1={n(r.y)} y2={n(r.y)} pathLength="1" />
                        <circle class={classes!("db-before", r.before_missing.then_some("hollow"))} cx={n(r.x_before)} cy={n(r.y)} r={n(d.radius)} />
                        <circle class={classes!("db-after", o, r.after_missing.then_some("hollow"))} cx={n(r.x_after)} cy={n(r.y)} r={n(d.radius)} />
                    </g>
                }
            }) }
        </svg>
    }
}

/// Props for [`ChangeMapChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChangeMapProps {
    /// The change.
    pub decomposition: Rc<Decomposition>,
    /// Jurisdictions counted under both A and B (tiles with no part are "no change").
    pub counted_both: Rc<Vec<String>>,
    /// Width in CSS pixels.
    pub width: f64,
}

/// The tile map of who changes, coloured by part.
#[function_component]
pub fn ChangeMapChart(props: &ChangeMapProps) -> Html {
    let ctx = crate::state::use_static();
    let names = |c: &str| ctx.app.data.name_of(c);
    let both = |c: &str| props.counted_both.iter().any(|x| x == c);
    let m = change_map(
        &props.decomposition,
        &names,
        &both,
        Canvas::new(props.width, 13.0),
    );
    let font = (m.size * 0.36).clamp(12.0, 15.0);
    html! {
        <svg class="lab-chart change-map" width={n(m.frame.width)} height={n(m.height)} viewBox={format!("0 0 {} {}", n(m.frame.width), n(m.height))}
            role="group" aria-label="Map of who changes between A and B" data-testid="change-map">
            { for m.tiles.iter().map(|t| html! {
                <g class={classes!("cm-tile", t.class)} data-code={t.code}>
                    <title>{ t.title.clone() }</title>
                    <rect x={n(t.x)} y={n(t.y)} width={n(m.size)} height={n(m.size)} rx="3" />
                    <text x={n(t.x + m.size / 2.0)} y={n(t.y + m.size / 2.0 + font * 0.35)} text-anchor="middle" font-size={n(font)}>{ t.code }</text>
                </g>
            }) }
        </svg>
    }
}

/// The handout's compact stacked bar: kept, removed and added people on one scale, A and B marked.
#[function_component]
pub fn StackedBarMini(props: &LabChartProps) -> Html {
    let s = stacked_bar(&props.decomposition, Canvas::new(props.width, props.font));
    let h = 18.0;
    html! {
        <svg class="lab-chart stacked-mini" width={n(s.frame.width)} height={n(h + 4.0)} viewBox={format!("0 0 {} {}", n(s.frame.width), n(h + 4.0))} aria-hidden="true">
            { for s.segments.iter().filter(|g| g.width > 0.0).map(|g| html! {
                <rect class={classes!("sb-seg", g.class)} x={n(g.x)} y="2" width={n(g.width.max(1.0))} height={n(h)} />
            }) }
            <line class="sb-mark" x1={n(s.marks.0)} x2={n(s.marks.0)} y1="0" y2={n(h + 4.0)} />
            <line class="sb-mark b" x1={n(s.marks.1)} x2={n(s.marks.1)} y1="0" y2={n(h + 4.0)} />
        </svg>
    }
}
