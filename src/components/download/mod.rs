//! Downloads and links: "Download CSV" for exactly the rows a view shows (here), "Copy link" and
//! "Copy embed code" for its permalink (`link.rs`), and SVG and PNG exports of its charts
//! (`graphic.rs`).

mod graphic;
mod link;

pub use graphic::*;
pub use link::*;

use crate::state::use_app;
use survey::export::view_csv::{csv_with_meta, data_url, ExportMeta};
use yew::prelude::*;

/// Props for [`DownloadCsv`].
#[derive(Properties, PartialEq, Clone)]
pub struct DownloadCsvProps {
    /// File name, e.g. `length-of-stay.csv`.
    pub filename: AttrValue,
    /// What the rows are.
    pub title: AttrValue,
    /// Report table(s) and page(s).
    pub source: AttrValue,
    /// The definition in force, in words (empty if none applies).
    #[prop_or_default]
    pub definition: AttrValue,
    /// Column names.
    pub header: Vec<&'static str>,
    /// The rows, as shown.
    #[prop_or_default]
    pub rows: Vec<Vec<String>>,
    /// Or rows built when the file is asked for (instead of `rows`).
    #[prop_or_default]
    pub lazy: Option<LazyRows>,
}

/// Rows of a download built only when the file is asked for: a table re-rendered on every sort
/// or definition change need not format its whole CSV each time (issue 13).
#[derive(Clone)]
pub struct LazyRows {
    count: usize,
    build: std::rc::Rc<dyn Fn() -> Vec<Vec<String>>>,
}

impl LazyRows {
    /// `count` rows, built by `build`.
    pub fn new(count: usize, build: impl Fn() -> Vec<Vec<String>> + 'static) -> Self {
        Self {
            count,
            build: std::rc::Rc::new(build),
        }
    }
}

/// Equal when built by the same closure (the owner memoises it per table state).
impl PartialEq for LazyRows {
    fn eq(&self, other: &Self) -> bool {
        self.count == other.count && std::rc::Rc::ptr_eq(&self.build, &other.build)
    }
}

/// A link that downloads the rows as CSV with a source header block. The file is built when the
/// link is activated, not on every render (a definition change re-renders the table).
#[function_component]
pub fn DownloadCsv(props: &DownloadCsvProps) -> Html {
    // No context: the permalink is read from the address bar when the link is activated (the URL
    // always holds the view), so a view change does not re-render every download link.
    let onclick = {
        let props = props.clone();
        Callback::from(move |e: MouseEvent| {
            let permalink = current_query();
            let meta = ExportMeta {
                title: props.title.to_string(),
                source: props.source.to_string(),
                definition: props.definition.to_string(),
                permalink,
            };
            let rows = match &props.lazy {
                Some(lazy) => (lazy.build)(),
                None => props.rows.clone(),
            };
            let url = data_url(&csv_with_meta(&meta, &props.header, &rows));
            if let Some(a) = e.target_dyn_into::<web_sys::HtmlAnchorElement>() {
                // The browser follows the link after this handler, with the file as its target.
                a.set_href(&url);
            }
        })
    };
    let count = props.lazy.as_ref().map_or(props.rows.len(), |l| l.count);
    html! {
        <a class="button download" href="#" download={props.filename.clone()} data-testid="download-csv" {onclick}
            data-rows={count.to_string()}>{ format!("Download CSV ({count} rows)") }</a>
    }
}
