//! Race and ethnicity (Section VI.B, Tables 7–10, Charts 7–8): who is in restricted housing
//! compared with who is in custody, for men or women, overall and by jurisdiction.

use crate::components::endnotes::NoteMarkers;
use crate::pages::composition::{
    use_composition, ByJurisdiction, ErrataList, OverallSection, PageIntro,
};
use crate::platform::later::Later;
use crate::state::use_app;
use survey::data::sex::Sex;
use survey::sections::composition::{self, Topic};
use survey::sections::composition_checks::{race_claims, Claim, Direction};
use yew::prelude::*;

/// The race and ethnicity view (`?view=race`).
#[function_component]
pub fn Race() -> Html {
    let ctx = use_app();
    let data = use_composition(Topic::Race);
    let sex = data.sex;
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let claims = race_claims(&ctx.app.data, sex);
    let al_note = match sex {
        Sex::Men => 206,
        Sex::Women => 207,
    };
    html! {
        <article class="composition-page" data-testid="race-page">
            <PageIntro title="Race and ethnicity in restricted housing" intro={"The survey asked each prison system how many of its prisoners were White, Black, Hispanic, Asian or “Other” — in the whole custodial population and in restricted housing. If restricted housing mirrored the prison population, each group's two shares would be equal. Here they are side by side, with the gap in percentage points and the ratio of the two shares (above 1: a larger share of restricted housing than of custody)."} data={data.clone()} notes={notes.clone()} />
            <OverallSection topic={Topic::Race} data={data.clone()} onnote={onnote.clone()}>
                <p class="caveat">{ "“Other”: the survey did not define it; jurisdictions often put Alaska Native, Hawaiian, Native American, Pacific Islander and “Unknown” there." }<NoteMarkers notes={vec![205]} onopen={onnote.clone()} /></p>
            </OverallSection>
            <Later>
            <section aria-labelledby="race-claims-heading">
                <h2 id="race-claims-heading">{ "What the report says, recounted" }</h2>
                <ul class="claims" data-testid="claims">
                    { for claims.iter().map(|c| html! { <ClaimItem claim={c.clone()} {sex} onnote={onnote.clone()} /> }) }
                </ul>
            </section>
            </Later>
            <ByJurisdiction topic={Topic::Race} data={data.clone()} first_group={1} onnote={onnote.clone()} />
            <Later>
            <section aria-labelledby="race-caveats-heading" class="caveats">
                <h2 id="race-caveats-heading">{ "Read with care" }</h2>
                <ul>
                    <li>{ "Alabama did not use Hispanic as a category: its printed 0s for Hispanic prisoners mean “not tracked”, not “none”. We show them so and leave Alabama out of the Hispanic comparison." }<NoteMarkers notes={vec![al_note]} onopen={onnote.clone()} /></li>
                    <li>{ "Arizona and Massachusetts could not apply the survey's definition to these counts: their restricted-housing figures include people held in-cell 22+ hours a day, some of whom may have been there for less than 15 days. New Jersey's and Hawaii's custodial totals in these answers differ from the ones they gave elsewhere in the report." }<NoteMarkers notes={vec![201, 199]} onopen={onnote.clone()} /></li>
                    <li>{ format!("The overall shares are the sums of Table {}'s jurisdiction rows. The printed percent tables round to whole numbers; ours show one decimal. Where a printed percent disagrees with the report's own counts, it is shown as printed and flagged.", Topic::Race.tables(sex).0) }</li>
                    <li>{ format!("Shares of a small population swing with a single person: a † marks any percent whose base is under {} people.", composition::SMALL_BASE) }</li>
                </ul>
                <ErrataList topic={Topic::Race} {sex} />
            </section>
            </Later>
        </article>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ClaimItemProps {
    claim: Claim,
    sex: Sex,
    onnote: Callback<u32>,
}

/// One counted sentence: the report's number, ours, and the split behind ours.
#[function_component]
fn ClaimItem(props: &ClaimItemProps) -> Html {
    let ClaimItemProps {
        claim: c,
        sex,
        onnote,
    } = props.clone();
    let who = format!("{} {}", c.group.label, sex.label().to_ascii_lowercase());
    let which = match c.direction {
        Direction::Larger => "larger",
        Direction::Smaller => "smaller",
    };
    let split = format!(
        "{} larger, {} smaller, {} equal{}",
        c.tally.larger,
        c.tally.smaller,
        c.tally.equal,
        if c.tally.left_out > 0 {
            format!(", {} left out (not tracked)", c.tally.left_out)
        } else {
            String::new()
        }
    );
    html! {
        <li class={classes!("claim", (!c.matches()).then_some("claim-differs"))} data-testid={format!("claim-{}", c.group.key)}>
            <p class="claim-text">
                { format!("The report (p. {}): in {} of {} jurisdictions, {who} were a {which} share of restricted housing than of the custodial population.", c.page, c.printed, c.jurisdictions) }
                if let Some(n) = c.endnote { <NoteMarkers notes={vec![n]} onopen={onnote.clone()} /> }
            </p>
            <p class="claim-check">
                <strong data-testid="claim-computed">{ format!("Our count from the table: {} of {}", c.computed(), c.jurisdictions) }</strong>
                { format!(" ({split}). ") }
                if c.matches() {
                    <span class="agrees">{ "Same as printed." }</span>
                } else {
                    <span class="erratum-tag">{ "erratum" }</span>{ format!(" Printed {}, the tables give {}. ", c.printed, c.computed()) }
                    { c.erratum.as_ref().map(|e| e.description.clone()).unwrap_or_default() }
                }
            </p>
        </li>
    }
}
