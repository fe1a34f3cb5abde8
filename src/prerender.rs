//! Build-time server rendering of the default view into `index.html`, so the real figures show
//! before any WASM arrives — and with JavaScript off.
#![cfg(not(target_arch = "wasm32"))]

use crate::app::{App, AppProps};
use yew::LocalServerRenderer;

/// The default view as hydratable HTML.
pub fn default_view() -> String {
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps::default())
            .hydratable(true)
            .render(),
    )
}

/// Puts the default view inside `<main id="app" …>…</main>` of an HTML file (replacing what
/// was there) and marks it `data-prerendered`.
pub fn into_file(path: &str) -> Result<(), String> {
    let html = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let out = inject(&html, &default_view())?;
    std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))
}

/// Replaces the contents of the `<main id=app>` element (minified or not) with `body`.
pub fn inject(html: &str, body: &str) -> Result<String, String> {
    let start = html
        .find("<main id=app>")
        .or_else(|| html.find("<main id=\"app\">"))
        .ok_or("no <main id=\"app\"> in the page")?;
    let open_end = start + html[start..].find('>').ok_or("unterminated <main>")? + 1;
    let close = open_end + html[open_end..].find("</main>").ok_or("no </main>")?;
    Ok(format!(
        "{}<main id=\"app\" data-prerendered>{body}{}",
        &html[..start],
        &html[close..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_into_minified_and_plain_pages() {
        assert_eq!(
            inject("<body><main id=app><p>x</p></main></body>", "Y").unwrap(),
            "<body><main id=\"app\" data-prerendered>Y</main></body>"
        );
        assert!(inject("<body><main id=\"app\"></main>", "Y")
            .unwrap()
            .contains(">Y</main>"));
        assert!(inject("<body></body>", "Y").is_err());
    }

    #[test]
    fn default_view_has_the_headline_and_the_table() {
        let html = default_view();
        assert!(html.contains("data-value=\"67442\""));
        assert!(html.contains("data-testid=\"results-table\""));
    }
}
