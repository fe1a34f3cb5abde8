//! The audit: every place the report disagrees with itself, as a readable page. Built from
//! `errata.csv`, whose checked entries the test suite re-verifies against the tables.

use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::group::{Group, KeyFinding, ListFilter, OnThisPage};
use crate::platform::later::in_parts;
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

fn kind_plural(kind: &str) -> &'static str {
    match kind {
        "column_total" => "printed totals that are not the sum of their column",
        "percent" => "printed percents that do not match their counts",
        "row_sum" => "rows whose parts do not add up to their total",
        "prose_vs_table" => "figures where the text and a table differ",
        "cross_table" => "figures on which two tables disagree",
        _ => "other inconsistencies",
    }
}

/// One sentence: how many disagreements, and of which kinds the most.
fn key_finding(errata: &[survey::data::report::Erratum], kinds: &[&str]) -> String {
    let mut by: Vec<(usize, &str)> = kinds
        .iter()
        .map(|k| (errata.iter().filter(|e| e.kind == *k).count(), *k))
        .filter(|(n, _)| *n > 0)
        .collect();
    survey::sort::sort_by_key(&mut by, |b| std::cmp::Reverse(b.0));
    let top = by
        .iter()
        .take(2)
        .map(|(n, k)| format!("{n} {}", kind_plural(k)))
        .collect::<Vec<_>>()
        .join(" and ");
    format!("The report disagrees with itself in {} places, among them {top}. The app shows every figure as printed and flags these.", errata.len())
}

/// The audit page.
#[function_component]
pub fn Audit() -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    // How many disagreements the audit finds, once per loaded text (not at every filter keystroke).
    let found = {
        let data = data.clone();
        *use_memo(data.text, move |_| {
            survey::checks::audit::audit(&data).len()
        })
    };
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
    let filter = ctx.view().explorer.search.clone();
    let fits = |e: &survey::data::report::Erratum| {
        let table = e.table.map(|t| format!("Table {t}")).unwrap_or_default();
        survey::data::listfilter::matches(
            &[
                &e.description,
                &name(&e.jurisdiction),
                &e.jurisdiction,
                &table,
                &e.page,
            ],
            &filter,
        )
    };
    let matching = data.errata.iter().filter(|e| fits(e)).count();
    html! {
        <article class="audit">
            <h1>{ "Audit: where the report disagrees with itself" }</h1>
            <KeyFinding>{ key_finding(&data.errata, &kinds) }</KeyFinding>
            <OnThisPage items={kinds.iter().filter(|k| data.errata.iter().any(|e| e.kind == **k)).map(|k| (AttrValue::from(survey::data::listfilter::slug(kind_label(k))), AttrValue::from(kind_label(k)))).collect::<Vec<_>>()} />
            <p class="intro">{ format!(
                "We recomputed every printed percent from its counts, every column total, every row total, every figure that appears in two tables, and every prose figure we could derive from the tables. {} disagreements are listed here ({} of them found and re-checked automatically every time the app is built; the rest are wording or endnote contradictions found by reading). We never correct the report's numbers: the app shows them as printed and flags them.",
                data.errata.len(), checked) }</p>
            <p class="hint">{ format!("Each time this app is built, its tests recompute these figures: {} disagreements are found, each one listed below.", found) }</p>
            <div class="view-tools">
                <DownloadCsv filename="errata.csv" title="Report-internal inconsistencies" source="ASCA–Liman report, various tables and pages"
                    header={vec!["id", "kind", "table", "jurisdiction", "printed", "computed", "page", "description"]} rows={rows} />
                <CopyLink />
            </div>
            <ListFilter label="Filter the disagreements" placeholder="e.g. California, or Table 7" shown={matching} total={data.errata.len()} />
            { for kinds.iter().map(|k| {
                let list: Vec<_> = data.errata.iter().filter(|e| e.kind == *k).filter(|e| fits(e)).collect();
                let all = data.errata.iter().filter(|e| e.kind == *k).count();
                if all == 0 { return html! {}; }
                html! {
                    <Group slug={survey::data::listfilter::slug(kind_label(k))} title={kind_label(k)} count={Some(list.len())} force_open={!filter.is_empty() && !list.is_empty()}>
                        <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}, scrolls sideways", kind_label(k))}>
                        <table class="data errata" data-testid={format!("errata-{k}")}>
                            <caption class="visually-hidden">{ kind_label(k) }</caption>
                            <thead><tr><th scope="col">{ "What disagrees" }</th><th scope="col">{ "Where" }</th><th scope="col" class="num">{ "Printed" }</th><th scope="col" class="num">{ "Computed" }</th><th scope="col" class="num">{ "Difference" }</th><th scope="col">{ "Page" }</th></tr></thead>
                            <tbody>
                                { in_parts(&list, |e| {
                                    let diff = survey::checks::audit::difference(&e.printed, &e.computed);
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
                    </Group>
                }
            }) }
        </article>
    }
}
