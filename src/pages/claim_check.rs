//! Claim check: paste a sentence or a whole article; every number in it gets one verdict —
//! Supported, Supported with a caveat, Contradicted, Not in the report — with the figure that
//! decided it (value, what it counts, table or section and page, linked to the report) and the
//! other figures it could be. The logic is `survey::checks::verdict`; this only renders it.

use crate::components::link::Link;
use crate::state::{use_app, Action};
use std::rc::Rc;
use survey::checks::verdict::{check, facts, Answer, Fact, Verdict};
use survey::data::parts::Parts;
use survey::data::row_pages::REPORT_URL;
use survey::url::Route;
use yew::prelude::*;

const EXAMPLES: [&str; 5] = [
    "Texas held 5,832 people in solitary",
    "Women made up 1.6% of the people in restricted housing",
    "Louisiana had the highest rate, 8.2%",
    "More than 80,000 people were held in their cells at least 16 hours a day",
    "83,897 people were held in solitary confinement",
];

fn verdict_class(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::Supported) => "v-supported",
        Some(Verdict::Caveat) => "v-caveat",
        Some(Verdict::Contradicted) => "v-contradicted",
        Some(Verdict::NotInReport) => "v-absent",
        None => "v-context",
    }
}

fn verdict_mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Caveat => "✓!",
        Verdict::Contradicted => "✗",
        Verdict::NotInReport => "∅",
    }
}

fn figure(f: &Fact, testid: Option<&'static str>) -> Html {
    html! {
        <p class="claim-figure" data-testid={testid}>
            <strong class="claim-value">{ f.shown.clone() }</strong>
            { " — " }{ f.label.clone() }{ " · " }
            <a href={REPORT_URL} class="claim-source" rel="noopener">{ f.source.clone() }</a>
            <span class="tag">{ if f.printed { "printed in the report" } else { "computed by this app" } }</span>
        </p>
    }
}

fn answer(a: &Answer) -> Html {
    let Some(v) = a.verdict else {
        return html! {
            <li class="claim-answer v-context" data-testid="claim-context">
                <p class="claim-head"><q class="claim-number">{ a.reading.text.clone() }</q>
                    <span class="claim-context-tag">{ "context" }</span></p>
                <p class="claim-why">{ a.why.clone() }</p>
            </li>
        };
    };
    html! {
        <li class={classes!("claim-answer", verdict_class(Some(v)))}>
            <p class="claim-head">
                <q class="claim-number">{ a.reading.text.clone() }</q>
                // The mark sits outside the verdict element so its text is exactly one of the four verdicts.
                <span aria-hidden="true" class="claim-mark">{ verdict_mark(v) }</span>{ " " }
                <strong class="claim-verdict" data-testid="claim-verdict">{ v.label() }</strong>
            </p>
            <p class="claim-why">{ a.why.clone() }</p>
            if let Some(n) = &a.reading.note { <p class="claim-note">{ format!("Read as written: {n}.") }</p> }
            if let Some(b) = &a.best { { figure(b, Some("claim-best")) } }
            if !a.others.is_empty() {
                <details class="claim-others">
                    <summary>{ format!("Other figures this number could be ({})", a.others.len()) }</summary>
                    <ul>{ for a.others.iter().map(|o| html! { <li>{ figure(o, None) }</li> }) }</ul>
                </details>
            }
        </li>
    }
}

/// The claim-check page.
#[function_component]
pub fn ClaimCheck() -> Html {
    let ctx = use_app();
    let claim = match &ctx.view().route {
        Route::ClaimCheck { claim } => claim.clone(),
        _ => String::new(),
    };
    // Every figure the check can cite (about 5,500 from the tables): not built in start-up's
    // first task but in a task of its own after every part has hydrated (`when_done`), so it is
    // ready for the reader's first claim; at once when the address holds a claim; again once the
    // prose figures arrive.
    let warm = use_state_eq(|| false);
    {
        let warm = warm.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            crate::platform::later::when_done(move || {
                yew::platform::spawn_local(async move {
                    crate::platform::frames::next_task().await;
                    warm.set(true);
                })
            });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = warm;
        });
    }
    let all = {
        let (data, engine) = (ctx.app.data.clone(), ctx.app.engine.clone());
        let want = *warm || !claim.trim().is_empty();
        use_memo((data.text, want), move |(_, want)| {
            Rc::new(if *want {
                facts(&data, &engine)
            } else {
                Vec::new()
            })
        })
    };
    // The page renders without the report's text; checking a claim needs its printed figures.
    let has_figures = crate::state::use_text_parts(FIGURES, !claim.trim().is_empty());
    let result = {
        let (data, all) = (ctx.app.data.clone(), all.clone());
        use_memo((claim.clone(), data.text), move |(c, _)| {
            check(c, &data, &all)
        })
    };
    let oninput = {
        let store = ctx.store.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            store.dispatch(Action::Claim(el.value()));
        })
    };
    let judged: Vec<&Answer> = result
        .answers
        .iter()
        .filter(|a| a.verdict.is_some())
        .collect();
    let count = |v: Verdict| judged.iter().filter(|a| a.verdict == Some(v)).count();
    let summary = [
        Verdict::Supported,
        Verdict::Caveat,
        Verdict::Contradicted,
        Verdict::NotInReport,
    ]
    .iter()
    .filter(|v| count(**v) > 0)
    .map(|v| format!("{} {}", count(*v), v.label().to_ascii_lowercase()))
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <article class="claim-check">
            <h1>{ "Claim check" }</h1>
            <p class="intro">{ "Paste a sentence or a whole article. Every number in it gets one verdict — " }
                <strong>{ "Supported" }</strong>{ ", " }<strong>{ "Supported, with a caveat" }</strong>{ ", " }
                <strong>{ "Contradicted" }</strong>{ " or " }<strong>{ "Not in the report" }</strong>
                { " — decided by what the words say: who (a state, the federal prisons, the nation, men or women), what (people, a rate, a share of those held, a rank, a median), which definition (22 hours is “solitary”; 16 hours is wider) and the qualifier (“about”, “more than”). The figure that decided it comes with its table or section and page." }</p>
            <label for="claim">{ "Claim to check" }</label>
            <textarea id="claim" rows="4" value={claim.clone()} {oninput} placeholder={EXAMPLES[0]} data-testid="claim-input" />
            <p class="examples">{ "Try: " }
                { for EXAMPLES.iter().enumerate().map(|(i, ex)| {
                    let v = ctx.view().with_route(Route::ClaimCheck { claim: ex.to_string() });
                    html! { <>if i > 0 { { " · " } }<Link to={v}>{ *ex }</Link></> }
                }) }
            </p>
            if !claim.trim().is_empty() {
                <section class="claim-results" aria-live="polite" aria-labelledby="claim-results">
                    <h2 id="claim-results">{
                        if judged.is_empty() { "No figure to check".to_string() }
                        else { format!("{} {} checked: {summary}", judged.len(), if judged.len() == 1 { "number" } else { "numbers" }) }
                    }</h2>
                    if !has_figures {
                        <p class="claim-note" role="status">{ "Loading the report's prose figures; table figures are already checked." }</p>
                    }
                    { for result.notes.iter().map(|n| html! { <p class="claim-note" role="note" data-testid="claim-note">{ n.clone() }</p> }) }
                    <ol class="claim-answers" data-testid="claim-answers">
                        { for result.answers.iter().map(answer) }
                    </ol>
                    <p class="claim-foot">{ "Sources link to the Liman Center's copy of the report (PDF). Pages are the report's printed page numbers." }</p>
                </section>
            }
        </article>
    }
}

/// What the check needs of the report's text: its printed figures.
const FIGURES: Parts = Parts::FIGURES;
