//! Which people a clause is about: men or women ([`Population`]), and which group within them
//! ([`Topic`]: pregnant women, people with a serious mental illness, a race, an age band).

use crate::checks::claim_text::Text;
use crate::engine::definition::Population;

use super::super::terms::Topic;

/// Men, women or everyone, as the words of `from..to` say (both or neither: everyone).
pub fn population_in(text: &Text, from: usize, to: usize) -> Population {
    let has = |w: &str| text.has(from, to, w);
    let women = ["women", "woman", "female", "females", "girls"]
        .iter()
        .any(|w| has(w));
    let men = ["men", "man", "male", "males"].iter().any(|w| has(w));
    match (men, women) {
        (true, false) => Population::Men,
        (false, true) => Population::Women,
        _ => Population::All,
    }
}

/// The group the words of `from..to` name, the first that matches in this order.
pub fn topic_in(text: &Text, from: usize, to: usize) -> Topic {
    let has = |w: &str| text.has(from, to, w);
    if has("pregnant") {
        Topic::Pregnant
    } else if ["mental", "mentally", "smi", "psychiatric"]
        .iter()
        .any(|w| has(w))
    {
        Topic::Smi
    } else if has("black") || has("african american") || has("african-american") {
        Topic::Race("black")
    } else if has("hispanic") || has("latino") || has("latina") || has("latinx") {
        Topic::Race("hispanic")
    } else if has("white") {
        Topic::Race("white")
    } else if has("asian") {
        Topic::Race("asian")
    } else if has("under 18") || has("juveniles") || has("minors") || has("younger than 18") {
        Topic::Age("under_18")
    } else if [
        "50 or older",
        "50 and older",
        "over 50",
        "50 or over",
        "aged 50",
        "older than 50",
        "50 and over",
        "50+",
    ]
    .iter()
    .any(|w| has(w))
    {
        Topic::Age("50_plus")
    } else if has("18 to 49") || has("18-49") {
        Topic::Age("18_49")
    } else {
        Topic::None
    }
}
