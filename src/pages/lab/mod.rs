//! The definition lab: a guided walk that changes one thing at a time, a comparison of any two
//! definitions (`a=…&b=…`), a projector mode (`large=1`: no site chrome, big type, arrow keys and
//! clicker keys step) and a printable handout per lesson (`handout=N`). Everything it shows is
//! computed in `survey::decompose` and laid out in `survey::lab_chart`; these files only render.
//!
//! This module holds the page and the walk with the pieces the comparison shares (their paths are
//! in the prerendered page's hydration markers); [`compare`] the comparison, [`handout`] the
//! handouts, [`screen`] what is read from the screen and keys, [`text`] how totals and parts read.

mod compare;
mod handout;
mod screen;
mod text;

use crate::charts::lab::{MoverChart, WaterfallChart};
use crate::components::download::{copy_to_clipboard, full_url};
use crate::components::link::Link;
use crate::state::use_app;
use compare::Compare;
use handout::Handout;
use screen::{projector_font, use_step_keys, use_width};
use std::rc::Rc;
use survey::data::format::signed;
use survey::engine::decompose::{decompose, short_label, Decomposition, Unit};
use survey::engine::definition::{Definition, Hours};
use survey::sections::lab::{run, step_from, LESSONS, STEPS};
use survey::url::{Route, ViewState};
use text::{parts_list, total_html};
use yew::prelude::*;

/// The lab page: the handout, the comparison or the guided walk, as the URL says.
#[function_component]
pub fn Lab() -> Html {
    let ctx = use_app();
    let (step, pair, handout) = lab_route(ctx.view());
    if let Some(n) = handout {
        return html! { <Handout lesson={n.saturating_sub(1).min(LESSONS.len() - 1)} /> };
    }
    if let Some((a, b)) = pair {
        return html! { <Compare {a} {b} /> };
    }
    html! { <Guided {step} /> }
}

/// The lab's own settings in a view: step, comparison, handout.
fn lab_route(v: &ViewState) -> (usize, Option<(Definition, Definition)>, Option<usize>) {
    match v.route {
        Route::Lab {
            step,
            pair,
            handout,
        } => (step, pair, handout),
        _ => (0, None, None),
    }
}

/// The lab view at another step, comparison or handout (everything else kept).
fn lab_view(
    base: &ViewState,
    step: usize,
    pair: Option<(Definition, Definition)>,
    handout: Option<usize>,
) -> ViewState {
    base.with_route(Route::Lab {
        step,
        pair,
        handout,
    })
}

/// The full address of a view, shown so a class can type it or a teacher can copy it.
#[derive(Properties, PartialEq, Clone)]
struct PermalinkProps {
    to: ViewState,
}

#[function_component]
fn Permalink(props: &PermalinkProps) -> Html {
    let copied = use_state(|| false);
    let href = crate::state::href(&props.to);
    let shown = full_url(&href);
    let onclick = {
        let (copied, href) = (copied.clone(), href.clone());
        Callback::from(move |_| {
            copy_to_clipboard(&full_url(&href));
            copied.set(true);
        })
    };
    html! {
        <p class="lab-permalink">
            <span class="lab-label">{ "Link to this view: " }</span>
            <a href={href} data-testid="lab-permalink">{ shown }</a>
            <button type="button" {onclick} data-testid="lab-copy">{ if *copied { "Copied" } else { "Copy" } }</button>
        </p>
    }
}

/// The two charts of a change, each measured to its box.
#[derive(Properties, PartialEq, Clone)]
struct VisualsProps {
    decomposition: Rc<Decomposition>,
    projector: bool,
    movers: usize,
    /// Changes whenever the change does, so the animations start again.
    anim_key: AttrValue,
}

/// The tables a lab comparison reads, for the exports' source line.
const LAB_SOURCE: &str = "Tables 2–6, pp. 22–34";

#[function_component]
fn Visuals(props: &VisualsProps) -> Html {
    let (wf_ref, mv_ref) = (use_node_ref(), use_node_ref());
    let wf_w = use_width(wf_ref.clone(), 560.0);
    let mv_w = use_width(mv_ref.clone(), 560.0);
    let font = if props.projector {
        projector_font()
    } else {
        14.0
    };
    let d = &props.decomposition;
    let unit = match d.unit {
        Unit::People => "people",
        Unit::Points => "percentage points",
    };
    let pair = format!("From A: {} to B: {}", d.from.describe(), d.to.describe());
    html! {
        <div class="lab-visuals" data-testid="lab-visual">
            <crate::components::download::ChartExport title="Where the change comes from" subtitle={pair.clone()} legend={Some(AttrValue::from("#lab-part-legend"))}
                source={LAB_SOURCE} filename="definition-lab-where-the-change-comes-from" testid="lab-waterfall">
            <figure class="lab-figure">
                <figcaption>{ "Where the change comes from" }</figcaption>
                <div class="lab-chart-box" ref={wf_ref}>
                    <WaterfallChart key={format!("wf-{}", props.anim_key)} decomposition={d.clone()} width={wf_w} {font} testid="lab-waterfall" />
                </div>
            </figure>
            </crate::components::download::ChartExport>
            <crate::components::download::ChartExport title={format!("Who moved most (in {unit})")} subtitle={pair.clone()}
                notes={vec!["Grey dot: A; coloured dot: B; hollow: not counted.".to_string()]} legend={Some(AttrValue::from("#lab-part-legend"))}
                source={LAB_SOURCE} filename="definition-lab-who-moved-most" testid="lab-movers">
            <figure class="lab-figure">
                <figcaption>{ format!("Who moved most (in {unit})") }
                    if !props.projector { <span class="lab-key">{ " · grey dot: A, coloured dot: B, hollow: not counted" }</span> }
                </figcaption>
                <div class="lab-chart-box" ref={mv_ref}>
                    <MoverChart key={format!("mv-{}", props.anim_key)} decomposition={d.clone()} width={mv_w} {font} movers={props.movers} testid="lab-movers" />
                </div>
            </figure>
            </crate::components::download::ChartExport>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct GuidedProps {
    step: usize,
}

/// The guided walk.
#[function_component]
fn Guided(props: &GuidedProps) -> Html {
    let ctx = use_app();
    let view = ctx.view().clone();
    let (i, r) = run(&ctx.app.engine, props.step);
    let d = use_memo((props.step, ctx.app.data.text), {
        let (from, to) = (r.from.clone(), r.to.clone());
        move |_| decompose(&from, &to)
    });
    let d: Rc<Decomposition> = d;
    let step = STEPS[i];
    let projector = view.display.large;
    let at = |n: usize| lab_view(&view, n, None, None);
    // The buttons go where the keys do (`Action::Step`).
    let (prev, next) = (step_from(i, false).map(at), step_from(i, true).map(at));
    use_step_keys();
    let mut toggle = at(i);
    toggle.display.large = !projector;
    let compare = lab_view(&view, 0, Some((step.from, step.to)), None);
    let name = |c: &str| {
        ctx.app
            .data
            .jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_default()
    };
    let lesson_links = html! {
        <ul class="lab-lessons">
            { for LESSONS.iter().enumerate().map(|(k, l)| html! {
                <li><Link to={lab_view(&view, 0, None, Some(k + 1))}>{ format!("Handout: {}", l.title) }</Link>{ format!(" — {}", l.aim) }</li>
            }) }
        </ul>
    };
    html! {
        <article class={classes!("lab", projector.then_some("projector"))} tabindex="-1" data-testid="lab" aria-labelledby="lab-title">
            <header class="lab-top">
                if !projector { <p class="lab-kicker">{ "Definition lab" }</p> }
                <p class="step-count" data-testid="lab-step">{ format!("Step {} of {}", i + 1, STEPS.len()) }</p>
                <h1 id="lab-title">{ step.title }</h1>
                <Permalink to={at(i)} />
            </header>
            <div class="lab-main">
                <div class="lab-text">
                    <div class="lab-figures">
                        <div><p class="lab-label">{ "Before (A)" }</p><p class="lab-number">{ total_html(&r.from) }</p><p class="lab-def">{ short_label(&r.from.definition) }</p></div>
                        <div><p class="lab-label">{ "After (B)" }</p><p class="lab-number" data-testid="lab-after">{ total_html(&r.to) }</p><p class="lab-def">{ short_label(&r.to.definition) }</p></div>
                        <div><p class="lab-label">{ "Change" }</p><p class="lab-number" data-testid="lab-change">{ if d.unit == Unit::Points && i > 0 { "0 people".to_string() } else { signed(r.difference.total_delta) } }</p>
                            <p class="lab-def">{ format!("{} of 53 counted (was {})", r.to.counted, r.from.counted) }</p></div>
                    </div>
                    <p class="why">{ step.why }</p>
                </div>
                <Visuals decomposition={d.clone()} {projector} movers={if projector { 3 } else { 6 }} anim_key={format!("{i}")} />
            </div>
            if !projector {
                <section class="lab-detail" aria-labelledby="parts-heading">
                    <h2 id="parts-heading">{ "The change, part by part" }</h2>
                    { parts_list(&d) }
                    if i == STEPS.len() - 1 {
                        <p>{ format!("Not in any total: {}.",
                            r.to.left_out.iter().map(|(c, g)| format!("{} ({})", name(c), g.label())).collect::<Vec<_>>().join(", ")) }</p>
                    }
                    <details class="teacher-notes" data-testid="teacher-notes">
                        <summary>{ "Teacher notes for this step" }</summary>
                        <p><strong>{ "What it shows: " }</strong>{ step.shows }</p>
                        <p><strong>{ "The usual misreading: " }</strong>{ step.misreading }</p>
                    </details>
                </section>
            }
            <nav class="lab-nav" aria-label="Lab steps">
                if let Some(p) = prev { <Link to={p} class="button">{ "← Previous" }</Link> }
                if let Some(n) = next { <Link to={n} class="button primary">{ "Next →" }</Link> }
                <Link to={toggle} class="button">{ if projector { "Leave projector mode" } else { "Projector mode" } }</Link>
                if !projector { <Link to={compare} class="button">{ "Open this step as a comparison" }</Link> }
            </nav>
            if !projector {
                <p class="hint">{ "The ← and → keys (or a presenter's clicker) step through. Each step has its own link." }</p>
                <section class="lab-more" aria-labelledby="lessons-heading">
                    <h2 id="lessons-heading">{ "Lessons and handouts" }</h2>
                    <p>{ "Each lesson has a printable one-page handout with the steps' numbers, a picture of each change and three discussion questions answered from the report." }</p>
                    { lesson_links }
                    <p><Link to={lab_view(&view, 0, Some((Definition::default(), Definition { hours: Hours::H16, ..Definition::default() })), None)}>{ "Compare any two definitions →" }</Link></p>
                </section>
            }
        </article>
    }
}
