//! A table of figures the report prints in its text, each beside what the report's own tables
//! (or its other printed figures) give for it, with the erratum that explains any gap.

use crate::components::download::DownloadCsv;
use std::rc::Rc;
use survey::sections::FigureCheck;
use yew::prelude::*;

/// Props for [`FigureChecks`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureChecksProps {
    /// The checks, in the order to show.
    pub checks: Rc<Vec<FigureCheck>>,
    /// Table caption.
    pub caption: AttrValue,
    /// Download file name.
    pub filename: AttrValue,
    /// Report section(s) and page(s), for the download's header.
    pub source: AttrValue,
    /// `data-testid` of the table.
    pub testid: AttrValue,
}

fn status(c: &FigureCheck) -> Html {
    match (c.agrees, &c.computed) {
        (Some(true), Some(v)) => {
            html! { <><span class="check-ok">{ "matches" }</span>{ format!(" ({v})") }</> }
        }
        (Some(false), Some(v)) => html! {
            <>
                <strong class="check-differs">{ format!("differs: {v}") }</strong>
                if let Some(e) = &c.erratum { <span class="check-erratum">{ format!(" {e}") }</span> }
            </>
        },
        _ => html! { <span class="missing">{ "nothing to recompute it from" }</span> },
    }
}

/// The table and its CSV download (same rows).
#[function_component]
pub fn FigureChecks(props: &FigureChecksProps) -> Html {
    let rows: Vec<Vec<String>> = props
        .checks
        .iter()
        .map(|c| {
            vec![
                c.id.clone(),
                c.statement.clone(),
                c.printed.clone(),
                c.computed.clone().unwrap_or_default(),
                c.method.clone(),
                c.agrees
                    .map(|a| if a { "yes" } else { "no" })
                    .unwrap_or_default()
                    .to_string(),
                c.section.clone(),
                c.page.clone(),
                c.erratum.clone().unwrap_or_default(),
            ]
        })
        .collect();
    html! {
        <div class="figure-checks">
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}, scrolls sideways", props.caption)}>
                <table class="data checks" data-testid={props.testid.clone()}>
                    <caption>{ props.caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure in the text" }</th>
                            <th scope="col" class="num">{ "Printed" }</th>
                            <th scope="col">{ "From the report's own numbers" }</th>
                            <th scope="col">{ "Page" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.checks.iter().map(|c| html! {
                            <tr data-id={c.id.clone()} class={classes!(c.disagrees().then_some("differs"))}>
                                <th scope="row">{ c.statement.clone() }</th>
                                <td class="num printed">{ c.printed.clone() }</td>
                                <td class="check-cell">{ status(c) }if !c.method.is_empty() { <span class="method">{ c.method.clone() }</span> }</td>
                                <td class="page">{ format!("{}, p. {}", c.section, c.page) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="view-tools">
                <DownloadCsv filename={props.filename.clone()} title={props.caption.clone()} source={props.source.clone()}
                    header={vec!["id", "statement", "printed", "computed", "method", "agrees", "section", "page", "erratum"]} {rows} />
            </div>
        </div>
    }
}
