//! Reforms (Section VII): which jurisdictions described which kinds of change, filterable by kind
//! (kept in the URL), with a matrix, a chart of jurisdictions per kind, every summary with its
//! page, and the six systems the report profiles.

use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::{NoteMarkers, NotePanel};
use crate::components::group::{Group, KeyFinding, ListFilter, OnThisPage};
use crate::components::link::Link;
use crate::platform::later::Later;
use crate::state::{use_app, Action};
use survey::chart::bars::kind_bars;
use survey::data::format::{coord, fixed, thousands};
use survey::data::report::ReformKind;
use survey::data::table::Cell;
use survey::sections::reforms::{self, KindCount};
use survey::url::Route;
use yew::prelude::*;

/// The Reforms view.
#[function_component]
pub fn Reforms() -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let kind = match ctx.view().route {
        Route::Reforms { kind } => kind,
        _ => None,
    };
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let onclose = notes.onclose.clone();
    let onkind = {
        let (store, view) = (ctx.store.clone(), ctx.view().clone());
        Callback::from(move |k: Option<ReformKind>| {
            store.dispatch(Action::Go(view.with_route(Route::Reforms { kind: k })))
        })
    };
    let counts = reforms::count_by_kind(&data.reforms);
    let shown = reforms::shown(&data.reforms, kind);
    let name = |c: &str| data.name_of(c);
    let rows = reforms::csv_rows(&shown, name);
    let described = reforms::matrix(&data, None).len();
    let silent: Vec<String> = data
        .endnote(reforms::POLICY_NONRESPONSE_ENDNOTE)
        .map(|e| e.jurisdictions.iter().map(|c| name(c)).collect())
        .unwrap_or_default();
    let fig = |id: &str| {
        data.figure(id)
            .map(|f| f.value.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let answered = reforms::policy_respondents(&data)
        .map(|n| n.to_string())
        .unwrap_or_else(|| "?".into());
    let top = counts
        .iter()
        .max_by_key(|c| c.jurisdictions.len())
        .map(|c| (c.kind.label(), c.jurisdictions.len()));
    let title = title(kind);

    html! {
        <article class="reforms-view" data-testid="reforms">
            <h1>{ "Reforms" }</h1>
            <KeyFinding>
                { format!("The report describes changes to restricted housing in {described} of the {answered} jurisdictions that answered the policy questions") }
                { match top { Some((k, n)) => format!("; the most common kind: {} ({n} jurisdictions).", k.to_ascii_lowercase()), None => ".".to_string() } }
            </KeyFinding>
            <OnThisPage items={vec![
                ("kind-chart-heading".into(), "How many jurisdictions described each kind".into()),
                ("who-described".into(), "Who described which kind (table)".into()),
                ("what-changed".into(), "What changed, by kind".into()),
                ("profiled-heading".into(), "The six systems the report profiles".into()),
            ]} />
            <p class="intro">
                { format!("The survey asked correctional systems what they had changed, or planned to change, in restricted housing from {} to the fall of 2015; \
                    a follow-up in March 2016 brought news up to early fall 2016. Of the {} jurisdictions surveyed, {answered} answered these questions (p. 55).", fig("vii_period_start"), data.jurisdictions.len()) }
                { format!(" The report describes changes for {described} jurisdictions; \
                    the summaries below are ours, each with the report's section and page.") }
            </p>
            <div class="caveat">
                <p>{ "These are the systems' own descriptions. The survey did not measure whether or how the changes were carried out (p. 55), \
                    and the report gives examples: a jurisdiction missing here may still have reported changes. The grouping into kinds is ours." }</p>
                <p>
                    { format!("Did not answer the policy questions: {}.", silent.join(", ")) }
                    <NoteMarkers notes={vec![reforms::POLICY_NONRESPONSE_ENDNOTE]} onopen={onnote.clone()} />
                    { format!(" {} of those who answered also sent policies or settlement agreements (p. 55).", fig("vii_policy_copies")) }
                </p>
            </div>
            <NotePanel note={notes.open} {onclose} />
            <KindFilter counts={counts.clone()} chosen={kind} onchoose={onkind} />
            <div class="view-tools">
                <DownloadCsv filename={format!("reforms{}.csv", kind.map(|k| format!("-{}", k.token())).unwrap_or_default())} title={title.clone()}
                    source="Section VII, pp. 55–71, and endnotes pp. 98–99" header={reforms::CSV_HEADER.to_vec()} rows={rows} />
                <CopyLink />
            </div>
            <div class="reforms-visuals">
                <Later><KindChart counts={counts.clone()} chosen={kind} /></Later>
                <Later><Matrix chosen={kind} /></Later>
            </div>
            <Later><WhatChanged {kind} onnote={onnote.clone()} /></Later>
            <Later><ProfiledSystems onnote={onnote.clone()} /></Later>
        </article>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct WhatChangedProps {
    /// The kind shown, if one.
    kind: Option<ReformKind>,
    /// Opens an endnote.
    onnote: Callback<u32>,
}

/// Every change described, in groups by kind, with the list's filter: a part of the page of its
/// own (its rows are built when its turn to hydrate comes, issue 13).
#[function_component]
fn WhatChanged(props: &WhatChangedProps) -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let (kind, onnote) = (props.kind, props.onnote.clone());
    let shown = reforms::shown(&data.reforms, kind);
    let name = |c: &str| {
        data.jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_else(|| c.to_string())
    };
    let title = title(kind);
    let filter = ctx.view().explorer.search.clone();
    let matching: Vec<_> = shown
        .iter()
        .copied()
        .filter(|r| {
            let n = name(&r.jurisdiction);
            let k = ReformKind::from_token(&r.kind)
                .map(|k| k.label())
                .unwrap_or("");
            survey::data::listfilter::matches(&[&n, k, &r.summary], &filter)
        })
        .collect();
    html! {
        <section aria-labelledby="reform-list-heading" id="what-changed">
            <h2 id="reform-list-heading">{ match kind { Some(k) => format!("What changed: {}", k.label()), None => "What changed, by kind".to_string() } }</h2>
            <p class="hint">{ format!("{title}: {} entries, in groups by kind. Summaries in our words; endnote numbers open the report's note.", shown.len()) }</p>
            <ListFilter label="Filter the changes" placeholder="e.g. Colorado, or mental" shown={matching.len()} total={shown.len()} />
            { for ReformKind::ALL.iter().filter(|k| kind.is_none_or(|c| c == **k)).map(|&k| {
                let entries: Vec<_> = matching.iter().copied().filter(|r| k.fits(r)).collect();
                let slug = survey::data::listfilter::slug(k.token());
                html! {
                    <Group slug={slug} title={k.label()} count={Some(entries.len())} force_open={!filter.is_empty() && !entries.is_empty()}>
                        if entries.is_empty() {
                            <p class="missing">{ "No entry matches the filter." }</p>
                        } else {
                        <table class="data reform-list" data-testid="reforms-table" data-kind={k.token()}>
                            <caption class="visually-hidden">{ format!("{}: {} entries", k.label(), entries.len()) }</caption>
                            <thead><tr>
                                <th scope="col">{ "Jurisdiction" }</th>
                                <th scope="col">{ "What it reported, and where" }</th>
                            </tr></thead>
                            <tbody>
                                { for entries.iter().map(|r| html! {
                                    <tr data-code={r.jurisdiction.clone()} data-kind={r.kind.clone()}>
                                        <th scope="row">
                                            <Link to={ctx.profile(&r.jurisdiction)}>{ name(&r.jurisdiction) }</Link>
                                        </th>
                                        <td>
                                            { r.summary.clone() }<NoteMarkers notes={reforms::notes_for(r, &data.endnotes)} onopen={onnote.clone()} />
                                            <span class="source-line">{ format!("Section {}, p. {}", r.section, r.page) }</span>
                                        </td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        }
                    </Group>
                }
            }) }
        </section>
    }
}

/// The list's title (and the CSV's) for the kind shown.
fn title(kind: Option<ReformKind>) -> String {
    match kind {
        Some(k) => format!(
            "Reforms of one kind ({}) described in Section VII",
            k.label()
        ),
        None => "Reforms described in Section VII, all kinds".to_string(),
    }
}

#[derive(Properties, PartialEq, Clone)]
struct KindFilterProps {
    /// Counts per kind.
    counts: Vec<KindCount>,
    /// The kind shown, if one.
    chosen: Option<ReformKind>,
    /// Called with the kind to show (`None` = all).
    onchoose: Callback<Option<ReformKind>>,
}

/// Toggle buttons: all kinds, or one.
#[function_component]
fn KindFilter(props: &KindFilterProps) -> Html {
    let KindFilterProps {
        counts,
        chosen,
        onchoose,
    } = props.clone();
    let button = |k: Option<ReformKind>, label: String| {
        let pressed = chosen == k;
        // Pressing the chosen kind again shows all kinds.
        let target = if pressed { None } else { k };
        let onclick = onchoose.reform(move |_| target);
        html! { <button type="button" aria-pressed={pressed.to_string()} {onclick} data-kind={k.map(|k| k.token()).unwrap_or("all")}>{ label }</button> }
    };
    html! {
        <div class="kind-filter" role="group" aria-label="Kind of change shown">
            { button(None, "All kinds".to_string()) }
            { for counts.iter().map(|c| button(Some(c.kind), format!("{} ({})", c.kind.label(), c.jurisdictions.len()))) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct KindChartProps {
    /// Counts per kind.
    counts: Vec<KindCount>,
    /// Highlighted kind.
    chosen: Option<ReformKind>,
}

/// SVG bars: jurisdictions per kind, drawn from `reforms::bars`.
#[function_component]
fn KindChart(props: &KindChartProps) -> Html {
    let node = use_node_ref();
    let measured = crate::components::measure::use_measured_width(node.clone());
    let names: Vec<&str> = props.counts.iter().map(|c| c.kind.label()).collect();
    let alt = reforms::describe(&props.counts);
    // Until measured, drawn for a phone and for the widest box (`charts::fitted`).
    let draw = |width: f64, variant: Option<crate::charts::Variant>| {
        let id = |base: &str| crate::charts::variant_id(base, variant);
        let width = width.min(520.0);
        let fit = survey::chart::fit::fit(width, &names, &["99"]);
        let frame = fit.frame;
        let (mut bars, height) = kind_bars(&props.counts, frame);
        let height = height
            + survey::chart::fit::shift_for_names(
                &fit,
                &mut bars.iter_mut().map(|b| &mut b.y).collect::<Vec<_>>(),
            );
        html! {
                    <svg width={coord(frame.width)} height={coord(height)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height))} role="img" aria-labelledby={format!("{} {}", id("kind-chart-title"), id("kind-chart-desc"))} class={classes!("bars", "kind-bars", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={id("kind-chart")}>
                        <title id={id("kind-chart-title")}>{ "Number of jurisdictions the report describes for each kind of change (Section VII)" }</title>
                        <desc id={id("kind-chart-desc")}>{ alt.clone() }</desc>
                        { for bars.iter().map(|b| {
                            let on = props.chosen == Some(b.kind);
                            let ty = fixed(survey::chart::fit::centred_baseline(&fit, b.y, frame.bar), 1);
                            let (nx, ny, anchor) = survey::chart::fit::name_at(&fit, b.y, frame.bar);
                            html! {
                                <g class={classes!("kind-bar", on.then_some("chosen"))} data-kind={b.kind.token()} data-value={b.value.to_string()}>
                                    <text x={coord(nx)} y={fixed(ny, 1)} text-anchor={anchor} class="bar-name">{ b.kind.label() }</text>
                                    <rect x={coord(frame.label_width)} y={coord(b.y)} width={fixed(b.width, 2)} height={coord(frame.bar)} />
                                    <text x={fixed(frame.label_width + b.width + 4.0, 2)} y={ty} class="bar-value">{ b.value }</text>
                                </g>
                            }
                        }) }
                    </svg>
        }
    };
    html! {
        <section class="chart" aria-labelledby="kind-chart-heading">
            <h2 id="kind-chart-heading">{ "Jurisdictions per kind of change" }</h2>
            <crate::components::download::ChartExport source="Section VII, pp. 55–71" filename="reforms-by-kind" testid="kind-chart"
                subtitle="Jurisdictions the report describes for each kind of change; one jurisdiction can appear under several kinds"
                notes={props.chosen.map(|k| vec![format!("Highlighted: {}, the kind chosen on the page.", k.label())]).unwrap_or_default()}>
            <figure ref={node} class="chart-frame kind-frame">
                { crate::charts::fitted(measured, survey::chart::fit::REFORMS_LAYOUTS, draw) }
            </figure>
            </crate::components::download::ChartExport>
            <p class="hint">{ "A jurisdiction counts once per kind, however many changes of that kind it described." }</p>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct MatrixProps {
    /// Kind filter: only jurisdictions with this kind, its column highlighted.
    chosen: Option<ReformKind>,
}

/// Jurisdictions × kinds, ✓ where the report describes a change.
#[function_component]
fn Matrix(props: &MatrixProps) -> Html {
    let ctx = use_app();
    let rows = reforms::matrix(&ctx.app.data, props.chosen);
    let col = |k: ReformKind| classes!((props.chosen == Some(k)).then_some("chosen"));
    html! {
        <section aria-labelledby="matrix-heading" class="matrix-section">
            <h2 id="matrix-heading">{ "Who described which kind" }</h2>
            <p class="hint">{ "✓ = the report describes at least one change of that kind (a number = how many); · = none described." }</p>
            <Group slug="who-described" title={format!("The table: {} jurisdictions by kind of change", rows.len())}>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Jurisdictions by kind of change, scrolls sideways">
                <table class="data reform-matrix" data-testid="reform-matrix">
                    <caption>{ format!("{} jurisdictions by kind of change", rows.len()) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Jurisdiction" }</th>
                        { for ReformKind::ALL.iter().map(|&k| html! { <th scope="col" class={col(k)}>{ k.label() }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr data-code={r.code.clone()}>
                                <th scope="row"><Link to={ctx.profile(&r.code)}>{ r.name.clone() }</Link></th>
                                { for r.cells.iter().zip(ReformKind::ALL).map(|(&n, k)| match n {
                                    0 => html! { <td class={classes!("none", col(k))}><span aria-hidden="true">{ "·" }</span><span class="visually-hidden">{ "none described" }</span></td> },
                                    1 => html! { <td class={classes!("yes", col(k))}><span aria-hidden="true">{ "✓" }</span><span class="visually-hidden">{ "yes, 1 change" }</span></td> },
                                    n => html! { <td class={classes!("yes", col(k))}><span aria-hidden="true">{ format!("✓ {n}") }</span><span class="visually-hidden">{ format!("yes, {n} changes") }</span></td> },
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            </Group>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ProfiledProps {
    /// Opens an endnote.
    onnote: Callback<u32>,
}

/// The six systems Section VII.F profiles, as cards linking to their profile pages.
#[function_component]
fn ProfiledSystems(props: &ProfiledProps) -> Html {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let profiled = reforms::profiled(&data.reforms);
    let t2 = data.table(2);
    html! {
        <section aria-labelledby="profiled-heading">
            <h2 id="profiled-heading">{ format!("The {} systems the report profiles", profiled.len()) }</h2>
            <p class="hint">{ "Section VII.F describes the federal system and five states that reported major efforts to reduce restricted housing. The before-and-after figures are the systems' own and need not follow the survey's definition." }</p>
            <Group slug="profiled" title={format!("{} profiles: their figures and changes", profiled.len())} summary={profiled.iter().map(|p| data.name_of(&p.code)).collect::<Vec<_>>().join(", ")}>
            <ul class="cards profiled-cards">
                { for profiled.iter().map(|p| {
                    let name = data.name_of(&p.code);
                    let count = t2.and_then(|t| t.cell(&p.code, "rh_population")).and_then(|c| c.count());
                    // The percent as printed (Table 2 prints Utah's as 14.0).
                    let pct = match t2.and_then(|t| t.cell(&p.code, "rh_percent")) {
                        Some(Cell::Percent(d)) => format!(" ({d}%)"),
                        _ => String::new(),
                    };
                    let notes = t2.map(|t| t.notes_for(&p.code, "rh_population")).unwrap_or_default();
                    let partial = matches!(t2.and_then(|t| t.cell(&p.code, "reporting_facilities_only")), Some(Cell::Flag(true)));
                    html! {
                        <li class="card" data-code={p.code.clone()} data-testid="profiled-card">
                            <h3>{ name.clone() }</h3>
                            <p class="source">{ format!("Section {}, pp. {} · {} changes described", p.section, p.pages, p.reforms) }</p>
                            <p>
                                { "Restricted housing, fall 2015: " }
                                { match count {
                                    Some(n) => html! { <><strong class="fall-2015">{ thousands(n) }{ pct }</strong><NoteMarkers {notes} onopen={props.onnote.clone()} /></> },
                                    None => html! { <span class="missing">{ "not reported" }</span> },
                                } }
                                if partial { <span class="source">{ " — percent of the facilities that reported only" }</span> }
                                <span class="source">{ " (Table 2, p. 22)" }</span>
                            </p>
                            <ul class="reported">
                                { for reforms::profile_figures(&data, &p.code).into_iter().map(|f| html! {
                                    <li>{ f.statement.clone() }{ " " }<strong>{ reforms::figure_value(f) }</strong>{ format!(" (p. {})", f.page) }</li>
                                }) }
                            </ul>
                            <p><Link to={ctx.profile(&p.code)}>{ format!("Everything about {name}") }</Link></p>
                        </li>
                    }
                }) }
            </ul>
            </Group>
        </section>
    }
}
