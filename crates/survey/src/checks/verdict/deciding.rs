//! Deciding: the verdicts. [`check`] goes through a text's numbers, reading each clause once
//! (a clause that names no definition takes the one of the clause it continues); for each number,
//! `decide` matches its [`Slot`] against the fact table by meaning and value, trying ranks, the
//! claim's own definition, a wider definition, a contradiction, an exact printed value and "not
//! in the report" in that order, and the [`Answer`] says why.

use crate::checks::claim_text::{Form, Qualifier, Reading, Role, Text};
use crate::data::Dataset;
use crate::engine::definition::{Choice, Stay};

use super::fact_table::Fact;
use super::reading::{Context, Slot, EVENT_WORDS};
use super::terms::{HoursSpec, Measure, Stat};

/// The four verdicts, worded as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The report has this figure, for this who/what/definition, at the claim's precision.
    Supported,
    /// The report has it, but under a wider definition or another qualification the words hide.
    Caveat,
    /// The report has a figure for what the claim describes, and it is a different one.
    Contradicted,
    /// The report has no figure for what the claim describes.
    NotInReport,
}

impl Verdict {
    /// The verdict's wording.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "Supported",
            Verdict::Caveat => "Supported, with a caveat",
            Verdict::Contradicted => "Contradicted",
            Verdict::NotInReport => "Not in the report",
        }
    }
}

/// One number's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The number as read.
    pub reading: Reading,
    /// The verdict (`None` for years, thresholds, ages and references, which are context).
    pub verdict: Option<Verdict>,
    /// Why, in a sentence that says what the report says.
    pub why: String,
    /// The figure that decided it.
    pub best: Option<Fact>,
    /// Other figures the number could be (at most 6).
    pub others: Vec<Fact>,
}

/// The whole check.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Check {
    /// One answer per number, in text order.
    pub answers: Vec<Answer>,
    /// What was not read or not understood.
    pub notes: Vec<String>,
}

/// Checks every number in a pasted text against the facts.
pub fn check(input: &str, data: &Dataset, facts: &[Fact]) -> Check {
    let text = Text::read(input);
    let mut notes = text.notes.clone();
    let mut answers = Vec::new();
    let mut contexts: Vec<Option<Context>> = vec![None; text.sentences.len()];
    for r in &text.readings {
        if r.role != Role::Figure {
            let why = match r.role {
                Role::Year => format!("Read as a year ({}).", r.text),
                Role::Hours => format!(
                    "Read as part of the definition: {} hours a day in-cell.",
                    r.text
                ),
                Role::Stay => "Read as part of the definition: a length of stay.".to_string(),
                Role::Age => "Read as an age band.".to_string(),
                _ => "Read as a reference to the report (a table, page or note).".to_string(),
            };
            answers.push(Answer {
                reading: r.clone(),
                verdict: None,
                why,
                best: None,
                others: vec![],
            });
            continue;
        }
        let i = r.sentence;
        // A clause that names no definition shares the one of the clause it continues, so the
        // sentence's clauses are read first to last, from the sentence's first.
        let first = (0..=i).rev().find(|&j| !text.continues[j]).unwrap_or(0);
        for j in first..=i {
            if contexts[j].is_none() {
                let (s, e) = text.sentences[j];
                let mut ctx = Context::read(data, &text, s, e);
                if j > first && !ctx.rh_words {
                    if let Some(prev) = &contexts[j - 1] {
                        ctx.inherit_definition(prev);
                    }
                }
                contexts[j] = Some(ctx);
            }
        }
        let Some(ctx) = contexts[i].as_ref() else {
            continue;
        };
        answers.push(decide(data, facts, &text, ctx, r));
    }
    if answers.is_empty() && !input.trim().is_empty() {
        notes.push("No number was found. Numbers are read as numerals (67,442; 4.9%; 1e9; ½) or as “one in twenty”; other number words are not read.".into());
    }
    Check { answers, notes }
}

/// A jurisdiction's name as a sentence uses it ("the Virgin Islands", "the Federal Bureau of Prisons").
pub fn display_name(data: &Dataset, code: &str) -> String {
    match code {
        "VI" => "the Virgin Islands".into(),
        "BOP" => "the Federal Bureau of Prisons".into(),
        _ => data
            .jurisdiction(code)
            .map_or(code.to_string(), |j| j.name.clone()),
    }
}

fn hours_words(h: HoursSpec) -> String {
    match h {
        HoursSpec::AtLeast(n) => format!("{n} hours a day or more"),
        HoursSpec::Band(a, b) => format!("{a} to {b} hours a day"),
    }
}

/// Is the fact's definition the claim's (Some(true)), wider than it (Some(false)), or neither?
fn definition_fit(slot: &Slot, f: &Fact) -> Option<bool> {
    let hours_ok = match (slot.hours, f.hours) {
        (None, None) => Some(true),
        (None, Some(HoursSpec::AtLeast(22))) => Some(true),
        (None, Some(_)) => Some(false),
        (Some(_), None) => Some(true),
        (Some(a), Some(b)) if a == b => Some(true),
        (Some(HoursSpec::AtLeast(a)), Some(HoursSpec::AtLeast(b))) if b < a => Some(false),
        _ => None,
    }?;
    let stay_ok = match slot.stay {
        None | Some(Stay::D15) => f.stay == Stay::D15,
        Some(s) => f.stay == s,
    };
    if !stay_ok {
        // A shorter stay than the words say is a wider definition.
        if slot.stay.is_some_and(|s| f.stay < s) {
            return Some(false);
        }
        return None;
    }
    Some(hours_ok)
}

fn matches_value(r: &Reading, f: &Fact) -> bool {
    let v = f.value;
    let h = r.half.max(f.half) + 1e-9;
    match r.form {
        Form::Ratio { lo, hi } => v >= lo - f.half && v <= hi + f.half,
        _ => match r.qualifier {
            Qualifier::None | Qualifier::About => (v - r.value).abs() <= h,
            Qualifier::Nearly => {
                v <= r.value + f.half && v >= (r.value - 2.0 * h).min(r.value * 0.9)
            }
            Qualifier::MoreThan => v > r.value - f.half,
            Qualifier::AtLeast => v >= r.value - f.half,
            Qualifier::LessThan => v < r.value + f.half,
        },
    }
}

fn describe(f: &Fact) -> String {
    format!("{} — {} ({})", f.shown, f.label, f.source)
}

fn rank(f: &Fact) -> (u8, u8, u8) {
    (
        if f.printed { 0 } else { 1 },
        if f.alternative { 1 } else { 0 },
        if f.source.starts_with("Table") { 0 } else { 1 },
    )
}

/// One number's answer: the verdict rules, in order.
fn decide(data: &Dataset, facts: &[Fact], text: &Text, ctx: &Context, r: &Reading) -> Answer {
    let slot = Slot::of_number(text, ctx, r);
    let percent = r.form != Form::Plain;
    let who = slot.who.clone();
    let name = |code: &str| display_name(data, code);
    let same_value: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.percent() == percent && matches_value(r, f))
        .collect();
    let others = |best: Option<&Fact>, extra: &[&Fact]| -> Vec<Fact> {
        let mut v: Vec<Fact> = Vec::new();
        for f in extra.iter().chain(same_value.iter()) {
            if Some(*f) != best && !v.iter().any(|g| g.label == f.label && g.value == f.value) {
                v.push((*f).clone());
            }
            if v.len() >= 6 {
                break;
            }
        }
        v
    };
    // Outside the report's reach: another country, a jail, detention.
    if let (Some(place), None) = (ctx.elsewhere, &who) {
        return Answer {
            reading: r.clone(),
            verdict: Some(Verdict::NotInReport),
            why: format!("The claim is about {place}; the report counts people held by U.S. state and federal prison systems only (not jails, detention centres or other countries)."),
            best: None,
            others: vec![],
        };
    }
    // Outside the report's time: a year other than 2015–16 in the sentence.
    if let Some(y) = ctx.years.iter().find(|y| !(2014..=2016).contains(*y)) {
        return Answer {
            reading: r.clone(),
            verdict: Some(Verdict::NotInReport),
            why: format!("The claim is about {y}; the report counts the fall of 2015 (with a few updates to August 2016). Later surveys are on the About page."),
            best: None,
            others: vec![],
        };
    }
    if let Some(code) = &who {
        if data.jurisdiction(code).is_some_and(|j| !j.responded) {
            return Answer {
                reading: r.clone(),
                verdict: Some(Verdict::NotInReport),
                why: format!(
                    "{} did not respond to the survey; the report has no figures for it.",
                    name(code)
                ),
                best: None,
                others: vec![],
            };
        }
    }
    // Facts in the claim's slot.
    let in_slot: Vec<(&Fact, Option<bool>)> = facts
        .iter()
        .filter(|f| {
            f.percent() == percent
                && slot.measures.contains(&f.measure)
                && (!ctx.events || {
                    let label = f.label.to_ascii_lowercase();
                    EVENT_WORDS.iter().any(|w| label.contains(w))
                })
                && f.population == slot.population
                && f.topic == slot.topic
                && f.stat == slot.stat
                && match slot.stat {
                    Stat::Value => f.who == slot.who,
                    Stat::Median => f.who.is_none(),
                    Stat::Highest | Stat::Lowest => true,
                }
        })
        .map(|f| (f, definition_fit(&slot, f)))
        .filter(|(_, fit)| fit.is_some())
        .collect();
    let pick = |pred: &dyn Fn(&Fact, bool) -> bool| -> Option<&Fact> {
        in_slot
            .iter()
            .filter(|(f, fit)| pred(f, fit.unwrap_or(false)))
            .map(|(f, _)| *f)
            .min_by(|a, b| {
                rank(a).cmp(&rank(b)).then(
                    (a.value - r.value)
                        .abs()
                        .partial_cmp(&(b.value - r.value).abs())
                        .unwrap_or(std::cmp::Ordering::Equal),
                )
            })
    };
    let claim_words = |f: &Fact| -> String {
        let h = slot
            .hours
            .map_or("no definition named".to_string(), hours_words);
        let _ = f;
        h
    };
    // Rank claims that name a jurisdiction: the named one must be the top (or bottom) one.
    if matches!(slot.stat, Stat::Highest | Stat::Lowest) {
        if let Some(top) = pick(&|_, fit| fit) {
            let word = if slot.stat == Stat::Highest {
                "highest"
            } else {
                "lowest"
            };
            let named_other = slot
                .who
                .as_ref()
                .is_some_and(|w| Some(w) != top.who.as_ref());
            let value_ok = matches_value(r, top);
            if !named_other && value_ok {
                return Answer {
                    reading: r.clone(),
                    verdict: Some(Verdict::Supported),
                    why: format!(
                        "The report's {word} is {}, {}.",
                        name(top.who.as_deref().unwrap_or("")),
                        top.shown
                    ),
                    best: Some(top.clone()),
                    others: others(Some(top), &[]),
                };
            }
            // What the report says about the system the claim names.
            let named: Vec<&Fact> = slot
                .who
                .as_ref()
                .map(|w| {
                    facts
                        .iter()
                        .filter(|f| {
                            f.who.as_ref() == Some(w)
                                && f.stat == Stat::Value
                                && f.percent() == percent
                                && f.measure == top.measure
                                && f.population == top.population
                                && f.topic == top.topic
                                && f.hours == top.hours
                                && f.printed
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut why = format!(
                "The report's {word} is {}, {}",
                name(top.who.as_deref().unwrap_or("")),
                top.shown
            );
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
                why.push_str(&format!(", not {}", name(w)));
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
            return Answer {
                reading: r.clone(),
                verdict: Some(Verdict::Contradicted),
                why,
                best: Some(top.clone()),
                others: others(Some(top), &named),
            };
        }
    }
    // 1. The right figure under the claim's own definition.
    if let Some(f) = pick(&|f, fit| fit && matches_value(r, f)) {
        let mut caveats = Vec::new();
        if f.alternative {
            caveats.push(format!("{} is the alternative figure the report prints in parentheses for {} (Louisiana: counting state prisoners in parish jails; Utah: August 2016)", f.shown, name(f.who.as_deref().unwrap_or(""))));
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
        return Answer {
            reading: r.clone(),
            verdict: Some(verdict),
            why,
            best: Some(f.clone()),
            others: others(Some(f), &[]),
        };
    }
    // 2. The right number under a wider definition than the words imply. A bound ("more than
    // 4,000") is true of almost any wider count, so it only counts when the report has no figure
    // under the claim's own definition to hold it against.
    let bound = matches!(
        r.qualifier,
        Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan
    );
    let narrow = pick(&|_, fit| fit);
    let wider =
        pick(&|f, fit| !fit && matches_value(r, f)).filter(|_| !(bound && narrow.is_some()));
    if let Some(f) = wider {
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
            claim_words(f),
            narrow.map_or(String::new(), |n| format!(
                ", for which the report says {}",
                n.shown
            ))
        );
        return Answer {
            reading: r.clone(),
            verdict: Some(Verdict::Caveat),
            why,
            best: Some(f.clone()),
            others: others(Some(f), &narrow.into_iter().collect::<Vec<_>>()),
        };
    }
    // 3. The report has a figure for this, and it is another one.
    if slot.specific {
        if let Some(f) = pick(&|_, fit| fit) {
            let q = r.qualifier.words();
            let why = format!(
                "The report says {} ({}), not {q}{}.",
                f.shown, f.label, r.text
            );
            return Answer {
                reading: r.clone(),
                verdict: Some(Verdict::Contradicted),
                why,
                best: Some(f.clone()),
                others: others(Some(f), &[]),
            };
        }
    }
    // 4. A figure the check cannot place by meaning, printed exactly as written (e.g. "96.4%").
    let exact_digits = !matches!(r.form, Form::Ratio { .. })
        && (r.text.contains('.') || r.text.chars().filter(|c| c.is_ascii_digit()).count() >= 3);
    if exact_digits {
        if let Some(f) = same_value
            .iter()
            .filter(|f| {
                f.measure == Measure::Other
                    && f.who == who
                    && f.printed
                    && (f.value - r.value).abs() < 1e-9
            })
            .min_by_key(|f| rank(f))
        {
            return Answer {
                reading: r.clone(),
                verdict: Some(Verdict::Supported),
                why: format!("The report prints {}: {}.", f.shown, f.label),
                best: Some((*f).clone()),
                others: others(Some(f), &[]),
            };
        }
    }
    // 5. Nothing in the report answers this.
    let mut why = String::from("The report has no figure for what this number describes");
    if let Some(w) = &who {
        why.push_str(&format!(" ({})", name(w)));
    }
    why.push('.');
    if let Some(f) = same_value
        .iter()
        .filter(|f| f.who == who)
        .min_by_key(|f| rank(f))
    {
        why.push_str(&format!(
            " The same number appears in the report as {}.",
            describe(f)
        ));
    }
    Answer {
        reading: r.clone(),
        verdict: Some(Verdict::NotInReport),
        why,
        best: None,
        others: others(None, &[]),
    }
}
