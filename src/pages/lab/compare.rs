//! Two definitions side by side (`a=…&b=…`): a picker for each, their totals, the charts of the
//! difference and the map of who changes.

use super::screen::use_width;
use super::text::{parts_list, total_html};
use super::{lab_view, Permalink, Visuals, LAB_SOURCE};
use crate::charts::lab::ChangeMapChart;
use crate::components::link::Link;
use crate::state::{use_app, Action};
use std::rc::Rc;
use survey::chart::lab::{mover_change_text, unit_text};
use survey::data::format::signed;
use survey::engine::decompose::{decompose, short_label};
use survey::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use survey::url::Route;
use yew::prelude::*;

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
pub(super) struct CompareProps {
    pub(super) a: Definition,
    pub(super) b: Definition,
}

/// Two definitions side by side.
#[function_component]
pub(super) fn Compare(props: &CompareProps) -> Html {
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
