//! The application shell: loads the dataset once and renders the current view.

use crate::components::headline::Headline;
use std::rc::Rc;
use survey::Dataset;
use yew::prelude::*;

/// The root component.
#[function_component]
pub fn App() -> Html {
    let data = use_memo((), |_| Dataset::embedded().map(Rc::new));
    match &*data {
        Ok(data) => {
            let (total, n) = data.column_sum(2, "rh_population").unwrap_or((0, 0));
            html! {
                <>
                    <header class="site-header">
                        <h1>{ "Time-In-Cell Explorer" }</h1>
                        <p class="tagline">{ "Restricted housing (“solitary confinement”) in U.S. prisons, from the 2016 ASCA–Liman survey." }</p>
                    </header>
                    <Headline total={total} jurisdictions={n} surveyed={data.jurisdictions.len()}
                        definition="22 hours or more a day for 15 days or more" />
                </>
            }
        }
        Err(e) => html! {
            <div role="alert" class="error">
                <h1>{ "The data could not be read" }</h1>
                <p>{ e.to_string() }</p>
            </div>
        },
    }
}
