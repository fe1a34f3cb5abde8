//! The verdict rules for one number, in order: outside the report, a rank claim, then the figure
//! under the claim's own definition (Supported, perhaps with a caveat), under a wider definition
//! (Supported, with a caveat), a different figure for the same thing (Contradicted), a figure
//! printed exactly as written (Supported) and, last, Not in the report.

use crate::checks::claim_text::{Form, Qualifier, Reading, Text};
use crate::data::Dataset;
use crate::engine::definition::{Choice, Stay};

use super::super::fact_table::Fact;
use super::super::reading::Context;
use super::super::terms::{Measure, Stat};
use super::answer::{Answer, Verdict};
use super::candidates::Candidates;
use super::fit::{matches_value, precedence};
use super::ranks::rank_claim;
use super::scope::outside_the_report;
use super::wording::{describe, hours_words};

/// One number's answer: the first rule that decides it.
pub fn decide(data: &Dataset, facts: &[Fact], text: &Text, ctx: &Context, r: &Reading) -> Answer {
    let c = Candidates::new(data, facts, text, ctx, r);
    outside_the_report(&c, ctx)
        .or_else(|| rank_claim(&c))
        .or_else(|| own_definition(&c, ctx))
        .or_else(|| wider_definition(&c))
        .or_else(|| contradicted(&c))
        .or_else(|| printed_exactly(&c))
        .unwrap_or_else(|| not_in_report(&c))
}

/// Rule 1: the right figure under the claim's own definition; Supported, or with a caveat where the
/// figure is an alternative, a median called an average, well above a bound, or a minimum.
fn own_definition(c: &Candidates, ctx: &Context) -> Option<Answer> {
    let r = c.r;
    let f = c.pick(|f, fit| fit && matches_value(r, f))?;
    let mut caveats = Vec::new();
    if f.alternative {
        caveats.push(format!("{} is the alternative figure the report prints in parentheses for {} (Louisiana: counting state prisoners in parish jails; Utah: August 2016)", f.shown, c.name(f.who.as_deref().unwrap_or(""))));
    }
    if ctx.average && f.stat == Stat::Median {
        caveats.push(
            "the report's figure is a median across jurisdictions, not an average".to_string(),
        );
    }
    if let (Qualifier::MoreThan | Qualifier::AtLeast, true) =
        (r.qualifier, f.value > r.value * 1.5 && r.value > 0.0)
    {
        caveats.push(format!(
            "true, but the report's figure ({}) is well above {}",
            f.shown, r.text
        ));
    }
    if f.at_least && r.qualifier == Qualifier::None {
        caveats.push(format!(
            "the report gives it as a minimum (“at least {}”)",
            f.shown.trim_start_matches("at least ")
        ));
    }
    let verdict = if caveats.is_empty() {
        Verdict::Supported
    } else {
        Verdict::Caveat
    };
    let why = if caveats.is_empty() {
        format!("The report says {}: {}.", f.shown, f.label)
    } else {
        format!(
            "The report says {}: {}. Caveat: {}.",
            f.shown,
            f.label,
            caveats.join("; ")
        )
    };
    Some(Answer::judged(
        r,
        verdict,
        why,
        Some(f),
        c.others(Some(f), &[]),
    ))
}

/// Rule 2: the right number under a wider definition than the words imply. A bound ("more than
/// 4,000") is true of almost any wider count, so it only counts when the report has no figure
/// under the claim's own definition to hold it against.
fn wider_definition(c: &Candidates) -> Option<Answer> {
    let r = c.r;
    let bound = matches!(
        r.qualifier,
        Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan
    );
    let narrow = c.pick(|_, fit| fit);
    let f = c
        .pick(|f, fit| !fit && matches_value(r, f))
        .filter(|_| !(bound && narrow.is_some()))?;
    let why = format!(
        "{} counts {}; the claim's words imply {}{}.",
        f.shown,
        f.hours.map_or("a wider group".to_string(), |h| format!(
            "people held in-cell {}{}",
            hours_words(h),
            if f.stay != Stay::D15 {
                format!(" for {}", f.stay.label())
            } else {
                String::new()
            }
        )),
        c.slot
            .hours
            .map_or("no definition named".to_string(), hours_words),
        narrow.map_or(String::new(), |n| format!(
            ", for which the report says {}",
            n.shown
        ))
    );
    Some(Answer::judged(
        r,
        Verdict::Caveat,
        why,
        Some(f),
        c.others(Some(f), &narrow.into_iter().collect::<Vec<_>>()),
    ))
}

/// Rule 3: the report has a figure for this, and it is another one.
fn contradicted(c: &Candidates) -> Option<Answer> {
    let r = c.r;
    if !c.slot.specific {
        return None;
    }
    let f = c.pick(|_, fit| fit)?;
    let q = r.qualifier.words();
    let why = format!(
        "The report says {} ({}), not {q}{}.",
        f.shown, f.label, r.text
    );
    Some(Answer::judged(
        r,
        Verdict::Contradicted,
        why,
        Some(f),
        c.others(Some(f), &[]),
    ))
}

/// Rule 4: a figure the check cannot place by meaning, printed exactly as written (e.g. "96.4%").
fn printed_exactly(c: &Candidates) -> Option<Answer> {
    let r = c.r;
    let exact_digits = !matches!(r.form, Form::Ratio { .. })
        && (r.text.contains('.') || r.text.chars().filter(|c| c.is_ascii_digit()).count() >= 3);
    if !exact_digits {
        return None;
    }
    let f = c
        .same_value
        .iter()
        .filter(|f| {
            f.measure == Measure::Other
                && f.who == c.slot.who
                && f.printed
                && (f.value - r.value).abs() < 1e-9
        })
        .min_by_key(|f| precedence(f))?;
    Some(Answer::judged(
        r,
        Verdict::Supported,
        format!("The report prints {}: {}.", f.shown, f.label),
        Some(f),
        c.others(Some(f), &[]),
    ))
}

/// Rule 5: nothing in the report answers this (saying where the same number does appear, if it
/// does).
fn not_in_report(c: &Candidates) -> Answer {
    let who = &c.slot.who;
    let mut why = String::from("The report has no figure for what this number describes");
    if let Some(w) = who {
        why.push_str(&format!(" ({})", c.name(w)));
    }
    why.push('.');
    if let Some(f) = c
        .same_value
        .iter()
        .filter(|f| f.who == *who)
        .min_by_key(|f| precedence(f))
    {
        why.push_str(&format!(
            " The same number appears in the report as {}.",
            describe(f)
        ));
    }
    Answer::judged(c.r, Verdict::NotInReport, why, None, c.others(None, &[]))
}
