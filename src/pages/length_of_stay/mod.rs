//! Length of stay (Section V: Table 4, Chart 3, and the custody classifications behind Chart 4):
//! how long the 54,382 people with data had been in restricted housing, overall and by jurisdiction.

mod charts;

use crate::components::download::ChartExport;
use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::NoteMarkers;
use crate::components::measure::ChartPart;
use crate::components::page_data::use_computed;
use crate::components::page_header::PageHeader;
use crate::components::printed::{printed_list, printed_value, PrintedItem, TABLES_GIVE};
use crate::platform::later::{in_parts, Later};
use charts::{legend, overall_chart, share_chart, value_chart};
use survey::data::format::{percent, thousands};
use survey::sections::length_of_stay::{
    Classification, Held, LengthOfStay, StayBand, StayRow, SMALL,
};
use survey::Dataset;
use yew::prelude::*;

const SOURCE: &str = "Table 4, p. 27; Chart 3, p. 28; Section V.B, p. 29; Chart 4, p. 30";

/// The length-of-stay page (`?view=stay`).
#[function_component]
pub fn LengthOfStayPage() -> Html {
    let (data, stay) = use_computed(LengthOfStay::from_data);
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let fig = |id: &str| {
        data.figure(id)
            .map(|f| f.value.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let s: &LengthOfStay = &stay;
    let items = s
        .coverage(&data)
        .into_iter()
        .zip([
            "Jurisdictions with length-of-stay data",
            "People with length-of-stay data",
            "Everyone in restricted housing (Table 2)",
            "Share of everyone in restricted housing covered",
        ])
        .map(|(figure, label)| PrintedItem {
            label: label.into(),
            figure,
        })
        .collect::<Vec<_>>();
    // Each section below the first is drawn when its turn to hydrate comes (`Later`); a section
    // with a chart inside a `ChartPart`, which lays it out for its own measured width.
    let part = |f: fn(&LengthOfStay, &Dataset, &Callback<u32>, Option<f64>) -> Html| {
        let (stay, data, onnote) = (stay.clone(), data.clone(), onnote.clone());
        Callback::from(move |()| {
            let (stay, data, onnote) = (stay.clone(), data.clone(), onnote.clone());
            let render = Callback::from(move |width| f(&stay, &data, &onnote, width));
            html! { <ChartPart {render} /> }
        })
    };
    let text_part = |f: fn(&LengthOfStay, &Dataset, &Callback<u32>) -> Html| {
        let (stay, data, onnote) = (stay.clone(), data.clone(), onnote.clone());
        Callback::from(move |()| f(&stay, &data, &onnote))
    };
    html! {
        <article class="stay-view" data-testid="stay-view">
            <PageHeader title="How long people had been in restricted housing" intro={format!("On October 1, 2015, {} jurisdictions counted how long each person in restricted housing had been there so far — {} people in all. {} had been held less than three months; {} had been held a year or more, some of them for over six years.",
                s.rows.len(), thousands(s.total), s.share_below(StayBand::M3To6M).map(|p| percent(p, 0)).unwrap_or_default(), s.held_share(Held::Year1).map(|p| percent(p, 0)).unwrap_or_default())} source={format!("Source: {SOURCE}. Restricted housing here means in-cell 22 hours or more a day for 15 consecutive days or more.")} notes={notes.clone()} />
            <section aria-labelledby="stay-coverage">
                <h2 id="stay-coverage">{ "Who the figures cover" }</h2>
                { printed_list(&items) }
                <p class="caveat">{ format!("{} jurisdictions said they do not track length of stay as a matter of routine; {} of them still supplied figures from a one-off review in fall 2015.", fig("v_ls_not_tracking_jurisdictions"), fig("v_a_ls_nontrackers_with_data")) }<NoteMarkers notes={vec![181, 182, 183]} onopen={onnote.clone()} /></p>
            </section>
            <Later render={part(|s, data, _, width| html! {
                <section aria-labelledby="stay-overall">
                    <h2 id="stay-overall">{ "Overall" }</h2>
                    <ChartExport source={SOURCE} filename="length-of-stay-overall" testid="stay-overall" legend={Some(AttrValue::from("#stay-legend"))}
                        subtitle="In-cell 22 hours or more a day; time held so far on October 1, 2015">
                        { overall_chart(s, data, width) }
                    </ChartExport>
                    { printed_list(&held_items(s, data)) }
                    <p class="caveat">{ "These are times served so far on October 1, 2015, not completed stays: many people were still held after that date." }</p>
                </section>
            })} />
            <Later render={part(|s, _, _, width| html! {
                <section aria-labelledby="stay-by-j">
                    <h2 id="stay-by-j">{ "By jurisdiction" }</h2>
                    <ChartExport source={SOURCE} filename="length-of-stay-by-jurisdiction" testid="stay-share"
                        subtitle="In-cell 22 hours or more a day; shares of each jurisdiction's own total (n); † fewer than 100 people">
                        { legend() }
                        { share_chart(s, width) }
                    </ChartExport>
                </section>
            })} />
            <Later render={text_part(|s, data, onnote| html! {
                <section aria-labelledby="stay-table-h">
                    <h2 id="stay-table-h">{ "Table 4, with the long-stay shares" }</h2>
                    { stay_table(s, data, onnote) }
                </section>
            })} />
            <Later render={text_part(differing)} />
            <Later render={part(|_, data, onnote, width| classification(data, onnote, width))} />
            <Later render={text_part(|_, _, onnote| html! {
                <section aria-labelledby="stay-caveats">
                    <h2 id="stay-caveats">{ "Read with care" }</h2>
                    <ul class="caveats">
                        <li class="caveat">{ "New York counted its first band from zero days, not fifteen, and put everyone held three years or more in the three-to-six-year column, so its “6+ years” zero does not mean no one." }<NoteMarkers notes={vec![192]} onopen={onnote.clone()} /></li>
                        <li class="caveat">{ "Louisiana began recording length of stay in May 2012; California counted only the Security Housing Units at Pelican Bay; Minnesota only disciplinary segregation." }<NoteMarkers notes={vec![188, 185, 190]} onopen={onnote.clone()} /></li>
                        <li class="caveat">{ format!("Shares marked † rest on fewer than {SMALL} people: a handful of people moves them by whole percentage points.") }</li>
                    </ul>
                </section>
            })} />
        </article>
    }
}

/// The printed "held so far" figures (people and share for each threshold), to set beside Table 4.
fn held_items(s: &LengthOfStay, data: &Dataset) -> Vec<PrintedItem> {
    s.held_checks(data)
        .into_iter()
        .filter_map(|(h, count, pct)| {
            let pct = pct?;
            Some([
                count.map(|c| PrintedItem {
                    label: format!("Held {}: people", h.label()),
                    figure: c,
                }),
                Some(PrintedItem {
                    label: format!("Held {}: share", h.label()),
                    figure: pct,
                }),
            ])
        })
        .flatten()
        .flatten()
        .collect()
}

fn held_cell(r: &StayRow, h: Held) -> Html {
    match r.held_share(h) {
        Some(p) => {
            html! { <>{ percent(p, 1) }if r.small() { <span class="caution" title="Fewer than 100 people">{ " †" }<span class="visually-hidden">{ " (fewer than 100 people)" }</span></span> }</> }
        }
        None => html! { <span class="missing">{ "not reported" }</span> },
    }
}

fn csv_row(r: &StayRow) -> Vec<String> {
    let mut out = vec![r.code.clone(), r.name.clone()];
    out.extend(
        r.counts
            .iter()
            .map(|c| c.map(|n| n.to_string()).unwrap_or_default()),
    );
    out.push(r.total().to_string());
    out.push(r.table2.map(|n| n.to_string()).unwrap_or_default());
    out.extend(Held::ALL.iter().map(|&h| {
        r.held_share(h)
            .map(|p| survey::data::format::round_half_up(p, 1))
            .unwrap_or_default()
    }));
    out.push(r.small().to_string());
    out.push(
        r.notes
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" "),
    );
    out
}

/// The download's columns: the jurisdiction, Table 4's bands (named as in the data,
/// `survey::data::catalog::STAY_BANDS`), the totals beside them and the long-stay shares.
fn csv_header() -> Vec<&'static str> {
    let mut header = vec!["jurisdiction", "name"];
    header.extend(survey::data::catalog::STAY_BANDS);
    header.extend([
        "total_table4",
        "rh_population_table2",
        "held_1y_plus_pct",
        "held_3y_plus_pct",
        "held_6y_plus_pct",
        "under_100_people",
        "endnotes",
    ]);
    header
}

/// Table 4 with each row's total, Table 2's count and the long-stay shares; printed totals below.
fn stay_table(s: &LengthOfStay, data: &Dataset, onnote: &Callback<u32>) -> Html {
    let checks = s.band_checks(data);
    let held = s.held_checks(data);
    let coverage = s.coverage(data);
    html! {
        <>
        <div class="view-tools">
            <DownloadCsv filename="length-of-stay.csv" title="Table 4: people in restricted housing by time held so far, by jurisdiction"
                source="Table 4, p. 27" definition="In-cell 22+ hours a day for 15+ consecutive days; time held as of October 1, 2015"
                header={csv_header()} rows={s.rows.iter().map(csv_row).collect::<Vec<_>>()} />
            <CopyLink />
        </div>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Table 4 by jurisdiction, scrolls sideways">
        <table class="data stay-table" data-testid="stay-table">
            <caption>{ "People in restricted housing by time held so far (Table 4, p. 27), the sum of the bands beside Table 2's count, and each jurisdiction's share held one, three and six years or more." }</caption>
            <thead><tr>
                <th scope="col">{ "Jurisdiction" }</th>
                { for StayBand::ALL.iter().map(|b| html! { <th scope="col" class="num">{ b.label() }</th> }) }
                <th scope="col" class="num">{ "Total" }</th>
                <th scope="col" class="num">{ "Table 2 count" }</th>
                { for Held::ALL.iter().map(|h| html! { <th scope="col" class="num">{ h.short() }</th> }) }
            </tr></thead>
            <tbody>
                { in_parts(&s.rows, |r| html! {
                    <tr key={r.code.clone()} data-code={r.code.clone()}>
                        <th scope="row">{ r.name.clone() }<NoteMarkers notes={r.notes.clone()} onopen={onnote.clone()} /></th>
                        { for r.counts.iter().map(|c| match c {
                            Some(n) => html! { <td class="num">{ thousands(*n) }</td> },
                            None => html! { <td class="num missing">{ "not reported" }</td> },
                        }) }
                        <td class="num" data-testid={format!("stay-total-{}", r.code)}>{ thousands(r.total()) }</td>
                        <td class="num">
                            { r.table2.map(thousands).unwrap_or_default() }
                            if r.differs_from_table2() { <span class="differs" title="Not the sum of the bands: see below">{ " ≠" }<span class="visually-hidden">{ " (differs from the bands' total)" }</span></span> }
                        </td>
                        { for Held::ALL.iter().map(|&h| html! { <td class="num" data-testid={format!("held-{}-{}", h.short().trim_start_matches("≥ ").replace(' ', "-"), r.code)}>{ held_cell(r, h) }</td> }) }
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ "Total as printed" }</th>
                    { for checks.iter().map(|(_, t, _)| html! { <td class="num">{ t.clone().map(|f| printed_value(&f, "", TABLES_GIVE)).unwrap_or_default() }</td> }) }
                    <td class="num" data-testid="stay-grand-total">{ coverage.iter().find(|p| p.id == "v_a_stay_total_with_data").cloned().map(|f| printed_value(&f, "", TABLES_GIVE)).unwrap_or_default() }</td>
                    <td class="num">{ coverage.iter().find(|p| p.id == "v_b_total_rh_population").cloned().map(|f| printed_value(&f, "", TABLES_GIVE)).unwrap_or_default() }</td>
                    { for held.iter().map(|(_, _, p)| html! { <td class="num">{ p.clone().map(|f| printed_value(&f, "", TABLES_GIVE)).unwrap_or_default() }</td> }) }
                </tr>
            </tfoot>
        </table>
        </div>
        <p class="hint">{ "✓ = recomputed from the rows, same as printed. ≠ = Table 2 counts a different number of people (listed below). The Table 2 total covers every jurisdiction in Table 2, not only these. † fewer than 100 people." }</p>
        </>
    }
}

/// The 12 rows whose bands do not add up to their Table 2 count.
fn differing(s: &LengthOfStay, data: &Dataset, onnote: &Callback<u32>) -> Html {
    let list = s.differing(data);
    html! {
        <section aria-labelledby="stay-differ" data-testid="stay-differing">
            <h2 id="stay-differ">{ format!("{} jurisdictions whose bands do not match Table 2", list.len()) }</h2>
            <p>{ "For these, the people with length-of-stay data are not the same people Table 2 counts in restricted housing — usually fewer. The report explains each in an endnote; where the endnote's figures and the tables disagree, both are listed in the audit." }</p>
            <ul class="differ-list">
                { for list.iter().map(|(r, e)| html! {
                    <li data-code={r.code.clone()} data-erratum={e.map(|e| e.id.clone()).unwrap_or_default()}>
                        <strong>{ r.name.clone() }</strong>
                        { format!(": bands add to {}; Table 2 counts {}.", thousands(r.total()), r.table2.map(thousands).unwrap_or_else(|| "not reported".into())) }
                        <NoteMarkers notes={r.notes.clone()} onopen={onnote.clone()} />
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Section V.B: the custody classification split, as the report gives it.
fn classification(data: &Dataset, onnote: &Callback<u32>, width: Option<f64>) -> Html {
    let Some(c) = Classification::from_data(data) else {
        return html! {};
    };
    let values: Vec<(String, Option<f64>)> = c
        .parts
        .iter()
        .map(|(k, p, _)| (k.label().to_string(), Some(p.value.value())))
        .collect();
    let labels: Vec<(String, &'static str)> = c
        .parts
        .iter()
        .map(|(k, p, _)| (p.text(), k.class()))
        .collect();
    let reach: Vec<PrintedItem> = [c.jurisdictions.clone(), c.share_of_rh.clone()]
        .into_iter()
        .flatten()
        .zip([
            "Jurisdictions giving classifications",
            "Share of everyone in restricted housing (Table 2) covered",
        ])
        .map(|(figure, l)| PrintedItem {
            label: l.into(),
            figure,
        })
        .collect();
    let facts: Vec<PrintedItem> = c
        .by_length
        .iter()
        .map(|p| PrintedItem {
            label: p.statement.clone(),
            figure: p.clone(),
        })
        .collect();
    html! {
        <section aria-labelledby="stay-class" data-testid="stay-classification">
            <h2 id="stay-class">{ "Why they were held: custody classification" }</h2>
            <p>{ format!("A smaller group of jurisdictions also split their counts by why people were held. The report gives only the overall split, in its text (Chart 4 has no data labels). The four parts add to {}, not the {} the report states; both are shown.", thousands(c.sum_of_parts()), c.total.text()) }<NoteMarkers notes={vec![196, 197]} onopen={onnote.clone()} /></p>
            { printed_list(&reach) }
            <ChartExport source="Section V.B, p. 29; Chart 4, p. 30" filename="length-of-stay-classification" testid="stay-classification"
                subtitle="The report's overall split, from its text">
                <figure class="stay-chart">
                    { value_chart(&values, &labels, width, "classification", "People in restricted housing by custody classification (Section V.B, p. 29)") }
                </figure>
            </ChartExport>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Custody classification, scrolls sideways">
            <table class="data class-table" data-testid="classification-table">
                <caption>{ "Custody classification as printed (p. 29), with each printed share beside the share of the printed total its count gives." }</caption>
                <thead><tr><th scope="col">{ "Classification" }</th><th scope="col" class="num">{ "People" }</th><th scope="col" class="num">{ "Share" }</th></tr></thead>
                <tbody>
                    { for c.parts.iter().map(|(k, p, pct)| html! {
                        <tr><th scope="row">{ k.label() }</th><td class="num">{ p.text() }</td><td class="num">{ pct.clone().map(|f| printed_value(&f, "", TABLES_GIVE)).unwrap_or_default() }</td></tr>
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ "Total as printed" }</th>
                    <td class="num" data-testid="classification-total">{ printed_value(&c.total, "", "the four parts add to") }</td>
                    <td></td>
                </tr></tfoot>
            </table>
            </div>
            if let Some(e) = &c.erratum {
                <p class="caveat erratum" data-erratum={e.id.clone()}>{ format!("Report inconsistency (p. {}): {}", e.page, e.description) }</p>
            }
            <h3>{ "By length of stay (Chart 4, described in the text)" }</h3>
            { printed_list(&facts) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_download_names_its_columns_and_every_row_fills_them() {
        assert_eq!(
            csv_header(),
            [
                "jurisdiction",
                "name",
                "d15_to_1m",
                "m1_to_3m",
                "m3_to_6m",
                "m6_to_12m",
                "y1_to_3y",
                "y3_to_6y",
                "y6_plus",
                "total_table4",
                "rh_population_table2",
                "held_1y_plus_pct",
                "held_3y_plus_pct",
                "held_6y_plus_pct",
                "under_100_people",
                "endnotes",
            ]
        );
        let data = Dataset::embedded().unwrap();
        let stay = LengthOfStay::from_data(&data);
        assert_eq!(stay.rows.len(), 41);
        for r in &stay.rows {
            assert_eq!(csv_row(r).len(), csv_header().len(), "{}", r.code);
        }
    }
}
