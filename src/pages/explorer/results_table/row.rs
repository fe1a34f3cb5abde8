//! One row of the explorer's table: its pin button, its cells ("not reported" spelled out, the
//! custodial population with the report's "*"), and its figures' provenance.

use super::secondary;
use crate::components::endnotes::NoteMarkers;
use crate::components::link::ProfileLink;
use crate::components::provenance::figure_button;
use crate::platform::settle::Same;
use crate::state::{use_static, Action};
use std::rc::Rc;
use survey::data::format::{percent, thousands};
use survey::engine::definition::Hours;
use survey::engine::explore::SortColumn;
use survey::engine::{JurisdictionResult, Status, Summary};
use yew::prelude::*;

fn cell_count(n: Option<u64>, r: &JurisdictionResult) -> Html {
    match (n, r.status) {
        (Some(n), _) => html! { { thousands(n) } },
        (None, Status::Missing(g)) => html! { <span class="missing">{ g.label() }</span> },
        (None, _) => html! { <span class="missing">{ "not reported" }</span> },
    }
}

#[derive(Properties, PartialEq, Clone)]
pub(super) struct RowProps {
    pub(super) summary: Same<Summary>,
    /// Index of the row in `summary.rows`.
    pub(super) index: usize,
    pub(super) pinned: bool,
    pub(super) onnote: Callback<u32>,
    pub(super) onprov: Callback<survey::checks::provenance::Provenance>,
}

/// One row of the table, showing `summary.rows[index]`. Its own component so that pinning another
/// row does not re-render it (issue 8); a sort or a filter hands each row position a new `index`
/// and the row rewrites its texts and attributes in place (issue 13).
#[function_component]
pub(super) fn Row(props: &RowProps) -> Html {
    let ctx = use_static();
    let summary = &props.summary.0;
    let Some(r) = summary.rows.get(props.index) else {
        return html! {};
    };
    let def = summary.definition;
    let bands = def.hours != Hours::H22;
    let pinned = props.pinned;
    let toggle = {
        let (store, code) = (ctx.dispatch.clone(), r.code.clone());
        Callback::from(move |_| store.dispatch(Action::TogglePin(code.clone())))
    };
    let at_least = r.status == Status::AtLeast;
    let (onnote, onprov) = (props.onnote.clone(), props.onprov.clone());
    html! {
        <tr class={classes!(pinned.then_some("pinned"), matches!(r.status, Status::Missing(_)).then_some("row-missing"))} data-code={r.code.clone()}>
            <td class="pin-col">
                <button type="button" class="pin" aria-pressed={pinned.to_string()} onclick={toggle}
                    aria-label={format!("Pin {} to compare", r.name)} title="Pin to compare">{ if pinned { "★" } else { "☆" } }</button>
            </td>
            <th scope="row">
                <ProfileLink code={r.code.clone()}>{ r.name.clone() }</ProfileLink>
                <NoteMarkers notes={r.notes.clone()} onopen={onnote} />
                if r.alternative_used { <span class="tag">{ "alternative" }</span> }
            </th>
            if bands {
                <td class={classes!("num", secondary(SortColumn::H22))}>{ cell_count(r.h22, r) }</td>
                <td class={classes!("num", secondary(SortColumn::H20))}>{ band_cell(r.h20_21, r) }</td>
                if def.hours == Hours::H16 { <td class={classes!("num", secondary(SortColumn::H16))}>{ band_cell(r.h16_19, r) }</td> }
            }
            <td class="num" data-testid={format!("count-{}", r.code)}>
                if r.count.is_some() {
                    { figure_button(row_prov(&ctx.app.data, &props.summary, props.index, false, &onprov), format!("prov-count-{}", r.code).into(),
                        &format!("{}{} people, {}", if at_least { "at least " } else { "" }, r.count.map(thousands).unwrap_or_default(), r.name),
                        html! { <>
                            if at_least { <span class="at-least" title="At least: 16–21 hour bands not reported">{ "≥ " }</span> }
                            { cell_count(r.count, r) }
                        </> }) }
                } else { { cell_count(r.count, r) } }
            </td>
            { denominator_cell(&ctx.app.data, &def, r) }
            <td class="num col-percent" data-testid={format!("percent-{}", r.code)}>
                { match r.percent {
                    Some(p) => figure_button(row_prov(&ctx.app.data, &props.summary, props.index, true, &onprov), format!("prov-percent-{}", r.code).into(),
                        &format!("{}{} of {}'s prisoners", if at_least { "at least " } else { "" }, percent(p, 1), r.name),
                        html! { <>{ if at_least { "≥ " } else { "" } }{ percent(p, 1) }</> }),
                    None => html! {},
                } }
            </td>
        </tr>
    }
}

/// What activating a row's count (or percent) does: show its provenance, built then — not on
/// every render of the row (issue 13: two provenances per row per definition change or sort).
fn row_prov(
    data: &Rc<survey::Dataset>,
    summary: &Same<Summary>,
    index: usize,
    percent: bool,
    onprov: &Callback<survey::checks::provenance::Provenance>,
) -> Callback<MouseEvent> {
    let (data, summary, onprov) = (data.clone(), summary.0.clone(), onprov.clone());
    Callback::from(move |_| {
        use survey::checks::provenance::{of_count, of_percent};
        if let Some(r) = summary.rows.get(index) {
            let def = summary.definition;
            onprov.emit(if percent {
                of_percent(&data, r, &def)
            } else {
                of_count(&data, r, &def)
            });
        }
    })
}

/// The custodial population a row's percent uses, with the report's "*" where only the reporting
/// facilities are counted (the reason in a tooltip and for screen readers).
fn denominator_cell(
    data: &survey::Dataset,
    def: &survey::engine::definition::Definition,
    r: &JurisdictionResult,
) -> Html {
    let Some(n) = r.denominator else {
        return html! { <td class={classes!("num", secondary(SortColumn::Denominator))}></td> };
    };
    let d = survey::engine::coverage::row_denominator(data, def, &r.code);
    html! {
        <td class={classes!("num", "denominator", secondary(SortColumn::Denominator))} title={d.detail.clone()} data-testid={format!("denominator-{}", r.code)}>
            { thousands(n) }
            if d.star { <span class="star" aria-hidden="true">{ "*" }</span><span class="visually-hidden">{ format!(" ({})", d.detail) }</span> }
        </td>
    }
}

fn band_cell(n: Option<u64>, r: &JurisdictionResult) -> Html {
    match (n, r.status) {
        (Some(n), _) => html! { { thousands(n) } },
        (None, Status::Missing(_)) => html! {},
        (None, _) => html! { <span class="missing">{ "not reported" }</span> },
    }
}
