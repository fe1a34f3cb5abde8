//! The site title and the menu of pages.

use super::*;

/// The site title and the menu. On a phone the menu is a button that names the current page and
/// opens the grouped list (two taps to any page); on wider screens the groups are always shown.
/// Their links carry the current view (definition, pins…) to the other pages; a change of view
/// updates those targets one frame later, with the sections off screen (issue 8: nothing visible
/// changes, and thirteen links are not worth delaying the frame). A change of page marks the
/// current page at once and closes the menu.
#[function_component]
pub(super) fn Header() -> Html {
    let ctx = crate::state::use_app();
    let current = ctx.view().page();
    let (view, _) = crate::platform::settle::use_catch_up(ctx.view().clone(), false);
    let open = use_state_eq(|| false);
    {
        let open = open.clone();
        use_effect_with(ctx.view().route.clone(), move |_| open.set(false));
    }
    // Menu pages need no parameter, so every one has a route from any view; a page's list
    // filter (the search text) stays behind.
    let to = |p: Page| {
        let mut v = view.with_page(p).unwrap_or_default();
        v.explorer.search.clear();
        v
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                open.set(false);
                #[cfg(target_arch = "wasm32")]
                if let Some(b) = gloo::utils::document()
                    .get_element_by_id("menu-button")
                    .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
                {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <header class="site-header" {onkeydown}>
            <div class="header-bar">
                <p class="site-title"><Link to={to(Page::Explorer)}>{ "Time-In-Cell Explorer" }</Link></p>
                <button type="button" id="menu-button" class="menu-button" aria-expanded={open.to_string()} aria-controls="site-menu" onclick={toggle} data-testid="menu-button">
                    <span aria-hidden="true" class="menu-icon">{ if *open { "✕" } else { "☰" } }</span>
                    { "Menu" }<span class="menu-current">{ format!(" · {}", current.label()) }</span>
                </button>
            </div>
            <p class="tagline">{ "Restricted housing (“solitary confinement”) in U.S. prisons, fall 2015 — from the ASCA–Liman survey." }</p>
            <nav id="site-menu" aria-label="Views" class={classes!("site-nav", (*open).then_some("open"))} data-testid="site-nav">
                { for pages::MENU_GROUPS.iter().enumerate().map(|(i, (title, group))| html! {
                    <div class="nav-group">
                        <p class="nav-group-title" id={format!("nav-group-{i}")}>{ *title }</p>
                        <ul aria-labelledby={format!("nav-group-{i}")}>
                            { for group.iter().map(|&p| html! {
                                <li><Link to={to(p)} current={current == p}>{ p.label() }</Link></li>
                            }) }
                        </ul>
                    </div>
                }) }
            </nav>
        </header>
    }
}
