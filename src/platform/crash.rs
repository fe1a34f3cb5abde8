//! When something panics in the browser: show a readable message and a "reset view" link instead
//! of a frozen page, and still log the details to the console.

/// Installs the panic hook (browser only).
#[cfg(target_arch = "wasm32")]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Replaces the app with an error message, built with DOM calls (no HTML parsing of the message).
#[cfg(target_arch = "wasm32")]
pub fn show(detail: &str) {
    let Some((doc, root)) = app_root() else {
        return;
    };
    let build = || -> Option<web_sys::Element> {
        let box_ = alert(&doc, "error", "crash")?;
        let h = doc.create_element("h1").ok()?;
        h.set_text_content(Some("Something went wrong in this view"));
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some("The page hit an error it could not recover from. Your link may contain settings this version cannot show."));
        let a = doc.create_element("a").ok()?;
        a.set_attribute("href", "?").ok()?;
        a.set_text_content(Some("Reset the view"));
        let d = doc.create_element("pre").ok()?;
        d.set_text_content(Some(detail));
        for c in [&h, &p, &a, &d] {
            box_.append_child(c).ok()?;
        }
        Some(box_)
    };
    if let Some(b) = build() {
        root.set_inner_html("");
        let _ = root.append_child(&b);
    }
}

/// When the data cannot be fetched or read: the prerendered page stays (it holds the view's
/// figures), a message above it says why its controls do not respond and offers a reload, and the
/// page is marked `<html data-failed>` so the boot script stops holding taps.
#[cfg(target_arch = "wasm32")]
pub fn unavailable(detail: &str) {
    let Some((doc, root)) = app_root() else {
        return;
    };
    let build = || -> Option<web_sys::Element> {
        let box_ = alert(&doc, "notice", "data-unavailable")?;
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(&format!(
            "The survey's data could not be loaded ({detail}), so this page's controls do not respond. The figures shown are the page as published. "
        )));
        let a = doc.create_element("a").ok()?;
        a.set_attribute("href", &doc.location()?.href().ok()?)
            .ok()?;
        a.set_text_content(Some("Reload the page to try again."));
        p.append_child(&a).ok()?;
        box_.append_child(&p).ok()?;
        Some(box_)
    };
    if let Some(b) = build() {
        let _ = root.insert_before(&b, root.first_child().as_ref());
    }
    if let Some(el) = doc.document_element() {
        let _ = el.set_attribute("data-failed", "");
    }
}

/// The document and the element the app renders into (`#app`, else the body).
#[cfg(target_arch = "wasm32")]
fn app_root() -> Option<(web_sys::Document, web_sys::Element)> {
    let doc = web_sys::window()?.document()?;
    let root = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))?;
    Some((doc, root))
}

/// An empty `role="alert"` box with its class and test id.
#[cfg(target_arch = "wasm32")]
fn alert(doc: &web_sys::Document, class: &str, testid: &str) -> Option<web_sys::Element> {
    let box_ = doc.create_element("div").ok()?;
    box_.set_attribute("role", "alert").ok()?;
    box_.set_attribute("class", class).ok()?;
    box_.set_attribute("data-testid", testid).ok()?;
    Some(box_)
}
