//! Table cells for a count the report may not have: the number with separators, or "not
//! reported" (never a zero), as the facilities, pregnancy and mental-illness tables show them.

use survey::data::format::thousands;
use yew::prelude::*;

/// A count's cell, or "not reported".
pub fn count_cell(n: Option<u64>) -> Html {
    match n {
        Some(v) => html! { <td class="num">{ thousands(v) }</td> },
        None => html! { <td class="missing">{ "not reported" }</td> },
    }
}

/// A count's cell in a table that stacks on a phone (`stack-on-phone` in style.css): `col` names
/// its column there.
pub fn stacked_count_cell(n: Option<u64>, col: &'static str) -> Html {
    match n {
        Some(v) => html! { <td class="num" data-col={col}>{ thousands(v) }</td> },
        None => html! { <td class="missing" data-col={col}>{ "not reported" }</td> },
    }
}
