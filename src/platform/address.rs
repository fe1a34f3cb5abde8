//! The page's address relative to the site root, the one place that reads it from the browser.
//!
//! Every document the build writes (`index.html` at the root, `reforms/index.html`,
//! `profile/TX/index.html`, …) carries a `<base href>` pointing at the site root (`./`, `../`,
//! `../../`). The browser resolves it once, when the page loads, and keeps it when history
//! changes the address bar, so every link, fetch and history entry written relative to the root
//! (`reforms/?kind=time_caps`, `data/table02.csv`) lands under it from any sub-path of any host.
//! Natively (server rendering, tests) the address is the root itself.

/// The current address relative to the site root: the path below the root (`reforms/`,
/// `profile/TX/`, `""` at the root) and the query (`?…` or `""`), followed by the fragment when
/// it holds a long claim (`survey::url::address_query`).
pub fn current() -> (String, String) {
    #[cfg(target_arch = "wasm32")]
    {
        let location = gloo::utils::window().location();
        let path = location.pathname().unwrap_or_default();
        let query = survey::url::address_query(
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        );
        let root = root_path();
        let rel = path.strip_prefix(&root).unwrap_or_default().to_string();
        (rel, query)
    }
    #[cfg(not(target_arch = "wasm32"))]
    (String::new(), String::new())
}

/// The current address as an `href` relative to the site root (`./` for the bare root).
pub fn current_href() -> String {
    let (path, query) = current();
    match format!("{path}{query}") {
        a if a.is_empty() => "./".into(),
        a => a,
    }
}

/// An address relative to the site root as an absolute URL, for copying and pasting elsewhere.
/// Natively it is returned as it is.
pub fn absolute(rel: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Ok(u) = web_sys::Url::new_with_base(rel, &base()) {
        return u.href();
    }
    rel.to_string()
}

/// The document's base URL (the site root, from `<base href>`; the page itself without one).
#[cfg(target_arch = "wasm32")]
fn base() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// The site root's path, ending in `/`.
#[cfg(target_arch = "wasm32")]
fn root_path() -> String {
    let path = web_sys::Url::new(&base())
        .map(|u| u.pathname())
        .unwrap_or_else(|_| "/".into());
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".into(),
    }
}
