//! Which pages a compiled bundle renders in place (the bundles themselves are the constants of
//! `crate::pages`, one per `survey::url::Bundle`, and `crate::pages::ALL` for server rendering).

use survey::url::Page;
use yew::Html;

/// The pages a compiled bundle renders in place. Each bundle (`survey::url::Bundle`: the
/// explorer, the report's pages and profiles, the claim check, the lab) holds only its own pages,
/// which keeps each first visit's download small; links between bundles are ordinary page loads
/// (`scripts/postbuild.mjs` builds them all and its boot script picks one from the URL).
#[derive(Clone, Copy, Debug)]
pub struct Bundle {
    /// Its name (bundles compare by name: function pointers have no stable identity).
    pub name: &'static str,
    /// Renders a page of this bundle.
    pub render: fn(Page) -> Html,
    /// Whether the page is in this bundle.
    pub has: fn(Page) -> bool,
}

impl PartialEq for Bundle {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
