//! The race and age views' three tables: all jurisdictions together, one group by jurisdiction,
//! and the percent table exactly as printed. Each carries a download of exactly its rows.

use crate::components::download::DownloadCsv;
use crate::components::endnotes::NoteMarkers;
use crate::pages::composition::cells::{
    capital, people, printed, share_percent, shares, slug, topic_words,
};
use crate::platform::later::in_parts;
use std::rc::Rc;
use survey::data::format::thousands;
use survey::data::sex::Sex;
use survey::sections::composition::{points, ratio, Composition, Share, Topic};
use survey::sections::composition_checks as checks;
use yew::prelude::*;

/// Props for [`OverallTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct OverallTableProps {
    /// All reporting jurisdictions together.
    pub overall: Rc<Composition>,
    /// Race or age.
    pub topic: Topic,
    /// Men or women.
    pub sex: Sex,
    /// Jurisdictions in the table.
    pub jurisdictions: usize,
    /// Tables and pages, for the export.
    pub source: AttrValue,
    /// Show the percent of each group held in restricted housing.
    #[prop_or_default]
    pub show_rate: bool,
}

/// One row per group: counts, our shares, the chart's and the total row's printed percents.
#[function_component]
pub fn OverallTable(props: &OverallTableProps) -> Html {
    let OverallTableProps {
        overall,
        topic,
        sex,
        jurisdictions,
        source,
        show_rate,
    } = props.clone();
    let (ct, pt) = topic.tables(sex);
    let chart = topic.chart(sex);
    html! {
        <>
            <div class="view-tools">
                <DownloadCsv filename={format!("{}-{}-all-jurisdictions.csv", slug(topic), sex.token())}
                    title={format!("{} of {} in custody and in restricted housing, {} jurisdictions together", topic_words(topic), sex.label().to_ascii_lowercase(), jurisdictions)}
                    source={source.clone()} header={checks::OVERALL_HEADER.to_vec()} rows={checks::overall_rows(&overall)} />
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="All jurisdictions together, scrolls sideways">
            <table class="data composition" data-testid="overall-table">
                <caption>{ format!("{} of {}: share of the custodial population and of restricted housing, all {jurisdictions} reporting jurisdictions together (sums of Table {ct}'s columns). Printed: Chart {chart} (one decimal) and Table {pt}'s total row (whole percents).", capital(topic_words(topic)), sex.label().to_ascii_lowercase()) }</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{ "Group" }</th>
                        <th scope="colgroup" colspan="4">{ "Custodial population" }</th>
                        <th scope="colgroup" colspan="4">{ "Restricted housing" }</th>
                        <th scope="col" rowspan="2" class="num">{ "Difference" }</th>
                        <th scope="col" rowspan="2" class="num">{ "Ratio" }</th>
                        if show_rate { <th scope="col" rowspan="2" class="num wrap">{ "Of the group in custody, held in restricted housing" }</th> }
                    </tr>
                    <tr>
                        <th scope="col" class="num">{ "People" }</th><th scope="col" class="num">{ "Share" }</th>
                        <th scope="col" class="num">{ format!("Chart {chart}") }</th><th scope="col" class="num">{ format!("Table {pt}") }</th>
                        <th scope="col" class="num">{ "People" }</th><th scope="col" class="num">{ "Share" }</th>
                        <th scope="col" class="num">{ format!("Chart {chart}") }</th><th scope="col" class="num">{ format!("Table {pt}") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for overall.groups.iter().enumerate().map(|(i, g)| html! {
                        <tr data-group={g.group.key}>
                            <th scope="row"><span class={classes!("swatch", format!("grp-{i}"))}></span>{ g.group.label }</th>
                            <td class="num">{ people(&g.custodial) }</td>
                            <td class="num" data-testid={format!("overall-{}-cust", g.group.key)}>{ share_percent(shares(&g.custodial)) }</td>
                            <td class="num">{ printed(g.custodial.printed.first()) }</td>
                            <td class="num">{ printed(g.custodial.printed.get(1)) }</td>
                            <td class="num">{ people(&g.restricted) }</td>
                            <td class="num" data-testid={format!("overall-{}-rh", g.group.key)}>{ share_percent(shares(&g.restricted)) }</td>
                            <td class="num">{ printed(g.restricted.printed.first()) }</td>
                            <td class="num">{ printed(g.restricted.printed.get(1)) }</td>
                            <td class="num">{ g.difference().map(|d| format!("{} pts", points(d))).unwrap_or_default() }</td>
                            <td class="num">{ g.ratio().map(ratio).unwrap_or_default() }</td>
                            if show_rate { <td class="num">{ share_percent(g.in_restricted()) }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}

/// Props for [`JurisdictionTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct JurisdictionTableProps {
    /// Every reporting jurisdiction.
    pub rows: Rc<Vec<Composition>>,
    /// Index of the group shown.
    pub index: usize,
    /// Race or age.
    pub topic: Topic,
    /// Men or women.
    pub sex: Sex,
    /// Tables and pages, for the export.
    pub source: AttrValue,
    /// Show the percent of the group held in restricted housing.
    #[prop_or_default]
    pub show_rate: bool,
    /// Called when an endnote marker is activated.
    pub onnote: Callback<u32>,
}

/// One group, every jurisdiction: counts, our shares, Table 8/10/12/14 as printed, gap and ratio.
#[function_component]
pub fn JurisdictionTable(props: &JurisdictionTableProps) -> Html {
    let JurisdictionTableProps {
        rows,
        index,
        topic,
        sex,
        source,
        show_rate,
        onnote,
    } = props.clone();
    let (ct, pt) = topic.tables(sex);
    let group = topic.groups()[index];
    let who = format!("{} {}", group.label, sex.label().to_ascii_lowercase());
    html! {
        <>
            <div class="view-tools">
                <DownloadCsv filename={format!("{}-{}-{}-by-jurisdiction.csv", slug(topic), sex.token(), group.key)}
                    title={format!("{who}: share of custody and of restricted housing by jurisdiction")}
                    source={source.clone()} header={checks::JURISDICTION_HEADER.to_vec()} rows={checks::jurisdiction_rows(&rows, index)} />
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Jurisdictions, scrolls sideways">
            <table class="data composition" data-testid="jurisdiction-table">
                <caption>{ format!("{who} by jurisdiction: people (Table {ct}), our share to one decimal, and Table {pt}'s printed whole percent. Difference = share of restricted housing minus share of custody, in percentage points; ratio above 1 = a larger share of restricted housing than of custody.") }</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{ "Jurisdiction" }</th>
                        <th scope="colgroup" colspan="3">{ "Custodial population" }</th>
                        <th scope="colgroup" colspan="3">{ "Restricted housing" }</th>
                        <th scope="col" rowspan="2" class="num">{ "Difference" }</th>
                        <th scope="col" rowspan="2" class="num">{ "Ratio" }</th>
                        if show_rate { <th scope="col" rowspan="2" class="num wrap">{ format!("Of {} in custody, held in restricted housing", group.label.to_ascii_lowercase()) }</th> }
                    </tr>
                    <tr>
                        <th scope="col" class="num">{ "People" }</th><th scope="col" class="num">{ "Share" }</th><th scope="col" class="num">{ format!("Table {pt}") }</th>
                        <th scope="col" class="num">{ "People" }</th><th scope="col" class="num">{ "Share" }</th><th scope="col" class="num">{ format!("Table {pt}") }</th>
                    </tr>
                </thead>
                <tbody>
                    { in_parts(&rows, |r| {
                        let g = &r.groups[index];
                        html! {
                            <tr key={r.code.clone()} data-code={r.code.clone()}>
                                <th scope="row">{ r.name.clone() }<NoteMarkers notes={row_notes(r, index)} onopen={onnote.clone()} /></th>
                                <td class="num">{ people(&g.custodial) }</td>
                                <td class="num" data-testid={format!("cust-{}", r.code)}>{ share_percent(shares(&g.custodial)) }</td>
                                <td class="num">{ printed(g.custodial.printed.first()) }</td>
                                <td class="num">{ people(&g.restricted) }</td>
                                <td class="num" data-testid={format!("rh-{}", r.code)}>{ share_percent(shares(&g.restricted)) }</td>
                                <td class="num" data-testid={format!("printed-rh-{}", r.code)}>{ printed(g.restricted.printed.first()) }</td>
                                <td class="num">{ g.difference().map(|d| format!("{} pts", points(d))).unwrap_or_default() }</td>
                                <td class="num">{ g.ratio().map(ratio).unwrap_or_default() }</td>
                                if show_rate { <td class="num" data-testid={format!("rate-{}", r.code)}>{ rate(g.in_restricted()) }</td> }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}

fn rate(s: Option<Share>) -> Html {
    match s {
        Some(s) if s.total > 0 => {
            html! { <>{ share_percent(Some(s)) }<span class="of">{ format!(" ({} of {})", thousands(s.count), thousands(s.total)) }</span></> }
        }
        Some(_) => html! { <span class="missing">{ "none in custody" }</span> },
        None => html! { <span class="missing">{ "—" }</span> },
    }
}

/// The row's endnotes plus the group's own (e.g. Alabama's Hispanic "not tracked").
fn row_notes(r: &Composition, index: usize) -> Vec<u32> {
    let mut notes = r.notes.clone();
    for s in [
        &r.groups[index].custodial.share,
        &r.groups[index].restricted.share,
    ] {
        if let Err(survey::sections::composition::NoShare::NotCollected { endnote, .. }) = s {
            if !notes.contains(endnote) {
                notes.push(*endnote);
            }
        }
    }
    notes
}

/// Props for [`PrintedTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct PrintedTableProps {
    /// Every reporting jurisdiction.
    pub rows: Rc<Vec<Composition>>,
    /// Race or age.
    pub topic: Topic,
    /// Men or women.
    pub sex: Sex,
}

/// The percent table exactly as printed, every group, errata flagged.
#[function_component]
pub fn PrintedTable(props: &PrintedTableProps) -> Html {
    let PrintedTableProps { rows, topic, sex } = props.clone();
    let (_, pt) = topic.tables(sex);
    let page = survey::data::catalog::table(pt)
        .map(|t| t.page)
        .unwrap_or(0);
    let header = checks::printed_header(topic).to_vec();
    html! {
        <details class="printed-table">
            <summary>{ format!("Table {pt} exactly as printed (p. {page})") }</summary>
            <div class="view-tools">
                <DownloadCsv filename={format!("table{pt:02}-as-printed.csv")} title={format!("Table {pt} as printed, errata flagged")}
                    source={format!("Table {pt}, p. {page}")} {header} rows={checks::printed_rows(&rows)} />
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("Table {pt} as printed, scrolls sideways")}>
            <table class="data composition" data-testid="printed-table">
                <caption>{ format!("Table {pt} as printed: whole percents of the custodial population and of restricted housing.") }</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{ "Jurisdiction" }</th>
                        <th scope="colgroup" colspan={topic.groups().len().to_string()}>{ "Custodial population" }</th>
                        <th scope="colgroup" colspan={topic.groups().len().to_string()}>{ "Restricted housing" }</th>
                    </tr>
                    <tr>
                        { for topic.groups().iter().chain(topic.groups()).map(|g| html! { <th scope="col" class="num">{ g.label }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { in_parts(&rows, |r| html! {
                        <tr key={r.code.clone()} data-code={r.code.clone()}>
                            <th scope="row">{ r.name.clone() }</th>
                            { for r.groups.iter().map(|g| html! { <td class="num">{ printed(g.custodial.printed.first()) }</td> }) }
                            { for r.groups.iter().map(|g| html! { <td class="num">{ printed(g.restricted.printed.first()) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </details>
    }
}
