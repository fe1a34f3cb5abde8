//! [`check`]: every number of a pasted text, in order. Years, hours, stays, ages and references
//! are context and get no verdict; each figure is decided in the context of its clause, each clause
//! read once (one that names no definition takes the definition of the clause it continues).

use crate::checks::claim_text::{Role, Text};
use crate::data::Dataset;

use super::super::fact_table::Fact;
use super::super::reading::Context;
use super::answer::{Answer, Check};
use super::rules::decide;

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
