//! The length-of-stay page's charts: Chart 3 (people per band), one 100% bar per jurisdiction,
//! and the custody classification's bars, each laid out for the width it gets (both layouts
//! until measured: `charts::fitted`).

use crate::charts::{fitted, variant_id};
use survey::chart::bars::{share_bars, value_bars, ValueBar};
use survey::chart::fit::{centred_baseline, fit, name_at, shift_for_names, Fit, PAGE_LAYOUTS};
use survey::data::format::{coord, fixed, percent, thousands};
use survey::sections::length_of_stay::{LengthOfStay, StayBand, SMALL};
use survey::Dataset;
use yew::prelude::*;

pub(super) fn legend() -> Html {
    html! {
        <ul class="legend" id="stay-legend" aria-label="Legend: length of stay">
            { for StayBand::ALL.iter().map(|b| html! { <li><span class={classes!("swatch", b.class())}></span>{ b.label() }</li> }) }
        </ul>
    }
}

/// Chart 3: people per band, with each band's share.
pub(super) fn overall_chart(s: &LengthOfStay, data: &Dataset, width: Option<f64>) -> Html {
    let values: Vec<(String, Option<f64>)> = StayBand::ALL
        .iter()
        .map(|b| (b.label().to_string(), Some(s.band_totals[b.index()] as f64)))
        .collect();
    let checks = s.band_checks(data);
    let label = |b: StayBand| {
        let printed = checks
            .get(b.index())
            .and_then(|(_, _, p)| p.as_ref())
            .map(|p| format!(" ({})", p.text()))
            .unwrap_or_default();
        format!(
            "{} · {}{printed}",
            thousands(s.band_totals[b.index()]),
            s.share(b).map(|p| percent(p, 1)).unwrap_or_default()
        )
    };
    let labels: Vec<(String, &'static str)> = StayBand::ALL
        .iter()
        .map(|&b| (label(b), b.class()))
        .collect();
    let title = format!(
        "People in restricted housing by time held so far, all {} people with data",
        thousands(s.total)
    );
    html! {
        <figure class="stay-chart">
            { value_chart(&values, &labels, width, "stay-overall", &title) }
            <figcaption class="hint">{ "Shares of everyone with length-of-stay data, computed from Table 4; Chart 3's printed (rounded) share in brackets (p. 28)." }</figcaption>
        </figure>
    }
}

/// Bars of one value each laid out for `width` (names above the bars when they do not fit
/// beside them): the bars, the geometry and the height.
fn fitted_value_bars(
    values: &[(String, Option<f64>)],
    labels: &[(String, &'static str)],
    width: f64,
) -> (Vec<ValueBar>, Fit, f64) {
    let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
    let texts: Vec<&str> = labels.iter().map(|(l, _)| l.as_str()).collect();
    let fit = fit(width, &names, &texts);
    let (mut bars, height) = value_bars(values, fit.frame);
    let extra = shift_for_names(
        &fit,
        &mut bars.iter_mut().map(|b| &mut b.y).collect::<Vec<_>>(),
    );
    (bars, fit, height + extra)
}

/// Horizontal bars of one value each (`values`), with a label after each bar (`labels`), laid out
/// for `width` (both layouts until measured: `charts::fitted`); `id` prefixes the title and
/// description ids (and names the test id).
pub(super) fn value_chart(
    values: &[(String, Option<f64>)],
    labels: &[(String, &'static str)],
    width: Option<f64>,
    id: &str,
    title: &str,
) -> Html {
    fitted(width, PAGE_LAYOUTS, |width, variant| {
        let (bars, fit, height) = fitted_value_bars(values, labels, width);
        let frame = fit.frame;
        let id = variant_id(id, variant);
        let alt = bars
            .iter()
            .zip(labels)
            .map(|(b, (l, _))| format!("{}: {l}", b.label))
            .collect::<Vec<_>>()
            .join("; ");
        html! {
            <svg width={coord(frame.width)} height={coord(height)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height))} role="img" aria-labelledby={format!("{id}-title {id}-desc")} class={classes!("bars", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={format!("{id}-chart")}>
                <title id={format!("{id}-title")}>{ title.to_string() }</title>
                <desc id={format!("{id}-desc")}>{ alt }</desc>
                { for bars.iter().zip(labels).map(|(b, (label, class))| {
                    let (nx, ny, anchor) = name_at(&fit, b.y, frame.bar);
                    let vy = centred_baseline(&fit, b.y, frame.bar);
                    html! {
                    <g class="bar">
                        <text x={coord(nx)} y={fixed(ny, 1)} text-anchor={anchor}>{ b.label.clone() }</text>
                        <rect x={coord(b.x)} y={coord(b.y)} width={fixed(b.width, 2)} height={coord(frame.bar)} class={*class} />
                        <text x={fixed(b.x + b.width + 4.0, 2)} y={fixed(vy, 1)}>{ label.clone() }</text>
                    </g>
                }}) }
            </svg>
        }
    })
}

/// One 100% bar per jurisdiction, the overall bar first.
pub(super) fn share_chart(s: &LengthOfStay, width: Option<f64>) -> Html {
    let mut rows = vec![(format!("All {}", s.rows.len()), s.band_totals.to_vec())];
    rows.extend(s.rows.iter().map(|r| {
        (
            r.name.clone(),
            r.counts.iter().map(|c| c.unwrap_or(0)).collect(),
        )
    }));
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let draw = |width: f64, variant: Option<crate::charts::Variant>| {
        let fit = fit(width, &names, &["n = 12,345 †"]);
        let frame = fit.frame;
        let (mut bars, height) = share_bars(&rows, frame);
        let extra = shift_for_names(
            &fit,
            &mut bars.iter_mut().map(|b| &mut b.y).collect::<Vec<_>>(),
        );
        let height = height + extra;
        let id = |base: &str| variant_id(base, variant);
        let alt = bars
            .iter()
            .map(|b| {
                format!(
                    "{} ({} people): {}",
                    b.label,
                    thousands(b.total),
                    b.pieces
                        .iter()
                        .map(|p| format!(
                            "{} {}",
                            StayBand::ALL[p.part].label(),
                            percent(p.share, 0)
                        ))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        html! {
                    <svg width={coord(frame.width)} height={coord(height)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height))} role="img" aria-labelledby={format!("{} {}", id("stay-share-title"), id("stay-share-desc"))} class={classes!("bars", "stay-shares", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={id("stay-share-chart")}>
                    <title id={id("stay-share-title")}>{ "Each jurisdiction's people in restricted housing split by time held so far, as shares of its own total" }</title>
                    <desc id={id("stay-share-desc")}>{ alt }</desc>
                    { for bars.iter().enumerate().map(|(i, b)| { let (nx, ny, anchor) = name_at(&fit, b.y, frame.bar); let vy = centred_baseline(&fit, b.y, frame.bar); html! {
                        <g class={classes!("bar", (i == 0).then_some("bar-all"))}>
                            <text x={coord(nx)} y={fixed(ny, 1)} text-anchor={anchor}>{ b.label.clone() }</text>
                            { for b.pieces.iter().map(|p| html! {
                                <rect x={fixed(p.x, 2)} y={coord(b.y)} width={fixed(p.width, 2)} height={coord(frame.bar)} class={classes!("stay-piece", StayBand::ALL[p.part].class())} />
                            }) }
                            <text x={coord(frame.width - frame.value_width + 4.0)} y={fixed(vy, 1)} class="bar-value">
                                { format!("n = {}{}", thousands(b.total), if b.total < SMALL { " †" } else { "" }) }
                            </text>
                        </g>
                    }}) }
                </svg>
        }
    };
    html! {
        <figure class="stay-chart">
            { fitted(width, PAGE_LAYOUTS, draw) }
            <figcaption class="hint">{ "Bars show shares of each jurisdiction's own total (n); † fewer than 100 people." }</figcaption>
        </figure>
    }
}
