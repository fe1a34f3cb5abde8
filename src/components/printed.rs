//! A figure as printed in the report, with what the tables give beside it whenever the two differ.

use survey::checks::printed::PrintedFigure;
use yew::prelude::*;

/// `81% · computed 80.6%`, `59,048 · the tables give 59,049`, or `54,382 ✓`. A figure the report
/// gives as a round approximation reads `almost 6,000 · computed 5,909`. `recomputed` is the words
/// before a recomputation that disagrees (e.g. "the tables give"); `testid` may be empty.
/// A plain function rather than a component: it has no state, and it keeps the bundle small.
pub fn printed_value(p: &PrintedFigure, testid: &str, recomputed: &str) -> Html {
    let testid = (!testid.is_empty()).then(|| testid.to_string());
    let computed = p.computed_text();
    let same = p.exact();
    let approximate = p.is_approximate();
    html! {
        <span class={classes!("printed", (!p.agrees() && !approximate).then_some("disagrees"))} data-testid={testid}
            data-printed={p.value.to_string()} data-figure={p.id.clone()}>
            <span class="printed-value">{ if approximate { format!("almost {}", p.text()) } else { p.text() } }</span>
            { match computed {
                Some(_) if same => html! { <span class="printed-check" title="Recomputed from the tables: the same"><span aria-hidden="true">{ " ✓" }</span><span class="visually-hidden">{ " (checked)" }</span></span> },
                Some(c) if p.agrees() || approximate => html! { <span class="printed-computed">{ format!(" · computed {c}") }</span> },
                Some(c) => html! { <span class="printed-computed">{ format!(" · {recomputed} {c}") }</span> },
                None => html! {},
            } }
        </span>
    }
}

/// Words before a recomputation from the tables that disagrees with the printed figure.
pub const TABLES_GIVE: &str = "the tables give";

/// One row of a [`printed_list`]: a label and a figure.
#[derive(PartialEq, Clone)]
pub struct PrintedItem {
    /// What the figure is, briefly.
    pub label: String,
    /// The figure.
    pub figure: PrintedFigure,
}

/// A definition list of printed figures, each with its page.
pub fn printed_list(items: &[PrintedItem]) -> Html {
    html! {
        <dl class="printed-list">
            { for items.iter().map(|i| html! {
                <div>
                    <dt>{ i.label.clone() }</dt>
                    <dd>{ printed_value(&i.figure, &format!("figure-{}", i.figure.id), TABLES_GIVE) }<span class="printed-page">{ format!(" ({})", i.figure.cite()) }</span></dd>
                </div>
            }) }
        </dl>
    }
}
