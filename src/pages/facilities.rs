//! Facilities and cells (Section III, Table 1): which facility types the systems run, for how many
//! restricted-housing data exist, double cells and private facilities, with the section's caveats.

use crate::charts::part_chart::PartChart;
use crate::components::count_cells::stacked_count_cell;
use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::NoteMarkers;
use crate::components::figure_checks::FigureChecks;
use crate::components::page_data::use_computed;
use crate::components::page_header::PageHeader;
use crate::platform::later::{in_parts, Later};
use std::rc::Rc;
use survey::chart::bars::segments;
use survey::data::catalog;
use survey::data::format::fixed;
use survey::export::view_csv::count_field;
use survey::sections::facilities::{self, DoubleCells, FacilityRow};
use survey::sections::{describe_bars, printed_figure};
use yew::prelude::*;

/// Props for [`TypesChart`].
#[derive(Properties, PartialEq, Clone)]
struct TypesChartProps {
    rows: Rc<Vec<FacilityRow>>,
}

/// Jurisdictions with each facility type, and how many of them collected restricted-housing data.
#[function_component]
fn TypesChart(props: &TypesChartProps) -> Html {
    let bars = facilities::bar_inputs(&props.rows);
    let alt = describe_bars(&bars, |b| {
        format!(
            "{}: {} jurisdictions, {} with restricted-housing data",
            b.name, b.whole, b.part
        )
    });
    let labels = bars
        .iter()
        .map(|b| format!("{} of {}", b.part, b.whole))
        .collect();
    html! {
        <PartChart bars={Rc::new(bars)} labels={Rc::new(labels)} {alt} id="fac-chart" testid="facilities-chart"
            title="Jurisdictions with each type of facility, and those collecting restricted-housing data for it (Table 1)" />
    }
}

/// Props for [`DoubleCellChart`].
#[derive(Properties, PartialEq, Clone)]
struct DoubleCellChartProps {
    cells: DoubleCells,
}

/// The jurisdictions that answered the double-cell question, split by their answers.
#[function_component]
fn DoubleCellChart(props: &DoubleCellChartProps) -> Html {
    let c = props.cells;
    let labels = [
        "double-celled and gave a number",
        "double-celled, no number",
        "did not double-cell (computed)",
    ];
    let classes = ["band-22", "band-20", "band-16"];
    let segs = segments(&c.parts(), 480.0);
    let desc = format!(
        "Of {} jurisdictions answering: {}.",
        c.responding,
        c.parts()
            .iter()
            .zip(labels)
            .map(|(n, l)| format!("{n} {l}"))
            .collect::<Vec<_>>()
            .join("; ")
    );
    html! {
        <figure>
            <ul class="legend" aria-label="Legend">
                { for labels.iter().zip(classes).zip(c.parts()).map(|((l, k), n)| html! { <li><span class={classes!("swatch", k)}></span>{ format!("{n} {l}") }</li> }) }
            </ul>
            <svg viewBox="0 0 480 24" role="img" aria-labelledby="dc-t dc-d" class="share" data-testid="double-cell-chart">
                <title id="dc-t">{ format!("How the {} jurisdictions answering the double-cell question answered (Section III.B)", c.responding) }</title>
                <desc id="dc-d">{ desc.clone() }</desc>
                { for segs.iter().zip(classes).map(|((x, w), k)| html! {
                    <rect x={fixed(*x, 2)} y="2" width={fixed(*w, 2)} height="20" class={k} />
                }) }
            </svg>
        </figure>
    }
}

/// The facilities-and-cells page.
#[function_component]
pub fn Facilities() -> Html {
    let (data, rows) = use_computed(facilities::rows);
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let checks_a = Rc::new(facilities::checks(&data, "III.A"));
    let checks_b = Rc::new(facilities::checks(&data, "III.B"));
    let cells = DoubleCells::from_report(&data);
    let fig = |id: &str| printed_figure(&data, id);
    let page = catalog::table(facilities::TABLE)
        .map(|t| t.page)
        .unwrap_or(0);
    let src = format!("Table 1, p. {page}; Section III");
    let csv: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.key.clone(),
                r.label.clone(),
                count_field(r.jurisdictions),
                count_field(r.collecting),
                count_field(r.without_data()),
            ]
        })
        .collect();
    html! {
        <article class="section-page facilities-page" data-testid="facilities-page">
            <PageHeader title="Facilities and cells" intro={"State and federal corrections departments run some kinds of facility directly and only contract for or share others. The survey asked which kinds each system includes, and for which it could count people in restricted housing — which is why the report's totals are mostly about prisons."} source={format!("Source: {src} (pp. 18–19); endnotes 152–164.")} notes={notes.clone()} />

            <section aria-labelledby="types-heading">
                <h2 id="types-heading">{ "Types of facility and data coverage" }</h2>
                <p class="lead">{ format!("Of the {} jurisdictions that answered, {} run prisons and {} collected restricted-housing data for them; only {} of the {} with jails had such data for their jails.",
                    fig("t01_n_jurisdictions"), fig("iii_a_jurisdictions_with_prisons"), fig("iii_a_prisons_rh_data"), fig("iii_a_jails_rh_data"), fig("iii_a_jurisdictions_with_jails")) }</p>
                <crate::components::download::ChartExport source="Table 1, p. 18" filename="facility-types" testid="facilities-chart"
                    subtitle="Jurisdictions with each type of facility, and those that collected restricted-housing data for it">
                    <ul class="legend" aria-label="Legend">
                        <li><span class="swatch band-22"></span>{ "collect restricted-housing data for it" }</li>
                        <li><span class="swatch band-16"></span>{ "have this type, no data" }</li>
                    </ul>
                    <TypesChart rows={rows.clone()} />
                </crate::components::download::ChartExport>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Table 1">
                    <table class="data stack-on-phone" data-testid="table-1">
                        <caption>{ format!("Table 1 – {} (n = {}, p. {page}). “Without data” is computed.", catalog::table(1).map(|t| t.title).unwrap_or_default(), fig("t01_n_jurisdictions")) }</caption>
                        <thead><tr>
                            <th scope="col">{ "Facility type" }</th>
                            <th scope="col" class="num">{ "Jurisdictions with it" }</th>
                            <th scope="col" class="num">{ "Collecting restricted-housing data" }</th>
                            <th scope="col" class="num">{ "Without data" }</th>
                        </tr></thead>
                        <tbody>
                            { in_parts(&rows, |r| html! {
                                <tr data-key={r.key.clone()}>
                                    <th scope="row">{ r.label.clone() }</th>
                                    { stacked_count_cell(r.jurisdictions, "Jurisdictions with it") }
                                    <td class="num" data-col="Collecting restricted-housing data">{ count_field(r.collecting) }<NoteMarkers notes={r.notes.clone()} onopen={onnote.clone()} /></td>
                                    { stacked_count_cell(r.without_data(), "Without data") }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="view-tools">
                    <DownloadCsv filename="table01-facility-types.csv" title="Table 1: types of facilities and jurisdictions collecting restricted-housing data" source={src.clone()}
                        header={vec!["facility_type", "label", "jurisdictions", "jurisdictions_collecting_rh_data", "without_data_computed"]} rows={csv} />
                    <CopyLink />
                </div>
                <ul class="caveat">
                    <li>{ "The survey did not define “types of facilities” or “control”; each system answered in its own terms." }<NoteMarkers notes={vec![153, 157]} onopen={onnote.clone()} /></li>
                    <li>{ format!("Jails are mostly run by counties (more than {}), outside state systems, so the report has very little on restricted housing in jails.", fig("iii_a_county_run_jails")) }<NoteMarkers notes={vec![152, 155, 158]} onopen={onnote.clone()} /></li>
                    <li>{ "Louisiana held many state prisoners in local jails and had no count of those in restricted housing there, so its jails are not in the count of jurisdictions with data." }<NoteMarkers notes={vec![156]} onopen={onnote.clone()} /></li>
                    <li>{ "Almost nothing is known about juvenile facilities; the age figures elsewhere in the report are based almost entirely on adult prisons." }<NoteMarkers notes={vec![159, 162]} onopen={onnote.clone()} /></li>
                    <li>{ format!("{} jurisdictions also named “Other” facilities, which Table 1 does not list.", fig("iii_a_other_facility_jurisdictions")) }<NoteMarkers notes={vec![161]} onopen={onnote.clone()} /></li>
                    <li>{ "So the report's “total” counts leave out people held in restricted housing in facilities the systems could not report on." }</li>
                </ul>
            </section>

            <Later>
            <section aria-labelledby="private-heading">
                <h2 id="private-heading">{ "Privately-contracted facilities" }</h2>
                <p class="lead" data-testid="private-lead">{ format!("{} people were reported in restricted housing in private facilities, in the {} jurisdictions (of {} with private facilities) that could say.",
                    fig("iii_a_private_rh_people"), fig("iii_a_private_rh_data"), fig("iii_a_private_jurisdictions")) }</p>
                <p>{ format!("Those {} jurisdictions held {} people in all, {} of them (about {}) in private facilities. The {} that reported held {} people, and {} of them ({}) were in restricted housing in private facilities.",
                    fig("iii_a_private_jurisdictions"), fig("iii_a_private_jurisdictions_custodial"), fig("iii_a_private_facility_population"), fig("iii_a_private_facility_share"),
                    fig("iii_a_private_rh_data"), fig("iii_a_private_rh_jurisdictions_custodial"), fig("iii_a_private_rh_people"), fig("iii_a_private_rh_share")) }</p>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="double-heading">
                <h2 id="double-heading">{ "Double cells" }</h2>
                <p class="lead" data-testid="double-cell-lead">{ format!("{} people in restricted housing were held two to a cell, in the {} jurisdictions that could count them.", fig("iii_b_double_cell_people"), fig("iii_b_double_cell_counted_jurisdictions")) }</p>
                <p>{ format!("The survey's definition of restricted housing — {} hours or more a day in-cell for {} days or more — covers people in double cells as well as single cells, following the Department of Justice's view that segregation is not always solitary.", fig("ii_b_def_hours"), fig("ii_b_def_days")) }<NoteMarkers notes={vec![163]} onopen={onnote.clone()} /></p>
                if let Some(c) = cells {
                    <crate::components::download::ChartExport source="Section III.B, p. 19" filename="double-celling" testid="double-cell-chart"
                        subtitle="Jurisdictions answering the survey's question on double-celling in restricted housing">
                        <DoubleCellChart cells={c} />
                    </crate::components::download::ChartExport>
                }
                <ul class="caveat">
                    <li>{ format!("{} jurisdictions double-celled people but could not say how many, so the real number is higher.", fig("iii_b_double_cell_uncounted_jurisdictions")) }</li>
                    <li>{ "The question did not ask whether a double cell actually held two people, nor how big double cells were compared with single cells." }<NoteMarkers notes={vec![164]} onopen={onnote.clone()} /></li>
                </ul>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="iii-checks-heading">
                <h2 id="iii-checks-heading">{ "Every figure in Section III, checked" }</h2>
                <FigureChecks checks={checks_a} caption="Section III.A: types of facilities (pp. 18–19)" filename="section-iii-a-printed-figures.csv" source="Section III.A, pp. 18–19" testid="iii-a-checks" />
                <FigureChecks checks={checks_b} caption="Section III.B: single and double cells (p. 19)" filename="section-iii-b-printed-figures.csv" source="Section III.B, p. 19" testid="iii-b-checks" />
            </section>
            </Later>
        </article>
    }
}
