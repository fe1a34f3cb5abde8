//! Which pages a compiled bundle renders in place (the bundles themselves are
//! `crate::pages::FIRST_VIEW` and `crate::pages::ALL`).

use survey::url::Page;
use yew::Html;

/// The pages a compiled bundle renders in place. The first-view bundle (what `index.html` loads for
/// the explorer) holds only the explorer, which keeps its download small; every other
/// page lives in the "views" bundle, and links between the two are ordinary page loads
/// (`scripts/postbuild.mjs` builds both and its boot script picks one from the URL).
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
