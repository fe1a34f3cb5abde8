//! Build-time server rendering: one document per view. The explorer is rendered (hydratable) into
//! the site root's `index.html`; every other page into `<token>/index.html` and every
//! jurisdiction's profile into `profile/<CODE>/index.html` (the folders of `Route::path`), each
//! with its own title, description and link-preview tags and a `<base href>` pointing back at the
//! root, so the right page shows before any WASM arrives — and with JavaScript off — from any
//! sub-path of any static host, without rewrite rules.
#![cfg(not(target_arch = "wasm32"))]

use crate::app::{App, AppProps};
use survey::url::{titles, Page, Route, ViewState};
use survey::Dataset;
use yew::LocalServerRenderer;

/// The default view as hydratable HTML.
pub fn default_view() -> String {
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps::default())
            .hydratable(true)
            .render(),
    )
}

/// A route's view as hydratable HTML (its bundle hydrates it once the report's text is
/// there; rendered natively with the whole dataset, text included, so the two match).
pub fn view_of(route: &Route) -> String {
    let props = AppProps {
        path: route.path().into(),
        ..AppProps::default()
    };
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(true)
            .render(),
    )
}

/// Every route the build writes a document for, with the jurisdiction's name for a profile: the
/// explorer, each page of the menu, each jurisdiction's profile.
pub fn routes(data: &Dataset) -> Vec<(Route, Option<String>)> {
    let pages = Page::ALL
        .into_iter()
        .filter_map(|p| Route::Explorer.to_page(p))
        .map(|r| (r, None));
    let profiles = data
        .jurisdictions
        .iter()
        .map(|j| (Route::Profile { j: j.code.clone() }, Some(j.full_name())));
    pages.chain(profiles).collect()
}

/// Writes every view's document under `dir`, from the built `dir/index.html` (the template:
/// Trunk's page with the boot script). Returns how many documents were written.
pub fn into_site(dir: &str) -> Result<usize, String> {
    let index = format!("{dir}/index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{index}: {e}"))?;
    let data = Dataset::embedded().map_err(|e| e.to_string())?;
    let routes = routes(&data);
    for (route, name) in &routes {
        let view = ViewState::default().with_route(route.clone());
        let body = if *route == Route::Explorer {
            default_view()
        } else {
            view_of(route)
        };
        let html = document(&template, &view, name.as_deref(), &body)?;
        let folder = format!("{dir}/{}", route.path());
        std::fs::create_dir_all(&folder).map_err(|e| format!("{folder}: {e}"))?;
        let file = format!("{folder}index.html");
        std::fs::write(&file, html).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(routes.len())
}

/// The document of one view: `template` with the view's `body` in `<main id="app">`, its own
/// title, description and Open Graph tags, and a `<base href>` from its folder to the site root.
pub fn document(
    template: &str,
    view: &ViewState,
    jurisdiction_name: Option<&str>,
    body: &str,
) -> Result<String, String> {
    let title = escape(&titles::document_title(view, jurisdiction_name));
    let description = escape(&titles::description(view, jurisdiction_name));
    let depth = view.route.path().matches('/').count();
    let base = if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    };
    let html = inject(template, &view.route.path(), body)?;
    let html = replace_element(
        &html,
        "<title>",
        "</title>",
        &format!("<title>{title}</title>"),
    )?;
    let tags = format!(
        "<meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"{}\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta name=\"twitter:card\" content=\"summary\">",
        titles::SITE
    );
    let html = replace_tag(&html, &["name=description", "name=\"description\""], &tags)?;
    // First in <head> after the charset, before anything with a URL.
    let charset = html
        .find("<meta charset")
        .ok_or("no <meta charset> in the page")?;
    let after = charset + html[charset..].find('>').ok_or("unterminated <meta>")? + 1;
    Ok(format!(
        "{}<base href=\"{base}\">{}",
        &html[..after],
        &html[after..]
    ))
}

/// Escapes text for an HTML attribute or element.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces the element from `open` to `close` (inclusive) with `with`.
fn replace_element(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or(format!("no {open} in the page"))?;
    let end = start + html[start..].find(close).ok_or(format!("no {close}"))? + close.len();
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// Replaces the whole tag holding any of `marks` (minified or not) with `with`.
fn replace_tag(html: &str, marks: &[&str], with: &str) -> Result<String, String> {
    let at = marks
        .iter()
        .find_map(|m| html.find(m))
        .ok_or(format!("no tag with {marks:?} in the page"))?;
    let start = html[..at].rfind('<').ok_or("no tag start")?;
    let end = at + html[at..].find('>').ok_or("unterminated tag")? + 1;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// Replaces the contents of the `<main id=app>` element (minified or not) with `body`, the view
/// of the folder `path` (`reforms/`, `""` at the root), which the element names
/// (`data-prerendered="reforms/"`): the app hydrates a document only where it was built for the
/// address it is at (see `crate::start`).
pub fn inject(html: &str, path: &str, body: &str) -> Result<String, String> {
    let start = html
        .find("<main id=app>")
        .or_else(|| html.find("<main id=\"app\">"))
        .ok_or("no <main id=\"app\"> in the page")?;
    let open_end = start + html[start..].find('>').ok_or("unterminated <main>")? + 1;
    let close = open_end + html[open_end..].find("</main>").ok_or("no </main>")?;
    Ok(format!(
        "{}<main id=\"app\" data-prerendered=\"{}\">{body}{}",
        &html[..start],
        escape(path),
        &html[close..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta content=\"Old.\" name=description><title>Time-In-Cell Explorer</title><link href=./style.css rel=stylesheet></head><body><main id=app></main></body></html>";

    #[test]
    fn injects_into_minified_and_plain_pages() {
        assert_eq!(
            inject("<body><main id=app><p>x</p></main></body>", "", "Y").unwrap(),
            "<body><main id=\"app\" data-prerendered=\"\">Y</main></body>"
        );
        assert!(inject("<body><main id=\"app\"></main>", "reforms/", "Y")
            .unwrap()
            .contains(" data-prerendered=\"reforms/\">Y</main>"));
        assert!(inject("<body></body>", "", "Y").is_err());
    }

    #[test]
    fn default_view_has_the_headline_and_the_table() {
        let html = default_view();
        assert!(html.contains("data-value=\"67442\""));
        assert!(html.contains("data-testid=\"results-table\""));
    }

    #[test]
    fn each_document_has_its_own_head_and_a_base_back_to_the_root() {
        let view = ViewState::default().with_route(Route::Profile { j: "TX".into() });
        let doc = document(PAGE, &view, Some("Texas"), "<h1>Texas</h1>").unwrap();
        assert!(
            doc.contains("<meta charset=utf-8><base href=\"../../\">"),
            "{doc}"
        );
        assert!(doc.contains("<title>Texas: profile · Time-In-Cell Explorer</title>"));
        assert!(!doc.contains("Old."));
        assert!(doc.contains("<meta name=\"description\" content=\"Texas: "));
        assert!(doc.contains("<meta property=\"og:title\" content=\"Texas: profile · "));
        assert!(
            doc.contains("<main id=\"app\" data-prerendered=\"profile/TX/\"><h1>Texas</h1></main>")
        );
        let reforms = ViewState::default().with_page(Page::Reforms).unwrap();
        let doc = document(PAGE, &reforms, None, "").unwrap();
        assert!(doc.contains("<base href=\"../\">"));
        assert!(doc.contains("<title>Reforms · "));
        let root = document(PAGE, &ViewState::default(), None, "").unwrap();
        assert!(root.contains("<base href=\"./\">"));
        assert!(document("<html><body></body></html>", &reforms, None, "").is_err());
    }

    #[test]
    fn every_page_and_jurisdiction_gets_a_document_with_its_heading() {
        let data = Dataset::embedded().unwrap();
        let routes = routes(&data);
        assert_eq!(routes.len(), 13 + data.jurisdictions.len());
        let paths: std::collections::HashSet<String> =
            routes.iter().map(|(r, _)| r.path()).collect();
        assert_eq!(paths.len(), routes.len(), "one folder per route");
        let reforms = view_of(&Route::Reforms { kind: None });
        assert!(reforms.contains("<h1"), "the reforms page renders");
        let tx = view_of(&Route::Profile { j: "TX".into() });
        assert!(tx.contains("Texas"));
    }
}
