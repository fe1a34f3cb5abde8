//! The document title and the announcement of each view, as pure functions of the URL state: every
//! view and every jurisdiction gets a title of its own (issue 15), so browser tabs, history and
//! screen readers can tell them apart.

use crate::url::query::ViewState;
use crate::url::route::Route;

/// The site's name, the last part of every title.
pub const SITE: &str = "Time-In-Cell Explorer";

/// The heading-like name of a view: the page label, the jurisdiction's name for a profile, and
/// the definition where the page shows counts under it.
pub fn view_name(view: &ViewState, jurisdiction_name: Option<&str>) -> String {
    match &view.route {
        Route::Profile { j } => match jurisdiction_name {
            Some(n) => format!("{n}: profile"),
            None => format!("{j}: profile"),
        },
        Route::Explorer => {
            let mut d = view.definition.describe();
            if let Some(f) = d.get_mut(0..1) {
                f.make_ascii_uppercase();
            }
            d
        }
        Route::Reforms { kind: Some(k) } => format!("Reforms: {}", k.label()),
        Route::Lab { step, .. } if *step > 0 => format!("Definition lab, step {}", step + 1),
        r => r.page().label().to_string(),
    }
}

/// `document.title` for a view: "Texas: profile · Time-In-Cell Explorer".
pub fn document_title(view: &ViewState, jurisdiction_name: Option<&str>) -> String {
    format!("{} · {SITE}", view_name(view, jurisdiction_name))
}

/// What a screen reader is told after an in-page change of view.
pub fn announcement(view: &ViewState, jurisdiction_name: Option<&str>) -> String {
    format!("Now showing: {}", view_name(view, jurisdiction_name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::Hours;
    use crate::url::page::Page;

    #[test]
    fn every_page_and_jurisdiction_has_its_own_title() {
        let mut titles: Vec<String> = Page::ALL
            .iter()
            .filter(|&&p| p != Page::Profile)
            .map(|&p| {
                let v = ViewState::default().with_page(p).unwrap();
                document_title(&v, Some("Texas"))
            })
            .collect();
        let v = |j| ViewState::default().with_route(Route::Profile { j });
        titles.push(document_title(&v("CA".into()), Some("California")));
        let n = titles.len();
        titles.sort();
        titles.dedup();
        assert_eq!(titles.len(), n, "{titles:?}");
        assert!(titles.iter().all(|t| t.ends_with(SITE)));
        assert_eq!(
            document_title(&v("TX".into()), Some("Texas")),
            "Texas: profile · Time-In-Cell Explorer"
        );
    }

    #[test]
    fn the_explorer_title_names_the_definition() {
        let mut v = ViewState::default();
        let a = document_title(&v, None);
        v.definition.hours = Hours::H16;
        let b = document_title(&v, None);
        assert_ne!(a, b);
        assert!(a.starts_with("People held in-cell 22"), "{a}");
        assert!(announcement(&v, None).starts_with("Now showing: People"));
    }
}
