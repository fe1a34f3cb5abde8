//! The audit: every place the report disagrees with itself, as a readable page. Built from
//! `errata.csv`, whose checked entries the test suite re-verifies against the tables.

use crate::components::download::{CopyLink, DownloadCsv};
use crate::state::use_app;
use yew::prelude::*;

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "column_total" => "A printed total is not the sum of its column",
        "percent" => "A printed percent is not what its counts give",
        "row_sum" => "A row's parts do not add up to its total",
        "prose_vs_table" => "The text says one thing, a table another",
        "cross_table" => "Two tables disagree",
        _ => "Other inconsistencies",
    }
}

/// The audit page.
#[function_component]
pub fn Audit() -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let findings = survey::checks::audit::audit(&data);
    let kinds = [
        "percent",
        "column_total",
        "row_sum",
        "cross_table",
        "prose_vs_table",
        "other",
    ];
    let rows: Vec<Vec<String>> = data
        .errata
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                e.kind.clone(),
                e.table.map(|t| t.to_string()).unwrap_or_default(),
                e.jurisdiction.clone(),
                e.printed.clone(),
                e.computed.clone(),
                e.page.clone(),
                e.description.clone(),
            ]
        })
        .collect();
    let checked = data.errata.iter().filter(|e| !e.check.is_empty()).count();
    let name = |c: &str| {
        data.jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_default()
    };
    html! {
        <article class="audit">
            <h1>{ "Audit: where the report disagrees with itself" }</h1>
            <p class="intro">{ format!(
                "We recomputed every printed percent from its counts, every column total, every row total, every figure that appears in two tables, and every prose figure we could derive from the tables. {} disagreements are listed here ({} of them found and re-checked automatically every time the app is built; the rest are wording or endnote contradictions found by reading). We never correct the report's numbers: the app shows them as printed and flags them.",
                data.errata.len(), checked) }</p>
            <p class="hint">{ format!("This build's audit currently finds {} mismatches, each matched to an entry below.", findings.len()) }</p>
            <div class="view-tools">
                <DownloadCsv filename="errata.csv" title="Report-internal inconsistencies" source="ASCA–Liman report, various tables and pages"
                    header={vec!["id", "kind", "table", "jurisdiction", "printed", "computed", "page", "description"]} rows={rows} />
                <CopyLink />
            </div>
            { for kinds.iter().map(|k| {
                let list: Vec<_> = data.errata.iter().filter(|e| e.kind == *k).collect();
                if list.is_empty() { return html! {}; }
                html! {
                    <section aria-labelledby={format!("k-{k}")}>
                        <h2 id={format!("k-{k}")}>{ format!("{} ({})", kind_label(k), list.len()) }</h2>
                        <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}, scrolls sideways", kind_label(k))}>
                        <table class="data errata" data-testid={format!("errata-{k}")}>
                            <caption class="visually-hidden">{ kind_label(k) }</caption>
                            <thead><tr><th scope="col">{ "What disagrees" }</th><th scope="col">{ "Where" }</th><th scope="col" class="num">{ "Printed" }</th><th scope="col" class="num">{ "Computed" }</th><th scope="col" class="num">{ "Difference" }</th><th scope="col">{ "Page" }</th></tr></thead>
                            <tbody>
                                { for list.iter().map(|e| {
                                    let diff = match (e.printed.replace(',', "").parse::<f64>(), e.computed.replace(',', "").parse::<f64>()) {
                                        (Ok(p), Ok(c)) => { let d = p - c; if d.fract() == 0.0 { format!("{:+}", d as i64) } else { format!("{d:+.1}") } }
                                        _ => String::new(),
                                    };
                                    let place = [e.table.map(|t| format!("Table {t}")).unwrap_or_default(), name(&e.jurisdiction)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
                                    html! {
                                        <tr data-id={e.id.clone()}>
                                            <td>{ e.description.clone() }</td>
                                            <td>{ place }</td>
                                            <td class="num">{ e.printed.clone() }</td>
                                            <td class="num">{ e.computed.clone() }</td>
                                            <td class="num">{ diff }</td>
                                            <td>{ e.page.clone() }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                        </div>
                    </section>
                }
            }) }
        </article>
    }
}
