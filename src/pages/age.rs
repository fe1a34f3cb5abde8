//! Age (Section VI.C, Tables 11–14, Charts 9–10): the under-18, 18–49 and 50-and-older shares of
//! custody and of restricted housing, and how much of each age group was held in restricted housing.

use crate::components::endnotes::NoteMarkers;
use crate::pages::composition::{
    use_composition, ByJurisdiction, ErrataList, OverallSection, PageIntro,
};
use crate::platform::later::Later;
use crate::state::use_app;
use survey::data::format::{percent, thousands};
use survey::data::sex::Sex;
use survey::sections::composition::{self, Composition, NoShare, Topic};
use survey::sections::composition_checks::{age_rates, Rate};
use yew::prelude::*;

/// The age view (`?view=age`).
#[function_component]
pub fn Age() -> Html {
    let ctx = use_app();
    let data = use_composition(Topic::Age);
    let sex = data.sex;
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let rates = age_rates(&ctx.app.data, sex);
    let who = sex.label().to_ascii_lowercase();
    let name = |code: &str| ctx.app.data.name_of(code);
    let blank_under_18: Vec<&Composition> = data
        .rows
        .iter()
        .filter(|r| r.groups[0].restricted.share == Err(NoShare::NotReported))
        .collect();
    let not_provided: Vec<String> = data
        .rows
        .iter()
        .filter(|r| {
            matches!(
                r.groups[0].custodial.share,
                Err(NoShare::NotCollected { .. })
            )
        })
        .map(|r| r.name.clone())
        .collect();
    let (ct, pt) = Topic::Age.tables(sex);
    html! {
        <article class="composition-page" data-testid="age-page">
            <PageIntro title="Age in restricted housing" intro={"The survey asked for three age groups — under 18, 18 to 49, and 50 and older — in the whole custodial population and in restricted housing. Compare each group's share of the two populations, and see how much of each group was held in restricted housing. Under-18 numbers are very small: read them as counts."} data={data.clone()} notes={notes.clone()} />
            <OverallSection topic={Topic::Age} data={data.clone()} show_rate=true onnote={onnote.clone()} />
            <Later>
            <section aria-labelledby="age-rates-heading">
                <h2 id="age-rates-heading">{ "How much of each age group was in restricted housing" }</h2>
                <ul class="claims" data-testid="rates">
                    { for rates.iter().map(|r| rate_item(r, sex, &name)) }
                </ul>
            </section>
            </Later>
            <ByJurisdiction topic={Topic::Age} data={data.clone()} show_rate=true onnote={onnote.clone()} />
            <Later>
            <section aria-labelledby="age-caveats-heading" class="caveats">
                <h2 id="age-caveats-heading">{ "Read with care" }</h2>
                <ul>
                    { for blank_under_18.iter().map(|r| {
                        let implied = r.implied_restricted(0).map(|v| format!(" (Its restricted-housing total equals the sum of its other age groups, which would leave {v} — but the report does not say so, and a blank is not a zero.)")).unwrap_or_default();
                        html! { <li>{ format!("{}: the number of {who} under 18 in restricted housing is blank (N/A) in Table {ct}, yet Table {pt} prints 0%. We show “not reported” and flag the printed 0%.{implied}", r.name) }</li> }
                    }) }
                    if !not_provided.is_empty() {
                        <li>{ format!("{} did not provide figures for prisoners under 18; its printed 0s are shown as “not provided”.", not_provided.join(", ")) }<NoteMarkers notes={vec![201]} onopen={onnote.clone()} /></li>
                    }
                    <li>{ format!("Under-18 populations are tiny — often a handful of people. Counts are shown beside every percent, and a † marks any percent whose base is under {} people.", composition::SMALL_BASE) }</li>
                    <li>{ "New Jersey's and Hawaii's custodial totals in these answers differ from the ones they gave elsewhere in the report." }<NoteMarkers notes={vec![201, 199]} onopen={onnote.clone()} /></li>
                    <li>{ "The overall shares are the sums of the jurisdiction rows; blank cells are left out of the sums, never counted as 0. The printed percent tables round to whole numbers; ours show one decimal." }</li>
                </ul>
                <ErrataList topic={Topic::Age} {sex} />
            </section>
            </Later>
        </article>
    }
}

/// One age group's rate: what the report prints, what the counts give, and the like-for-like figure
/// when a jurisdiction's restricted-housing count is blank.
fn rate_item(r: &Rate, sex: Sex, name: &dyn Fn(&str) -> String) -> Html {
    let who = format!(
        "{} aged {}",
        sex.label().to_ascii_lowercase(),
        r.group.label.to_ascii_lowercase()
    );
    let who = if r.group.key == "under_18" {
        format!("{} under 18", sex.label().to_ascii_lowercase())
    } else {
        who
    };
    let ours = |s: survey::sections::composition::Share| {
        format!(
            "{} ({} of {})",
            s.percent()
                .map(|p| percent(p, 1))
                .unwrap_or_else(|| "no base".into()),
            thousands(s.count),
            thousands(s.total)
        )
    };
    let printed = match (&r.printed, r.printed_counts) {
        (Some(p), Some((n, d))) => format!(
            "The report (p. {}): {}% of {who} ({} of {}) were in restricted housing.",
            p.page,
            p.value.map(|v| v.to_string()).unwrap_or_default(),
            thousands(n),
            thousands(d)
        ),
        (Some(p), None) => format!(
            "The report (p. {}): {}% of {who} were in restricted housing.",
            p.page,
            p.value.map(|v| v.to_string()).unwrap_or_default()
        ),
        (None, _) => format!("The report prints no percent for {who}."),
    };
    let agrees = r.printed.as_ref().and_then(|p| p.agrees);
    let left_out: Vec<String> = r.left_out.iter().map(|c| name(c)).collect();
    html! {
        <li class="claim" data-testid={format!("rate-{}", r.group.key)}>
            <p class="claim-text">{ printed }</p>
            <p class="claim-check">
                <strong data-testid="rate-computed">{ format!("From the table: {}", ours(r.as_printed)) }</strong>
                { match agrees { Some(true) => html! { <span class="agrees">{ " Same as printed." }</span> }, Some(false) => html! { <span class="erratum-tag">{ "differs" }</span> }, None => html! {} } }
                if r.as_printed.small_base() { <span class="small-base">{ " † small base" }</span> }
            </p>
            if !left_out.is_empty() {
                <p class="claim-check">{ format!("{} left its restricted-housing count blank, but its {} {who} in custody are in that base. Leaving {} out: {}.", left_out.join(", "), thousands(r.as_printed.total - r.like_for_like.total), if left_out.len() == 1 { "it" } else { "them" }, ours(r.like_for_like)) }</p>
            }
        </li>
    }
}
