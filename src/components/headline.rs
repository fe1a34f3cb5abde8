//! The headline figure: how many people the current definition counts, and across how many places.

use survey::format::thousands;
use yew::prelude::*;

/// Props for [`Headline`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadlineProps {
    /// People counted.
    pub total: u64,
    /// Jurisdictions the total rests on.
    pub jurisdictions: usize,
    /// Jurisdictions surveyed.
    pub surveyed: usize,
    /// The definition in words, e.g. "22 hours or more a day, for 15 days or more".
    pub definition: AttrValue,
}

/// The big number at the top of the explorer.
#[function_component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let HeadlineProps { total, jurisdictions, surveyed, definition } = props.clone();
    html! {
        <section class="headline" aria-labelledby="headline-figure">
            <p id="headline-figure" class="headline-figure" data-testid="headline-total">
                { thousands(total) }
            </p>
            <p class="headline-text">
                { "people were held in their cells " }{ definition }
                { format!(" in the fall of 2015, across {jurisdictions} of {surveyed} jurisdictions.") }
            </p>
        </section>
    }
}
