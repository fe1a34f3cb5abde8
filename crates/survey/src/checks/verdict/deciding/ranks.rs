//! Rank claims ("the highest rate", "the fewest people"): the jurisdiction the claim names, if
//! any, must be the report's top (or bottom) one and the number its figure; otherwise the answer
//! says which one is, and what the report says of the one named.

use super::super::fact_table::Fact;
use super::super::terms::Stat;
use super::answer::{Answer, Verdict};
use super::candidates::Candidates;
use super::fit::matches_value;

/// The answer to a rank claim, or `None` when the number claims no rank (or the report ranks
/// nothing in its slot).
pub fn rank_claim(c: &Candidates) -> Option<Answer> {
    let (r, slot) = (c.r, &c.slot);
    if !matches!(slot.stat, Stat::Highest | Stat::Lowest) {
        return None;
    }
    let top = c.pick(|_, fit| fit)?;
    let word = if slot.stat == Stat::Highest {
        "highest"
    } else {
        "lowest"
    };
    let named_other = slot
        .who
        .as_ref()
        .is_some_and(|w| Some(w) != top.who.as_ref());
    let top_name = c.name(top.who.as_deref().unwrap_or(""));
    if !named_other && matches_value(r, top) {
        return Some(Answer::judged(
            r,
            Verdict::Supported,
            format!("The report's {word} is {top_name}, {}.", top.shown),
            Some(top),
            c.others(Some(top), &[]),
        ));
    }
    // What the report says about the system the claim names.
    let named: Vec<&Fact> = slot
        .who
        .as_ref()
        .map(|w| {
            c.facts
                .iter()
                .filter(|f| {
                    f.who.as_ref() == Some(w)
                        && f.stat == Stat::Value
                        && f.percent() == c.percent
                        && f.measure == top.measure
                        && f.population == top.population
                        && f.topic == top.topic
                        && f.hours == top.hours
                        && f.printed
                })
                .collect()
        })
        .unwrap_or_default();
    let mut why = format!("The report's {word} is {top_name}, {}", top.shown);
    if named_other {
        let w = slot.who.as_deref().unwrap_or("");
        let main: Vec<String> = named
            .iter()
            .filter(|f| !f.alternative)
            .map(|f| f.shown.clone())
            .collect();
        let alt: Vec<String> = named
            .iter()
            .filter(|f| f.alternative)
            .map(|f| f.shown.clone())
            .collect();
        why.push_str(&format!(", not {}", c.name(w)));
        if let Some(m) = main.first() {
            why.push_str(&format!(" ({m}"));
            if let Some(a) = alt.first() {
                why.push_str(&format!(
                    "; {a} is its alternative figure, printed in parentheses"
                ));
            }
            why.push(')');
        }
    } else {
        why.push_str(&format!(", not {}", r.text));
    }
    why.push('.');
    Some(Answer::judged(
        r,
        Verdict::Contradicted,
        why,
        Some(top),
        c.others(Some(top), &named),
    ))
}
