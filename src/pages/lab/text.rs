//! How the lab writes a total and the parts of a change, shared by the walk, the comparison and
//! the handout.

use survey::chart::lab::unit_text;
use survey::data::format::{signed, thousands};
use survey::engine::decompose::{Decomposition, Part, PartKind, Unit};
use survey::engine::Summary;
use yew::prelude::*;

pub(super) fn total_text(s: &Summary) -> String {
    format!(
        "{}{}",
        if s.at_least { "at least " } else { "" },
        thousands(s.total)
    )
}

/// A total for a big figure: "at least" in small type above the number.
pub(super) fn total_html(s: &Summary) -> Html {
    html! {
        <>
            if s.at_least { <span class="at-least">{ "at least " }</span> }
            { thousands(s.total) }
        </>
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
pub(super) fn parts_list(d: &Decomposition) -> Html {
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
