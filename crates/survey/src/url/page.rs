//! The pages of the app and their URL tokens and menu labels.

/// Which page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// The explorer (main screen).
    #[default]
    Explorer,
    /// One jurisdiction's profile (needs `j`).
    Profile,
    /// Length of stay (Table 4).
    Stay,
    /// Men and women (Tables 5–6).
    Sex,
    /// Race and ethnicity (Tables 7–10).
    Race,
    /// Age (Tables 11–14).
    Age,
    /// Serious mental illness (Tables 15–18, Appendix C).
    Mental,
    /// Pregnant and transgender prisoners.
    Pregnancy,
    /// Facilities and cells (Table 1).
    Facilities,
    /// Reforms (Section VII).
    Reforms,
    /// The report's internal inconsistencies.
    Audit,
    /// Claim check.
    Claim,
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
        Page::Stay,
        Page::Sex,
        Page::Race,
        Page::Age,
        Page::Mental,
        Page::Pregnancy,
        Page::Facilities,
        Page::Reforms,
        Page::Audit,
        Page::Claim,
        Page::Lab,
        Page::About,
    ];

    /// URL token (`view=`).
    pub fn token(self) -> &'static str {
        match self {
            Page::Explorer => "explorer",
            Page::Profile => "profile",
            Page::Stay => "stay",
            Page::Sex => "sex",
            Page::Race => "race",
            Page::Age => "age",
            Page::Mental => "mental-illness",
            Page::Pregnancy => "pregnancy",
            Page::Facilities => "facilities",
            Page::Reforms => "reforms",
            Page::Audit => "audit",
            Page::Claim => "claim-check",
            Page::Lab => "lab",
            Page::About => "about",
        }
    }

    /// Navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Page::Explorer => "Explorer",
            Page::Profile => "Jurisdiction",
            Page::Stay => "Length of stay",
            Page::Sex => "Men & women",
            Page::Race => "Race & ethnicity",
            Page::Age => "Age",
            Page::Mental => "Mental illness",
            Page::Pregnancy => "Pregnant & transgender",
            Page::Facilities => "Facilities & cells",
            Page::Reforms => "Reforms",
            Page::Audit => "Audit",
            Page::Claim => "Claim check",
            Page::Lab => "Definition lab",
            Page::About => "About the data",
        }
    }

    /// Parses a `view=` token.
    pub fn from_token(s: &str) -> Option<Page> {
        Page::ALL.iter().copied().find(|p| p.token() == s)
    }
}
