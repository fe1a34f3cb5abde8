//! The mental-illness page's tables: the cells of Tables 15–16 (counts, printed percents with their
//! errata and small bases), each jurisdiction's folded definition, the CSV rows, and Tables 17–18
//! by race and ethnicity.

use super::source;
use crate::components::count_cells::count_cell;
use crate::components::download::DownloadCsv;
use crate::platform::later::in_parts;
use crate::state::use_app;
use survey::data::catalog;
use survey::data::format::thousands;
use survey::data::report::SmiDefinition;
use survey::export::view_csv::count_field;
use survey::sections::mental_illness::{self, PrintedPercent, RaceRow, SmiCounts, SmiRow};
use yew::prelude::*;

fn percent_cell(p: &Option<PrintedPercent>) -> Html {
    let Some(p) = p else {
        return html! { <td class="missing">{ "not reported" }</td> };
    };
    html! {
        <td class={classes!("num", p.erratum.is_some().then_some("erratum"))}>
            { format!("{}%", p.printed) }
            if let Some(e) = &p.erratum {
                <span class="flag" title={e.description.clone()}>{ format!(" ⚠ counts give {}%", e.computed) }</span>
            }
            if p.small_base() {
                <span class="small-base">{ format!("of only {} people", p.base.unwrap_or(0)) }</span>
            }
        </td>
    }
}

pub(super) fn sex_cells(c: &Option<SmiCounts>, table: u8) -> Html {
    match c {
        None => {
            html! { <td colspan="5" class="missing absent">{ format!("not in Table {table}") }</td> }
        }
        Some(c) => html! {
            <>
                { count_cell(c.custodial_population) }
                { count_cell(c.smi_custodial) }
                { percent_cell(&c.smi_custodial_pct) }
                { count_cell(c.smi_rh) }
                { percent_cell(&c.smi_rh_pct) }
            </>
        },
    }
}

/// Props for [`Definition`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct DefinitionProps {
    pub(super) definition: Option<SmiDefinition>,
    pub(super) name: AttrValue,
}

/// A jurisdiction's own definition, folded.
#[function_component]
pub(super) fn Definition(props: &DefinitionProps) -> Html {
    match &props.definition {
        Some(d) => html! {
            <details class="smi-definition">
                <summary>{ format!("Definition (p. {})", d.page) }<span class="visually-hidden">{ format!(" — {}", props.name) }</span></summary>
                <blockquote class="definition">{ d.definition.clone() }</blockquote>
            </details>
        },
        None => html! { <span class="missing">{ "No definition in Appendix C" }</span> },
    }
}

pub(super) fn smi_csv(rows: &[SmiRow]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            let mut v = vec![r.code.clone(), r.name.clone()];
            for c in [&r.men, &r.women] {
                let pct = |p: &Option<PrintedPercent>| {
                    p.as_ref()
                        .map(|p| p.printed.to_string())
                        .unwrap_or_default()
                };
                match c {
                    Some(c) => v.extend([
                        count_field(c.custodial_population),
                        count_field(c.smi_custodial),
                        pct(&c.smi_custodial_pct),
                        count_field(c.smi_rh),
                        pct(&c.smi_rh_pct),
                    ]),
                    None => v.extend(std::iter::repeat_n(String::new(), 5)),
                }
            }
            v.push(
                r.definition
                    .as_ref()
                    .map(|d| d.page.clone())
                    .unwrap_or_default(),
            );
            v.push(
                r.definition
                    .as_ref()
                    .map(|d| d.definition.clone())
                    .unwrap_or_default(),
            );
            v
        })
        .collect()
}

/// Props for [`RaceTable`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct RaceTableProps {
    pub(super) table: u8,
    pub(super) sex: AttrValue,
}

/// Table 17 or 18, with each row's definition.
#[function_component]
pub(super) fn RaceTable(props: &RaceTableProps) -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let rows: Vec<RaceRow> = mental_illness::race_rows(&data, props.table);
    let (sums, total) = mental_illness::race_sums(&rows);
    let defn = |code: &str| {
        data.smi_definitions
            .iter()
            .find(|d| d.jurisdiction == code)
            .cloned()
    };
    let csv: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut v = vec![r.code.clone(), r.name.clone()];
            v.extend(r.groups.iter().map(|g| count_field(*g)));
            v.push(count_field(r.total));
            v
        })
        .collect();
    let title = catalog::table(props.table)
        .map(|t| t.title)
        .unwrap_or_default();
    html! {
        <section class="race-table" aria-labelledby={format!("race-{}", props.table)}>
            <h3 id={format!("race-{}", props.table)}>{ format!("{} (Table {})", props.sex, props.table) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("Table {}, scrolls sideways", props.table)}>
                <table class="data" data-testid={format!("table-{}", props.table)}>
                    <caption>{ format!("{title}: people in custody with a serious mental health issue, by race and ethnicity ({}). Alphabetical.", source(props.table)) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Jurisdiction" }</th>
                        { for mental_illness::RACE_COLUMNS.iter().map(|(_, l)| html! { <th scope="col" class="num">{ *l }</th> }) }
                        <th scope="col" class="num">{ "Total" }</th>
                        <th scope="col">{ "Definition" }</th>
                    </tr></thead>
                    <tbody>
                        { in_parts(&rows, |r| html! {
                            <tr data-code={r.code.clone()}>
                                <th scope="row">{ r.name.clone() }</th>
                                { for r.groups.iter().map(|g| count_cell(*g)) }
                                { count_cell(r.total) }
                                <td><Definition definition={defn(&r.code)} name={r.name.clone()} /></td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ "Sum of the rows (computed; the report prints no total)" }</th>
                        { for sums.iter().map(|s| html! { <td class="num">{ thousands(*s) }</td> }) }
                        <td class="num">{ thousands(total) }</td>
                        <td></td>
                    </tr></tfoot>
                </table>
            </div>
            <div class="view-tools">
                <DownloadCsv filename={format!("table{}-smi-by-race.csv", props.table)} title={format!("{title} (by jurisdiction)")} source={source(props.table)}
                    header={vec!["jurisdiction", "name", "smi_cust_white", "smi_cust_black", "smi_cust_hispanic", "smi_cust_asian", "smi_cust_other", "smi_cust_total"]} rows={csv} />
            </div>
        </section>
    }
}
