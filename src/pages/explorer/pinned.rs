//! Pinned jurisdictions side by side: the current definition and how each hour band adds up.

use crate::components::link::ProfileLink;
use crate::state::{use_static, Action};
use std::rc::Rc;
use survey::data::format::{percent, thousands};
use survey::engine::{Status, Summary};
use survey::url::ViewState;
use yew::prelude::*;

/// Props for [`Pinned`].
#[derive(Properties, PartialEq, Clone)]
pub struct PinnedProps {
    /// The engine's result.
    pub summary: Rc<Summary>,
    /// The view it belongs to (the pins).
    pub view: Rc<ViewState>,
}

/// Cards for the pinned jurisdictions (nothing when none is pinned).
#[function_component]
pub fn Pinned(props: &PinnedProps) -> Html {
    let ctx = use_static();
    let pins = props.view.explorer.compare.clone();
    if pins.is_empty() {
        return html! { <p class="hint">{ "Tip: pin jurisdictions with ☆ in the table to compare them side by side." }</p> };
    }
    html! {
        <section class="pinned" aria-labelledby="pinned-heading" data-testid="pinned">
            <h2 id="pinned-heading">{ "Side by side" }</h2>
            <div class="cards">
                { for pins.iter().filter_map(|c| props.summary.rows.iter().find(|r| &r.code == c)).map(|r| {
                    let store = ctx.dispatch.clone();
                    let code = r.code.clone();
                    let unpin = Callback::from(move |_| store.dispatch(Action::TogglePin(code.clone())));
                    let value = match (r.count, r.status) {
                        (Some(n), Status::AtLeast) => format!("at least {}", thousands(n)),
                        (Some(n), _) => thousands(n),
                        (None, Status::Missing(g)) => g.label().to_string(),
                        (None, _) => "not reported".into(),
                    };
                    html! {
                        <article class="card" data-code={r.code.clone()}>
                            <h3><ProfileLink code={r.code.clone()}>{ r.name.clone() }</ProfileLink></h3>
                            <p class="card-figure">{ value }</p>
                            if let Some(p) = r.percent { <p>{ format!("{} of {} in custody", percent(p, 1), r.denominator.map(thousands).unwrap_or_default()) }</p> }
                            if let Some(rank) = r.rank { <p>{ format!("Rank {rank} by percent") }</p> }
                            <button type="button" onclick={unpin} aria-label={format!("Unpin {}", r.name)}>{ "Unpin" }</button>
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}
