//! The pages of the app — the one list everything else derives from: the menu, the URL tokens,
//! which bundle renders a page, the build's boot script.

/// Which page of the app. Each is named the same in the URL (`token`), here, in the app's
/// `src/pages/` module and in the menu (`label`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// The explorer (main screen).
    #[default]
    Explorer,
    /// One jurisdiction's profile (needs `j`).
    Profile,
    /// Length of stay (Table 4).
    LengthOfStay,
    /// Men and women (Tables 5–6).
    MenWomen,
    /// Race and ethnicity (Tables 7–10).
    Race,
    /// Age (Tables 11–14).
    Age,
    /// Serious mental illness (Tables 15–18, Appendix C).
    MentalIllness,
    /// Pregnant and transgender prisoners.
    Pregnancy,
    /// Facilities and cells (Table 1).
    Facilities,
    /// Reforms (Section VII).
    Reforms,
    /// The report's internal inconsistencies.
    Audit,
    /// Claim check.
    ClaimCheck,
    /// Definition lab.
    Lab,
    /// About the data.
    About,
}

impl Page {
    /// Every page, in menu order.
    pub const ALL: [Page; 14] = [
        Page::Explorer,
        Page::Profile,
        Page::LengthOfStay,
        Page::MenWomen,
        Page::Race,
        Page::Age,
        Page::MentalIllness,
        Page::Pregnancy,
        Page::Facilities,
        Page::Reforms,
        Page::Audit,
        Page::ClaimCheck,
        Page::Lab,
        Page::About,
    ];

    /// URL token (`view=`), the module name with `-` for `_`.
    pub fn token(self) -> &'static str {
        match self {
            Page::Explorer => "explorer",
            Page::Profile => "profile",
            Page::LengthOfStay => "length-of-stay",
            Page::MenWomen => "men-women",
            Page::Race => "race",
            Page::Age => "age",
            Page::MentalIllness => "mental-illness",
            Page::Pregnancy => "pregnancy",
            Page::Facilities => "facilities",
            Page::Reforms => "reforms",
            Page::Audit => "audit",
            Page::ClaimCheck => "claim-check",
            Page::Lab => "lab",
            Page::About => "about",
        }
    }

    /// Navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Page::Explorer => "Explorer",
            Page::Profile => "Jurisdiction",
            Page::LengthOfStay => "Length of stay",
            Page::MenWomen => "Men & women",
            Page::Race => "Race & ethnicity",
            Page::Age => "Age",
            Page::MentalIllness => "Mental illness",
            Page::Pregnancy => "Pregnant & transgender",
            Page::Facilities => "Facilities & cells",
            Page::Reforms => "Reforms",
            Page::Audit => "Audit",
            Page::ClaimCheck => "Claim check",
            Page::Lab => "Definition lab",
            Page::About => "About the data",
        }
    }

    /// Whether the navigation menu lists the page (a profile is reached from a jurisdiction).
    pub fn in_menu(self) -> bool {
        self != Page::Profile
    }

    /// Whether the small first-view bundle renders the page; every page is in the "views" bundle.
    /// Only the explorer: profiles moved to the views bundle (issue 13: 7 kB less in the first
    /// view, whose profile links open the profile as a page load).
    pub fn in_first_view(self) -> bool {
        matches!(self, Page::Explorer)
    }

    /// The menu, in order.
    pub fn menu() -> impl Iterator<Item = Page> {
        Page::ALL.into_iter().filter(|p| p.in_menu())
    }

    /// The `view=` values the first-view bundle renders, with `""` for a URL without one (the
    /// build's boot script loads the other bundle for every other value).
    pub fn first_view_tokens() -> Vec<&'static str> {
        std::iter::once("")
            .chain(
                Page::ALL
                    .into_iter()
                    .filter(|p| p.in_first_view())
                    .map(Page::token),
            )
            .collect()
    }

    /// Parses a current `view=` token (old tokens are migrated before: see `url::migrations`).
    pub fn from_token(s: &str) -> Option<Page> {
        Page::ALL.iter().copied().find(|p| p.token() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_round_trip() {
        for p in Page::ALL {
            assert_eq!(Page::from_token(p.token()), Some(p));
            assert_eq!(
                Page::ALL.iter().filter(|q| q.token() == p.token()).count(),
                1
            );
        }
    }

    #[test]
    fn the_menu_is_every_page_but_the_profile_and_the_first_view_is_the_explorer() {
        assert_eq!(Page::menu().count(), 13);
        assert!(!Page::menu().any(|p| p == Page::Profile));
        let first: Vec<Page> = Page::ALL
            .into_iter()
            .filter(|p| p.in_first_view())
            .collect();
        assert_eq!(first, [Page::Explorer]);
        assert_eq!(Page::first_view_tokens(), ["", "explorer"]);
    }
}
