//! The pages of the app — the one list everything else derives from: the menu, the URL tokens,
//! which bundle renders a page, the build's boot script.

use crate::data::parts::{Part, Parts};

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

/// A WASM bundle: a page, or pages that share most of their code, compiled into one module
/// (wasm-bindgen cannot split one), so that a reader's first visit downloads the code of that page
/// only (issue 13). Links between bundles are page loads of the view's own document.
///
/// One bundle per page, but for two pairs whose second page costs little: race and age (one
/// module draws both, `pages::composition`) and the audit and about the data (the menu's "The
/// data"). Until 2 December the six "Who is held" pages were one bundle and facilities, reforms,
/// the audit and about another. Measured then (brotli WASM, release build): the six together
/// 247 kB, a page of them alone 160–175 kB; a page's first visit is the largest share of what a
/// reader downloads, while each further bundle adds its code once to the offline copy the service
/// worker keeps. This list, with [`Page::bundle`], is the
/// only one: the app's entry points (`src/main.rs`, `src/bin/<name>.rs`), the build's boot script,
/// its post-build hook and the size check all derive from it (`time-in-cell bundles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// The explorer alone: the site root's bundle (Trunk's, `src/main.rs`), the smallest.
    Explorer,
    /// Every jurisdiction's profile (`src/bin/profile.rs`): what a shared link most often opens.
    Profile,
    /// Length of stay (`src/bin/stay.rs`).
    Stay,
    /// Men and women (`src/bin/men-women.rs`).
    MenWomen,
    /// Race and ethnicity, and age (`src/bin/composition.rs`).
    Composition,
    /// Mental illness (`src/bin/mental-illness.rs`).
    MentalIllness,
    /// Pregnancy (`src/bin/pregnancy.rs`).
    Pregnancy,
    /// Facilities (`src/bin/facilities.rs`).
    Facilities,
    /// Reforms (`src/bin/reforms.rs`).
    Reforms,
    /// The audit and about the data (`src/bin/audit-about.rs`).
    AuditAbout,
    /// The claim check, with its reader of claims (`src/bin/claims.rs`).
    Claims,
    /// The definition lab, with the engine's decomposition of a change (`src/bin/lab.rs`).
    Lab,
}

impl Bundle {
    /// Every bundle, the explorer's first.
    pub const ALL: [Bundle; 12] = [
        Bundle::Explorer,
        Bundle::Profile,
        Bundle::Stay,
        Bundle::MenWomen,
        Bundle::Composition,
        Bundle::MentalIllness,
        Bundle::Pregnancy,
        Bundle::Facilities,
        Bundle::Reforms,
        Bundle::AuditAbout,
        Bundle::Claims,
        Bundle::Lab,
    ];

    /// Its name: the binary's (`src/bin/<name>.rs`; the explorer's is the package's own,
    /// `time-in-cell`, which Trunk builds) and the file names' prefix.
    pub const fn name(self) -> &'static str {
        match self {
            Bundle::Explorer => "time-in-cell",
            Bundle::Profile => "profile",
            Bundle::Stay => "stay",
            Bundle::MenWomen => "men-women",
            Bundle::Composition => "composition",
            Bundle::MentalIllness => "mental-illness",
            Bundle::Pregnancy => "pregnancy",
            Bundle::Facilities => "facilities",
            Bundle::Reforms => "reforms",
            Bundle::AuditAbout => "audit-about",
            Bundle::Claims => "claims",
            Bundle::Lab => "lab",
        }
    }

    /// The pages it renders, in menu order.
    pub fn pages(self) -> impl Iterator<Item = Page> {
        Page::ALL.into_iter().filter(move |p| p.bundle() == self)
    }

    /// Which bundle the boot script loads for each `view=` value or first folder below the site
    /// root: every page's token, the old tokens `url::migrations` rewrites (`stay`, `sex`), and
    /// `""` (the root, no `view=`). Any other value gets the explorer's bundle, whose app reads
    /// the address and says what it did not understand.
    pub fn by_token() -> Vec<(&'static str, Bundle)> {
        Page::by_token()
            .into_iter()
            .map(|(t, p)| (t, p.bundle()))
            .collect()
    }

    /// The boot script's tables as JSON: `{"bundles":[names],"pages":{token: name},"parts":{token:
    /// [part names]}}`, the parts of the report's text each page renders with
    /// ([`Page::text_parts`], requested beside its bundle) (printed by `time-in-cell bundles` for
    /// the post-build hook).
    pub fn manifest_json() -> String {
        let names: Vec<String> = Bundle::ALL
            .iter()
            .map(|b| format!("\"{}\"", b.name()))
            .collect();
        let pages: Vec<String> = Bundle::by_token()
            .iter()
            .map(|(t, b)| format!("\"{t}\":\"{}\"", b.name()))
            .collect();
        let parts: Vec<String> = Page::by_token()
            .iter()
            .map(|(t, p)| {
                let names: Vec<String> = p
                    .text_parts()
                    .iter()
                    .map(|x| format!("\"{}\"", x.name()))
                    .collect();
                format!("\"{t}\":[{}]", names.join(","))
            })
            .collect();
        format!(
            "{{\"bundles\":[{}],\"pages\":{{{}}},\"parts\":{{{}}}}}",
            names.join(","),
            pages.join(","),
            parts.join(",")
        )
    }
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

    /// The WASM bundle that renders the page (see [`Bundle`]).
    pub fn bundle(self) -> Bundle {
        match self {
            Page::Explorer => Bundle::Explorer,
            Page::Profile => Bundle::Profile,
            Page::LengthOfStay => Bundle::Stay,
            Page::MenWomen => Bundle::MenWomen,
            Page::Race | Page::Age => Bundle::Composition,
            Page::MentalIllness => Bundle::MentalIllness,
            Page::Pregnancy => Bundle::Pregnancy,
            Page::Facilities => Bundle::Facilities,
            Page::Reforms => Bundle::Reforms,
            Page::Audit | Page::About => Bundle::AuditAbout,
            Page::ClaimCheck => Bundle::Claims,
            Page::Lab => Bundle::Lab,
        }
    }

    /// The parts of the report's text the page renders with (`data::parts`): fetched with its
    /// bundle on a first visit to it, and when a reader moves to it from a page that needed other
    /// parts (it says it is loading meanwhile). The claim check renders none: it fetches the
    /// printed figures when a claim is there to check, and checks the tables' figures meanwhile.
    /// The app's `tests/text_parts.rs` renders every page with only these parts and with all of
    /// them and requires the same page, and without each of them and requires a different one.
    pub fn text_parts(self) -> Parts {
        use Part::*;
        match self {
            Page::Explorer | Page::ClaimCheck | Page::Lab => Parts::NONE,
            Page::Profile => Parts::of(&[Endnotes, Errata, Reforms, Smi]),
            Page::LengthOfStay => Parts::of(&[FiguresStay, Errata]),
            Page::Race => Parts::of(&[FiguresComposition, Errata]),
            Page::Age => Parts::of(&[FiguresComposition, Errata]),
            Page::MenWomen => Parts::of(&[FiguresSex, Endnotes, Errata]),
            Page::MentalIllness => Parts::of(&[FiguresSmi, Endnotes, Errata, Smi]),
            Page::Pregnancy => Parts::of(&[FiguresPregnancy, Endnotes]),
            Page::Facilities => Parts::of(&[Figures, FiguresFacilities, Endnotes]),
            Page::Reforms => Parts::of(&[FiguresReforms, Endnotes, Reforms]),
            Page::Audit => Parts::of(&[FiguresSex, FiguresComposition, FiguresSmi, Errata]),
            Page::About => Parts::of(&[Figures, Errata, Later]),
        }
    }

    /// Every token the boot script reads (the folder of a page's document or a `view=` value:
    /// the site root's empty one, each page's, the old ones) and the page it names.
    pub fn by_token() -> Vec<(&'static str, Page)> {
        let mut out: Vec<(&'static str, Page)> = vec![("", Page::Explorer)];
        out.extend(Page::ALL.into_iter().map(|p| (p.token(), p)));
        for (old, new) in super::migrations::OLD_VIEW_TOKENS {
            if let Some(p) = Page::from_token(new) {
                out.push((old, p));
            }
        }
        out
    }

    /// The menu, in order.
    pub fn menu() -> impl Iterator<Item = Page> {
        Page::ALL.into_iter().filter(|p| p.in_menu())
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
    fn the_menu_is_every_page_but_the_profile_and_the_explorer_has_a_bundle_of_its_own() {
        assert_eq!(Page::menu().count(), 13);
        assert!(!Page::menu().any(|p| p == Page::Profile));
        let first: Vec<Page> = Bundle::Explorer.pages().collect();
        assert_eq!(first, [Page::Explorer]);
        assert_eq!(Page::Profile.bundle(), Bundle::Profile);
        assert_eq!(Page::Race.bundle(), Bundle::Composition);
        assert_eq!(Page::Age.bundle(), Bundle::Composition);
        assert_eq!(Page::Reforms.bundle(), Bundle::Reforms);
        assert_eq!(Page::About.bundle(), Bundle::AuditAbout);
        // Names are distinct and usable as file names and binary names.
        for b in Bundle::ALL {
            assert_eq!(
                Bundle::ALL.iter().filter(|c| c.name() == b.name()).count(),
                1
            );
            assert!(b
                .name()
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c == b'-'));
        }
        // Every bundle renders at least one page, and every page is in exactly one bundle.
        for b in Bundle::ALL {
            assert!(b.pages().next().is_some(), "{b:?} renders no page");
        }
        let total: usize = Bundle::ALL.iter().map(|b| b.pages().count()).sum();
        assert_eq!(total, Page::ALL.len());
    }

    #[test]
    fn the_boot_table_names_every_token_and_the_old_ones() {
        let table = Bundle::by_token();
        let of = |t: &str| table.iter().find(|(k, _)| *k == t).map(|(_, b)| *b);
        assert_eq!(of(""), Some(Bundle::Explorer));
        assert_eq!(of("explorer"), Some(Bundle::Explorer));
        assert_eq!(of("profile"), Some(Bundle::Profile));
        assert_eq!(of("stay"), Some(Bundle::Stay));
        assert_eq!(of("length-of-stay"), Some(Bundle::Stay));
        assert_eq!(of("sex"), Some(Bundle::MenWomen));
        assert_eq!(of("about"), Some(Bundle::AuditAbout));
        assert_eq!(of("claim-check"), Some(Bundle::Claims));
        assert_eq!(of("lab"), Some(Bundle::Lab));
        assert_eq!(of("nonsense"), None);
        let json = Bundle::manifest_json();
        assert!(json.starts_with(
            "{\"bundles\":[\"time-in-cell\",\"profile\",\"stay\",\"men-women\",\"composition\",\"mental-illness\",\"pregnancy\",\"facilities\",\"reforms\",\"audit-about\",\"claims\",\"lab\"],\"pages\":{\"\":\"time-in-cell\","
        ));
        assert!(json.contains("\"stay\":\"stay\""), "{json}");
        assert!(json.ends_with("}}"));
        // The parts each token's page renders with, old tokens as their page.
        assert!(json.contains(",\"parts\":{\"\":[],"), "{json}");
        assert!(
            json.contains("\"profile\":[\"endnotes\",\"errata\",\"reforms\",\"smi\"]"),
            "{json}"
        );
        assert!(json.contains("\"claim-check\":[]"), "{json}");
        let about = Page::About.text_parts();
        assert!(about.has(Part::Later) && !about.has(Part::Smi));
    }

    #[test]
    fn every_token_names_the_parts_of_its_page_and_only_report_pages_need_any() {
        let pages = Page::by_token();
        let bundles = Bundle::by_token();
        assert_eq!(pages.len(), bundles.len());
        for ((t, p), (u, b)) in pages.iter().zip(&bundles) {
            assert_eq!((t, p.bundle()), (u, *b));
        }
        let of = |t: &str| pages.iter().find(|(k, _)| *k == t).map(|(_, p)| *p);
        assert_eq!(of("stay"), Some(Page::LengthOfStay));
        // The explorer's first paint, the claim check's and the lab's need none of the text.
        for p in [Page::Explorer, Page::ClaimCheck, Page::Lab] {
            assert!(p.text_parts().is_empty(), "{p:?}");
        }
        // Every part is rendered by some page (none is a file no first visit fetches).
        let all = Page::ALL
            .iter()
            .fold(Parts::NONE, |s, p| s.union(p.text_parts()));
        assert_eq!(all, Parts::ALL);
    }
}
