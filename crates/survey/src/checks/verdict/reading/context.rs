//! What a clause's words say (a [`Context`]): who is named, men or women, which group, which
//! definition (hours, stay), which statistic, and whether it is about people held at all — counted
//! deaths, another year, another country or a jail.

use crate::checks::claim_text::{Role, Text};
use crate::data::Dataset;
use crate::engine::definition::{Population, Stay};

use super::super::terms::{HoursSpec, Stat, Topic};
use super::definition::{hours_in, stay_in};
use super::group::{population_in, topic_in};
use super::mentions::jurisdiction_mentions;
use super::words::{ELSEWHERE, EVENT_WORDS, RH_WORDS};

/// What a sentence says about who, what and which definition.
#[derive(Debug, Clone)]
pub struct Context {
    /// Jurisdiction mentions: (offset, code).
    pub mentions: Vec<(usize, String)>,
    /// Jurisdiction named nearest (for statements: the first).
    pub who: Option<String>,
    /// Men, women or everyone.
    pub population: Population,
    /// The group named (none: everyone in the population).
    pub topic: Topic,
    /// Hours in-cell named (22 or more when only restricted-housing words are).
    pub hours: Option<HoursSpec>,
    /// Minimum stay named.
    pub stay: Option<Stay>,
    /// A rank or a median named ("highest", "median").
    pub stat: Option<Stat>,
    /// Names restricted housing (or hours in-cell).
    pub rh_words: bool,
    /// Says a part "made up" or "accounted for" a share of a whole.
    pub share_words: bool,
    /// Says "average".
    pub average: bool,
    /// Names people in custody ("prisoners", "incarcerated").
    pub custody_words: bool,
    /// Counts deaths (suicides), which are events, not people held.
    pub events: bool,
    /// Years named.
    pub years: Vec<u32>,
    /// A place or kind of custody the report does not cover (another country, a jail).
    pub elsewhere: Option<&'static str>,
}

impl Context {
    /// Takes the definition (hours, stay, restricted-housing words) of the clause this one continues.
    pub fn inherit_definition(&mut self, prev: &Context) {
        self.rh_words = prev.rh_words;
        self.hours = self.hours.or(prev.hours);
        self.stay = self.stay.or(prev.stay);
    }

    /// The context of a whole statement (a prose figure): its first jurisdiction named is its who.
    pub fn of_statement(data: &Dataset, text: &Text) -> Context {
        let n = text.chars.len();
        let mut c = Context::read(data, text, 0, n);
        c.who = c.mentions.first().map(|(_, code)| code.clone());
        c
    }

    /// The context of the clause `from..to` of `text`.
    pub fn read(data: &Dataset, text: &Text, from: usize, to: usize) -> Context {
        let has = |w: &str| text.has(from, to, w);
        let mentions = jurisdiction_mentions(data, text, from, to);
        let population = population_in(text, from, to);
        let topic = topic_in(text, from, to);
        let mut hours = hours_in(text, from, to);
        let rh_words = RH_WORDS.iter().any(|w| has(w)) || hours.is_some();
        if hours.is_none() && rh_words {
            hours = Some(HoursSpec::AtLeast(22));
        }
        let stay = stay_in(text, from, to);
        let stat = if [
            "highest",
            "largest",
            "greatest",
            "biggest",
            "the most",
            "top",
            "most of any",
            "leads",
            "led the",
        ]
        .iter()
        .any(|w| has(w))
        {
            Some(Stat::Highest)
        } else if ["lowest", "smallest", "the fewest", "the least"]
            .iter()
            .any(|w| has(w))
        {
            Some(Stat::Lowest)
        } else if ["median", "typical", "average"].iter().any(|w| has(w)) {
            Some(Stat::Median)
        } else {
            None
        };
        let share_words = [
            "made up",
            "make up",
            "makes up",
            "accounted for",
            "account for",
            "accounts for",
            "comprised",
            "represented",
            "share of those",
            "of those held",
            "of those in",
        ]
        .iter()
        .any(|w| has(w));
        let years = text
            .readings
            .iter()
            .filter(|r| r.at >= from && r.at < to && r.role == Role::Year)
            .map(|r| r.value as u32)
            .collect();
        Context {
            average: has("average") || has("on average"),
            custody_words: [
                "prisoners",
                "prisoner",
                "inmates",
                "incarcerated",
                "custodial",
                "in custody",
                "prison population",
                "behind bars",
                "in prison",
            ]
            .iter()
            .any(|w| has(w)),
            events: EVENT_WORDS.iter().any(|w| has(w)),
            mentions,
            who: None,
            population,
            topic,
            hours,
            stay,
            stat,
            rh_words,
            share_words,
            years,
            elsewhere: ELSEWHERE
                .iter()
                .find(|(w, _)| has(w))
                .map(|(_, name)| *name),
        }
    }
}
