//! The comparison table: every jurisdiction, sortable and searchable, bands as columns at the
//! wider thresholds, "not reported" spelled out, endnote markers, pin buttons.

use crate::components::download::{CopyEmbed, CopyLink, DownloadCsv, LazyRows};
use crate::components::endnotes::NoteMarkers;
use crate::components::link::ProfileLink;
use crate::components::provenance::figure_button;
use crate::platform::later::Later;
use crate::platform::settle::{use_next_frame, Same};
use crate::state::{use_static, Action};
use std::rc::Rc;
use survey::data::format::{percent, thousands};
use survey::engine::definition::Hours;
use survey::engine::explore::{Sort, SortColumn};
use survey::engine::{JurisdictionResult, Status, Summary};
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

fn cell_count(n: Option<u64>, r: &JurisdictionResult) -> Html {
    match (n, r.status) {
        (Some(n), _) => html! { { thousands(n) } },
        (None, Status::Missing(g)) => html! { <span class="missing">{ g.label() }</span> },
        (None, _) => html! { <span class="missing">{ "not reported" }</span> },
    }
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
        <section class="results" aria-labelledby="results-heading">
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

#[derive(Properties, PartialEq, Clone)]
struct RowProps {
    summary: Same<Summary>,
    /// Index of the row in `summary.rows`.
    index: usize,
    pinned: bool,
    onnote: Callback<u32>,
    onprov: Callback<survey::checks::provenance::Provenance>,
}

/// One row of the table, showing `summary.rows[index]`. Its own component so that pinning another
/// row does not re-render it (issue 8); a sort or a filter hands each row position a new `index`
/// and the row rewrites its texts and attributes in place (issue 13).
#[function_component]
fn Row(props: &RowProps) -> Html {
    let ctx = use_static();
    let summary = &props.summary.0;
    let Some(r) = summary.rows.get(props.index) else {
        return html! {};
    };
    let def = summary.definition;
    let bands = def.hours != Hours::H22;
    let pinned = props.pinned;
    let toggle = {
        let (store, code) = (ctx.dispatch.clone(), r.code.clone());
        Callback::from(move |_| store.dispatch(Action::TogglePin(code.clone())))
    };
    let at_least = r.status == Status::AtLeast;
    let (onnote, onprov) = (props.onnote.clone(), props.onprov.clone());
    html! {
        <tr class={classes!(pinned.then_some("pinned"), matches!(r.status, Status::Missing(_)).then_some("row-missing"))} data-code={r.code.clone()}>
            <td class="pin-col">
                <button type="button" class="pin" aria-pressed={pinned.to_string()} onclick={toggle}
                    aria-label={format!("Pin {} to compare", r.name)} title="Pin to compare">{ if pinned { "★" } else { "☆" } }</button>
            </td>
            <th scope="row">
                <ProfileLink code={r.code.clone()}>{ r.name.clone() }</ProfileLink>
                <NoteMarkers notes={r.notes.clone()} onopen={onnote} />
                if r.alternative_used { <span class="tag">{ "alternative" }</span> }
            </th>
            if bands {
                <td class={classes!("num", secondary(SortColumn::H22))}>{ cell_count(r.h22, r) }</td>
                <td class={classes!("num", secondary(SortColumn::H20))}>{ band_cell(r.h20_21, r) }</td>
                if def.hours == Hours::H16 { <td class={classes!("num", secondary(SortColumn::H16))}>{ band_cell(r.h16_19, r) }</td> }
            }
            <td class="num" data-testid={format!("count-{}", r.code)}>
                if r.count.is_some() {
                    { figure_button(row_prov(&ctx.app.data, &props.summary, props.index, false, &onprov), format!("prov-count-{}", r.code).into(),
                        &format!("{}{} people, {}", if at_least { "at least " } else { "" }, r.count.map(thousands).unwrap_or_default(), r.name),
                        html! { <>
                            if at_least { <span class="at-least" title="At least: 16–21 hour bands not reported">{ "≥ " }</span> }
                            { cell_count(r.count, r) }
                        </> }) }
                } else { { cell_count(r.count, r) } }
            </td>
            { denominator_cell(&ctx.app.data, &def, r) }
            <td class="num col-percent" data-testid={format!("percent-{}", r.code)}>
                { match r.percent {
                    Some(p) => figure_button(row_prov(&ctx.app.data, &props.summary, props.index, true, &onprov), format!("prov-percent-{}", r.code).into(),
                        &format!("{}{} of {}'s prisoners", if at_least { "at least " } else { "" }, percent(p, 1), r.name),
                        html! { <>{ if at_least { "≥ " } else { "" } }{ percent(p, 1) }</> }),
                    None => html! {},
                } }
            </td>
        </tr>
    }
}

/// What activating a row's count (or percent) does: show its provenance, built then — not on
/// every render of the row (issue 13: two provenances per row per definition change or sort).
fn row_prov(
    data: &Rc<survey::Dataset>,
    summary: &Same<Summary>,
    index: usize,
    percent: bool,
    onprov: &Callback<survey::checks::provenance::Provenance>,
) -> Callback<MouseEvent> {
    let (data, summary, onprov) = (data.clone(), summary.0.clone(), onprov.clone());
    Callback::from(move |_| {
        use survey::checks::provenance::{of_count, of_percent};
        if let Some(r) = summary.rows.get(index) {
            let def = summary.definition;
            onprov.emit(if percent {
                of_percent(&data, r, &def)
            } else {
                of_count(&data, r, &def)
            });
        }
    })
}

/// Classes of a column a phone hides until asked ("Show every column"), unless the table is
/// sorted by it (CSS reads the table's `sorted-…` class, so a re-sort re-renders no row). The
/// percent gives its place to a secondary column the table is sorted by: a phone shows
/// jurisdiction, people and the sort column.
fn secondary(col: SortColumn) -> Classes {
    match col {
        SortColumn::Name | SortColumn::Count => classes!(),
        SortColumn::Percent => classes!("col-percent"),
        c => classes!("secondary", format!("col-{}", c.token())),
    }
}

/// The custodial population a row's percent uses, with the report's "*" where only the reporting
/// facilities are counted (the reason in a tooltip and for screen readers).
fn denominator_cell(
    data: &survey::Dataset,
    def: &survey::engine::definition::Definition,
    r: &JurisdictionResult,
) -> Html {
    let Some(n) = r.denominator else {
        return html! { <td class={classes!("num", secondary(SortColumn::Denominator))}></td> };
    };
    let d = survey::engine::coverage::row_denominator(data, def, &r.code);
    html! {
        <td class={classes!("num", "denominator", secondary(SortColumn::Denominator))} title={d.detail.clone()} data-testid={format!("denominator-{}", r.code)}>
            { thousands(n) }
            if d.star { <span class="star" aria-hidden="true">{ "*" }</span><span class="visually-hidden">{ format!(" ({})", d.detail) }</span> }
        </td>
    }
}

fn band_cell(n: Option<u64>, r: &JurisdictionResult) -> Html {
    match (n, r.status) {
        (Some(n), _) => html! { { thousands(n) } },
        (None, Status::Missing(_)) => html! {},
        (None, _) => html! { <span class="missing">{ "not reported" }</span> },
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

fn source(s: &Summary) -> String {
    use survey::engine::definition::{Population, Stay};
    let mut t = vec!["Table 2, p. 22"];
    if s.definition.hours != Hours::H22 {
        t.push("Table 3, p. 25");
    }
    if s.definition.stay != Stay::D15 {
        t.push("Table 4, p. 27");
    }
    match s.definition.population {
        Population::Men => t.push("Table 5, p. 32"),
        Population::Women => t.push("Table 6, p. 34"),
        Population::All => {}
    }
    t.join("; ")
}

/// The explorer CSV's columns: printed values as printed, computed ones in their own columns.
const CSV_HEADER: [&str; 12] = [
    "jurisdiction",
    "name",
    "status",
    "count",
    "h22_plus",
    "h20_21",
    "h16_19",
    "denominator",
    "denominator_kind",
    "percent_as_printed",
    "percent_computed",
    "endnotes",
];

/// The file name carries the view and the definition: `time-in-cell-explorer-16h-15d-all-reporting.csv`.
fn csv_name(s: &Summary) -> String {
    use survey::engine::definition::Choice;
    let d = s.definition;
    format!(
        "time-in-cell-explorer-{}h-{}-{}-{}{}.csv",
        d.hours.value(),
        d.stay.token(),
        d.population.token(),
        d.denominator.token(),
        if d.alternatives { "-alternatives" } else { "" }
    )
}

fn csv_row(data: &survey::Dataset, s: &Summary, r: &JurisdictionResult) -> Vec<String> {
    use survey::engine::definition::{Denominator, Hours, Population, Stay};
    let def = s.definition;
    // The report prints a percent only for the survey's own definition (Tables 2, 5, 6).
    let printed = if def.hours == Hours::H22
        && def.stay == Stay::D15
        && def.denominator == Denominator::Reporting
    {
        let (t, col) = match (def.population, r.alternative_used) {
            (Population::All, true) => (2, "alt_rh_percent"),
            (Population::All, false) => (2, "rh_percent"),
            (Population::Men, _) => (5, "rh_percent"),
            (Population::Women, _) => (6, "rh_percent"),
        };
        match data.table(t).and_then(|t| t.cell(&r.code, col)) {
            Some(survey::Cell::Percent(d)) => d.to_string(),
            _ => String::new(),
        }
    } else {
        String::new()
    };
    let kind = survey::engine::coverage::row_denominator(data, &def, &r.code);
    let mut row = csv_row_base(r);
    row.insert(
        8,
        if kind.star {
            format!("* {}", kind.words)
        } else {
            kind.words
        },
    );
    row.insert(9, printed);
    row
}

fn csv_row_base(r: &JurisdictionResult) -> Vec<String> {
    let n = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    let status = match r.status {
        Status::Reported => "reported".to_string(),
        Status::ReportedZero => "reported zero".to_string(),
        Status::AtLeast => "at least (16-21 h bands not reported)".to_string(),
        Status::Missing(g) => g.label().to_string(),
    };
    vec![
        r.code.clone(),
        r.name.clone(),
        status,
        n(r.count),
        n(r.h22),
        n(r.h20_21),
        n(r.h16_19),
        n(r.denominator),
        r.percent
            .map(|p| survey::data::format::round_half_up(p, 2))
            .unwrap_or_default(),
        r.notes
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    ]
}
