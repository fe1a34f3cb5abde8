//! Time-In-Cell Explorer: the Yew components. They only render what `survey` computes.

pub mod app;
pub mod charts;
pub mod components;
pub mod pages;
pub mod platform;
pub mod prerender;
pub mod state;

pub use app::App;

/// Starts the app in the browser for one bundle. A document whose prerendered view is the one the
/// address names (the site root or a page's folder, no query) is hydrated: the first-view bundle's
/// explorer at once, the views bundle's page once the report's text has arrived (the page was
/// rendered at build time with it; the boot script requests it beside the WASM). Hydration takes
/// the first screen in one task and each part below it in a task of its own (`platform::later`,
/// issue 13: one long task before). An address with settings in its query is rendered afresh over
/// the prerendered view — by the views bundle also only once the text is there, so that its first
/// render is the whole page and nothing moves (a loading state in between shifted the page, CLS
/// up to 0.7). When the text cannot be fetched, the views bundle keeps the prerendered page as it
/// is (static) under a notice with a retry.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: state::Bundle, hydrate_default_view: bool) {
    use app::{App, AppProps};
    platform::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let (path, query) = platform::address::current();
    // Which view the document was rendered for at build time: the path of its folder
    // (`data-prerendered="reforms/"`; not the path of the address when the service worker
    // answers a profile not visited yet with the root's document).
    let built_for = root.get_attribute("data-prerendered");
    let prerendered = built_for.is_some();
    let as_built =
        query.is_empty() && built_for.is_some_and(|b| b == path.trim_end_matches("index.html"));
    let props = AppProps {
        path: path.into(),
        query: query.clone().into(),
        bundle,
        start: None,
    };
    let hydrate = move |root: web_sys::Element, props: AppProps| {
        // The first screen in this task, the parts below it one per task after it.
        platform::later::begin();
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        platform::later::when_done(platform::service_worker::after_start);
    };
    if hydrate_default_view && as_built {
        yew::platform::spawn_local(async move {
            // Parsing, then hydrating: two tasks, with input and paint between them.
            let props = AppProps {
                start: Some(std::rc::Rc::new(app::StartData {
                    data: survey::Dataset::embedded().map(std::rc::Rc::new),
                    text_error: None,
                    kept: None,
                })),
                ..props
            };
            platform::frames::mark("tic:parsed");
            platform::frames::next_task().await;
            hydrate(root, props);
        });
    } else if prerendered && !hydrate_default_view {
        yew::platform::spawn_local(async move {
            let text = platform::fetch::fetch_text_files().await;
            platform::frames::mark("tic:text");
            let (start, whole) = match text {
                Ok(files) => {
                    let refs: Vec<(&str, &str)> =
                        files.iter().map(|(n, t)| (*n, t.as_str())).collect();
                    let data = survey::Dataset::embedded_with_text(&refs).map(std::rc::Rc::new);
                    let whole = data.is_ok();
                    let start = app::StartData {
                        data,
                        text_error: None,
                        kept: None,
                    };
                    (start, whole)
                }
                Err(e) => {
                    // The page as built stays (static) until a retry brings the text.
                    let kept = as_built
                        .then(|| {
                            gloo::utils::document()
                                .get_element_by_id("content")
                                .map(|c| c.inner_html())
                        })
                        .flatten();
                    let start = app::StartData {
                        data: survey::Dataset::embedded().map(std::rc::Rc::new),
                        text_error: Some(e),
                        kept,
                    };
                    (start, false)
                }
            };
            platform::frames::mark("tic:parsed");
            platform::frames::next_task().await;
            let props = AppProps {
                start: Some(std::rc::Rc::new(start)),
                ..props
            };
            if as_built && whole {
                hydrate(root, props);
            } else {
                // Cleared and rendered in one task: the browser paints only the finished page.
                root.set_inner_html("");
                yew::Renderer::<App>::with_root_and_props(root, props).render();
                platform::service_worker::after_start();
            }
        });
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        platform::service_worker::after_start();
    }
}
