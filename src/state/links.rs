//! Where a view leads: its address (the href every link uses) and a jurisdiction's profile view
//! built from it.

use survey::engine::explore::Sort;
use survey::url::{self, Route, ViewState};

/// The href for a view: its address relative to the site root (`reforms/?kind=time_caps`,
/// `profile/TX/`, `?hours=16`, `./` for the default view), which every document's `<base href>`
/// resolves from any sub-path (see `platform::address`).
pub fn href(v: &ViewState) -> String {
    let a = url::to_address(v);
    if a.is_empty() {
        "./".into()
    } else {
        a
    }
}

/// `view` showing a jurisdiction's profile: the definition, pins and the rest of the view go with
/// it; the explorer table's sort, search and column choice do not (they say nothing about a profile, and leaving
/// them out means a re-sort does not change every row's link: issue 8).
pub fn profile_of(view: &ViewState, code: &str) -> ViewState {
    let mut v = view.clone();
    v.route = Route::Profile {
        j: code.to_string(),
    };
    v.explorer.sort = Sort::default();
    v.explorer.search.clear();
    v.explorer.all_columns = false;
    v.open.clear();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use survey::engine::definition::Hours;
    use survey::engine::explore::SortColumn;
    use survey::url::Page;

    #[test]
    fn a_profile_link_keeps_the_definition_and_pins_but_not_the_table_sort_or_search() {
        let mut view = ViewState::default();
        view.definition.hours = Hours::H16;
        view.explorer.compare = vec!["TX".into(), "CA".into()];
        view.explorer.sort = Sort {
            column: SortColumn::Name,
            descending: false,
        };
        view.explorer.search = "tex".into();
        let p = profile_of(&view, "TX");
        assert_eq!(p.page(), Page::Profile);
        assert_eq!(p.route.jurisdiction(), Some("TX"));
        assert_eq!(p.definition.hours, Hours::H16);
        assert_eq!(p.explorer.compare, view.explorer.compare);
        assert_eq!(p.explorer.sort, Sort::default());
        assert!(p.explorer.search.is_empty());
        let q = href(&p);
        assert!(
            q.contains("hours=16")
                && q.starts_with("profile/TX/?")
                && !q.contains("sort")
                && !q.contains("q="),
            "{q}"
        );
    }
}
