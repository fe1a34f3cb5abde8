//! "Download CSV" for exactly the rows a view shows, and "Copy link" for its permalink.

use crate::state::use_app;
use survey::export::{csv_with_meta, data_url, ExportMeta};
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
    pub rows: Vec<Vec<String>>,
}

/// A link that downloads the rows as CSV with a source header block.
#[function_component]
pub fn DownloadCsv(props: &DownloadCsvProps) -> Html {
    let ctx = use_app();
    let meta = ExportMeta {
        title: props.title.to_string(),
        source: props.source.to_string(),
        definition: props.definition.to_string(),
        permalink: ctx.href(ctx.view()),
    };
    let csv = csv_with_meta(&meta, &props.header, &props.rows);
    html! {
        <a class="button download" href={data_url(&csv)} download={props.filename.clone()} data-testid="download-csv"
            data-rows={props.rows.len().to_string()}>{ format!("Download CSV ({} rows)", props.rows.len()) }</a>
    }
}

/// Copies the current view's full URL to the clipboard.
#[function_component]
pub fn CopyLink() -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                let w = gloo::utils::window();
                if let Ok(href) = w.location().href() {
                    let _ = w.navigator().clipboard().write_text(&href);
                }
            }
            copied.set(true);
        })
    };
    html! {
        <button type="button" class="copy-link" {onclick} data-testid="copy-link">{ if *copied { "Link copied" } else { "Copy link to this view" } }</button>
    }
}
