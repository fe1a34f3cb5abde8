//! The tile-grid map: one equal square per state, plus D.C., the Virgin Islands and the federal
//! Bureau of Prisons; coloured by the current measure, hatched where not reported.

use crate::state::{profile_of, use_static};
use std::rc::Rc;
use survey::chart::tiles::{breaks, class_of, CLASSES, TILES};
use survey::data::format::{percent, thousands};
use survey::engine::explore::Measure;
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

const SIZE: f64 = 46.0;
const GAP: f64 = 4.0;

/// The map. Each tile is a link to the jurisdiction's profile.
#[function_component]
pub fn TileMap(props: &TileMapProps) -> Html {
    let ctx = use_static();
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
    let value = |code: &str| {
        s.rows
            .iter()
            .find(|r| r.code == code)
            .and_then(|r| match measure {
                Measure::Percent => r.percent,
                Measure::Count => r.count.map(|c| c as f64),
            })
    };
    let values: Vec<f64> = s.rows.iter().filter_map(|r| value(&r.code)).collect();
    let br = breaks(&values);
    let fmt = |v: f64| match measure {
        Measure::Percent => percent(v, 1),
        Measure::Count => thousands(v.round() as u64),
    };
    let mut legend: Vec<String> = Vec::new();
    for i in 0..CLASSES.min(br.len() + 1) {
        let lo = if i == 0 {
            values.iter().copied().fold(f64::INFINITY, f64::min)
        } else {
            br[i - 1]
        };
        let hi = br.get(i).copied();
        legend.push(match hi {
            Some(h) => format!("{} – under {}", fmt(lo), fmt(h)),
            None => format!("{} and above", fmt(lo)),
        });
    }
    html! {
        <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading">{ "Map" }</h2>
            <p class="map-note">{ "One equal tile per state; D.C., the Virgin Islands (VI) and the federal Bureau of Prisons (BOP) have tiles of their own. Select a tile to open that jurisdiction." }</p>
            <crate::components::download::SvgDownload target="map-svg" filename="time-in-cell-map.svg" />
            <svg id="map-svg" viewBox={format!("0 0 {} {}", 12.0 * (SIZE + GAP), 8.0 * (SIZE + GAP))} class="tiles" role="group" aria-label="Tile map of jurisdictions" data-testid="tile-map">
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                { for TILES.iter().map(|&(code, col, row)| {
                    let r = s.rows.iter().find(|r| r.code == code);
                    let v = value(code);
                    let (x, y) = (col as f64 * (SIZE + GAP), row as f64 * (SIZE + GAP));
                    let class = match v { Some(v) => format!("tile c{}", class_of(v, &br)), None => "tile none".into() };
                    let status = match r.map(|r| r.status) { Some(Status::Missing(g)) => g.label().to_string(), Some(Status::AtLeast) => format!("at least {}", v.map(fmt).unwrap_or_default()), _ => v.map(fmt).unwrap_or_default() };
                    let name = r.map(|r| r.name.clone()).unwrap_or_else(|| code.to_string());
                    let shown = v.map(fmt).unwrap_or_else(|| "n/r".into());
                    let label = format!("{name}: {status} — source: {}", source);
                    let to = profile_of(&props.view, code);
                    let href = crate::state::href(&to);
                    let onclick = {
                        let store = ctx.dispatch.clone();
                        Callback::from(move |e: MouseEvent| { e.prevent_default(); store.dispatch(crate::state::Action::Go(to.clone())); })
                    };
                    html! {
                        <a {href} {onclick} data-code={code}>
                            <title>{ label }</title>
                            <rect x={x.to_string()} y={y.to_string()} width={SIZE.to_string()} height={SIZE.to_string()} rx="4" class={class} />
                            <text x={(x + SIZE / 2.0).to_string()} y={(y + 20.0).to_string()} text-anchor="middle" class={classes!("tile-code", v.is_none().then_some("on-none"))}>{ code }</text>
                            <text x={(x + SIZE / 2.0).to_string()} y={(y + 36.0).to_string()} text-anchor="middle" class={classes!("tile-value", v.is_none().then_some("on-none"))}>{ shown }</text>
                        </a>
                    }
                }) }
            </svg>
            <ul class="map-legend" aria-label="Map legend">
                { for legend.iter().enumerate().map(|(i, l)| html! { <li><span class={format!("swatch tile c{i}")}></span>{ l.clone() }</li> }) }
                <li><span class="swatch tile none"></span>{ "n/r — not reported or did not respond" }</li>
            </ul>
        </section>
    }
}
