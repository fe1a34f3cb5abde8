//! The mental-illness page's chart: small multiples, one panel per jurisdiction, each on its own
//! scale.

use std::rc::Rc;
use survey::chart::bars::share_bar;
use survey::data::format::{coord, fixed};
use survey::sections::mental_illness::{self, SmiCounts, SmiRow};
use yew::prelude::*;

/// Props for [`Panels`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct PanelsProps {
    pub(super) rows: Rc<Vec<SmiRow>>,
}

/// Small multiples, one per jurisdiction, alphabetical, each on its own scale.
#[function_component]
pub(super) fn Panels(props: &PanelsProps) -> Html {
    const W: f64 = 200.0;
    let bar = |label: &str, y: f64, c: &Option<SmiCounts>| -> Html {
        let b = c
            .as_ref()
            .and_then(|c| Some(share_bar(c.smi_rh?, c.smi_custodial?, W)));
        let value = match (&b, c) {
            (Some(b), _) => b.label.clone(),
            (None, None) => "not in the table".to_string(),
            (None, Some(_)) => "not reported".to_string(),
        };
        html! {
            <g>
                <text x="0" y={coord(y + 12.0)} class="panel-sex">{ label.to_string() }</text>
                <text x={coord(W)} y={coord(y + 12.0)} text-anchor="end" class={classes!("panel-value", b.is_none().then_some("missing-text"))}>{ value }</text>
                if let Some(b) = b.filter(|b| b.whole > 0) {
                    <rect x="0" y={coord(y + 16.0)} width={fixed(b.width, 2)} height="10" class="band-16" />
                    <rect x="0" y={coord(y + 16.0)} width={fixed(b.part_width, 2)} height="10" class="band-22" />
                }
            </g>
        }
    };
    html! {
        <ul class="smi-panels" data-testid="smi-panels">
            { for props.rows.iter().map(|r| {
                let desc = format!("{}. {}.", mental_illness::describe_share("Men", r.men.as_ref()), mental_illness::describe_share("Women", r.women.as_ref()));
                let id = format!("panel-{}", r.code);
                html! {
                    <li data-code={r.code.clone()}>
                        <svg viewBox="0 0 200 80" role="img" aria-labelledby={format!("{id}-t {id}-d")} class="smi-panel">
                            <title id={format!("{id}-t")}>{ r.name.clone() }</title>
                            <desc id={format!("{id}-d")}>{ desc }</desc>
                            <text x="0" y="14" class="panel-name">{ r.name.clone() }</text>
                            { bar("Men", 18.0, &r.men) }
                            { bar("Women", 50.0, &r.women) }
                        </svg>
                    </li>
                }
            }) }
        </ul>
    }
}
