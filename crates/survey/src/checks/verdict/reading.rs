//! Reading a claim's meaning: what a clause's words say about who (a jurisdiction, men or
//! women), which group, which definition (hours, stay) and which statistic (a [`Context`]), and
//! what one number in it claims (a [`Slot`]). The words themselves are found by
//! [`crate::checks::claim_text::Text`]; this turns them into the terms of the fact table.

use crate::checks::claim_text::{Form, Reading, Role, Text};
use crate::data::Dataset;
use crate::engine::definition::{Population, Stay};

use super::terms::{HoursSpec, Measure, Stat, Topic};

/// Words in a sentence that name restricted housing.
pub(super) const RH_WORDS: [&str; 15] = [
    "solitary",
    "isolation",
    "restricted housing",
    "restrictive housing",
    "segregation",
    "segregated",
    "in-cell",
    "in cell",
    "in their cells",
    "confined",
    "lockdown",
    "supermax",
    "locked in",
    "isolated",
    "confinement",
];

/// Places and kinds of custody outside the report: it counts U.S. state and federal prison
/// systems (and the territories and D.C. among them), not other countries, jails or detention.
const ELSEWHERE: [(&str, &str); 22] = [
    ("canada", "Canada"),
    ("canadian", "Canada"),
    ("mexico", "Mexico"),
    ("england", "England"),
    ("britain", "Britain"),
    ("british", "Britain"),
    ("united kingdom", "the United Kingdom"),
    ("u.k.", "the U.K."),
    ("australia", "Australia"),
    ("europe", "Europe"),
    ("european", "Europe"),
    ("france", "France"),
    ("germany", "Germany"),
    ("norway", "Norway"),
    ("china", "China"),
    ("rikers", "Rikers Island (a New York City jail)"),
    ("county jail", "a county jail"),
    ("county jails", "county jails"),
    ("city jail", "a city jail"),
    ("immigration detention", "immigration detention"),
    ("ice detention", "immigration detention"),
    ("juvenile detention", "juvenile detention"),
];

/// Words that count deaths: events in restricted housing, not people held there.
pub(super) const EVENT_WORDS: [&str; 4] = ["suicide", "suicides", "died", "deaths"];

/// What a sentence says about who, what and which definition.
#[derive(Debug, Clone)]
pub(super) struct Context {
    /// Jurisdiction mentions: (offset, code).
    pub(super) mentions: Vec<(usize, String)>,
    /// Jurisdiction named nearest (for statements: the first).
    pub(super) who: Option<String>,
    pub(super) population: Population,
    pub(super) topic: Topic,
    pub(super) hours: Option<HoursSpec>,
    pub(super) stay: Option<Stay>,
    pub(super) stat: Option<Stat>,
    pub(super) rh_words: bool,
    pub(super) share_words: bool,
    pub(super) average: bool,
    pub(super) custody_words: bool,
    /// Counts deaths (suicides), which are events, not people held.
    pub(super) events: bool,
    pub(super) years: Vec<u32>,
    /// A place or kind of custody the report does not cover (another country, a jail).
    pub(super) elsewhere: Option<&'static str>,
}

fn jurisdiction_mentions(data: &Dataset, t: &Text, from: usize, to: usize) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let push = |found: &mut Vec<(usize, usize, String)>, needle: &str, code: &str| {
        let mut at = from;
        while let Some(i) = t.find(at, to, needle) {
            found.push((i, i + needle.chars().count(), code.to_string()));
            at = i + 1;
        }
    };
    for j in &data.jurisdictions {
        let n = j.name.to_lowercase();
        if j.code != "BOP" && j.code != "DC" {
            push(&mut found, &n, &j.code);
        }
    }
    for (alias, code) in [
        ("federal bureau of prisons", "BOP"),
        ("bureau of prisons", "BOP"),
        ("federal prisons", "BOP"),
        ("federal prison", "BOP"),
        ("federal system", "BOP"),
        ("federal government", "BOP"),
        ("bop", "BOP"),
        ("district of columbia", "DC"),
        ("washington, d.c", "DC"),
        ("d.c", "DC"),
        ("virgin islands", "VI"),
    ] {
        push(&mut found, alias, code);
    }
    // Two-letter codes, upper case as written ("TX"); words that are also codes are skipped.
    for j in &data.jurisdictions {
        if j.code.len() == 2
            && ![
                "IN", "OR", "ME", "OK", "HI", "DE", "AL", "MA", "PA", "CO", "ID", "VI", "DC", "US",
                "AS", "OH", "LA", "MO",
            ]
            .contains(&j.code.as_str())
        {
            let code: Vec<char> = j.code.chars().collect();
            for i in from..to.saturating_sub(1) {
                if t.chars[i..i + 2] == code[..]
                    && (i == 0 || !t.chars[i - 1].is_alphanumeric())
                    && t.chars.get(i + 2).is_none_or(|c| !c.is_alphanumeric())
                {
                    found.push((i, i + 2, j.code.clone()));
                }
            }
        }
    }
    // The longest mention wins where two overlap ("West Virginia" over "Virginia").
    found.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut last_end = 0;
    for (s, e, c) in found {
        if s >= last_end || out.is_empty() {
            out.push((s, c));
            last_end = e;
        }
    }
    out
}

impl Context {
    /// Takes the definition (hours, stay, restricted-housing words) of the clause this one continues.
    pub(super) fn inherit_definition(&mut self, prev: &Context) {
        self.rh_words = prev.rh_words;
        self.hours = self.hours.or(prev.hours);
        self.stay = self.stay.or(prev.stay);
    }

    /// The context of a whole statement (a prose figure): its first jurisdiction named is its who.
    pub(super) fn of_statement(data: &Dataset, text: &Text) -> Context {
        let n = text.chars.len();
        let mut c = Context::read(data, text, 0, n);
        c.who = c.mentions.first().map(|(_, code)| code.clone());
        c
    }

    /// The context of the clause `from..to` of `text`.
    pub(super) fn read(data: &Dataset, text: &Text, from: usize, to: usize) -> Context {
        let has = |w: &str| text.has(from, to, w);
        let mentions = jurisdiction_mentions(data, text, from, to);
        let women = ["women", "woman", "female", "females", "girls"]
            .iter()
            .any(|w| has(w));
        let men = ["men", "man", "male", "males"].iter().any(|w| has(w));
        let population = match (men, women) {
            (true, false) => Population::Men,
            (false, true) => Population::Women,
            _ => Population::All,
        };
        let topic = if has("pregnant") {
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
        };
        // Hours: a band "16 to 21 hours" / "16-21 hours", a threshold "16 hours", or the words.
        let mut hours = None;
        let hour_readings: Vec<&Reading> = text
            .readings
            .iter()
            .filter(|r| r.at >= from && r.at < to && r.role == Role::Hours)
            .collect();
        if hour_readings.len() >= 2 {
            let (a, b) = (hour_readings[0].value as u8, hour_readings[1].value as u8);
            let between = text.slice(hour_readings[0].at, hour_readings[1].at);
            if b > a
                && (between.contains(" to ") || between.contains('-') || between.contains(" and "))
                && b < 22
            {
                hours = Some(HoursSpec::Band(a, b));
            }
        }
        if hours.is_none() {
            if let Some(r) = hour_readings.first() {
                let v = r.value as u8;
                hours = Some(match v {
                    22..=24 => HoursSpec::AtLeast(22),
                    20..=21 => HoursSpec::AtLeast(20),
                    16..=19 => HoursSpec::AtLeast(16),
                    _ => HoursSpec::AtLeast(v),
                });
            }
        }
        if hours.is_none() {
            for (w, h) in [
                ("sixteen hours", 16),
                ("twenty hours", 20),
                ("twenty-two hours", 22),
                ("twenty-three hours", 22),
            ] {
                if has(w) {
                    hours = Some(HoursSpec::AtLeast(h));
                }
            }
        }
        let rh_words = RH_WORDS.iter().any(|w| has(w)) || hours.is_some();
        if hours.is_none() && rh_words {
            hours = Some(HoursSpec::AtLeast(22));
        }
        let stay_readings: Vec<&Reading> = text
            .readings
            .iter()
            .filter(|r| r.at >= from && r.at < to && r.role == Role::Stay)
            .collect();
        let mut stay = None;
        for r in stay_readings {
            // The unit is the word right after the number ("15 days to one month" is days).
            let unit = text.slice(
                r.at + r.text.chars().count(),
                r.at + r.text.chars().count() + 24,
            );
            let unit: String = unit
                .trim_start_matches([' ', '-'])
                .trim_start_matches("or more ")
                .trim_start_matches("consecutive ")
                .trim_start_matches("continuous ")
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let v = r.value;
            stay = Some(if unit.contains("year") {
                if v >= 6.0 {
                    Stay::Y6
                } else if v >= 3.0 {
                    Stay::Y3
                } else {
                    Stay::Y1
                }
            } else if unit.contains("month") {
                if v >= 12.0 {
                    Stay::Y1
                } else if v >= 6.0 {
                    Stay::M6
                } else if v >= 3.0 {
                    Stay::M3
                } else {
                    Stay::M1
                }
            } else {
                Stay::D15
            });
        }
        if stay.is_none() {
            for (w, s) in [
                ("a year or more", Stay::Y1),
                ("more than a year", Stay::Y1),
                ("over a year", Stay::Y1),
                ("at least a year", Stay::Y1),
                ("longer than a year", Stay::Y1),
                ("a year or longer", Stay::Y1),
                ("one year or more", Stay::Y1),
                ("one year or longer", Stay::Y1),
                ("a year or more", Stay::Y1),
                ("three years or more", Stay::Y3),
                ("more than three years", Stay::Y3),
                ("three years or longer", Stay::Y3),
                ("six years or more", Stay::Y6),
                ("more than six years", Stay::Y6),
                ("six years or longer", Stay::Y6),
                ("six months or more", Stay::M6),
                ("more than six months", Stay::M6),
                ("three months or more", Stay::M3),
                ("a month or more", Stay::M1),
                ("more than a month", Stay::M1),
            ] {
                if has(w) {
                    stay = Some(s);
                    break;
                }
            }
        }
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

/// What one number claims.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    pub(super) who: Option<String>,
    pub(super) population: Population,
    pub(super) topic: Topic,
    pub(super) measures: Vec<Measure>,
    pub(super) stat: Stat,
    pub(super) hours: Option<HoursSpec>,
    pub(super) stay: Option<Stay>,
    /// Specific enough that a different value contradicts it.
    pub(super) specific: bool,
}

impl Slot {
    /// What the number `r` claims, read from its clause's context and the words right after it.
    pub(super) fn of_number(text: &Text, ctx: &Context, r: &Reading) -> Slot {
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
