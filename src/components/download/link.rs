//! A view's permalink: "Copy link", "Copy embed code", and the full address every download cites.

use super::*;

/// The address of the view shown relative to the site root, its permalink; `./` natively.
pub(crate) fn current_query() -> String {
    crate::platform::history::flush();
    crate::platform::address::current_href()
}

/// Writes text to the clipboard (browser only; a no-op natively).
pub fn copy_to_clipboard(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        // Await the promise so a refusal (no permission, page not focused) is handled, not thrown.
        let promise = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(text);
        yew::platform::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// The absolute URL of an address relative to the site root (an `href` of `state::href`) in the
/// browser; natively the address as it is.
pub fn full_url(address: &str) -> String {
    crate::platform::address::absolute(address)
}

/// Copies the current view's full URL to the clipboard.
#[function_component]
pub fn CopyLink() -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_| {
            crate::platform::history::flush();
            #[cfg(target_arch = "wasm32")]
            if let Ok(href) = gloo::utils::window().location().href() {
                copy_to_clipboard(&href);
            }
            copied.set(true);
        })
    };
    html! {
        <button type="button" class="copy-link" {onclick} data-testid="copy-link">{ if *copied { "Link copied" } else { "Copy link to this view" } }</button>
    }
}

/// Copies an `<iframe>` snippet that embeds the current view (embed mode: no site chrome, with its
/// source line and a link back).
#[function_component]
pub fn CopyEmbed() -> Html {
    let ctx = use_app();
    let copied = use_state(|| false);
    let mut v = ctx.view().clone();
    v.display.embed = true;
    // Relative in the DOM (identical in the prerendered HTML and the browser); absolute when copied.
    let label = v.page().label();
    let snippet = move |src: &str| {
        format!("<iframe src=\"{src}\" title=\"Time-In-Cell Explorer: {label}\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>")
    };
    let query = ctx.href(&v);
    let code = snippet(&query);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_| {
            copy_to_clipboard(&snippet(&full_url(&query)));
            copied.set(true);
        })
    };
    html! {
        <button type="button" {onclick} data-testid="copy-embed" data-code={code}>{ if *copied { "Embed code copied" } else { "Copy embed code" } }</button>
    }
}
