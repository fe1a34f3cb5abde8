//! Charts drawn in two layouts until they are measured (`charts::fitted`): the server draws both
//! and the stylesheet shows one by the window's width; the browser knows its window, so it draws
//! only that one. Before the prerendered page hydrates, [`drop_hidden`] removes the layouts the
//! stylesheet hides, so hydration adopts one chart instead of walking two (the explorer's is 53
//! bars a layout) and nothing hidden stays in the page.

use survey::chart::fit::TwoLayouts;

/// Whether the window shows the narrow layout of `layouts` (`Some`), by the stylesheet's own media
/// query; natively (server rendering, tests) `None`, and both are drawn. During start-up the answer
/// is the one [`drop_hidden`] removed the other layout by, even if the window has changed since
/// (a rotated phone), and `None` if it removed nothing (the stylesheet did not load): the charts
/// hydrate what the page holds, then are measured and drawn again.
pub fn narrow_shown(layouts: TwoLayouts) -> Option<bool> {
    imp::narrow_shown(layouts)
}

/// Removes from the prerendered page under `root` every chart layout the stylesheet hides, and
/// fixes for start-up which layout of each kind is shown (see [`narrow_shown`]). Called right
/// before hydration, in the same task. The hidden layout of each chart is told by the breakpoint
/// the SVG carries (`data-wide-from`) and the stylesheet's media query for it, not by computing
/// styles. If no stylesheet applies (it failed to load: both layouts show) or the page does not
/// hold the layouts as the server draws them, nothing is removed and start-up hydrates both.
#[cfg(target_arch = "wasm32")]
pub fn drop_hidden(root: &web_sys::Element) {
    imp::drop_hidden(root);
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use survey::chart::fit::{TwoLayouts, ALL_LAYOUTS};
    use wasm_bindgen::JsCast;

    thread_local! {
        /// Which layout each kind (by `wide_from`) showed when the page was about to hydrate.
        static AT_START: RefCell<Vec<(u32, bool)>> = const { RefCell::new(Vec::new()) };
    }

    /// Whether the window is narrower than `wide_from`, by the stylesheet's own media query.
    fn narrow_below(wide_from: u32) -> Option<bool> {
        gloo::utils::window()
            .match_media(&survey::chart::fit::narrow_query(wide_from))
            .ok()
            .flatten()
            .map(|q| q.matches())
    }

    pub fn narrow_shown(layouts: TwoLayouts) -> Option<bool> {
        if crate::platform::later::starting() {
            // What the page holds: the layout left, or both if none was removed.
            return AT_START.with(|a| {
                a.borrow()
                    .iter()
                    .find(|(from, _)| *from == layouts.wide_from)
                    .map(|(_, narrow)| *narrow)
            });
        }
        narrow_below(layouts.wide_from)
    }

    /// Whether a stylesheet is applied: a render-blocking one that failed to load is not in
    /// `document.styleSheets` (the page has no other; the CSP allows no inline style).
    fn styled() -> bool {
        gloo::utils::document().style_sheets().length() > 0
    }

    /// The layouts under `root` that the stylesheet hides, each told by its `data-wide-from` and a
    /// media query, the stylesheet's own (`TwoLayouts::narrow_query`, kept in step with
    /// `style.css` by `tests/ssr_phone_charts.rs`). Not by the computed style, which in a section
    /// the browser skips (`content-visibility`, the explorer's chart on a phone) made it compute
    /// the style of the whole section first: 20 ms of start-up's largest task (issue 13). `None`
    /// if the page is not as the server draws it: two layouts side by side, narrow then wide, each
    /// carrying its breakpoint.
    fn hidden(root: &web_sys::Element, shown: &[(u32, bool)]) -> Option<Vec<web_sys::Element>> {
        let list = root
            .query_selector_all("svg.fitted.fit-narrow, svg.fitted.fit-wide")
            .ok()?;
        let svgs: Vec<web_sys::Element> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect();
        if !svgs.len().is_multiple_of(2) {
            return None;
        }
        let mut hidden = Vec::with_capacity(svgs.len() / 2);
        for pair in svgs.chunks(2) {
            let has = |el: &web_sys::Element, class: &str| {
                el.get_attribute("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == class))
            };
            let wide_from =
                |el: &web_sys::Element| el.get_attribute("data-wide-from")?.parse::<u32>().ok();
            let from = wide_from(&pair[0])?;
            if !has(&pair[0], "fit-narrow")
                || !has(&pair[1], "fit-wide")
                || wide_from(&pair[1])? != from
            {
                return None;
            }
            let narrow = shown
                .iter()
                .find(|(f, _)| *f == from)
                .map(|(_, n)| *n)
                .or_else(|| narrow_below(from))?;
            hidden.push(if narrow { &pair[1] } else { &pair[0] }.clone());
        }
        Some(hidden)
    }

    pub fn drop_hidden(root: &web_sys::Element) {
        // Without the stylesheet both layouts show, and both stay (and hydrate).
        if !styled() {
            return;
        }
        // Each kind's media query matched once (a `MediaQueryList` is made per call).
        let shown: Vec<(u32, bool)> = ALL_LAYOUTS
            .iter()
            .filter_map(|l| narrow_below(l.wide_from).map(|narrow| (l.wide_from, narrow)))
            .collect();
        let Some(hidden) = hidden(root, &shown) else {
            return;
        };
        AT_START.with(|a| *a.borrow_mut() = shown);
        for el in hidden {
            el.remove();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use survey::chart::fit::TwoLayouts;

    pub fn narrow_shown(_: TwoLayouts) -> Option<bool> {
        None
    }
}
