//! The facts a number could be ([`Candidates`]): those of its kind (a percent or a count) whose
//! value fits it, and those in the slot its words describe, each with whether its definition is
//! the claim's own or a wider one; and how the deciding one is picked.

use std::cmp::Ordering;

use crate::checks::claim_text::{Form, Reading, Text};
use crate::data::Dataset;

use super::super::fact_table::Fact;
use super::super::reading::{Context, Slot, EVENT_WORDS};
use super::super::terms::Stat;
use super::fit::{definition_fit, matches_value, precedence};
use super::wording::display_name;

/// One number with the facts it could be.
pub struct Candidates<'a> {
    /// The data (for jurisdictions' names).
    pub data: &'a Dataset,
    /// Every fact.
    pub facts: &'a [Fact],
    /// The number.
    pub r: &'a Reading,
    /// What the number claims.
    pub slot: Slot,
    /// Is the number a percent (or a ratio)?
    pub percent: bool,
    /// Facts of the number's kind whose value fits it, whatever they count.
    pub same_value: Vec<&'a Fact>,
    /// Facts in the number's slot, with whether the definition is the claim's own (`true`) or a
    /// wider one (`false`).
    in_slot: Vec<(&'a Fact, bool)>,
}

impl<'a> Candidates<'a> {
    /// The candidates for the number `r` in the clause `ctx` of `text`.
    pub fn new(
        data: &'a Dataset,
        facts: &'a [Fact],
        text: &Text,
        ctx: &Context,
        r: &'a Reading,
    ) -> Candidates<'a> {
        let slot = Slot::of_number(text, ctx, r);
        let percent = r.form != Form::Plain;
        let same_value = facts
            .iter()
            .filter(|f| f.percent() == percent && matches_value(r, f))
            .collect();
        let in_slot = facts
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
            .filter_map(|f| Some((f, definition_fit(&slot, f)?)))
            .collect();
        Candidates {
            data,
            facts,
            r,
            slot,
            percent,
            same_value,
            in_slot,
        }
    }

    /// The fact in the slot that `pred` (given the fact and whether its definition is the claim's
    /// own) accepts, first by [`precedence`], then nearest the number.
    pub fn pick(&self, pred: impl Fn(&Fact, bool) -> bool) -> Option<&'a Fact> {
        let r = self.r;
        self.in_slot
            .iter()
            .filter(|(f, fit)| pred(f, *fit))
            .map(|(f, _)| *f)
            .min_by(|a, b| {
                precedence(a).cmp(&precedence(b)).then(
                    (a.value - r.value)
                        .abs()
                        .partial_cmp(&(b.value - r.value).abs())
                        .unwrap_or(Ordering::Equal),
                )
            })
    }

    /// Other figures the number could be besides `best`: `extra` first, then those of the same
    /// value; at most 6, each label and value once.
    pub fn others(&self, best: Option<&Fact>, extra: &[&Fact]) -> Vec<Fact> {
        let mut v: Vec<Fact> = Vec::new();
        for f in extra.iter().chain(self.same_value.iter()) {
            if Some(*f) != best && !v.iter().any(|g| g.label == f.label && g.value == f.value) {
                v.push((*f).clone());
            }
            if v.len() >= 6 {
                break;
            }
        }
        v
    }

    /// A jurisdiction's name as a sentence uses it.
    pub fn name(&self, code: &str) -> String {
        display_name(self.data, code)
    }
}
