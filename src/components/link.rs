//! An in-app link: a real `<a href="?…">` (copyable, opens in a new tab) that navigates in place.

use crate::state::{use_static, Action};
use survey::url::ViewState;
use yew::prelude::*;

/// Props for [`Link`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinkProps {
    /// The view to open.
    pub to: ViewState,
    /// Marks the link as the current page.
    #[prop_or_default]
    pub current: bool,
    /// Extra CSS classes.
    #[prop_or_default]
    pub class: Classes,
    /// Link content.
    #[prop_or_default]
    pub children: Html,
}

/// A link to another view of the app.
#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    // The static context: a view change re-renders a link only if its own target changed.
    let ctx = use_static();
    let href = crate::state::href(&props.to);
    let onclick = {
        let (to, store, bundle) = (props.to.clone(), ctx.dispatch.clone(), ctx.app.bundle);
        Callback::from(move |e: MouseEvent| {
            // Pages of the other bundle load as ordinary pages (see `state::Bundle`).
            if e.ctrl_key()
                || e.meta_key()
                || e.shift_key()
                || e.button() != 0
                || !(bundle.has)(to.page())
            {
                return;
            }
            e.prevent_default();
            store.dispatch(Action::Go(to.clone()));
        })
    };
    html! {
        <a {href} {onclick} class={props.class.clone()} aria-current={props.current.then_some("page")}>{ props.children.clone() }</a>
    }
}
