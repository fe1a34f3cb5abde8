//! Notices about the URL: what was unknown or malformed and what is shown instead.

use crate::state::{use_app, Action};
use yew::prelude::*;

/// The notice box, shown only when the URL had problems.
#[function_component]
pub fn Notices() -> Html {
    let ctx = use_app();
    let notices = &ctx.store.notices;
    if notices.is_empty() {
        return html! {};
    }
    let dismiss = {
        let store = ctx.store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissNotices))
    };
    html! {
        <div class="notice" role="status" data-testid="url-notice">
            <p><strong>{ "Some settings in this link could not be used." }</strong></p>
            <ul>{ for notices.iter().map(|n| html! { <li>{ n.0.clone() }</li> }) }</ul>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
