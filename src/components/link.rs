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
            // Pages of another bundle load as ordinary pages (see `state::Bundle`).
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

/// Props for [`ProfileLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProfileLinkProps {
    /// The jurisdiction's code.
    pub code: AttrValue,
    /// Link content.
    #[prop_or_default]
    pub children: Html,
}

/// A link to a jurisdiction's profile under the reader's current definition and pins (see
/// [`crate::state::profile_of`]) whose markup does not depend on them, so a definition change
/// or a pin rewrites no link (issue 13: 120 `href`s per change before).
///
/// Decision: the `href` holds the profile alone (`?view=profile&j=TX`) until a pointer, a touch or
/// the focus reaches the link; then [`crate::platform::profile_links`] writes the full address
/// from the view on screen, so a click, a new tab, a copied link or a long press all get the
/// reader's definition. (Reading the definition from somewhere other than the URL was rejected:
/// a copied profile link must reproduce the view exactly.) A plain click in a bundle that renders
/// profiles opens the profile in place under the view current at that moment.
#[function_component]
pub fn ProfileLink(props: &ProfileLinkProps) -> Html {
    let ctx = use_static();
    let href = crate::state::href(&crate::state::profile_of(
        &ViewState::default(),
        &props.code,
    ));
    let onclick = open_profile(&ctx, props.code.to_string());
    html! {
        <a {href} {onclick} data-profile={props.code.clone()}>{ props.children.clone() }</a>
    }
}

/// The click handler of a definition-free profile link (see [`ProfileLink`]): in place when this
/// bundle renders profiles, otherwise the browser follows the `href` (written in full by then).
pub fn open_profile(ctx: &crate::state::AppStatic, code: String) -> Callback<MouseEvent> {
    let (store, bundle) = (ctx.dispatch.clone(), ctx.app.bundle);
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        if !(bundle.has)(survey::url::Page::Profile) {
            // A page load: the browser follows the href, made full here if nothing did before.
            #[cfg(target_arch = "wasm32")]
            crate::platform::profile_links::fill_from_event(&e);
            return;
        }
        e.prevent_default();
        store.dispatch(Action::OpenProfile(code.clone()));
    })
}
