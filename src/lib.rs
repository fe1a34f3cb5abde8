//! Time-In-Cell Explorer: the Yew components. They only render what `survey` computes.

pub mod app;
pub mod charts;
pub mod components;
pub mod pages;
pub mod platform;
pub mod prerender;
pub mod state;

pub use app::App;

/// Starts the app in the browser for one bundle. The first-view bundle hydrates the server-rendered
/// default view when the site root was opened without a query. Otherwise the view the address
/// names is rendered afresh over the document's prerendered one — by the views bundle only once the
/// report's text has arrived (the documents preload it), so that its first render is the same page
/// and nothing moves (issue 13: a loading state in between shifted the page, CLS up to 0.7).
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: state::Bundle, hydrate_default_view: bool) {
    use app::{App, AppProps};
    platform::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let (path, query) = platform::address::current();
    let prerendered = root.get_attribute("data-prerendered").is_some();
    // Only the root's document holds the default view as rendered at build time; every other
    // document's prerendered view is replaced.
    let at_root = survey::url::route::read_path(&path).0.is_none();
    let props = AppProps {
        path: path.into(),
        query: query.clone().into(),
        bundle,
        start: None,
    };
    if hydrate_default_view && prerendered && at_root && query.is_empty() {
        yew::platform::spawn_local(async move {
            // Parsing, then hydrating: two tasks, with input and paint between them.
            let props = AppProps {
                start: Some(std::rc::Rc::new(app::StartData {
                    data: survey::Dataset::embedded().map(std::rc::Rc::new),
                    text_error: None,
                })),
                ..props
            };
            platform::frames::mark("tic:parsed");
            platform::frames::next_task().await;
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
            platform::service_worker::after_start();
        });
    } else if prerendered && !hydrate_default_view {
        yew::platform::spawn_local(async move {
            let text = platform::fetch::fetch_text_files().await;
            platform::frames::mark("tic:text");
            let start = match text {
                Ok(files) => {
                    let refs: Vec<(&str, &str)> =
                        files.iter().map(|(n, t)| (*n, t.as_str())).collect();
                    app::StartData {
                        data: survey::Dataset::embedded_with_text(&refs).map(std::rc::Rc::new),
                        text_error: None,
                    }
                }
                Err(e) => app::StartData {
                    data: survey::Dataset::embedded().map(std::rc::Rc::new),
                    text_error: Some(e),
                },
            };
            platform::frames::mark("tic:parsed");
            platform::frames::next_task().await;
            let props = AppProps {
                start: Some(std::rc::Rc::new(start)),
                ..props
            };
            // Cleared and rendered in one task: the browser paints only the finished page.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
            platform::service_worker::after_start();
        });
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        platform::service_worker::after_start();
    }
}
