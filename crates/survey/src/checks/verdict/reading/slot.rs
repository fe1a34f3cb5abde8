//! What one number claims (a [`Slot`]): who, which group, which measure and statistic, and which
//! definition, from its clause's [`Context`] and the words right after the number.

use crate::checks::claim_text::{Form, Reading, Text};
use crate::engine::definition::{Population, Stay};

use super::super::terms::{HoursSpec, Measure, Stat, Topic};
use super::context::Context;
use super::words::RH_WORDS;

/// What one number claims.
#[derive(Debug, Clone)]
pub struct Slot {
    /// The jurisdiction it is about (`None`: the nation).
    pub who: Option<String>,
    /// Men, women or everyone.
    pub population: Population,
    /// The group within the population.
    pub topic: Topic,
    /// What it may measure (a plain count with no restricted-housing words: held or in custody).
    pub measures: Vec<Measure>,
    /// Which statistic.
    pub stat: Stat,
    /// Hours in-cell its clause names.
    pub hours: Option<HoursSpec>,
    /// Minimum stay its clause names.
    pub stay: Option<Stay>,
    /// Specific enough that a different value contradicts it.
    pub specific: bool,
}

impl Slot {
    /// What the number `r` claims, read from its clause's context and the words right after it.
    pub fn of_number(text: &Text, ctx: &Context, r: &Reading) -> Slot {
        let (_, e) = text.sentences[r.sentence];
        let percent = r.form != Form::Plain;
        // Who: the jurisdiction named nearest before the number, else the first after it.
        let who = ctx
            .mentions
            .iter()
            .rev()
            .find(|(at, _)| *at < r.at)
            .or_else(|| ctx.mentions.iter().find(|(at, _)| *at > r.at && *at < e))
            .map(|(_, c)| c.clone());
        let after_end = (r.at + r.text.chars().count() + 1).min(e);
        let after = text.slice(after_end, (after_end + 48).min(e));
        let after = after.trim_start_matches(|c: char| c == '%' || c.is_whitespace() || c == ',');
        let after = after
            .strip_prefix("percent")
            .or_else(|| after.strip_prefix("per cent"))
            .unwrap_or(after)
            .trim_start();
        // The phrase the percent is "of": up to a verb.
        let of_phrase = after.strip_prefix("of ").map(|p| {
            let stop = [
                " were ", " was ", " are ", " is ", " had ", " held ", ",", " in 20", ";",
            ]
            .iter()
            .filter_map(|w| p.find(w))
            .min()
            .unwrap_or(p.len());
            p[..stop].to_string()
        });
        let part = ctx.population != Population::All || ctx.topic != Topic::None;
        let phrase_rh = of_phrase
            .as_deref()
            .is_some_and(|p| RH_WORDS.iter().any(|w| p.contains(w)));
        let stat = ctx.stat.unwrap_or(Stat::Value);
        let measures = if ctx.events {
            vec![Measure::Other]
        } else if percent {
            if ctx.rh_words && ctx.stay.is_some_and(|s| s != Stay::D15) && ctx.share_words {
                // "24% of those in solitary had been there a year or more": a share of those held.
                vec![Measure::ShareOfHeld]
            } else if part && (phrase_rh || ctx.share_words && ctx.rh_words) {
                let part_in_phrase = of_phrase.as_deref().is_some_and(|p| {
                    (ctx.population == Population::Women
                        && (p.contains("women") || p.contains("female")))
                        || (ctx.population == Population::Men
                            && !p.contains("women")
                            && (p.contains("men") || p.contains("male"))
                            && ctx.topic == Topic::None)
                });
                if part_in_phrase {
                    vec![Measure::Rate]
                } else {
                    vec![Measure::ShareOfHeld]
                }
            } else if ctx.topic != Topic::None && (!ctx.rh_words || !phrase_rh && ctx.share_words) {
                vec![Measure::ShareOfCustody]
            } else {
                vec![Measure::Rate]
            }
        } else if after.starts_with("jurisdictions")
            || after.starts_with("states")
            || after.starts_with("systems")
            || after.starts_with("prison systems")
            || after.starts_with("departments")
            || after.starts_with("of the 5")
            || after.starts_with("of 5")
        {
            vec![Measure::Jurisdictions]
        } else if ctx.rh_words {
            vec![Measure::Held]
        } else {
            vec![Measure::Held, Measure::Custody]
        };
        Slot {
            who: who.clone(),
            population: ctx.population,
            topic: ctx.topic,
            measures,
            stat,
            hours: ctx.hours,
            stay: ctx.stay,
            specific: ctx.rh_words
                || stat != Stat::Value
                || (who.is_some() && (percent || ctx.custody_words)),
        }
    }
}
