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

/// The report every page draws on, as descriptions name it.
const REPORT: &str = "the 2016 ASCA–Liman survey of restricted housing in U.S. prisons";

/// The one-sentence summary of a view for `<meta name="description">` and link previews
/// (`og:description`): what the page shows and where it comes from, in plain words.
pub fn description(view: &ViewState, jurisdiction_name: Option<&str>) -> String {
    use crate::url::page::Page;
    match &view.route {
        Route::Profile { j } => format!(
            "{}: how many people it held in restricted housing in fall 2015 under each definition, from {REPORT}, with the table and page of every figure.",
            jurisdiction_name.unwrap_or(j)
        ),
        r => match r.page() {
            Page::Explorer | Page::Profile => format!(
                "Explore {REPORT} (solitary confinement): every table, every caveat, and how the definition changes the count."
            ),
            Page::LengthOfStay => format!("How long people had been held in restricted housing on October 1, 2015, by jurisdiction (Table 4 of {REPORT})."),
            Page::MenWomen => format!("Men and women in restricted housing, each as a share of their own prison population (Tables 5 and 6 of {REPORT})."),
            Page::Race => format!("Race and ethnicity of people in restricted housing and of the whole prison population, for men and for women (Tables 7–10 of {REPORT})."),
            Page::Age => format!("Ages of people in restricted housing and of the whole prison population, for men and for women (Tables 11–14 of {REPORT})."),
            Page::MentalIllness => format!("People with a serious mental illness in restricted housing, beside each system's own definition of it (Tables 15–18 and Appendix C of {REPORT})."),
            Page::Pregnancy => format!("Pregnant and transgender prisoners in restricted housing, as counts (Section VI.D.3 of {REPORT})."),
            Page::Facilities => format!("Which kinds of facility each prison system runs and for which it counted restricted housing (Table 1 of {REPORT})."),
            Page::Reforms => format!("The changes to restricted housing that prison systems reported, by kind (Section VII of {REPORT})."),
            Page::Audit => format!("Where the printed figures of {REPORT} disagree with each other, shown and never silently fixed."),
            Page::ClaimCheck => format!("Check a sentence that quotes a number against {REPORT}: each figure with its verdict and source."),
            Page::Lab => format!("Step by step, how the definition of restricted housing changes the count, from {REPORT}; for classrooms and projectors."),
            Page::About => format!("The sources, definitions, decisions and data files behind this explorer of {REPORT}."),
        },
    }
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
        crate::sort::sort(&mut titles);
        titles.dedup();
        assert_eq!(titles.len(), n, "{titles:?}");
        assert!(titles.iter().all(|t| t.ends_with(SITE)));
        assert_eq!(
            document_title(&v("TX".into()), Some("Texas")),
            "Texas: profile · Time-In-Cell Explorer"
        );
    }

    #[test]
    fn every_page_has_its_own_short_description() {
        let mut all: Vec<String> = Page::ALL
            .iter()
            .filter(|&&p| p != Page::Profile)
            .map(|&p| description(&ViewState::default().with_page(p).unwrap(), None))
            .collect();
        let tx = ViewState::default().with_route(Route::Profile { j: "TX".into() });
        let d = description(&tx, Some("Texas"));
        assert!(d.starts_with("Texas: "), "{d}");
        all.push(d);
        let n = all.len();
        assert!(
            all.iter()
                .all(|d| d.chars().count() <= 200 && d.ends_with('.')),
            "{all:?}"
        );
        crate::sort::sort(&mut all);
        all.dedup();
        assert_eq!(all.len(), n);
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
