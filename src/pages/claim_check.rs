//! Claim check: paste a number or a sentence; see every figure it could be, where each comes from,
//! and whether the wording fits the definition behind it.

use crate::state::{use_app, Action};
use std::rc::Rc;
use survey::sections::claim_check::{candidates, check};
use survey::url::Route;
use yew::prelude::*;

const EXAMPLES: [&str; 3] = [
    "Texas held 5,832 people in solitary",
    "83,897 people were held in solitary confinement",
    "Hawaii had 0.5% of its prisoners in restricted housing",
];

/// The claim-check page.
#[function_component]
pub fn ClaimCheck() -> Html {
    let ctx = use_app();
    let all = {
        let (data, engine) = (ctx.app.data.clone(), ctx.app.engine.clone());
        use_memo((), move |_| Rc::new(candidates(&data, &engine)))
    };
    let claim = match &ctx.view().route {
        Route::ClaimCheck { claim } => claim.clone(),
        _ => String::new(),
    };
    let matches = {
        let (data, all) = (ctx.app.data.clone(), (*all).clone());
        use_memo(claim.clone(), move |c| check(c, &data, &all))
    };
    let oninput = {
        let store = ctx.store.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            store.dispatch(Action::Claim(el.value()));
        })
    };
    html! {
        <article class="claim-check">
            <h1>{ "Claim check" }</h1>
            <p class="intro">{ "Paste a number or a sentence from an article. We look for every figure in the report — and every figure this app derives from it — that the number could be, show where each comes from, and warn when the wording does not fit the definition behind the figure (for example a 16-hour count described as “solitary”)." }</p>
            <label for="claim">{ "Claim to check" }</label>
            <textarea id="claim" rows="3" value={claim.clone()} {oninput} placeholder={EXAMPLES[0]} data-testid="claim-input" />
            <p class="examples">{ "Try: " }
                { for EXAMPLES.iter().map(|ex| {
                    let v = ctx.view().with_route(Route::ClaimCheck { claim: ex.to_string() });
                    html! { <><crate::components::link::Link to={v}>{ *ex }</crate::components::link::Link>{ " · " }</> }
                }) }
            </p>
            if !claim.trim().is_empty() {
                <section aria-live="polite" aria-labelledby="claim-results">
                    <h2 id="claim-results">{ if matches.is_empty() { "No figure in the report matches".to_string() } else { format!("{} possible figures", matches.len()) } }</h2>
                    if matches.is_empty() {
                        <p>{ "No number in the claim matches a figure in the report or one derived from it, within the claim's rounding. Check the number, or the year and definition it refers to." }</p>
                    }
                    <ol class="matches" data-testid="claim-matches">
                        { for matches.iter().map(|m| html! {
                            <li class={classes!("match", m.warning.is_some().then_some("warn"))}>
                                <p class="match-head">
                                    <strong>{ m.candidate.shown.clone() }</strong>
                                    <span class="tag">{ if m.exact { "exact" } else { "within rounding" } }</span>
                                    <span class="tag">{ if m.candidate.printed { "printed in the report" } else { "computed by this app" } }</span>
                                    if m.names_jurisdiction { <span class="tag">{ "jurisdiction named in the claim" }</span> }
                                </p>
                                <p>{ m.candidate.label.clone() }</p>
                                <p class="source">{ format!("Matches “{}” · {}", m.claimed, m.candidate.source) }</p>
                                if let Some(w) = &m.warning { <p class="warning" role="note">{ "⚠ " }{ w.clone() }</p> }
                            </li>
                        }) }
                    </ol>
                </section>
            }
        </article>
    }
}
