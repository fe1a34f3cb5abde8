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
/// explorer at once, the other bundles' pages once the parts of the report's text the page renders
/// with have arrived (`survey::url::Page::text_parts`: the page was rendered at build time with
/// them; the boot script requests them beside the WASM). Hydration takes
/// the first screen in one task and each part below it in a task of its own (`platform::later`,
/// issue 13: one long task before). An address with settings in its query is rendered afresh over
/// the prerendered view — by the other bundles also only once the text is there, so that its first
/// render is the whole page and nothing moves (a loading state in between shifted the page, CLS
/// up to 0.7). When the text cannot be fetched, the other bundles keep the prerendered page as it
/// is (static) under a notice with a retry. Either way the data comes ready-made from `data/`
/// (`survey::data::codec`, requested by the boot script); without the tables the prerendered page
/// stays with a notice saying why its controls do not respond (`platform::crash::unavailable`).
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: state::Bundle, hydrate_default_view: bool) {
    use app::{App, AppProps};
    platform::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let (path, query) = platform::address::current();
    let address = (path.clone(), query.clone());
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
        platform::fit::drop_hidden(&root);
        platform::later::begin();
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        platform::later::when_done(platform::service_worker::after_start);
    };
    let with_text = prerendered && !hydrate_default_view;
    yew::platform::spawn_local(async move {
        // The data, encoded at build time: the boot script requested it beside the WASM. Without
        // it nothing can start: the page as built stays, with a notice.
        let tables = platform::fetch::tables()
            .await
            .and_then(|b| survey::data::codec::decode_tables(&b).map_err(|e| e.to_string()));
        let tables = match tables {
            Ok(t) => std::rc::Rc::new(t),
            Err(e) => return platform::crash::unavailable(&e),
        };
        // The engine's index of the tables, built in a task of its own before the first render.
        let start = |data: std::rc::Rc<survey::Dataset>, text_error, kept| async move {
            platform::frames::next_task().await;
            let engine = std::rc::Rc::new(survey::engine::Engine::new(&data));
            platform::frames::mark("tic:engine");
            Some(std::rc::Rc::new(app::StartData {
                data: Ok(data),
                text_error,
                kept,
                engine: Some(engine),
            }))
        };
        if hydrate_default_view && as_built {
            // Reading, indexing, then hydrating: three tasks, with input and paint between them.
            platform::frames::mark("tic:parsed");
            let props = AppProps {
                start: start(tables, None, None).await,
                ..props
            };
            platform::frames::next_task().await;
            hydrate(root, props);
        } else if with_text {
            // The parts of the report's text this page renders with (the boot script requested
            // them beside the WASM).
            let codes: Vec<String> = tables
                .jurisdictions
                .iter()
                .map(|j| j.code.clone())
                .collect();
            let (view, _) = survey::url::parse_address(&address.0, &address.1, &codes);
            let page = view.page();
            let full = platform::fetch::part_bytes(page.text_parts())
                .await
                .and_then(|files| {
                    survey::data::codec::with_parts(survey::Dataset::clone(&tables), files)
                        .map_err(|e| e.to_string())
                });
            platform::frames::mark("tic:text");
            let whole = full.is_ok();
            platform::frames::mark("tic:parsed");
            let props = AppProps {
                start: match full {
                    Ok(full) => start(std::rc::Rc::new(full), None, None).await,
                    Err(e) => {
                        // The page as built stays (static) until a retry brings the text.
                        let kept = as_built
                            .then(|| {
                                gloo::utils::document()
                                    .get_element_by_id("content")
                                    .map(|c| (page, c.inner_html()))
                            })
                            .flatten();
                        start(tables, Some(e), kept).await
                    }
                },
                ..props
            };
            platform::frames::next_task().await;
            if as_built && whole {
                hydrate(root, props);
            } else {
                // Cleared and rendered in one task: the browser paints only the finished page.
                root.set_inner_html("");
                yew::Renderer::<App>::with_root_and_props(root, props).render();
                platform::service_worker::after_start();
            }
        } else {
            let props = AppProps {
                start: start(tables, None, None).await,
                ..props
            };
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
            platform::service_worker::after_start();
        }
    });
}
