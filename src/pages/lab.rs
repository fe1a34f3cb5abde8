//! The definition lab: one change at a time, with what moved and why it matters. Each step has its
//! own URL; arrow keys step back and forth; "large type" suits a projector.

use crate::components::link::Link;
use crate::state::{use_app, Action};
use survey::data::format::{percent, signed, thousands};
use survey::sections::lab::{run, STEPS};
use survey::url::{Route, ViewState};
use yew::prelude::*;

/// The lab page.
#[function_component]
pub fn Lab() -> Html {
    let ctx = use_app();
    let (step, pair, handout) = match ctx.view().route {
        Route::Lab {
            step,
            pair,
            handout,
        } => (step, pair, handout),
        _ => (0, None, None),
    };
    let (i, r) = run(&ctx.app.engine, step);
    let step = STEPS[i];
    let at = |n: usize| -> ViewState {
        ctx.view().with_route(Route::Lab {
            step: n,
            pair,
            handout,
        })
    };
    let (prev, next) = (
        i.checked_sub(1).map(at),
        (i + 1 < STEPS.len()).then(|| at(i + 1)),
    );
    let onkeydown = {
        let (store, prev, next) = (ctx.store.clone(), prev.clone(), next.clone());
        Callback::from(move |e: KeyboardEvent| {
            let target = match e.key().as_str() {
                "ArrowRight" | "PageDown" => next.clone(),
                "ArrowLeft" | "PageUp" => prev.clone(),
                _ => None,
            };
            if let Some(v) = target {
                e.prevent_default();
                store.dispatch(Action::Go(v));
            }
        })
    };
    let large = {
        let mut v = at(i);
        v.display.large = !v.display.large;
        v
    };
    let name = |c: &str| {
        ctx.app
            .data
            .jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_default()
    };
    let fmt_total = |s: &survey::engine::Summary| {
        format!(
            "{}{}",
            if s.at_least { "at least " } else { "" },
            thousands(s.total)
        )
    };
    let movers: Vec<_> = r
        .difference
        .moves
        .iter()
        .filter(|m| m.count_delta.is_some_and(|d| d != 0) || m.ranks.0 != m.ranks.1)
        .take(5)
        .collect();
    html! {
        <article class="lab" tabindex="0" {onkeydown} data-testid="lab" aria-labelledby="lab-title">
            <h1>{ "Definition lab" }</h1>
            <p class="step-count" data-testid="lab-step">{ format!("Step {} of {}", i + 1, STEPS.len()) }</p>
            <h2 id="lab-title">{ step.title }</h2>
            <div class="lab-figures">
                <div><p class="lab-label">{ "Before" }</p><p class="lab-number">{ fmt_total(&r.from) }</p><p>{ r.from.definition.describe() }</p></div>
                <div><p class="lab-label">{ "After" }</p><p class="lab-number" data-testid="lab-after">{ fmt_total(&r.to) }</p><p>{ r.to.definition.describe() }</p></div>
                <div><p class="lab-label">{ "Change" }</p><p class="lab-number" data-testid="lab-change">{ signed(r.difference.total_delta) }</p>
                    <p>{ format!("{} of 53 jurisdictions counted (was {})", r.to.counted, r.from.counted) }</p></div>
            </div>
            <p class="why">{ step.why }</p>
            if i == STEPS.len() - 1 {
                <p>{ format!("Not in any total: {}. Only their 22-hour count is known for: {}.",
                    r.to.left_out.iter().map(|(c, g)| format!("{} ({})", name(c), g.label())).collect::<Vec<_>>().join(", "),
                    r.to.partial.iter().map(|c| name(c)).collect::<Vec<_>>().join(", ")) }</p>
            }
            if !movers.is_empty() && i > 0 {
                <h3>{ "Who moved most" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Who moved most, scrolls sideways">
                <table class="data">
                    <caption class="visually-hidden">{ "Jurisdictions whose count or rank changed most in this step" }</caption>
                    <thead><tr><th scope="col">{ "Jurisdiction" }</th><th scope="col" class="num">{ "Change in people" }</th><th scope="col" class="num">{ "Change in percent" }</th><th scope="col" class="num">{ "Rank before → after" }</th></tr></thead>
                    <tbody>
                        { for movers.iter().map(|m| html! {
                            <tr>
                                <th scope="row">{ name(&m.code) }</th>
                                <td class="num">{ m.count_delta.map(signed).unwrap_or_else(|| "—".into()) }</td>
                                <td class="num">{ m.percent_delta.map(|p| format!("{}{} pts", if p >= 0.0 { "+" } else { "" }, percent(p, 1).trim_end_matches('%'))).unwrap_or_else(|| "—".into()) }</td>
                                <td class="num">{ format!("{} → {}", m.ranks.0.map(|r| r.to_string()).unwrap_or("—".into()), m.ranks.1.map(|r| r.to_string()).unwrap_or("—".into())) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
            <nav class="lab-nav" aria-label="Lab steps">
                if let Some(p) = prev { <Link to={p} class="button">{ "← Previous step" }</Link> }
                if let Some(n) = next { <Link to={n} class="button">{ "Next step →" }</Link> }
                <Link to={large} class="button">{ if ctx.view().display.large { "Normal type" } else { "Large type (projector)" } }</Link>
            </nav>
            <p class="hint">{ "Use the ← and → keys to step through. Each step has its own link to share with a class." }</p>
        </article>
    }
}
