//! The comparison table: every jurisdiction, sortable and searchable, bands as columns at the
//! wider thresholds, "not reported" spelled out, endnote markers, pin buttons.
//! The table and its tools are here; each row is in `row.rs`, the CSV download in `csv.rs`.

mod csv;
mod row;

use crate::components::download::{CopyEmbed, CopyLink, DownloadCsv, LazyRows};
use crate::platform::later::Later;
use crate::platform::settle::{use_next_frame, Same};
use crate::state::{use_static, Action};
use csv::{csv_name, csv_row, source, CSV_HEADER};
use row::Row;
use std::rc::Rc;
use survey::engine::definition::Hours;
use survey::engine::explore::{Sort, SortColumn};
use survey::engine::Summary;
use survey::url::ViewState;
use yew::prelude::*;

/// Props for [`ResultsTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsTableProps {
    /// The engine's result.
    pub summary: Rc<Summary>,
    /// The view it belongs to (sort, search, pins; rows link to profiles under it).
    pub view: Rc<ViewState>,
    /// Called when an endnote marker is activated.
    pub onnote: Callback<u32>,
    /// Called when a figure is activated (show its provenance).
    pub onprov: Callback<survey::checks::provenance::Provenance>,
}

/// The explorer's main table.
#[function_component]
pub fn ResultsTable(props: &ResultsTableProps) -> Html {
    let ctx = use_static();
    let ResultsTableProps {
        summary,
        view,
        onnote,
        onprov,
    } = props.clone();
    // The rows follow the header by a frame (issue 13): the click's paint shows the pressed
    // header (arrow, `aria-sort`); rearranging 53 rows — style, layout and paint of the whole
    // table, about 100 ms at 4× CPU — happens in the next task, `aria-busy` meanwhile.
    let ((sort, search), behind) =
        use_next_frame((view.explorer.sort, view.explorer.search.clone()));
    let order = survey::engine::explore::order(&summary, sort, &search);
    let csv_rows = {
        let data = ctx.app.data.clone();
        use_memo((Same(summary.clone()), order.clone()), move |(s, order)| {
            let (s, order) = (s.0.clone(), order.clone());
            LazyRows::new(order.len(), move || {
                order
                    .iter()
                    .map(|&i| csv_row(&data, &s, &s.rows[i]))
                    .collect()
            })
        })
    };
    let bands = summary.definition.hours != Hours::H22;
    let header = |label: &'static str, col: SortColumn, numeric: bool| {
        let active = view.explorer.sort.column == col;
        let aria = match (active, view.explorer.sort.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let next = Sort {
            column: col,
            descending: if active {
                !view.explorer.sort.descending
            } else {
                col != SortColumn::Name
            },
        };
        let store = ctx.dispatch.clone();
        let onclick = Callback::from(move |_| store.dispatch(Action::Sort(next)));
        let arrow = match aria {
            "descending" => "▼",
            "ascending" => "▲",
            _ => "↕",
        };
        html! {
            <th scope="col" aria-sort={aria} class={classes!(numeric.then_some("num"), secondary(col))}>
                <button type="button" class="sort" {onclick} data-testid={format!("sort-{}", col.token())}>
                    { label }<span aria-hidden="true" class="arrow">{ arrow }</span>
                </button>
            </th>
        }
    };
    let search = {
        let store = ctx.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::Search(input.value()));
        })
    };
    let all_columns = view.explorer.all_columns;
    let toggle_columns = {
        let store = ctx.dispatch.clone();
        Callback::from(move |_| store.dispatch(Action::AllColumns(!all_columns)))
    };
    let table_class = classes!(
        "data",
        "results-table",
        format!("sorted-{}", sort.column.token()),
        all_columns.then_some("all-columns")
    );
    html! {
        <section class="results skip-away" aria-labelledby="results-heading">
            <h2 id="results-heading">{ "Every jurisdiction" }</h2>
            <div class="table-tools">
                <label for="search">{ "Find a jurisdiction" }</label>
                <input id="search" type="search" value={view.explorer.search.clone()} oninput={search} placeholder="e.g. Texas" autocomplete="off" />
                <span class="count" aria-live="polite">{ format!("{} shown", order.len()) }</span>
                <DownloadCsv filename={csv_name(&summary)} title={format!("Explorer: {}", summary.definition.describe())}
                    source={source(&summary)} definition={summary.definition.describe()}
                    header={CSV_HEADER.to_vec()} lazy={(*csv_rows).clone()} />
                <CopyLink />
                <CopyEmbed />
                <button type="button" class="columns-toggle" aria-pressed={all_columns.to_string()} onclick={toggle_columns} data-testid="all-columns">{ "Show every column" }</button>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Table of every jurisdiction, scrolls sideways">
            <table class={table_class} data-testid="results-table"
                aria-busy={behind.then_some("true")} data-settled={(!behind).to_string()}>
                <caption>{ format!("{} — count and percent of the {} by jurisdiction. Click a column to sort; “not reported” is never zero.", capital(&summary.definition.describe()), denominator_words(&summary)) }</caption>
                <thead>
                    <tr>
                        <th scope="col" class="pin-col"><span class="visually-hidden">{ "Pin" }</span></th>
                        { header("Jurisdiction", SortColumn::Name, false) }
                        if bands {
                            { header("22+ h", SortColumn::H22, true) }
                            { header("20–21 h", SortColumn::H20, true) }
                            if summary.definition.hours == Hours::H16 { { header("16–19 h", SortColumn::H16, true) } }
                        }
                        { header("People", SortColumn::Count, true) }
                        { header(if summary.definition.population == survey::engine::definition::Population::All && summary.definition.denominator == survey::engine::definition::Denominator::Reporting { "Custodial population (* reporting facilities only)" } else { "Custodial population" }, SortColumn::Denominator, true) }
                        { header("Percent", SortColumn::Percent, true) }
                    </tr>
                </thead>
                <tbody>
                    // Each row hydrates after the first screen, several per task (issue 13: the
                    // table was one long task of start-up). Not keyed: a sort rewrites the
                    // rows' texts and attributes in place instead of moving 53 rows, which made
                    // the browser rebuild the style and layout boxes of the whole table.
                    { for order.iter().map(|&index| html! {
                        <Later><Row summary={Same(summary.clone())} {index}
                            pinned={view.explorer.compare.contains(&summary.rows[index].code)} onnote={onnote.clone()} onprov={onprov.clone()} /></Later>
                    }) }
                </tbody>
            </table>
            </div>
            { denominator_note(&ctx.app.data, &summary) }
        </section>
    }
}

/// Classes of a column a phone hides until asked ("Show every column"), unless the table is
/// sorted by it (CSS reads the table's `sorted-…` class, so a re-sort re-renders no row). The
/// percent gives its place to a secondary column the table is sorted by: a phone shows
/// jurisdiction, people and the sort column.
pub(super) fn secondary(col: SortColumn) -> Classes {
    match col {
        SortColumn::Name | SortColumn::Count => classes!(),
        SortColumn::Percent => classes!("col-percent"),
        c => classes!("secondary", format!("col-{}", c.token())),
    }
}

/// Under the table: which custodial population the percents use, and the starred rows.
fn denominator_note(data: &survey::Dataset, s: &Summary) -> Html {
    use survey::engine::definition::{Denominator, Population};
    let def = s.definition;
    let text = match (def.population, def.denominator) {
        (Population::All, Denominator::Reporting) => {
            let starred = survey::engine::coverage::starred(data);
            let names: Vec<String> = starred
                .iter()
                .map(|c| data.jurisdiction(c).map_or(c.clone(), |j| j.name.clone()))
                .collect();
            format!("Percents are of the custodial population of the facilities that reported restricted-housing data, as in the report. For {} jurisdictions that is only part of the system, marked * as in Table 2: {}. Choose “Whole prison system” to divide by everyone in custody.", starred.len(), names.join(", "))
        }
        (Population::All, Denominator::Total) => "Percents are of everyone in custody (the whole prison system), not the report's choice: for the 7 jurisdictions the report marks *, they are lower than the printed ones.".to_string(),
        (p, _) => format!("Percents are of the {} in custody that each jurisdiction reported in Table {} (the reporting facilities).", if p == Population::Men { "men" } else { "women" }, if p == Population::Men { 5 } else { 6 }),
    };
    html! { <p class="denominator-note" data-testid="denominator-note">{ text }</p> }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        // The definition's words are ASCII: ASCII case mapping keeps Unicode's tables out of
        // the first-view bundle (issue 13).
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn denominator_words(s: &Summary) -> &'static str {
    use survey::engine::definition::{Denominator, Population};
    match (s.definition.population, s.definition.denominator) {
        (Population::All, Denominator::Total) => "total custodial population",
        _ => "custodial population of the reporting facilities",
    }
}
