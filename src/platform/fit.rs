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
/// before hydration, in the same task. If the stylesheet does not hide exactly one layout of every
/// chart (it failed to load), nothing is removed and start-up hydrates both, as the server drew.
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

    fn matches(layouts: TwoLayouts) -> Option<bool> {
        gloo::utils::window()
            .match_media(&layouts.narrow_query())
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
        matches(layouts)
    }

    pub fn drop_hidden(root: &web_sys::Element) {
        let Ok(list) = root.query_selector_all("svg.fitted.fit-narrow, svg.fitted.fit-wide") else {
            return;
        };
        let layouts: Vec<(web_sys::Element, bool)> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .map(|el| {
                let hidden = crate::platform::computed_style_is(&el, "display", "none");
                (el, hidden)
            })
            .collect();
        // Each chart is its two layouts side by side. Only if the stylesheet hides exactly one of
        // every two (it may have failed to load) is anything removed and drawn alone.
        let one_of_two = layouts.len().is_multiple_of(2)
            && layouts.chunks(2).all(|pair| {
                let is = |i: usize, variant: &str| {
                    pair[i]
                        .0
                        .get_attribute("class")
                        .is_some_and(|c| c.split(' ').any(|c| c == variant))
                };
                is(0, "fit-narrow") && is(1, "fit-wide") && pair[0].1 != pair[1].1
            });
        if !one_of_two {
            return;
        }
        AT_START.with(|a| {
            *a.borrow_mut() = ALL_LAYOUTS
                .iter()
                .filter_map(|l| matches(*l).map(|narrow| (l.wide_from, narrow)))
                .collect();
        });
        for (el, hidden) in layouts {
            if hidden {
                el.remove();
            }
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
