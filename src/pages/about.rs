//! About the data: what the survey asked and when, who is missing from the counts, how the 2015
//! definition differs from 2014's, why the line matters, how to cite, the files, and the audit.

use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::{NoteMarkers, NotePanel};
use crate::components::link::Link;
use crate::platform::later::{in_parts, Later};
use crate::state::use_app;
use std::rc::Rc;
use survey::data::catalog::CITATION;
use survey::export::view_csv::fingerprint;
use survey::sections::about::{self, AuditCounts, MissingJurisdiction};
use survey::sections::plain::TextPart;
use survey::Page;
use yew::prelude::*;

/// The survey's questions (Appendix A, pp. ), summarised in our words: (question numbers, summary).
const QUESTIONS: &[(&str, &str)] = &[
    ("1", "Which jurisdiction is answering."),
    ("2–3", "What kinds of facility the system runs (prisons, jails, juvenile, mental health, privately contracted, death row, other) and how many people they hold in all."),
    ("4–6", "For which of those facilities the system has data on extended restricted housing, how many people those facilities hold, and how many of them are in extended restricted housing."),
    ("7", "Everyone in custody and everyone in extended restricted housing, broken down by sex, age group and race or ethnicity."),
    ("8", "How many people in extended restricted housing share a double cell."),
    ("9", "People identified as having a serious mental health issue, by sex and race or ethnicity, in custody and in extended restricted housing."),
    ("10", "Pregnant and transgender prisoners, in custody and in extended restricted housing."),
    ("11", "People segregated from the general population and kept in cell for fewer hours (16–19 or 20–21 a day), who fall outside the 22-hour definition."),
    ("12", "Whether the system routinely records how long each person stays in extended restricted housing."),
    ("13", "How many people have been held for how long (from 15 days up to 6 years or more), by type: protective custody, disciplinary, administrative segregation or other."),
    ("14", "Whether policies changed since January 1, 2013 — on entry, release, oversight, time out of cell, programming, social contact, staffing, physical environment, programming for mentally ill prisoners, or other — with an explanation and, if possible, the policies."),
    ("15", "Changes the system is planning, in the same areas."),
];

/// The About view.
#[function_component]
pub fn About() -> Html {
    // The explorer's note under 67,442 links to `#later` here.
    crate::platform::fragment::use_fragment_target();
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let onclose = notes.onclose.clone();
    let gaps = {
        let d = data.clone();
        use_memo((), move |_| Rc::new(about::embedded_gaps(&d)))
    };
    let f = |id: &str| about::figure(&data, id);
    let responded = data.jurisdictions.iter().filter(|j| j.responded).count();
    let (total, counted) = data.column_sum(2, "rh_population").unwrap_or((0, 0));
    let marks = |n: &[u32]| html! { <NoteMarkers notes={n.to_vec()} onopen={onnote.clone()} /> };

    html! {
        <article class="about-view" data-testid="about">
            <h1>{ "About the data" }</h1>
            <p class="intro">{ "Where the numbers in this app come from, what they cover and what they leave out, and how to cite them." }</p>
            <NotePanel note={notes.open} {onclose} />

            <section aria-labelledby="asked-heading">
                <h2 id="asked-heading">{ "What the survey asked" }</h2>
                <p class="definition-box">
                    { format!("The survey counted people in “Extended Restricted Housing”: separated from the general prison population and kept in their cells \
                        {} hours a day or more, for {} or more continuous days, whether alone or with a cellmate (Appendix A, p. A-1).", f("ii_b_def_hours"), f("ii_b_def_days")) }
                </p>
                <p>{ format!("The report speaks of {} questions (p. 15); the form itself ends with a request for a contact person. In our words, it asked:", f("ii_a_questions")) }</p>
                <ol class="questions">
                    { for QUESTIONS.iter().map(|(n, q)| html! { <li><span class="q-number">{ format!("Q{n}") }</span>{ " " }{ *q }</li> }) }
                </ol>
                <p class="source">{ "Appendix A, pp. A-1 to A-6." }{ marks(&[144]) }</p>
            </section>

            // Below the first section, each hydrates in a task of its own at start-up (`Later`).
            <Later>{ later_surveys(&data.later) }</Later>

            <Later>
            <section aria-labelledby="when-heading">
                <h2 id="when-heading">{ "When" }</h2>
                <p>
                    { "The survey went out in early October 2015 (p. 6). It asked for figures as they stood on or about October 1, 2015, with replies due by October 19, 2015 (p. A-1). \
                       Every count in this app is for that date — “fall 2015” — unless a note says otherwise; systems kept sending clarifications until the summer of 2016." }
                    { marks(&[17]) }
                </p>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{ "Who is not in the counts" }</h2>
                <p>
                    { format!("{} jurisdictions were surveyed: the {} states, the Federal Bureau of Prisons, the District of Columbia and — from the summer of 2016 — the Virgin Islands. \
                        {responded} responded and {counted} gave a usable count of people in restricted housing; those {counted} hold the {} people in Table 2.", data.jurisdictions.len(), f("ii_a_states"), survey::data::format::thousands(total)) }
                    { marks(&[143]) }
                </p>
                <GapTable gaps={(*gaps).clone()} onnote={onnote.clone()} />
                <div class="view-tools">
                    <DownloadCsv filename="not-in-the-counts.csv" title="Surveyed jurisdictions without a restricted-housing count"
                        source="jurisdictions.csv; pp. 6, 16; endnotes 16 and 165" header={about::GAP_HEADER.to_vec()} rows={about::gap_rows(&gaps)} />
                    <CopyLink />
                </div>
                <p class="caveat">{ "Many of the jurisdictions that did report left some questions unanswered, so each table has its own number of reporting jurisdictions. A blank is shown as “not reported”, never as zero." }</p>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="def-heading">
                <h2 id="def-heading">{ "Not the same definition as in 2014" }</h2>
                <p>
                    { format!("The previous survey (published in 2015 as Time-In-Cell) asked mostly about administrative segregation, defined as being kept in cell “most of the hours of the day” \
                        for {} days or more. The 2015 survey set a number of hours ({}) and a shorter stay ({} days), and covered every form of restricted housing (p. 17).",
                        f("ii_b_2014_def_days"), f("ii_b_def_hours"), f("ii_b_2015_days")) }
                    { marks(&[147, 148]) }
                </p>
                <p>
                    { format!("Why those lines: {} days is used by many prison systems and internationally as the point where isolation becomes prolonged; {} hours because in 2014, {}% of people in administrative segregation were in cell {} hours or more (p. 17).",
                        f("ii_b_2015_days"), f("ii_b_def_hours"), f("ii_b_2014_share_22h"), f("ii_b_def_hours")) }
                    { marks(&[149, 150, 151]) }
                </p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="2014 and 2015 surveys compared, scrolls sideways">
                    <table class="data compare" data-testid="definition-table">
                        <caption>{ "The 2014 and 2015 surveys compared. The counts are not directly comparable: the definitions differ." }</caption>
                        <thead><tr><th scope="col">{ "" }<span class="visually-hidden">{ "Aspect" }</span></th><th scope="col">{ "2014 survey (fall 2014)" }</th><th scope="col">{ "2015 survey (fall 2015)" }</th><th scope="col">{ "Pages" }</th></tr></thead>
                        <tbody>
                            { for about::comparison(&data).into_iter().map(|c| html! {
                                <tr><th scope="row">{ c.aspect }</th><td>{ c.y2014 }</td><td data-testid={format!("y2015-{}", c.aspect.to_ascii_lowercase().replace(' ', "-"))}>{ c.y2015 }</td><td>{ c.pages }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="why-heading">
                <h2 id="why-heading">{ "Why the line matters" }</h2>
                <p>
                    { format!("In December 2015 the UN General Assembly adopted the Nelson Mandela Rules. They define solitary confinement as being held {} hours or more a day without meaningful human contact, \
                        call it prolonged once it lasts more than {} consecutive days, and say that prolonged solitary confinement should not be used (p. 13). The report's conclusion (p. 71) holds its own findings \
                        against that line: under the Rules, it says, more than {} days is a form of prolonged isolation to be understood as degrading and inhumane.", f("i_c_mandela_hours"), f("i_c_mandela_days"), f("viii_mandela_days")) }
                    { marks(&[121, 150]) }
                </p>
                <p>
                    { format!("Writing for clinicians, Ahalt, Rothman and Williams point out that the UN's special rapporteur on torture described solitary confinement beyond {} days as torture, \
                        that evidence of its psychological and physical harm keeps growing, and that doctors and nurses working in prisons, often without guidance, are caught between duties to their patients and to the institution. \
                        They ask medical organisations and international bodies such as the UN to lead the reform of prison health care, to bring community standards of care into prisons, and to train prison clinicians in medical ethics.", f("i_c_mandela_days")) }
                </p>
                <p class="source">{ "Cyrus Ahalt, Alex Rothman and Brie A. Williams, “Examining the role of healthcare professionals in the use of solitary confinement”, " }<cite>{ "BMJ" }</cite>{ " 2017;359:" }<span class="cite-id">{ "j4657" }</span>{ " (24 October 2017)." }</p>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="cite-heading">
                <h2 id="cite-heading">{ "How to cite" }</h2>
                <p>{ "The report:" }</p>
                <p class="citation" data-testid="report-citation">{ CITATION }{ "." }</p>
                <p>{ "This app's version of the data (the code changes whenever any data file changes):" }</p>
                <p class="citation" data-testid="app-citation">{ about::app_citation(&fingerprint()) }</p>
                <CopyText text={about::app_citation(&fingerprint())} />
                <p class="licence">{ "The report says: “This Report may be reproduced free of charge and without the need for additional permission.” (front matter; the same page also prints “All rights reserved, 2016”). Every summary and label in this app is our own wording." }</p>
            </section>
            </Later>

            <Later>
            <section aria-labelledby="files-heading">
                <h2 id="files-heading">{ "Download the data" }</h2>
                <p>{ "The files the app computes from, byte for byte. The data package describes every column." }</p>
                <crate::components::group::Group slug="data-files" title="Every file, one by one" count={Some(about::downloads().len())}>
                <ul class="files" data-testid="data-files">
                    { for about::downloads().into_iter().map(|path| {
                        let file = path.trim_start_matches("data/").to_string();
                        html! { <li><a href={path.clone()}>{ about::download_label(&path) }</a>{ " " }<code class="file-name">{ file }</code></li> }
                    }) }
                </ul>
                </crate::components::group::Group>
            </section>
            </Later>

            <Later><AuditNote /></Later>

        </article>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct GapTableProps {
    /// Jurisdictions without a count.
    gaps: Rc<Vec<MissingJurisdiction>>,
    /// Opens an endnote.
    onnote: Callback<u32>,
}

/// The surveyed jurisdictions missing from the counts, with the reason.
#[function_component]
fn GapTable(props: &GapTableProps) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Jurisdictions not in the counts, scrolls sideways">
            <table class="data gaps" data-testid="gaps-table">
                <caption>{ format!("{} surveyed jurisdictions without a restricted-housing count", props.gaps.len()) }</caption>
                <thead><tr><th scope="col">{ "Jurisdiction and status" }</th><th scope="col">{ "Reason" }</th></tr></thead>
                <tbody>
                    { in_parts(&props.gaps, |g| html! {
                        <tr data-code={g.code.clone()}>
                            <th scope="row">{ g.name.clone() }<span class="status">{ g.status.label() }</span></th>
                            <td>{ g.reason.clone() }<NoteMarkers notes={g.notes.clone()} onopen={props.onnote.clone()} /></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// "How we checked the numbers", with counts from the data: the audit's, run on every printed
/// figure when they are all here, else as the build counted them (`about::audit_counts`: the
/// page's first visit fetches only the printed figures it quotes, 13.6 kB less, issue 13). The
/// audit page runs the checks in the browser and lists what they find.
#[function_component]
fn AuditNote() -> Html {
    let ctx = use_app();
    let audit = ctx.view().with_page(Page::Audit).unwrap_or_default();
    let data = ctx.app.data.clone();
    let counts: Option<AuditCounts> = *use_memo(data.text, move |_| about::audit_counts(&data));
    // The page renders only with the errata's part (`Page::text_parts`), which carries them.
    let Some(a) = counts else {
        return html! {};
    };
    html! {
        <section aria-labelledby="audit-heading" data-testid="audit-note">
            <h2 id="audit-heading">{ "How we checked the numbers" }</h2>
            <p>
                { format!("Every table was extracted from the report's text and then checked against the report's own arithmetic: every printed percent is recomputed from its counts, \
                    every row total from its parts, every quantity that appears in two tables is compared, and {} of the {} figures printed outside the tables \
                    (totals, medians, figures in the text) are recomputed from the tables. Where the report disagrees with itself we keep the printed value and record the difference: \
                    the errata list has {} entries, {} of them found by the automatic checks. ", a.recomputed, a.figures, a.errata, a.errata_checked) }
                { if a.mismatches == a.errata_checked {
                    format!("The checks find exactly {} mismatches — each one listed — and the tests repeat this on every change. ", a.mismatches)
                } else {
                    format!("The checks find {} mismatches, which does not match the list: treat the figures with care. ", a.mismatches)
                } }
                <Link to={audit}>{ "The audit page runs them in your browser" }</Link>
                { ", figure by figure." }
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct CopyTextProps {
    /// The text to copy.
    text: AttrValue,
}

/// A button that copies a text to the clipboard.
#[function_component]
fn CopyText(props: &CopyTextProps) -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let (copied, _text) = (copied.clone(), props.text.clone());
        Callback::from(move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                let _ = gloo::utils::window()
                    .navigator()
                    .clipboard()
                    .write_text(&_text);
            }
            copied.set(true);
        })
    };
    html! { <button type="button" {onclick} data-testid="copy-citation">{ if *copied { "Citation copied" } else { "Copy citation" } }</button> }
}

/// What came after: the later editions' national figures, one row per figure with its coverage,
/// definition and source link — a list of cards (readable on a phone without sideways
/// scrolling), never a line, since coverage and wording changed.
fn later_surveys(figures: &[survey::data::later::LaterFigure]) -> Html {
    html! {
        <section id="later" aria-labelledby="later-heading" class="later-surveys" data-testid="later-surveys">
            <h2 id="later-heading">{ "What came after: later surveys" }</h2>
            <p>{ "This app shows the fall 2015 survey; the series asked again in 2017, 2019 and 2021. Each edition counted different prison systems and, from 2017, defined the line as “an average of” 22 hours, so the counts are not a trend. The national estimates compare better, though their coverage differs too. Only national figures are shown here." }</p>
            <h3 class="later-caption">{ "National figures of each edition, as its authors published them" }</h3>
            if figures.is_empty() {
                // They come with the report's text, which a failed fetch leaves out (a notice says so).
                <p class="later-missing" data-testid="later-missing">{ "The later editions' figures have not loaded; reload the page to try again. They are also in the data download (later_surveys.csv)." }</p>
            }
            <ol class="later-list">
                { for figures.iter().map(|f| html! {
                    <li class={classes!("later-item", f.data_as_of.ends_with("2015").then_some("this-survey"))} data-testid="later-figure">
                        <p class="later-when"><strong>{ f.data_as_of.clone() }</strong>{ " · " }{ f.edition.clone() }{ " · " }{ f.kind.clone() }</p>
                        <p class="later-figure">{ f.shown.clone() }</p>
                        <dl class="later-facts">
                            <dt>{ "Coverage" }</dt><dd>{ f.coverage.clone() }</dd>
                            // "as above": the estimate shares the count's definition, said once.
                            if f.definition != "as above" {
                                <dt>{ "Definition" }</dt><dd>{ f.definition.clone() }</dd>
                            }
                            <dt>{ "Source" }</dt><dd><a href={f.source_url.clone()} rel="noopener">{ for survey::sections::plain::citation_parts(&f.source_note).into_iter().map(|p| match p {
                                TextPart::Words(w) => html! { { w } },
                                TextPart::CiteId(id) => html! { <span class="cite-id">{ id }</span> },
                            }) }</a></dd>
                        </dl>
                    </li>
                }) }
            </ol>
            <p class="source">{ "The Liman Center's “Seeing Solitary” site has the later editions' per-state figures: " }
                <a href="https://seeingsolitary.limancenter.yale.edu/" rel="noopener">{ "seeingsolitary.limancenter.yale.edu" }</a>{ ". Links open the source; this app requests nothing from them." }</p>
        </section>
    }
}
