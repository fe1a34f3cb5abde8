//! Pregnant prisoners (Section VI.D.2, Table 19) and transgender prisoners (Section VI.D.3): every
//! count as a count, the totals beside the text's, and the caveats the report attaches.

use crate::charts::part_chart::PartChart;
use crate::components::count_cells::count_cell;
use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::NoteMarkers;
use crate::components::figure_checks::FigureChecks;
use crate::components::page_data::use_computed;
use crate::components::page_header::PageHeader;
use crate::platform::later::{in_parts, Later};
use std::rc::Rc;
use survey::chart::bars::share_bar;
use survey::data::catalog;
use survey::data::format::{fixed, thousands};
use survey::export::view_csv::count_field;
use survey::sections::{describe_bars, pregnancy, printed_figure, SMALL_BASE};
use yew::prelude::*;

/// Props for [`PregnancyChart`].
#[derive(Properties, PartialEq, Clone)]
struct PregnancyChartProps {
    rows: Rc<Vec<pregnancy::PregnancyRow>>,
}

/// Pregnant women in custody per jurisdiction, with those in restricted housing drawn dark.
#[function_component]
fn PregnancyChart(props: &PregnancyChartProps) -> Html {
    let bars = pregnancy::bar_inputs(&props.rows);
    let alt = describe_bars(&bars, |b| {
        format!(
            "{}: {} pregnant, {} in restricted housing",
            b.name, b.whole, b.part
        )
    });
    let labels = bars
        .iter()
        .map(|b| {
            if b.part > 0 {
                format!("{} ({} in RH)", b.whole, b.part)
            } else {
                b.whole.to_string()
            }
        })
        .collect();
    html! {
        <PartChart bars={Rc::new(bars)} labels={Rc::new(labels)} {alt} id="preg-chart" testid="pregnancy-chart"
            title="Pregnant women in custody by jurisdiction (Table 19), with those in restricted housing" />
    }
}

/// Props for [`ShareFigure`].
#[derive(Properties, PartialEq, Clone)]
struct ShareFigureProps {
    part: u64,
    whole: u64,
    title: AttrValue,
}

/// One part-of-whole bar (transgender prisoners in restricted housing of all reported).
#[function_component]
fn ShareFigure(props: &ShareFigureProps) -> Html {
    let b = share_bar(props.part, props.whole, 400.0);
    let text = format!("{}: {} in restricted housing", props.title, b.label);
    html! {
        <crate::components::download::ChartExport title={props.title.clone()} subtitle={text.clone()} source="Section VI.D.3, p. 55" filename="transgender-prisoners" testid="transgender-chart">
        <ul class="legend visually-hidden" aria-hidden="true">
            <li><span class="swatch band-22"></span>{ "in restricted housing" }</li>
            <li><span class="swatch band-16"></span>{ "not in restricted housing" }</li>
        </ul>
        <figure>
            // The words are HTML (they keep their size at any width); the bar is decoration.
            <svg viewBox="0 0 400 24" aria-hidden="true" class="share" data-testid="transgender-chart">
                <rect x="0" y="4" width={fixed(b.width, 2)} height="16" class="band-16" />
                <rect x="0" y="4" width={fixed(b.part_width, 2)} height="16" class="band-22" />
            </svg>
            <figcaption class="share-caption">{ text }</figcaption>
        </figure>
        </crate::components::download::ChartExport>
    }
}

/// The pregnant-and-transgender page.
#[function_component]
pub fn Pregnancy() -> Html {
    let (data, rows) = use_computed(pregnancy::rows);
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let totals = pregnancy::totals(&rows);
    let preg_checks = Rc::new(pregnancy::pregnancy_checks(&data));
    let trans_checks = Rc::new(pregnancy::transgender_checks(&data));
    let trans_rh = pregnancy::transgender_rh(&data);
    let rh_only: Vec<String> = data
        .endnote(pregnancy::NOTE_TRANSGENDER_RH_ONLY)
        .map(|e| e.jurisdictions.iter().map(|c| data.name_of(c)).collect())
        .unwrap_or_default();
    let note_page = data
        .endnote(pregnancy::NOTE_TRANSGENDER_RH)
        .map(|e| e.page.clone())
        .unwrap_or_default();
    let fig = |id: &str| printed_figure(&data, id);
    let val = |id: &str| data.figure(id).map(|f| f.value.value() as u64).unwrap_or(0);
    let page = catalog::table(pregnancy::TABLE)
        .map(|t| t.page)
        .unwrap_or(0);
    let src = format!("Table 19, p. {page}; Section VI.D.2");
    let csv: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.code.clone(),
                r.name.clone(),
                count_field(r.women_custodial),
                count_field(r.pregnant_custodial),
                count_field(r.pregnant_rh),
            ]
        })
        .collect();
    let trans_csv: Vec<Vec<String>> = trans_rh
        .iter()
        .map(|t| vec![t.code.clone(), t.printed_name.clone(), t.count.to_string()])
        .collect();
    let with_rh: Vec<String> = rows
        .iter()
        .filter(|r| r.pregnant_rh.is_some_and(|n| n > 0))
        .map(|r| r.name.clone())
        .collect();
    html! {
        <article class="section-page pregnancy-page" data-testid="pregnancy-page">
            <PageHeader title="Pregnant and transgender prisoners" intro={"The survey asked how many pregnant women and how many transgender people each system held in fall 2015, and how many of them were in restricted housing. The numbers are small, so they are shown as counts."} source={format!("Source: {src}; Section VI.D.3, p. 55; endnotes 223–226.")} notes={notes.clone()} />

            <section aria-labelledby="preg-heading">
                <h2 id="preg-heading">{ "Pregnant prisoners" }</h2>
                <p class="lead" data-testid="pregnancy-lead">
                    { format!("{} jurisdictions reported {} pregnant women in custody; {} of them were in restricted housing, in {}.",
                        totals.rows, thousands(totals.pregnant_custodial), totals.pregnant_rh, with_rh.join(", ")) }
                </p>
                <crate::components::download::ChartExport source={format!("Table 19, p. {page}")} filename="pregnant-prisoners" testid="pregnancy-chart"
                    subtitle="Pregnant women in custody in each jurisdiction that reported any, fall 2015">
                    <ul class="legend" aria-label="Legend">
                        <li><span class="swatch band-16"></span>{ "pregnant, not in restricted housing" }</li>
                        <li><span class="swatch band-22"></span>{ "pregnant, in restricted housing (RH)" }</li>
                    </ul>
                    <PregnancyChart rows={rows.clone()} />
                </crate::components::download::ChartExport>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Table 19, scrolls sideways">
                    <table class="data" data-testid="table-19">
                        <caption>{ format!("Table 19 – Pregnant Prisoners in Restricted Housing (p. {page}), in the report's order. The report prints no total row; the sums below are computed.") }</caption>
                        <thead><tr>
                            <th scope="col">{ "Jurisdiction" }</th>
                            <th scope="col" class="num">{ "Women in custody" }</th>
                            <th scope="col" class="num">{ "Pregnant women in custody" }</th>
                            <th scope="col" class="num">{ "Pregnant women in restricted housing" }</th>
                        </tr></thead>
                        <tbody>
                            { in_parts(&rows, |r| html! {
                                <tr data-code={r.code.clone()}>
                                    <th scope="row">{ r.name.clone() }<NoteMarkers notes={r.notes.clone()} onopen={onnote.clone()} /></th>
                                    { count_cell(r.women_custodial) }
                                    { count_cell(r.pregnant_custodial) }
                                    { count_cell(r.pregnant_rh) }
                                </tr>
                            }) }
                        </tbody>
                        <tfoot><tr data-testid="table-19-sums">
                            <th scope="row">{ format!("Sum of the {} rows (computed)", totals.rows) }</th>
                            <td class="num">{ thousands(totals.women_custodial) }<span class="small-base">{ "not printed in the report" }</span></td>
                            <td class="num">{ thousands(totals.pregnant_custodial) }</td>
                            <td class="num">{ thousands(totals.pregnant_rh) }</td>
                        </tr></tfoot>
                    </table>
                </div>
                <div class="view-tools">
                    <DownloadCsv filename="table19-pregnant-prisoners.csv" title="Table 19: pregnant prisoners in custody and in restricted housing" source={src.clone()}
                        header={vec!["jurisdiction", "name", "women_custodial", "pregnant_custodial", "pregnant_rh"]} rows={csv} />
                    <CopyLink />
                </div>
                <FigureChecks checks={preg_checks} caption="Figures printed in Section VI.D.2, checked against Table 19 and its endnotes" filename="pregnancy-printed-figures.csv" source="Section VI.D.2, p. 54" testid="pregnancy-checks" />
                <ul class="caveat">
                    <li>{ format!("Only {} jurisdictions had detailed and consistent enough data; {} more gave some data on pregnancy but were left out.", fig("vi_d2_jurisdictions_reporting"), fig("vi_d2_jurisdictions_excluded")) }<NoteMarkers notes={vec![pregnancy::NOTE_EXCLUDED]} onopen={onnote.clone()} /></li>
                    <li>{ format!("{} jurisdictions reported no pregnant prisoners at all and are not in Table 19.", fig("vi_d2_jurisdictions_no_pregnant")) }<NoteMarkers notes={vec![pregnancy::NOTE_NONE_PREGNANT]} onopen={onnote.clone()} /></li>
                    <li>{ format!("No percents are shown: most systems held fewer than {SMALL_BASE} pregnant women, and a share of a handful of people says little.") }</li>
                </ul>
            </section>

            <Later>
            <section aria-labelledby="trans-heading">
                <h2 id="trans-heading">{ "Transgender prisoners" }</h2>
                <p class="lead" data-testid="transgender-lead">
                    { format!("{} jurisdictions reported {} transgender prisoners; {} of them ({} as printed) were in restricted housing, in {} jurisdictions.",
                        fig("vi_d3_jurisdictions_with_transgender"), fig("vi_d3_transgender_total"), fig("vi_d3_transgender_rh"), fig("vi_d3_transgender_rh_pct"), fig("vi_d3_jurisdictions_with_rh")) }
                </p>
                <ShareFigure part={val("vi_d3_transgender_rh")} whole={val("vi_d3_transgender_total")} title="Transgender prisoners in restricted housing, of all reported (Section VI.D.3)" />
                <p>{ "The report gives no per-jurisdiction table. It lists those in restricted housing by jurisdiction in an endnote:" }<NoteMarkers notes={vec![pregnancy::NOTE_TRANSGENDER_RH]} onopen={onnote.clone()} /></p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Transgender prisoners in restricted housing, scrolls sideways">
                    <table class="data" data-testid="transgender-table">
                        <caption>{ format!("Transgender prisoners in restricted housing, as endnote {} lists them (report p. {note_page}), in its order", pregnancy::NOTE_TRANSGENDER_RH) }</caption>
                        <thead><tr><th scope="col">{ "Jurisdiction" }</th><th scope="col" class="num">{ "In restricted housing" }</th></tr></thead>
                        <tbody>
                            { for trans_rh.iter().map(|t| html! {
                                <tr data-code={t.code.clone()}><th scope="row">{ t.printed_name.clone() }</th><td class="num">{ t.count }</td></tr>
                            }) }
                        </tbody>
                        <tfoot><tr><th scope="row">{ "Sum (computed)" }</th><td class="num">{ trans_rh.iter().map(|t| t.count).sum::<u64>() }</td></tr></tfoot>
                    </table>
                </div>
                <div class="view-tools">
                    <DownloadCsv filename="transgender-in-restricted-housing.csv" title="Transgender prisoners in restricted housing by jurisdiction (endnote 226)" source={format!("Section VI.D.3, p. 55; endnote {}, p. {note_page}", pregnancy::NOTE_TRANSGENDER_RH)}
                        header={vec!["jurisdiction", "name_as_printed", "transgender_rh"]} rows={trans_csv} />
                </div>
                <FigureChecks checks={trans_checks} caption="Figures printed in Section VI.D.3, checked against each other and endnote 226" filename="transgender-printed-figures.csv" source="Section VI.D.3, p. 55" testid="transgender-checks" />
                <ul class="caveat">
                    <li>{ format!("{} reported transgender prisoners in restricted housing but not how many they held in all; they are in neither total.", rh_only.join(" and ")) }<NoteMarkers notes={vec![pregnancy::NOTE_TRANSGENDER_RH_ONLY]} onopen={onnote.clone()} /></li>
                    <li>{ format!("The {} transgender prisoners come from the jurisdictions that reported any; the report's closing sentence attributes them to all {} that answered, {} of which reported none.",
                        fig("vi_d3_transgender_total"), fig("vi_d3_jurisdictions_reporting"), fig("vi_d3_jurisdictions_none")) }</li>
                    <li>{ "The report does not say how systems identified transgender prisoners, and it gives no count per jurisdiction of all transgender prisoners, so no per-jurisdiction share can be worked out." }</li>
                </ul>
            </section>
            </Later>
        </article>
    }
}
