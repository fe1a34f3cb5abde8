//! A jurisdiction's profile: every figure the report has about it, each with its table, page and
//! endnotes; its definition of serious mental illness; its reforms; its count under each definition.

use crate::components::endnotes::{NoteMarkers, NotePanel};
use crate::components::group::{Group, OnThisPage};
use crate::components::link::Link;
use crate::state::use_app;
use survey::data::catalog;
use survey::data::format::{percent, thousands};
use survey::data::table::{Cell, ColumnKind};
use survey::engine::definition::{Choice, Definition, Hours, Stay};
use survey::engine::Status;
use survey::url::Page;
use yew::prelude::*;

/// The profile page of the route's jurisdiction.
#[function_component]
pub fn Profile() -> Html {
    let ctx = use_app();
    let note_panel = crate::components::endnotes::use_note_panel();
    let prov = use_state(|| None::<survey::checks::provenance::Provenance>);
    let onprov = {
        let prov = prov.clone();
        Callback::from(move |p| prov.set(Some(p)))
    };
    let onprovclose = {
        let prov = prov.clone();
        Callback::from(move |_| prov.set(None))
    };
    let onnote = note_panel.onopen.clone();
    let onclose = note_panel.onclose.clone();
    let data = ctx.app.data.clone();
    let Some(j) = ctx
        .view()
        .route
        .jurisdiction()
        .and_then(|c| data.jurisdiction(c))
        .cloned()
    else {
        return html! { <p>{ "Unknown jurisdiction." }</p> };
    };
    let code = j.code.clone();
    let back = ctx.with_page(Page::Explorer);
    let base = ctx.view().definition;

    let (errata, notes) = errata_and_notes(&data, &code);

    html! {
        <article class="profile" data-testid="profile">
            <p><Link to={back}>{ "← Back to all jurisdictions" }</Link></p>
            <h1>{ j.full_name() }</h1>
            if !j.responded {
                <p class="notice">{ "This jurisdiction did not respond to the survey: the report has no figures for it." }</p>
            }
            { current_figure(&data, &ctx.compute(&base), &code, onprov) }
            <NotePanel note={note_panel.open} {onclose} />
            <crate::components::provenance::ProvenancePanel prov={(*prov).clone()} onclose={onprovclose} />
            <OnThisPage items={on_this_page(!errata.is_empty(), !notes.is_empty())} />
            <crate::platform::later::Later><Details code={code.clone()} onnote={onnote.clone()} /></crate::platform::later::Later>
        </article>
    }
}

/// Every jurisdiction's profile to choose from: what a profile address shows when it names no
/// jurisdiction the survey knows (a mistyped code; the notice above says which).
#[function_component]
pub fn ProfileIndex() -> Html {
    let ctx = use_app();
    let explorer = ctx.with_page(Page::Explorer);
    let all = &ctx.app.data.jurisdictions;
    html! {
        <article class="profile" data-testid="profile-index">
            <h1>{ "Jurisdiction profiles" }</h1>
            <p>{ format!("Choose one of the {} jurisdictions the survey asked, or ", all.len()) }<Link to={explorer}>{ "compare them all in the explorer" }</Link>{ "." }</p>
            <ul class="profile-index">
                { for all.iter().map(|j| html! {
                    <li><crate::components::link::ProfileLink code={j.code.clone()}>{ j.name.clone() }</crate::components::link::ProfileLink></li>
                }) }
            </ul>
        </article>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct DetailsProps {
    /// The jurisdiction's code.
    code: AttrValue,
    /// Opens an endnote.
    onnote: Callback<u32>,
}

/// Everything on a profile below its figure: a part of the page of its own, computed and drawn
/// when its turn to hydrate comes (issue 13).
#[function_component]
fn Details(props: &DetailsProps) -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let code = props.code.to_string();
    let onnote = props.onnote.clone();
    let base = ctx.view().definition;

    // Count under each definition (everyone, 22/20/16 hours × each stay).
    let grid = Hours::ALL.iter().map(|&hours| {
        let cells = Stay::ALL.iter().map(|&stay| {
            let d = Definition { hours, stay, ..base };
            let s = ctx.compute(&Definition { population: survey::engine::definition::Population::All, ..d });
            let r = s.rows.iter().find(|r| r.code == code).cloned();
            // On a phone each hour row becomes a card and each cell says its stay (`data-col`, style.css).
            let at = stay.label();
            match r {
                _ if s.not_measured.is_some() => html! { <td class="missing" data-col={at}>{ "not measured" }</td> },
                Some(r) => match (r.count, r.status) {
                    (Some(n), Status::AtLeast) => html! { <td class="num" data-col={at}>{ format!("≥ {}", thousands(n)) }</td> },
                    (Some(n), _) => html! { <td class="num" data-col={at}>{ thousands(n) }{ r.percent.map(|p| format!(" ({})", percent(p, 1))).unwrap_or_default() }</td> },
                    (None, Status::Missing(g)) => html! { <td class="missing" data-col={at}>{ g.label() }</td> },
                    (None, _) => html! { <td class="missing" data-col={at}>{ "not reported" }</td> },
                },
                None => html! { <td data-col={at}></td> },
            }
        });
        html! { <tr><th scope="row">{ hours.label() }</th>{ for cells }</tr> }
    });

    let tables = data.tables.iter().filter(|t| t.number != 1).filter_map(|t| t.row(&code).map(|r| (t, r))).map(|(t, r)| {
        let info = catalog::table(t.number);
        let shown: Vec<usize> = t.columns.iter().enumerate()
            .filter(|(i, c)| !matches!(ColumnKind::of(c), ColumnKind::Key | ColumnKind::Notes) && survey::sections::plain::applies(c, &r.cells[*i]))
            .map(|(i, _)| i).collect();
        html! {
            <Group slug={format!("table-{}", t.number)} title={format!("Table {}: {}", t.number, info.map(|i| i.title).unwrap_or_default())} count={Some(shown.len())} summary={format!("Report p. {}", data.row_page(t.number, &code).unwrap_or_else(|| info.map_or(0, |i| u16::from(i.page))))}>
            <section class="profile-table">
                <dl class="figures">
                    { for shown.iter().map(|&i| (i, &t.columns[i])).map(|(i, c)| {
                        let label = survey::sections::plain::figure_label(c);
                        let value = match &r.cells[i] {
                            Cell::Missing => html! { <span class="missing">{ "not reported" }</span> },
                            Cell::Count(n) => html! { { thousands(*n) } },
                            Cell::Percent(p) => html! { { format!("{p}%") } },
                            Cell::Flag(b) => html! { { if *b { "yes" } else { "no" } } },
                            Cell::Text(s) => html! { { s.clone() } },
                        };
                        let notes: Vec<u32> = r.notes.iter().filter(|n| n.column.as_deref() == Some(c.as_str())).map(|n| n.number).collect();
                        html! { <div><dt>{ label }</dt><dd>{ value }<NoteMarkers notes={notes} onopen={onnote.clone()} /></dd></div> }
                    }) }
                </dl>
                if r.notes.iter().any(|n| n.column.is_none()) {
                    <p class="row-notes">{ "Endnotes for this row: " }<NoteMarkers notes={r.notes.iter().filter(|n| n.column.is_none()).map(|n| n.number).collect::<Vec<_>>()} onopen={onnote.clone()} /></p>
                }
            </section>
            </Group>
        }
    });
    let missing_tables: Vec<String> = data
        .tables
        .iter()
        .filter(|t| t.number != 1 && t.row(&code).is_none())
        .map(|t| t.number.to_string())
        .collect();
    let smi = data.smi_definitions.iter().find(|d| d.jurisdiction == code);
    let reforms: Vec<_> = data
        .reforms
        .iter()
        .filter(|r| r.jurisdiction == code)
        .collect();
    let (errata, notes) = errata_and_notes(&data, &code);

    html! {
        <>
            <section aria-labelledby="defs-heading">
                <h2 id="defs-heading">{ "How the count changes with the definition" }</h2>
                <crate::platform::later::Later>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Counts by definition">
                <table class="data stack-on-phone">
                    <caption>{ "People counted (and percent), by hours a day in-cell and minimum length of stay. Lengths of stay were reported only for 22+ hours (Table 4)." }</caption>
                    <thead><tr><th scope="col">{ "Hours" }</th>{ for Stay::ALL.iter().map(|s| html! { <th scope="col">{ s.label() }</th> }) }</tr></thead>
                    <tbody>{ for grid }</tbody>
                </table>
                </div>
                </crate::platform::later::Later>
            </section>
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">{ "Every figure the report gives" }</h2>
                <p class="hint">{ "By table; open a table to see its figures, each with its endnotes." }</p>
                { for tables }
                if !missing_tables.is_empty() {
                    <p class="hint">{ format!("Not in Tables {}.", missing_tables.join(", ")) }</p>
                }
            </section>
            if !errata.is_empty() {
                <section aria-labelledby="errata-heading">
                    <h2 id="errata-heading">{ "Where the report disagrees with itself" }</h2>
                    <ul>{ for errata.iter().map(|e| html! { <li>{ e.description.clone() }{ format!(" (p. {})", e.page) }</li> }) }</ul>
                </section>
            }
            <section aria-labelledby="smi-heading">
                <h2 id="smi-heading">{ "Its definition of serious mental illness" }</h2>
                { match smi {
                    Some(d) => html! { <blockquote class="definition">{ d.definition.clone() }<footer>{ format!("Appendix C, p. {}", d.page) }</footer></blockquote> },
                    None => html! { <p class="missing">{ "Not given in Appendix C." }</p> },
                } }
            </section>
            <section aria-labelledby="reforms-heading">
                <h2 id="reforms-heading">{ "Reforms it reported" }</h2>
                if reforms.is_empty() {
                    <p class="missing">{ "None described in Section VII." }</p>
                } else {
                    <ul class="reforms">{ for reforms.iter().map(|r| html! { <li><span class="tag">{ survey::data::report::ReformKind::from_token(&r.kind).map(|k| k.label().to_string()).unwrap_or_else(|| r.kind.replace('_', " ")) }</span>{ " " }{ r.summary.clone() }{ format!(" (Section {}, p. {})", r.section, r.page) }</li> }) }</ul>
                }
            </section>
            if !notes.is_empty() {
                <section aria-labelledby="notes-heading">
                    <h2 id="notes-heading">{ "Endnotes about it" }</h2>
                    <p><NoteMarkers notes={notes} onopen={onnote.clone()} /></p>
                </section>
            }
        </>
    }
}

/// Where the report disagrees with itself about the jurisdiction, and the endnotes about it.
fn errata_and_notes<'a>(
    data: &'a survey::Dataset,
    code: &str,
) -> (Vec<&'a survey::data::report::Erratum>, Vec<u32>) {
    let errata = data
        .errata
        .iter()
        .filter(|e| e.jurisdiction == code)
        .collect();
    let notes = data
        .endnotes
        .iter()
        .filter(|e| e.jurisdictions.iter().any(|j| j == code))
        .map(|e| e.number)
        .collect();
    (errata, notes)
}

/// The jurisdiction's figure under the definition in force, activatable for its provenance.
fn current_figure(
    data: &survey::Dataset,
    s: &survey::engine::Summary,
    code: &str,
    onprov: Callback<survey::checks::provenance::Provenance>,
) -> Html {
    let Some(r) = s.rows.iter().find(|r| r.code == code) else {
        return html! {};
    };
    let def = s.definition;
    html! {
        <p class="profile-figure" data-testid="profile-figure">
            { format!("{}: ", capitalise(&def.describe())) }
            <crate::components::provenance::FigureButton prov={survey::checks::provenance::of_count(data, r, &def)} onprov={onprov.clone()} testid="profile-count" />
            if r.percent.is_some() {
                { " — " }
                <crate::components::provenance::FigureButton prov={survey::checks::provenance::of_percent(data, r, &def)} onprov={onprov} testid="profile-percent" />
                { " of the custodial population" }
            }
        </p>
    }
}

/// The profile's parts, for its "On this page" list.
fn on_this_page(errata: bool, notes: bool) -> Vec<(AttrValue, AttrValue)> {
    let mut v: Vec<(AttrValue, AttrValue)> = vec![
        (
            "defs-heading".into(),
            "How the count changes with the definition".into(),
        ),
        (
            "figures-heading".into(),
            "Every figure the report gives".into(),
        ),
    ];
    if errata {
        v.push((
            "errata-heading".into(),
            "Where the report disagrees with itself".into(),
        ));
    }
    v.push((
        "smi-heading".into(),
        "Its definition of serious mental illness".into(),
    ));
    v.push(("reforms-heading".into(), "Reforms it reported".into()));
    if notes {
        v.push(("notes-heading".into(), "Endnotes about it".into()));
    }
    v
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}
