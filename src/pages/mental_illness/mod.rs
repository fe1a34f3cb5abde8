//! Serious mental illness (Section VI.D.1, Tables 15–18, Appendix C): every jurisdiction's men and
//! women with a serious mental health issue, in custody and in restricted housing, beside its own
//! definition. Alphabetical only: the report warns the definitions are too different to rank.
//! The page itself is here; its tables are in `tables.rs` and its small multiples in `charts.rs`.

mod charts;
mod tables;

use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::NoteMarkers;
use crate::components::figure_checks::FigureChecks;
use crate::components::group::{Group, KeyFinding, OnThisPage};
use crate::components::page_data::use_computed;
use crate::components::page_header::PageHeader;
use crate::platform::later::{in_parts, Later};
use charts::Panels;
use std::rc::Rc;
use survey::data::catalog;
use survey::data::format::thousands;
use survey::sections::mental_illness;
use survey::sections::SMALL_BASE;
use tables::{sex_cells, smi_csv, Definition, RaceTable};
use yew::prelude::*;

fn source(n: u8) -> String {
    catalog::table(n)
        .map(|t| format!("Table {n}, p. {}", t.page))
        .unwrap_or_default()
}

/// The mental-illness page.
#[function_component]
pub fn MentalIllness() -> Html {
    let (data, rows) = use_computed(mental_illness::rows);
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let checks = Rc::new(mental_illness::checks(&data));
    let men = mental_illness::totals(&data, mental_illness::MEN_TABLE, &[]);
    let women = mental_illness::totals(&data, mental_illness::WOMEN_TABLE, &[]);
    let gap = mental_illness::rows_explaining_gap(
        &data,
        mental_illness::WOMEN_TABLE,
        "vi_d1_female_smi_custodial",
        "vi_d1_female_smi_rh",
    );
    let gap_names: Vec<String> = gap.iter().map(|c| data.name_of(c)).collect();
    let listed_but_defined: Vec<String> =
        mental_illness::listed_without_definition_but_defined(&data)
            .iter()
            .map(|c| data.name_of(c))
            .collect();
    let errata = mental_illness::errata(&data);
    let unlisted: Vec<String> = mental_illness::undefined_but_not_listed(&data)
        .iter()
        .map(|c| data.name_of(c))
        .collect();
    let example = rows.iter().find_map(|r| Some((r.name.clone(), r.men.as_ref()?.smi_rh?, r.men.as_ref()?.smi_custodial?)))
        .map(|(name, rh, all)| format!(" (“{} of {}” for {name}'s men: {} of its {} men with such an issue were in restricted housing)", thousands(rh), thousands(all), thousands(rh), thousands(all)))
        .unwrap_or_default();
    let n_defs = data.smi_definitions.len();
    let n_defs_printed = data
        .figure("vi_d1_n_definitions")
        .map(|f| f.value.to_string())
        .unwrap_or_default();
    let src = format!("{}; {}; Section VI.D.1; Appendix C", source(15), source(16));
    let foot = |t: Option<mental_illness::SmiTotals>| match t {
        Some(t) => html! { <>
            <td class="num">{ thousands(t.custodial_population) }</td>
            <td class="num">{ thousands(t.smi_custodial) }</td>
            <td></td>
            <td class="num">{ thousands(t.smi_rh) }</td>
            <td></td>
        </> },
        None => html! { <td colspan="5"></td> },
    };
    html! {
        <article class="section-page mental-page" data-testid="mental-page">
            <PageHeader title="Serious mental illness" intro={"How many men and women each prison system counted as having a serious mental health issue in fall 2015, and how many of them it held in restricted housing. Each system used its own definition; that definition sits beside its numbers."} source={format!("Source: {src}.")} notes={notes.clone()}>
            <p class="notice no-ranking" data-testid="no-ranking">
                <strong>{ "Why there is no ranking here. " }</strong>
                { format!("The report chose not to chart or compare these percentages: what counts as “serious mental illness” differs so much between systems that a higher or lower share may only mean a broader or narrower definition (Section VI.D.1, p. {}). So this page lists jurisdictions alphabetically, has no sort by percent, and shows every definition.", mental_illness::NO_CHART_WARNING_PAGE) }
            </p>
            </PageHeader>
            if let (Some(m), Some(w)) = (men, women) {
                <KeyFinding>{ format!("Of the {} men and {} women the reporting systems counted as having a serious mental health issue, {} men and {} women were in restricted housing — by each system's own definition.",
                    thousands(m.smi_custodial), thousands(w.smi_custodial), thousands(m.smi_rh), thousands(w.smi_rh)) }</KeyFinding>
            }
            <OnThisPage items={vec![
                ("smi-totals".into(), "Totals: the tables against the text".into()),
                ("smi-panels-heading".into(), "Each system on its own".into()),
                ("smi-table-heading".into(), "By jurisdiction: men and women (table)".into()),
                ("smi-race-heading".into(), "By race and ethnicity".into()),
                ("smi-errata-heading".into(), "Where the report disagrees with itself".into()),
                ("smi-caveats-heading".into(), "Read with care".into()),
            ]} />

            <section aria-labelledby="smi-totals">
                <h2 id="smi-totals">{ "Totals: the tables against the text" }</h2>
                <p>{ match (men, women) {
                    (Some(m), Some(w)) => format!("Table 15 lists {} jurisdictions with {} men with a serious mental health issue, {} of them in restricted housing. Table 16 lists {} jurisdictions with {} women, {} in restricted housing.",
                        m.rows, thousands(m.smi_custodial), thousands(m.smi_rh), w.rows, thousands(w.smi_custodial), thousands(w.smi_rh)),
                    _ => String::new(),
                } }
                if !gap_names.is_empty() {
                    { format!(" The text's figures for women are what Table 16 gives without {}.", gap_names.join(", ")) }
                }
                </p>
                <FigureChecks checks={checks} caption="Figures printed in Section VI.D.1, checked against Tables 15–18 and Appendix C" filename="mental-illness-printed-figures.csv" source="Section VI.D.1, pp. 48–53" testid="smi-checks" />
            </section>

            <Later>
            <section aria-labelledby="smi-panels-heading">
                <h2 id="smi-panels-heading">{ "Each system on its own" }</h2>
                <p class="hint">{ format!("One panel per jurisdiction, in alphabetical order. Each bar is that system's own people with a serious mental health issue (by its own definition); the dark part is those in restricted housing{}. Panels are not on a shared scale and are not meant to be compared.", example) }</p>
                <ul class="legend" id="smi-legend" aria-label="Legend">
                    <li><span class="swatch band-22"></span>{ "in restricted housing" }</li>
                    <li><span class="swatch band-16"></span>{ "not in restricted housing" }</li>
                </ul>
                <Group slug="each-system" title={format!("{} panels, one per jurisdiction", rows.len())}>
                    <crate::components::download::ChartExport title="People with a serious mental health issue in custody, and of them in restricted housing, by jurisdiction"
                        subtitle="Each system by its own definition; each panel on its own scale, not meant to be compared" legend={Some(AttrValue::from("#smi-legend"))}
                        source={src.clone()} filename="serious-mental-illness-panels" testid="smi-panels">
                        <figure><Panels rows={rows.clone()} /></figure>
                    </crate::components::download::ChartExport>
                </Group>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="smi-table-heading">
                <h2 id="smi-table-heading">{ "By jurisdiction: men and women" }</h2>
                <Group slug="smi-table" title={format!("The table: {} jurisdictions, with their definitions", rows.len())}>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Men and women with a serious mental health issue by jurisdiction, scrolls sideways">
                    <table class="data smi-table" data-testid="smi-table">
                        <caption>{ format!("Men ({}) and women ({}) in custody with a serious mental health issue (each jurisdiction's own definition) and in restricted housing, alphabetical. The second percent is the share of people with such an issue who were in restricted housing. A percent of fewer than {SMALL_BASE} people is marked.", source(15), source(16)) }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="colgroup" colspan="5">{ "Men (Table 15)" }</th>
                                <th scope="colgroup" colspan="5">{ "Women (Table 16)" }</th>
                                <td></td>
                            </tr>
                            <tr>
                                <th scope="col">{ "Jurisdiction" }</th>
                                { for (0..2).map(|_| html! { <>
                                    <th scope="col" class="num">{ "In custody" }</th>
                                    <th scope="col" class="num">{ "With a serious mental health issue" }</th>
                                    <th scope="col" class="num">{ "% of those in custody" }</th>
                                    <th scope="col" class="num">{ "Of them, in restricted housing" }</th>
                                    <th scope="col" class="num">{ "% in restricted housing" }</th>
                                </> }) }
                                <th scope="col">{ "Definition" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { in_parts(&rows, |r| html! {
                                <tr data-code={r.code.clone()}>
                                    <th scope="row">{ r.name.clone() }</th>
                                    { sex_cells(&r.men, mental_illness::MEN_TABLE) }
                                    { sex_cells(&r.women, mental_illness::WOMEN_TABLE) }
                                    <td class="definition-cell"><Definition definition={r.definition.clone()} name={r.name.clone()} /></td>
                                </tr>
                            }) }
                        </tbody>
                        <tfoot>
                            <tr data-testid="smi-sums">
                                <th scope="row">{ "Sum of the rows (computed)" }</th>
                                { foot(men) }
                                { foot(women) }
                                <td></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <div class="view-tools">
                    <DownloadCsv filename="serious-mental-illness.csv" title="Men and women with a serious mental health issue, in custody and in restricted housing, with each jurisdiction's definition" source={src.clone()}
                        header={vec!["jurisdiction", "name", "men_custodial_population", "men_smi_custodial", "men_smi_custodial_pct", "men_smi_rh", "men_smi_rh_pct",
                            "women_custodial_population", "women_smi_custodial", "women_smi_custodial_pct", "women_smi_rh", "women_smi_rh_pct", "definition_page", "definition"]}
                        rows={smi_csv(&rows)} />
                    <CopyLink />
                </div>
                </Group>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="smi-race-heading">
                <h2 id="smi-race-heading">{ "By race and ethnicity" }</h2>
                <p>{ "Where systems could break their counts down, the report gives people in custody with a serious mental health issue by race and ethnicity (not by restricted housing). Fewer jurisdictions could do so." }<NoteMarkers notes={vec![222]} onopen={onnote.clone()} /></p>
                <Group slug="smi-race-men" title="Men (Table 17)"><RaceTable table={mental_illness::MEN_RACE_TABLE} sex="Men" /></Group>
                <Group slug="smi-race-women" title="Women (Table 18)"><RaceTable table={mental_illness::WOMEN_RACE_TABLE} sex="Women" /></Group>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="smi-errata-heading">
                <h2 id="smi-errata-heading">{ "Where the report disagrees with itself" }</h2>
                <ul class="errata" data-testid="smi-errata">
                    { for errata.iter().map(|e| html! { <li data-id={e.id.clone()}>{ e.description.clone() }{ format!(" (p. {})", e.page) }</li> }) }
                    <li>{ format!("Appendix C prints {n_defs} definitions; the text says {n_defs_printed} jurisdictions gave one.") }
                        if !listed_but_defined.is_empty() {
                            { format!(" Endnote 218 names {} among those that gave data without a definition, yet Appendix C prints a definition for each.", listed_but_defined.join(" and ")) }
                        }
                        if !unlisted.is_empty() {
                            { format!(" And {} appears in Tables 15–16 with no definition in Appendix C, but endnote 218 does not name it.", unlisted.join(" and ")) }
                        }
                        <NoteMarkers notes={vec![218]} onopen={onnote.clone()} />
                    </li>
                </ul>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="smi-caveats-heading" class="caveats">
                <h2 id="smi-caveats-heading">{ "Read with care" }</h2>
                <ul class="caveat">
                    <li>{ "The survey imposed no definition. Some systems count only a few major diagnoses, others anyone on a mental-health caseload; some cite one edition of the psychiatric manual (DSM), some another, most none." }<NoteMarkers notes={vec![220]} onopen={onnote.clone()} /></li>
                    <li>{ "Jurisdictions that gave no data for the whole population, for restricted housing, or numbers that did not add up are left out of Tables 15 and 16 (among them Arizona, California and the Federal Bureau of Prisons)." }<NoteMarkers notes={vec![221]} onopen={onnote.clone()} /></li>
                    <li>{ "Some systems gave a definition but no data; some gave data but no definition." }<NoteMarkers notes={vec![218, 219]} onopen={onnote.clone()} /></li>
                    <li>{ format!("Many of these percents rest on small numbers of people; a percent of fewer than {SMALL_BASE} people is marked and can swing widely with one or two people.") }</li>
                    <li>{ "“Not reported” means the report prints nothing; it is never a zero. Counts are as of fall 2015." }</li>
                </ul>
            </section>
            </Later>
        </article>
    }
}
