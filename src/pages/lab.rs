//! The definition lab: a guided walk that changes one thing at a time, a comparison of any two
//! definitions (`a=…&b=…`), a projector mode (`large=1`: no site chrome, big type, arrow keys and
//! clicker keys step) and a printable handout per lesson (`handout=N`). Everything it shows is
//! computed in `survey::decompose` and laid out in `survey::lab_chart`; this file only renders.

use crate::charts::lab::{ChangeMapChart, MoverChart, StackedBarMini, WaterfallChart};
use crate::components::download::{copy_to_clipboard, full_url};
use crate::components::link::Link;
use crate::state::{use_app, use_static, Action};
use std::rc::Rc;
use survey::chart::lab::{mover_change_text, unit_text};
use survey::data::format::{signed, thousands};
use survey::engine::decompose::{decompose, short_label, Decomposition, Part, PartKind, Unit};
use survey::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use survey::engine::Summary;
use survey::sections::lab::{run, LESSONS, QUESTIONS, STEPS};
use survey::url::{Route, ViewState};
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

/// The width of an element in whole CSS pixels, `fallback` until measured (see
/// `components::measure`: measured once start-up has hydrated every part of the page, and again
/// whenever the element's size changes — a window resize, the projector layout). Its own effect,
/// used before, measured when the page hydrated, before the part holding the chart had, so a
/// started lab kept the server's 560 px drawing on every screen until the window was resized.
#[hook]
fn use_width(node: NodeRef, fallback: f64) -> f64 {
    crate::components::measure::use_width(node, fallback).floor()
}

/// Arrow keys and a presentation clicker (PageUp/PageDown) step back and forth anywhere on the
/// page, except while a form control has focus.
#[hook]
fn use_step_keys(prev: Option<ViewState>, next: Option<ViewState>) {
    let dispatch = use_static().dispatch;
    #[cfg(target_arch = "wasm32")]
    {
        use_effect_with((prev, next), move |(prev, next)| {
            use wasm_bindgen::JsCast;
            let (prev, next) = (prev.clone(), next.clone());
            // Not passive: the keys are taken from the page (no scroll), so preventDefault must work.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.alt_key() || e.ctrl_key() || e.meta_key() {
                        return;
                    }
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        });
                    if typing {
                        return;
                    }
                    let target = match e.key().as_str() {
                        "ArrowRight" | "PageDown" => next.clone(),
                        "ArrowLeft" | "PageUp" => prev.clone(),
                        _ => None,
                    };
                    if let Some(v) = target {
                        e.prevent_default();
                        dispatch.dispatch(Action::Go(v));
                    }
                },
            );
            move || drop(listener)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (prev, next, dispatch);
}

fn total_text(s: &Summary) -> String {
    format!(
        "{}{}",
        if s.at_least { "at least " } else { "" },
        thousands(s.total)
    )
}

/// A total for a big figure: "at least" in small type above the number.
fn total_html(s: &Summary) -> Html {
    html! {
        <>
            if s.at_least { <span class="at-least">{ "at least " }</span> }
            { thousands(s.total) }
        </>
    }
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

fn entry_text(p: &Part) -> Html {
    html! {
        { for p.entries.iter().enumerate().map(|(i, e)| {
            let what = match p.kind {
                PartKind::RateOnly => format!(" ({} → {})",
                    e.percent_before.map(|v| unit_text(Unit::Points, v)).unwrap_or_default(),
                    e.percent_after.map(|v| unit_text(Unit::Points, v)).unwrap_or_default()),
                PartKind::NotExtended => String::new(),
                _ => format!(" ({})", signed(e.people)),
            };
            html! { <>{ if i > 0 { ", " } else { "" } }<span class="part-name">{ e.name.clone() }</span>{ what }</> }
        }) }
    }
}

/// Every part of a change with its people and its named jurisdictions.
fn parts_list(d: &Decomposition) -> Html {
    if d.parts.is_empty() {
        return html! { <p class="hint" data-testid="lab-parts">{ "Nothing changes: A and B count the same people." }</p> };
    }
    html! {
        <ul class="lab-parts" data-testid="lab-parts">
            { for d.parts.iter().map(|p| html! {
                <li class={classes!("lab-part", p.kind.class())}>
                    <span class="swatch" aria-hidden="true"></span>
                    <strong>{ format!("{} — ", p.label) }</strong>
                    <strong class="num">{ if p.people == 0 { "0 people".to_string() } else { format!("{} people", signed(p.people)) } }</strong>
                    <span class="part-explain">{ format!(" {}", p.explain) }</span>
                    <span class="part-names">{ entry_text(p) }</span>
                </li>
            }) }
        </ul>
    }
}

/// Chart labels in projector mode scale with the screen's height like the rest of its type
/// (22.5 px at 720 px high; at least 18).
fn projector_font() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        let h = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(720.0);
        (h / 32.0).clamp(18.0, 40.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    22.5
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
    let (prev, next) = (
        i.checked_sub(1).map(at),
        (i + 1 < STEPS.len()).then(|| at(i + 1)),
    );
    use_step_keys(prev.clone(), next.clone());
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

/// Props for a definition picker.
#[derive(Properties, PartialEq, Clone)]
struct PickerProps {
    /// "A" or "B".
    side: AttrValue,
    value: Definition,
    onpick: Callback<Definition>,
}

fn select<C: Choice>(id: String, label: &'static str, value: C, set: impl Fn(C) + 'static) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let picked = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .and_then(|t| C::from_token(&t));
        if let Some(c) = picked {
            set(c);
        }
    });
    html! {
        <label class="pick" for={id.clone()}>
            <span>{ label }</span>
            <select id={id.clone()} name={id} {onchange}>
                { for C::ALL.iter().map(|&c| html! { <option value={c.token()} selected={c == value}>{ c.label() }</option> }) }
            </select>
        </label>
    }
}

/// Every explorer setting for one side of a comparison.
#[function_component]
fn Picker(props: &PickerProps) -> Html {
    let d = props.value;
    let side = props.side.to_ascii_lowercase();
    let on = props.onpick.clone();
    let on2 = on.clone();
    let on3 = on.clone();
    let on4 = on.clone();
    let alt = {
        let on = on.clone();
        Callback::from(move |_: Event| {
            on.emit(Definition {
                alternatives: !d.alternatives,
                ..d
            })
        })
    };
    html! {
        <fieldset class={classes!("pair-picker", format!("side-{side}"))} data-testid={format!("picker-{side}")}>
            <legend>{ format!("Definition {}", props.side) }</legend>
            { select::<Hours>(format!("{side}-hours"), "Hours a day in the cell", d.hours, move |hours| on.emit(Definition { hours, ..d })) }
            { select::<Stay>(format!("{side}-stay"), "Held for at least", d.stay, move |stay| on2.emit(Definition { stay, ..d })) }
            { select::<Population>(format!("{side}-population"), "Who", d.population, move |population| on3.emit(Definition { population, ..d })) }
            { select::<Denominator>(format!("{side}-denominator"), "Percent of", d.denominator, move |denominator| on4.emit(Definition { denominator, ..d })) }
            <label class="check" for={format!("{side}-alt")}>
                <input type="checkbox" id={format!("{side}-alt")} checked={d.alternatives} onchange={alt} />
                { "Louisiana and Utah alternatives" }
            </label>
        </fieldset>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct CompareProps {
    a: Definition,
    b: Definition,
}

/// Two definitions side by side.
#[function_component]
fn Compare(props: &CompareProps) -> Html {
    let ctx = use_app();
    let view = ctx.view().clone();
    let (a, b) = (props.a, props.b);
    let data = use_memo((a, b, ctx.app.data.text), {
        let engine = ctx.app.engine.clone();
        move |(a, b, _)| {
            let (sa, sb) = (engine.compute(a), engine.compute(b));
            let d = decompose(&sa, &sb);
            (sa, sb, Rc::new(d))
        }
    });
    let (sa, sb, d) = (&data.0, &data.1, data.2.clone());
    let projector = view.display.large;
    let go = {
        let (store, view) = (ctx.store.clone(), view.clone());
        move |a: Definition, b: Definition| {
            store.dispatch(Action::Go(lab_view(&view, 0, Some((a, b)), None)))
        }
    };
    let (ga, gb, gs) = (go.clone(), go.clone(), go);
    let onpick_a = Callback::from(move |x: Definition| ga(x, b));
    let onpick_b = Callback::from(move |x: Definition| gb(a, x));
    let swap = Callback::from(move |_| gs(b, a));
    let mut toggle = view.clone();
    toggle.display.large = !projector;
    let both: Rc<Vec<String>> = Rc::new(
        sa.rows
            .iter()
            .zip(&sb.rows)
            .filter(|(x, y)| x.count.is_some() && y.count.is_some())
            .map(|(x, _)| x.code.clone())
            .collect(),
    );
    let map_ref = use_node_ref();
    let map_w = use_width(map_ref.clone(), 560.0);
    let anim = format!(
        "{}-{}",
        survey::url::pair::token(&a),
        survey::url::pair::token(&b)
    );
    let unmeasured = [(&"A", sa), (&"B", sb)]
        .into_iter()
        .filter_map(|(s, x)| x.not_measured.map(|why| format!("{s}: {why}")))
        .collect::<Vec<_>>();
    html! {
        <article class={classes!("lab", "lab-compare", projector.then_some("projector"))} data-testid="lab-compare" aria-labelledby="lab-title">
            <header class="lab-top">
                if !projector { <p class="lab-kicker">{ "Definition lab" }</p> }
                <h1 id="lab-title">{ "Compare two definitions" }</h1>
                <Permalink to={view.clone()} />
            </header>
            if !projector {
                <div class="pair-pickers">
                    <Picker side="A" value={a} onpick={onpick_a} />
                    <button type="button" class="swap" onclick={swap} aria-label="Swap A and B">{ "⇄ Swap" }</button>
                    <Picker side="B" value={b} onpick={onpick_b} />
                </div>
            }
            { for unmeasured.iter().map(|u| html! { <p class="notice" role="status">{ u.clone() }</p> }) }
            <div class="lab-main">
                <div class="lab-text">
                    <div class="lab-figures">
                        <div><p class="lab-label">{ "A" }</p><p class="lab-number" data-testid="compare-a">{ total_html(sa) }</p><p class="lab-def" data-testid="compare-a-def">{ short_label(&a) }</p></div>
                        <div><p class="lab-label">{ "B" }</p><p class="lab-number" data-testid="compare-b">{ total_html(sb) }</p><p class="lab-def" data-testid="compare-b-def">{ short_label(&b) }</p></div>
                        <div><p class="lab-label">{ "B − A" }</p><p class="lab-number" data-testid="compare-change">{ signed(d.total_change) }</p>
                            <p class="lab-def">{ format!("{} of 53 counted under B (A: {})", sb.counted, sa.counted) }</p></div>
                    </div>
                    if let Some(m) = d.movers.first() {
                        <p class="why">{ format!("Largest move: {} {} ({} → {}).", m.name, mover_change_text(d.unit, m),
                            m.before.map(|v| unit_text(d.unit, v)).unwrap_or_else(|| "not counted".into()),
                            m.after.map(|v| unit_text(d.unit, v)).unwrap_or_else(|| "not counted".into())) }</p>
                    }
                </div>
                <Visuals decomposition={d.clone()} {projector} movers={if projector { 3 } else { 8 }} anim_key={anim} />
            </div>
            if !projector {
                <section class="lab-detail" aria-labelledby="parts-heading">
                    <h2 id="parts-heading">{ "The difference, part by part" }</h2>
                    { parts_list(&d) }
                </section>
                <section class="lab-map" aria-labelledby="change-map-heading">
                    <h2 id="change-map-heading">{ "Who changes" }</h2>
                    <crate::components::download::ChartExport title="Who changes, jurisdiction by jurisdiction" subtitle={format!("From A: {} to B: {}", d.from.describe(), d.to.describe())}
                        legend={Some(AttrValue::from("#lab-part-legend"))} source={LAB_SOURCE} filename="definition-lab-who-changes" testid="lab-change-map">
                    <div class="lab-chart-box" ref={map_ref}>
                        <ChangeMapChart decomposition={d.clone()} counted_both={both} width={map_w.min(600.0)} />
                    </div>
                    </crate::components::download::ChartExport>
                    <ul class="map-legend lab-legend" id="lab-part-legend" aria-label="Map legend">
                        { for [("part-left", "drops out (no data under B)"), ("part-entered", "joins (no data under A)"), ("part-removed", "fewer people"), ("part-added", "more people"), ("part-disagree", "Table 4 > Table 2"), ("part-rate", "same people, new percentage"), ("part-partial", "old figure only"), ("part-none", "no change"), ("part-absent", "counted under neither")].iter().map(|(c, l)| html! {
                            <li><span class={classes!("swatch", *c)}></span>{ *l }</li>
                        }) }
                    </ul>
                </section>
            }
            <nav class="lab-nav" aria-label="Lab">
                <Link to={lab_view(&view, 0, None, None)} class="button">{ "Guided steps" }</Link>
                <Link to={toggle} class="button">{ if projector { "Leave projector mode" } else { "Projector mode" } }</Link>
                if !projector {
                    <Link to={{ let mut e = view.with_route(Route::Explorer); e.definition = b; e.display.large = false; e }} class="button">{ "Open B in the explorer" }</Link>
                }
            </nav>
        </article>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct HandoutProps {
    lesson: usize,
}

/// One lesson's printable handout, with the teacher notes below it on screen.
#[function_component]
fn Handout(props: &HandoutProps) -> Html {
    let ctx = use_app();
    let view = ctx.view().clone();
    let lesson = LESSONS[props.lesson];
    let rows: Vec<(usize, Summary, Summary, Rc<Decomposition>)> = lesson
        .steps
        .iter()
        .map(|&i| {
            let (_, r) = run(&ctx.app.engine, i);
            let d = Rc::new(decompose(&r.from, &r.to));
            (i, r.from, r.to, d)
        })
        .collect();
    let print = Callback::from(|_| {
        #[cfg(target_arch = "wasm32")]
        let _ = gloo::utils::window().print();
    });
    let lead = |d: &Decomposition| -> String {
        match (d.unit, d.parts.first(), d.movers.first()) {
            (Unit::Points, _, Some(m)) => format!(
                "Count unchanged; {} moves {} ({} → {}).",
                m.name,
                mover_change_text(Unit::Points, m),
                m.before
                    .map(|v| unit_text(Unit::Points, v))
                    .unwrap_or_default(),
                m.after
                    .map(|v| unit_text(Unit::Points, v))
                    .unwrap_or_default()
            ),
            (_, None, _) => "The starting point.".into(),
            _ => d
                .parts
                .iter()
                .map(|p| format!("{}: {} ({})", p.label, signed(p.people), p.entries.len()))
                .collect::<Vec<_>>()
                .join("; "),
        }
    };
    html! {
        <article class="handout" data-testid="handout" aria-labelledby="handout-title">
            <div class="handout-tools screen-only">
                <button type="button" onclick={print} class="button primary">{ "Print this handout" }</button>
                <Link to={lab_view(&view, 0, None, None)} class="button">{ "Back to the lab" }</Link>
                { for LESSONS.iter().enumerate().filter(|(k, _)| *k != props.lesson).map(|(k, l)| html! {
                    <Link to={lab_view(&view, 0, None, Some(k + 1))} class="button">{ format!("Lesson {}: {}", k + 1, l.title) }</Link>
                }) }
            </div>
            <div class="handout-sheet">
                <p class="handout-kicker">{ format!("Definition lab · lesson {} of {}", props.lesson + 1, LESSONS.len()) }</p>
                <h1 id="handout-title">{ lesson.title }</h1>
                <p class="handout-aim">{ lesson.aim }</p>
                <table class="handout-steps">
                    <caption>{ "Each step changes one thing. Bars: grey = counted both times; coloured = the part that changes; | marks A and B." }</caption>
                    <thead><tr><th scope="col">{ "Step" }</th><th scope="col" class="num">{ "A" }</th><th scope="col" class="num">{ "B" }</th><th scope="col" class="num">{ "Change" }</th><th scope="col">{ "Where it comes from" }</th></tr></thead>
                    <tbody>
                        { for rows.iter().map(|(i, from, to, d)| html! {
                            <tr>
                                <th scope="row">{ format!("{}. {}", i + 1, STEPS[*i].title) }</th>
                                <td class="num">{ total_text(from) }</td>
                                <td class="num">{ total_text(to) }</td>
                                <td class="num">{ if d.unit == Unit::Points && d.total_change == 0 && !d.movers.is_empty() { "0".to_string() } else { signed(d.total_change) } }</td>
                                <td class="handout-where">
                                    <StackedBarMini decomposition={d.clone()} width={220.0} font={12.0} />
                                    <span>{ lead(d) }</span>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <section class="handout-questions" aria-labelledby="discuss-heading">
                    <h2 id="discuss-heading">{ "Discuss" }</h2>
                    <ol>
                        { for QUESTIONS.iter().map(|q| html! {
                            <li>
                                <p class="q">{ q.question }</p>
                                <p class="a">{ q.answer }<span class="src">{ format!(" (Report, {})", q.source) }</span></p>
                            </li>
                        }) }
                    </ol>
                </section>
                <p class="handout-source">{ "Source: ASCA and the Arthur Liman Public Interest Program, Yale Law School, Aiming to Reduce Time-In-Cell (2016); figures as of fall 2015. Totals marked “at least” leave out jurisdictions that did not report part of the definition. " }{ full_url(&crate::state::href(&lab_view(&view, 0, None, Some(props.lesson + 1)))) }</p>
            </div>
            <section class="teacher-notes screen-only" aria-labelledby="notes-heading" data-testid="teacher-notes">
                <h2 id="notes-heading">{ "Teacher notes" }</h2>
                <dl>
                    { for lesson.steps.iter().map(|&i| html! {
                        <>
                            <dt>{ format!("Step {}: {}", i + 1, STEPS[i].title) }</dt>
                            <dd><strong>{ "What it shows: " }</strong>{ STEPS[i].shows }</dd>
                            <dd><strong>{ "The usual misreading: " }</strong>{ STEPS[i].misreading }</dd>
                        </>
                    }) }
                </dl>
            </section>
        </article>
    }
}
