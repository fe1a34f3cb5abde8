//! The headline: the total for the current definition, its coverage, median and range, and how far
//! it moved from the survey's own definition.

use crate::pages::explorer::animated::AnimatedNumber;
use survey::data::format::{percent, signed, thousands};
use survey::engine::Summary;
use yew::prelude::*;

/// Props for [`Headline`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadlineProps {
    /// The current definition's result.
    pub summary: std::rc::Rc<Summary>,
    /// The survey's default definition's total (for the difference line).
    pub default_total: u64,
    /// Jurisdictions surveyed.
    pub surveyed: usize,
    /// Name of a jurisdiction by code.
    pub names: std::rc::Rc<Vec<(String, String)>>,
    /// Called when the total is activated (show its provenance).
    pub onprov: Callback<survey::checks::provenance::Provenance>,
}

/// The big number at the top of the explorer.
#[function_component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let HeadlineProps {
        summary: s,
        default_total,
        surveyed,
        names,
        onprov,
    } = props.clone();
    let ctx = crate::state::use_static();
    let copied = use_state(|| false);
    let name = |code: &str| {
        names
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| code.to_string())
    };
    if let Some(why) = s.not_measured {
        return html! {
            <section class="headline not-measured" aria-live="polite" data-testid="headline">
                <p class="headline-figure" data-testid="headline-total">{ "Not measured" }</p>
                <p class="headline-text">{ why }</p>
            </section>
        };
    }
    let def = s.definition;
    let prov = survey::checks::provenance::of_total(&ctx.app.data, &s);
    let cite = survey::checks::provenance::headline_citation(&ctx.app.data, &s);
    let copy = {
        let (cite, copied) = (cite.clone(), copied.clone());
        Callback::from(move |_| {
            let text = format!(
                "{cite}. {} (data {})",
                crate::components::download::full_url(&current_query()),
                survey::export::view_csv::fingerprint()
            );
            crate::components::download::copy_to_clipboard(&text);
            copied.set(true);
        })
    };
    let show_source = {
        let (prov, onprov) = (prov.clone(), onprov.clone());
        Callback::from(move |_| onprov.emit(prov.clone()))
    };
    html! {
        <section class="headline" aria-live="polite" data-testid="headline">
            <p class="headline-figure">
                if s.at_least { <span class="at-least">{ "at least " }</span> }
                <AnimatedNumber value={s.total} testid="headline-total" />
            </p>
            <p class="headline-text">
                { format!("{} in the fall of 2015, ", def.describe()) }
                <span data-testid="headline-coverage">{ survey::engine::coverage::coverage_sentence(&s, surveyed) }</span>
            </p>
            <dl class="headline-stats">
                if let Some(p) = survey::engine::coverage::pooled_words(&s) {
                    <div><dt>{ "Pooled rate (everyone counted ÷ their custodial population)" }</dt><dd data-testid="headline-pooled">{ p }</dd></div>
                }
                if let Some(m) = s.median_percent {
                    <div><dt>{ if s.complete == s.counted { "Median".to_string() } else { format!("Median of the {} with complete data", s.complete) } }</dt><dd data-testid="headline-median">{ percent(m, 1) }</dd></div>
                }
                if let (Some((lo, lp)), Some((hi, hp))) = (&s.min, &s.max) {
                    <div><dt>{ if s.complete == s.counted { "Range".to_string() } else { format!("Range of the {} with complete data", s.complete) } }</dt><dd data-testid="headline-range">{ format!("{} ({}) to {} ({})", percent(*lp, 1), name(lo), percent(*hp, 1), name(hi)) }</dd></div>
                }
                if def.population == survey::engine::definition::Population::All && (!def.is_report_default() || s.total != default_total) {
                    <div><dt>{ "Versus the survey's definition" }</dt><dd data-testid="headline-delta">{ format!("{} people ({} under 22 h / 15 days)", signed(s.total as i64 - default_total as i64), thousands(default_total)) }</dd></div>
                }
            </dl>
            if let Some(w) = survey::engine::coverage::population_words(&def) {
                <p class="caveat" data-testid="headline-population">{ w }</p>
            }
            <p class="later-note" data-testid="later-note">{ survey::data::later::NOTE }{ " " }<a href="about/#later">{ "What came after, edition by edition" }</a></p>
            <p class="citation-line" data-testid="headline-citation">{ cite }</p>
            <div class="view-tools">
                <button type="button" onclick={show_source} data-testid="headline-source">{ "Where does this number come from?" }</button>
                <button type="button" onclick={copy} data-testid="copy-citation">{ if *copied { "Citation copied" } else { "Copy citation" } }</button>
            </div>
            if s.at_least {
                <p class="caveat">{ format!("“At least”: {} jurisdictions reported only their 22-hour count, so their 16–21-hour prisoners are missing from this total.", s.partial.len()) }</p>
            }
            { for s.caveats.iter().filter(|c| !s.at_least || !c.starts_with("Table 3")).map(|c| html! { <p class="caveat">{ *c }</p> }) }
        </section>
    }
}

/// The page's current address relative to the site root (its permalink).
fn current_query() -> String {
    crate::platform::history::flush();
    crate::platform::address::current_href()
}
