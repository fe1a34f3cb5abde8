//! Charts drawn in two layouts until they are measured (`charts::fitted`): the server draws both
//! and the stylesheet shows one by the window's width; the browser knows its window, so it draws
//! only that one. Before the prerendered page hydrates, [`drop_hidden`] removes the layouts the
//! stylesheet hides, so hydration adopts one chart instead of walking two (the explorer's is 53
//! bars a layout) and nothing hidden stays in the page.

use survey::chart::fit::TwoLayouts;

/// Whether the window shows the narrow layout of `layouts` (`Some`), by the stylesheet's own media
/// query; natively (server rendering, tests) `None`, and both are drawn. During start-up the answer
/// is the one [`drop_hidden`] removed the other layout by, even if the window has changed since
/// (a rotated phone): the charts hydrate what the page holds, then are measured and drawn again.
pub fn narrow_shown(layouts: TwoLayouts) -> Option<bool> {
    imp::narrow_shown(layouts)
}

/// Removes from the prerendered page under `root` every chart layout the stylesheet hides, and
/// fixes for start-up which layout of each kind is shown (see [`narrow_shown`]). Called right
/// before hydration, in the same task.
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
            let fixed = AT_START.with(|a| {
                a.borrow()
                    .iter()
                    .find(|(from, _)| *from == layouts.wide_from)
                    .map(|(_, narrow)| *narrow)
            });
            if fixed.is_some() {
                return fixed;
            }
        }
        matches(layouts)
    }

    pub fn drop_hidden(root: &web_sys::Element) {
        AT_START.with(|a| {
            *a.borrow_mut() = ALL_LAYOUTS
                .iter()
                .filter_map(|l| matches(*l).map(|narrow| (l.wide_from, narrow)))
                .collect();
        });
        let Ok(list) = root.query_selector_all("svg.fitted.fit-narrow, svg.fitted.fit-wide") else {
            return;
        };
        let window = gloo::utils::window();
        let hidden: Vec<web_sys::Element> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|el| {
                window
                    .get_computed_style(el)
                    .ok()
                    .flatten()
                    .and_then(|s| s.get_property_value("display").ok())
                    .is_some_and(|d| d == "none")
            })
            .collect();
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
