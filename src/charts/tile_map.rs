//! The tile-grid map: one equal square per state, plus D.C., the Virgin Islands and the federal
//! Bureau of Prisons; coloured on one fixed scale for every definition, hatched where not reported,
//! pinned jurisdictions outlined. Drawn at the width it gets (tile text never scaled below 12 px;
//! values shown in the tiles only when they fit). One tab stop: arrow keys move between tiles.

use crate::components::measure::use_width;
use crate::state::{profile_of, use_static};
use std::rc::Rc;
use survey::chart::tiles::{class_of, neighbor, Direction, COUNT_BREAKS, PERCENT_BREAKS, TILES};
use survey::data::format::coord;
use survey::data::format::{percent, thousands};
use survey::engine::explore::{measure_value, Measure};
use survey::engine::{Status, Summary};
use survey::url::ViewState;
use yew::prelude::*;

/// Props for [`TileMap`].
#[derive(Properties, PartialEq, Clone)]
pub struct TileMapProps {
    /// The engine's result.
    pub summary: Rc<Summary>,
    /// The view it belongs to (measure; tiles link to profiles under it).
    pub view: Rc<ViewState>,
}

const COLUMNS: f64 = 12.0;
const ROWS: f64 = 8.0;

/// The map. Each tile is a link to the jurisdiction's profile.
#[function_component]
pub fn TileMap(props: &TileMapProps) -> Html {
    let ctx = use_static();
    let node = use_node_ref();
    let width = use_width(node.clone(), 600.0).min(640.0);
    // The tile that takes the map's one tab stop (arrow keys move it).
    let active = use_state_eq(|| "AK".to_string());
    let s = &props.summary;
    if s.not_measured.is_some() {
        return html! {};
    }
    let measure = props.view.explorer.measure;
    let source = survey::checks::provenance::tables_for(&s.definition)
        .iter()
        .map(|(t, p)| format!("Table {t}, p. {p}"))
        .collect::<Vec<_>>()
        .join("; ");
    let gap = if width < 480.0 { 2.0 } else { 4.0 };
    let size = ((width - gap * (COLUMNS - 1.0)) / COLUMNS).floor();
    let with_values = size >= 44.0;
    let code_font = if size >= 40.0 { 13.0 } else { 12.0 };
    let value = |code: &str| {
        s.rows
            .iter()
            .find(|r| r.code == code)
            .and_then(|r| measure_value(r, measure))
    };
    let br: &[f64] = match measure {
        Measure::Percent => &PERCENT_BREAKS,
        Measure::Count => &COUNT_BREAKS,
    };
    let fmt = |v: f64| match measure {
        Measure::Percent => percent(v, 1),
        Measure::Count => thousands(v.round() as u64),
    };
    let what = match measure {
        Measure::Percent => "of its prisoners",
        Measure::Count => "people",
    };
    let legend = survey::chart::tiles::legend(br, |v| match measure {
        Measure::Percent => format!("{}%", coord(v)),
        Measure::Count => thousands(v as u64),
    });
    let onkeydown = {
        let (active, node) = (active.clone(), node.clone());
        Callback::from(move |e: KeyboardEvent| {
            let dir = match e.key().as_str() {
                "ArrowLeft" => Direction::Left,
                "ArrowRight" => Direction::Right,
                "ArrowUp" => Direction::Up,
                "ArrowDown" => Direction::Down,
                _ => return,
            };
            e.prevent_default();
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &node;
            if let Some(next) = neighbor(&active, dir) {
                active.set(next.to_string());
                #[cfg(target_arch = "wasm32")]
                if let Some(el) = node.cast::<web_sys::Element>().and_then(|el| {
                    el.query_selector(&format!("a[data-code=\"{next}\"]"))
                        .ok()
                        .flatten()
                }) {
                    if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::SvgElement>(&el) {
                        let _ = el.focus();
                    }
                }
            }
        })
    };
    let mut order: Vec<_> = TILES.to_vec();
    survey::sort::sort_by_key(&mut order, |&(_, c, r)| (r, c));
    html! {
        <section class="map skip-away" aria-labelledby="map-heading">
            <h2 id="map-heading">{ "Map" }</h2>
            <p class="map-note">{ "One equal tile per state; D.C., the Virgin Islands (VI) and the federal Bureau of Prisons (BOP) have tiles of their own. Select a tile to open that jurisdiction; with the keyboard, Tab into the map and move with the arrow keys." }</p>
            <crate::components::download::GraphicDownload kind={crate::components::download::GraphicKind::Map} summary={props.summary.clone()} view={props.view.clone()} filename="time-in-cell-map" />
            <div ref={node} class="map-frame">
            <svg id="map-svg" width={coord(width)} height={coord(ROWS * (size + gap))} viewBox={format!("0 0 {} {}", coord(COLUMNS * (size + gap) - gap), coord(ROWS * (size + gap)))} class="tiles fitted" role="group" aria-labelledby="map-heading" data-testid="tile-map" {onkeydown}>
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                { for order.iter().map(|&(code, col, row)| {
                    let r = s.rows.iter().find(|r| r.code == code);
                    let v = value(code);
                    let (x, y) = (col as f64 * (size + gap), row as f64 * (size + gap));
                    let class = match v { Some(v) => format!("tile c{}", class_of(v, br)), None => "tile none".into() };
                    let pinned = props.view.explorer.compare.iter().any(|c| c == code);
                    let name = r.map(|r| r.name.clone()).unwrap_or_else(|| code.to_string());
                    let label = match (r.map(|r| r.status), v) {
                        (Some(Status::Missing(g)), _) => format!("{name}: {}", g.label()),
                        (Some(Status::AtLeast), Some(v)) => format!("{name}: at least {} {what}", fmt(v)),
                        (_, Some(v)) => format!("{name}: {} {what}", fmt(v)),
                        _ => format!("{name}: not reported"),
                    };
                    let label = if pinned { format!("{label} (pinned)") } else { label };
                    let shown = match v {
                        Some(v) if measure == Measure::Count && v >= 10_000.0 => format!("{}k", survey::data::format::round_half_up(v / 1000.0, 0)),
                        Some(v) => fmt(v),
                        None => "n/r".into(),
                    };
                    // Definition-free, like `ProfileLink`: the reader's definition and pins are
                    // written into the href when a pointer, a touch or the focus reaches the tile,
                    // not on every change (issue 13).
                    let href = crate::state::href(&profile_of(&ViewState::default(), code));
                    let onclick = crate::components::link::open_profile(&ctx, code.to_string());
                    let onfocus = {
                        let active = active.clone();
                        Callback::from(move |_: FocusEvent| active.set(code.to_string()))
                    };
                    let tabindex = if *active == code { "0" } else { "-1" };
                    let code_y = if with_values { y + size * 0.42 } else { y + size / 2.0 + code_font * 0.36 };
                    html! {
                        // The name comes from <title>, not aria-label, so the visible code and value stay part of it.
                        <a {href} {onclick} {onfocus} {tabindex} data-code={code} data-profile={code}>
                            <title>{ label }</title>
                            <rect x={coord(x)} y={coord(y)} width={coord(size)} height={coord(size)} rx="3" class={classes!(class, pinned.then_some("pinned"))} />
                            <text x={coord(x + size / 2.0)} y={coord(code_y)} text-anchor="middle" class={classes!("tile-code", v.is_none().then_some("on-none"))} font-size={coord(code_font)}>{ code }</text>
                            if with_values {
                                <text x={coord(x + size / 2.0)} y={coord(y + size * 0.78)} text-anchor="middle" class={classes!("tile-value", v.is_none().then_some("on-none"))} font-size="12">{ shown }</text>
                            }
                        </a>
                    }
                }) }
            </svg>
            </div>
            <ul class="map-legend" aria-label="Map legend">
                { for legend.iter().enumerate().map(|(i, l)| html! { <li><span class={format!("swatch tile c{i}")}></span>{ l.clone() }</li> }) }
                <li><span class="swatch tile none"></span>{ "n/r: not reported or did not respond" }</li>
                if !props.view.explorer.compare.is_empty() { <li><span class="swatch tile pinned-swatch"></span>{ "pinned" }</li> }
            </ul>
            <p class="map-note" data-testid="map-source">{ format!("Source: {source}") }</p>
            <p class="map-note">{ "The same colour scale for every definition, so colours can be compared when the definition changes." }
                if !with_values { { " Tiles show codes only at this width: select one, or see the table, for its figure." } }
            </p>
        </section>
    }
}
