//! "Download SVG" and "Download PNG": the explorer's chart and map, and any chart as drawn on its
//! page (`ChartExport`), set in the one export layout.

use super::*;

/// Which graphic a [`GraphicDownload`] saves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GraphicKind {
    /// The explorer's bar chart.
    Chart,
    /// The tile map.
    Map,
}

/// Props for [`GraphicDownload`].
#[derive(Properties, PartialEq, Clone)]
pub struct GraphicDownloadProps {
    /// Which graphic.
    pub kind: GraphicKind,
    /// The engine's result shown.
    pub summary: std::rc::Rc<survey::engine::Summary>,
    /// The view (measure, sort, search, pins).
    pub view: std::rc::Rc<survey::url::ViewState>,
    /// File name without extension.
    pub filename: AttrValue,
}

/// The export of a graphic, laid out by `survey::export::graphic` (title, definition, legend, plot, source
/// and permalink), for the view's full address.
pub fn export(props: &GraphicDownloadProps) -> survey::export::graphic::Placed {
    let view = &props.view;
    let link = full_url(&crate::state::href(view));
    let g = match props.kind {
        GraphicKind::Chart => {
            let rows = survey::engine::explore::rows(
                &props.summary,
                view.explorer.sort,
                &view.explorer.search,
            );
            survey::export::graphic::bar_chart(&props.summary, &rows, view.explorer.measure, &link)
        }
        GraphicKind::Map => survey::export::graphic::map(
            &props.summary,
            view.explorer.measure,
            &view.explorer.compare,
            &link,
        ),
    };
    survey::export::graphic::render(&g)
}

/// "Download SVG" and "Download PNG": the graphic made to publish, built when clicked.
#[function_component]
pub fn GraphicDownload(props: &GraphicDownloadProps) -> Html {
    let onsvg = {
        let props = props.clone();
        Callback::from(move |_| {
            let placed = export(&props);
            #[cfg(target_arch = "wasm32")]
            click_download(
                &svg_data_url(&placed.svg),
                &format!("{}.svg", props.filename),
            );
            #[cfg(not(target_arch = "wasm32"))]
            let _ = placed;
        })
    };
    let onpng = {
        let props = props.clone();
        Callback::from(move |_| {
            let placed = export(&props);
            #[cfg(target_arch = "wasm32")]
            png_download(&placed, &format!("{}.png", props.filename));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = placed;
        })
    };
    // Test ids name the graphic's element, as before the export layout.
    let (what, of) = match props.kind {
        GraphicKind::Chart => ("chart-svg", "the bar chart"),
        GraphicKind::Map => ("map-svg", "the map"),
    };
    // The page has two pairs of these buttons: their names say which graphic each downloads
    // (beginning with the visible words, so speech input finds them).
    html! {
        <span class="downloads">
            <button type="button" onclick={onsvg} data-testid={format!("svg-{what}")} aria-label={format!("Download SVG of {of}")}>{ "Download SVG" }</button>
            <button type="button" onclick={onpng} data-testid={format!("png-{what}")} aria-label={format!("Download PNG of {of}")}>{ "Download PNG" }</button>
        </span>
    }
}

/// Props for [`ChartExport`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartExportProps {
    /// The chart (one `<svg>`, or several small multiples) and its legend (`ul.legend`).
    pub children: Html,
    /// The graphic's title; empty: the first chart's own `<title>`.
    #[prop_or_default]
    pub title: AttrValue,
    /// The subtitle (a definition, or what the bars are).
    #[prop_or_default]
    pub subtitle: AttrValue,
    /// Notes drawn under the plot.
    #[prop_or_default]
    pub notes: Vec<String>,
    /// Report table(s), page(s), section.
    pub source: AttrValue,
    /// File name without extension.
    pub filename: AttrValue,
    /// Test ids of the buttons: `svg-<testid>`, `png-<testid>`.
    pub testid: AttrValue,
    /// A legend shown elsewhere on the page that explains this chart's colours too (a selector);
    /// otherwise the legend inside the wrapper is used.
    #[prop_or_default]
    pub legend: Option<AttrValue>,
}

/// A chart with "Download SVG" and "Download PNG" under it: the chart as drawn, read from the page
/// (`platform::chart_read`), set in the one export layout (`survey::export::graphic::render`:
/// title, subtitle, legend, the chart, notes, source line and permalink).
#[function_component]
pub fn ChartExport(props: &ChartExportProps) -> Html {
    let node = use_node_ref();
    let build = {
        let (props, node) = (props.clone(), node.clone());
        move || -> Option<survey::export::graphic::Placed> {
            let root = node.cast::<web_sys::Element>()?;
            let (plot, inside) = crate::platform::chart_read::read(&root);
            let legend = props
                .legend
                .as_ref()
                .and_then(|sel| crate::platform::chart_read::read_legend_at(sel))
                .unwrap_or(inside);
            let title = if props.title.is_empty() {
                root.query_selector("svg title")
                    .ok()
                    .flatten()
                    .and_then(|t| t.text_content())
                    .unwrap_or_default()
            } else {
                props.title.to_string()
            };
            let g = survey::export::graphic::Graphic {
                title,
                subtitle: props.subtitle.to_string(),
                legend,
                plot,
                notes: props.notes.clone(),
                source: format!(
                    "Source: ASCA–Liman (ASCA and the Liman Program, Yale Law School), Aiming to Reduce Time-In-Cell (2016), {}. Chart: Time-In-Cell Explorer, data version {}.",
                    props.source,
                    survey::export::view_csv::fingerprint()
                ),
                permalink: full_url(&current_query()),
            };
            Some(survey::export::graphic::render(&g))
        }
    };
    let onsvg = {
        let (build, filename) = (build.clone(), props.filename.clone());
        Callback::from(move |_| {
            if let Some(placed) = build() {
                #[cfg(target_arch = "wasm32")]
                click_download(&svg_data_url(&placed.svg), &format!("{filename}.svg"));
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (placed, &filename);
            }
        })
    };
    let onpng = {
        let filename = props.filename.clone();
        Callback::from(move |_| {
            if let Some(placed) = build() {
                #[cfg(target_arch = "wasm32")]
                png_download(&placed, &format!("{filename}.png"));
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (placed, &filename);
            }
        })
    };
    html! {
        <div ref={node} class="chart-export">
            // Hydrated after the first screen, in a task of its own (issue 13).
            <crate::platform::later::Later>{ props.children.clone() }</crate::platform::later::Later>
            <span class="downloads">
                <button type="button" onclick={onsvg} data-testid={format!("svg-{}", props.testid)} aria-label={named("Download SVG", &props.title)}>{ "Download SVG" }</button>
                <button type="button" onclick={onpng} data-testid={format!("png-{}", props.testid)} aria-label={named("Download PNG", &props.title)}>{ "Download PNG" }</button>
            </span>
        </div>
    }
}

/// A download button's accessible name: its visible words, then the graphic's title when it has
/// one (a report page has several charts, each with a pair of buttons).
fn named(words: &str, title: &str) -> Option<String> {
    (!title.is_empty()).then(|| format!("{words} of “{title}”"))
}

/// A `data:` URL of an SVG document.
#[cfg(target_arch = "wasm32")]
fn svg_data_url(svg: &str) -> String {
    let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}");
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        survey::url::percent_encode(&file).replace('+', "%20")
    )
}

/// Starts a download of `href` under `filename`.
#[cfg(target_arch = "wasm32")]
fn click_download(href: &str, filename: &str) {
    let doc = gloo::utils::document();
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", href);
        let _ = a.set_attribute("download", filename);
        if let Some(a) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&a) {
            a.click();
        }
    }
}

/// Draws the exported SVG on a white canvas at twice its size and downloads it as PNG.
#[cfg(target_arch = "wasm32")]
fn png_download(placed: &survey::export::graphic::Placed, filename: &str) {
    use wasm_bindgen::JsCast;
    let (w, h) = (
        (placed.width * 2.0).max(1.0) as u32,
        (placed.height * 2.0).max(1.0) as u32,
    );
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let filename = filename.to_string();
    let img2 = img.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let doc = gloo::utils::document();
        let Some(canvas) = doc
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(w);
        canvas.set_height(h);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        let _ = ctx
            .draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, w as f64, h as f64);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            click_download(&url, &filename);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&svg_data_url(&placed.svg));
}
