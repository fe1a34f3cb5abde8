//! Claim verdicts: for every number in a pasted text, one of **Supported**, **Supported, with a
//! caveat**, **Contradicted** or **Not in the report**, decided by meaning — who (a jurisdiction,
//! the nation, men or women), what (people held, a rate, a share of those held, a rank, a median),
//! which definition (22/20/16 hours, 15 days to six years) and the qualifier — not by digits alone.
//!
//! The report's figures become [`Fact`]s once ([`facts`]); a claim is read by
//! [`crate::checks::claim_text::Text`] and each number's slot is matched against the facts ([`check`]).

use crate::checks::claim_text::{Form, Qualifier, Reading, Role, Text};
use crate::data::derivation::{Aggregate, Combine, Expr};
use crate::data::format::{round_half_up, thousands};
use crate::data::row_pages;
use crate::data::table::Cell;
use crate::data::Dataset;
use crate::engine::definition::{Choice, Definition, Hours, Population, Stay};
use crate::engine::{Engine, Status};

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

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// People in restricted housing (or in-cell N hours).
    Held,
    /// People in custody.
    Custody,
    /// Percent of a custodial population held.
    Rate,
    /// Percent of those held who are in a group (women, Black, 50 or older…).
    ShareOfHeld,
    /// Percent of those in custody who are in a group.
    ShareOfCustody,
    /// Number of jurisdictions.
    Jurisdictions,
    /// Anything else (facilities, days, Table 4's bands): matched by value only, never contradicted.
    Other,
}

/// Which statistic of the measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stat {
    /// A jurisdiction's or the nation's value.
    Value,
    /// The median across jurisdictions.
    Median,
    /// The highest jurisdiction.
    Highest,
    /// The lowest jurisdiction.
    Lowest,
}

/// A group within a population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// No group.
    None,
    /// A race or ethnicity (as the report's columns: white, black, hispanic, asian, other).
    Race(&'static str),
    /// An age band: "under_18", "18_49", "50_plus".
    Age(&'static str),
    /// People with a serious mental health issue.
    Smi,
    /// Pregnant women.
    Pregnant,
}

/// Hours a day in-cell behind a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursSpec {
    /// N hours or more.
    AtLeast(u8),
    /// A band, N to M hours (Table 3's 20–21 and 16–19; prose 16–21).
    Band(u8, u8),
}

/// A figure the report prints, or the app computes from what it prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The value (percents in points).
    pub value: f64,
    /// As printed (or as the app shows it).
    pub shown: String,
    /// Half its printed precision.
    pub half: f64,
    /// What it counts, in words.
    pub label: String,
    /// "Table 2, p. 23", "Section IV.A, p. 21", "computed from Table 5, p. 32 and Table 6, p. 34".
    pub source: String,
    /// Jurisdiction code; `None` for a national figure.
    pub who: Option<String>,
    /// Men, women or everyone.
    pub population: Population,
    /// What it measures.
    pub measure: Measure,
    /// Which statistic.
    pub stat: Stat,
    /// Group within the population.
    pub topic: Topic,
    /// Hours behind it, for restricted-housing figures.
    pub hours: Option<HoursSpec>,
    /// Minimum stay behind it.
    pub stay: Stay,
    /// A lower bound ("at least 83,897").
    pub at_least: bool,
    /// Louisiana's or Utah's parenthesised alternative.
    pub alternative: bool,
    /// Printed in the report (false: computed by this app from printed figures).
    pub printed: bool,
}

impl Fact {
    fn percent(&self) -> bool {
        matches!(
            self.measure,
            Measure::Rate | Measure::ShareOfHeld | Measure::ShareOfCustody
        ) || (self.measure == Measure::Other && self.shown.ends_with('%'))
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

// ---------------------------------------------------------------------------------------------
// Facts

fn race(s: &str) -> Option<&'static str> {
    ["white", "black", "hispanic", "asian", "other"]
        .into_iter()
        .find(|r| *r == s)
}

fn age(s: &str) -> Option<&'static str> {
    ["under_18", "18_49", "50_plus"]
        .into_iter()
        .find(|r| *r == s)
}

/// What a table column measures: (measure, population, topic, hours, alternative).
fn column_meaning(
    table: u8,
    column: &str,
) -> Option<(Measure, Population, Topic, Option<HoursSpec>, bool)> {
    use Measure::*;
    let pop = match table {
        5 | 7 | 8 | 11 | 12 | 15 | 17 => Population::Men,
        6 | 9 | 10 | 13 | 14 | 16 | 18 | 19 => Population::Women,
        _ => Population::All,
    };
    let h22 = Some(HoursSpec::AtLeast(22));
    Some(match (table, column) {
        (2, "total_custodial_population" | "custodial_population_rh_facilities") => {
            (Custody, pop, Topic::None, None, false)
        }
        (2, "alt_custodial_population_rh_facilities") => (Custody, pop, Topic::None, None, true),
        (2, "rh_population") => (Held, pop, Topic::None, h22, false),
        (2, "rh_percent") => (Rate, pop, Topic::None, h22, false),
        (2, "alt_rh_population") => (Held, pop, Topic::None, h22, true),
        (2, "alt_rh_percent") => (Rate, pop, Topic::None, h22, true),
        (3, "custodial_population") => (Custody, pop, Topic::None, None, false),
        (3, "h22_plus") => (Held, pop, Topic::None, h22, false),
        (3, "h22_plus_pct") => (Rate, pop, Topic::None, h22, false),
        (3, "h20_21") => (Held, pop, Topic::None, Some(HoursSpec::Band(20, 21)), false),
        (3, "h20_21_pct") => (Rate, pop, Topic::None, Some(HoursSpec::Band(20, 21)), false),
        (3, "h16_19") => (Held, pop, Topic::None, Some(HoursSpec::Band(16, 19)), false),
        (3, "h16_19_pct") => (Rate, pop, Topic::None, Some(HoursSpec::Band(16, 19)), false),
        (3, "total_16_24") => (Held, pop, Topic::None, Some(HoursSpec::AtLeast(16)), false),
        (3, "total_16_24_pct") => (Rate, pop, Topic::None, Some(HoursSpec::AtLeast(16)), false),
        (4, "y6_plus") => (Held, pop, Topic::None, h22, false),
        (4, _) => (Other, pop, Topic::None, h22, false),
        (5 | 6 | 15 | 16, "custodial_population") => (Custody, pop, Topic::None, None, false),
        (5 | 6, "rh_population") => (Held, pop, Topic::None, h22, false),
        (5 | 6, "rh_percent") => (Rate, pop, Topic::None, h22, false),
        (15 | 16, "smi_custodial") => (Custody, pop, Topic::Smi, None, false),
        (15 | 16, "smi_custodial_pct") => (ShareOfCustody, pop, Topic::Smi, None, false),
        (15 | 16, "smi_rh") => (Held, pop, Topic::Smi, h22, false),
        (15 | 16, "smi_rh_pct") => (Rate, pop, Topic::Smi, h22, false),
        (19, "women_custodial") => (Custody, pop, Topic::None, None, false),
        (19, "pregnant_custodial") => (Custody, pop, Topic::Pregnant, None, false),
        (19, "pregnant_rh") => (Held, pop, Topic::Pregnant, h22, false),
        (7..=14, c) => {
            let pct = c.ends_with("_pct");
            let base = c.trim_end_matches("_pct");
            let (held, group) = if let Some(g) = base.strip_prefix("rh_") {
                (true, g)
            } else {
                (false, base.strip_prefix("cust_")?)
            };
            let topic = if group == "total" {
                Topic::None
            } else if let Some(r) = race(group) {
                Topic::Race(r)
            } else {
                Topic::Age(age(group)?)
            };
            let measure = match (held, pct) {
                (true, false) => Held,
                (false, false) => Custody,
                (true, true) => ShareOfHeld,
                (false, true) => ShareOfCustody,
            };
            (
                measure,
                pop,
                topic,
                held.then_some(HoursSpec::AtLeast(22)),
                false,
            )
        }
        _ => (Other, pop, Topic::None, None, false),
    })
}

/// The minimum stay a column counts (Table 4's last band is "six years or more").
fn column_stay(table: u8, column: &str) -> Stay {
    if table == 4 && column == "y6_plus" {
        Stay::Y6
    } else {
        Stay::D15
    }
}

/// The tables a derivation reads.
fn derivation_tables(e: &Expr, out: &mut Vec<u8>) {
    match e {
        Expr::Aggregate { columns, .. } => out.extend(columns.iter().map(|c| c.table)),
        Expr::Cell { table, .. } => out.push(*table),
        Expr::Combine { args, .. } => args.iter().for_each(|a| derivation_tables(a, out)),
    }
}

fn shown_percent(v: f64, places: usize) -> String {
    format!("{}%", round_half_up(v, places))
}

fn percent_places(d: &crate::data::table::Decimal) -> usize {
    d.places as usize
}

/// Every figure the check can cite: table cells (with their row's page), the report's prose and
/// total figures (with their own section and page), ranks, and what the engine derives for the
/// wider definitions (marked computed).
pub fn facts(data: &Dataset, engine: &Engine) -> Vec<Fact> {
    let mut out = Vec::new();
    let name = |code: &str| {
        data.jurisdiction(code)
            .map_or(code.to_string(), |j| j.name.clone())
    };
    // Table cells.
    for t in data.tables.iter().filter(|t| t.number >= 2) {
        for r in &t.rows {
            for (i, c) in t.columns.iter().enumerate() {
                let Some((measure, population, topic, hours, alternative)) =
                    column_meaning(t.number, c)
                else {
                    continue;
                };
                let (value, shown, half) = match &r.cells[i] {
                    Cell::Count(n) => (*n as f64, thousands(*n), 0.5),
                    Cell::Percent(d) => (
                        d.value(),
                        format!("{d}%"),
                        0.5 * 10f64.powi(-(percent_places(d) as i32)),
                    ),
                    _ => continue,
                };
                if c == "reporting_facilities_only" {
                    continue;
                }
                let label = format!(
                    "{}: {}",
                    name(&r.key),
                    crate::data::catalog::describe_column(c).1
                );
                out.push(Fact {
                    value,
                    shown,
                    half,
                    label,
                    source: row_pages::cite(t.number, &r.key),
                    who: Some(r.key.clone()),
                    population,
                    measure,
                    stat: Stat::Value,
                    topic,
                    hours,
                    stay: column_stay(t.number, c),
                    at_least: false,
                    alternative,
                    printed: true,
                });
            }
        }
        // Ranks of the main measures (computed from the printed column).
        for col in ["rh_percent", "rh_population"] {
            if !matches!(t.number, 2 | 5 | 6) {
                continue;
            }
            let Some(ci) = t.column(col) else { continue };
            let vals: Vec<(&str, f64, String)> = t
                .rows
                .iter()
                .filter_map(|r| match &r.cells[ci] {
                    Cell::Count(n) => Some((r.key.as_str(), *n as f64, thousands(*n))),
                    Cell::Percent(d) => Some((r.key.as_str(), d.value(), format!("{d}%"))),
                    _ => None,
                })
                .collect();
            let Some((measure, population, topic, hours, _)) = column_meaning(t.number, col) else {
                continue;
            };
            for (stat, pick) in [(Stat::Highest, true), (Stat::Lowest, false)] {
                let best = vals
                    .iter()
                    .fold(None::<&(&str, f64, String)>, |b, v| match b {
                        Some(b) if (pick && b.1 >= v.1) || (!pick && b.1 <= v.1) => Some(b),
                        _ => Some(v),
                    });
                let Some((key, value, shown)) = best else {
                    continue;
                };
                let word = if pick { "highest" } else { "lowest" };
                let what = if measure == Measure::Rate {
                    "percent in restricted housing"
                } else {
                    "number in restricted housing"
                };
                let whom = match population {
                    Population::Men => " (men)",
                    Population::Women => " (women)",
                    Population::All => "",
                };
                out.push(Fact {
                    value: *value,
                    shown: shown.clone(),
                    half: if measure == Measure::Rate { 0.05 } else { 0.5 },
                    label: format!(
                        "{}: the {word} {what}{whom} of the {} jurisdictions in Table {}",
                        name(key),
                        vals.len(),
                        t.number
                    ),
                    source: row_pages::cite(t.number, key),
                    who: Some(key.to_string()),
                    population,
                    measure,
                    stat,
                    topic,
                    hours,
                    stay: Stay::D15,
                    at_least: false,
                    alternative: false,
                    printed: true,
                });
            }
        }
    }
    // Prose and total figures.
    for f in &data.figures {
        if let Some(fact) = figure_fact(data, f) {
            out.push(fact);
        }
    }
    // Women's and men's shares of those held (Tables 5 and 6 totals).
    let total = |id: &str| data.figure(id).map(|f| f.value.value());
    if let (Some(men), Some(women)) = (
        total("t05_total_rh_population"),
        total("t06_total_rh_population"),
    ) {
        let both = men + women;
        for (pop, n, word) in [
            (Population::Women, women, "Women"),
            (Population::Men, men, "Men"),
        ] {
            let p = 100.0 * n / both;
            out.push(Fact {
                value: p,
                shown: shown_percent(p, 1),
                half: 0.05,
                label: format!(
                    "{word} as a share of the people in restricted housing in the jurisdictions that reported by sex: {} of {}",
                    thousands(n as u64),
                    thousands(both as u64)
                ),
                source: format!("computed from {} and {}", row_pages::cite(5, ""), row_pages::cite(6, "")).replace("Table 5, p. 32 and Table 6, p. 34", "Tables 5 and 6 (pp. 32, 34)"),
                who: None,
                population: pop,
                measure: Measure::ShareOfHeld,
                stat: Stat::Value,
                topic: Topic::None,
                hours: Some(HoursSpec::AtLeast(22)),
                stay: Stay::D15,
                at_least: false,
                alternative: false,
                printed: false,
            });
        }
    }
    // What the engine derives for the wider definitions.
    for &hours in Hours::ALL {
        for &stay in Stay::ALL {
            for &population in Population::ALL {
                let def = Definition {
                    hours,
                    stay,
                    population,
                    ..Definition::default()
                };
                if def.not_measured().is_some() || (hours == Hours::H22 && stay == Stay::D15) {
                    continue;
                }
                let s = engine.compute(&def);
                let src = format!(
                    "computed from {}",
                    crate::checks::provenance::tables_for(&def)
                        .iter()
                        .map(|(t, p)| format!("Table {t}, p. {p}"))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                let h = Some(HoursSpec::AtLeast(hours.value()));
                let base = Fact {
                    value: s.total as f64,
                    shown: format!(
                        "{}{}",
                        if s.at_least { "at least " } else { "" },
                        thousands(s.total)
                    ),
                    half: 0.5,
                    label: format!("Total: {}", def.describe()),
                    source: src.clone(),
                    who: None,
                    population,
                    measure: Measure::Held,
                    stat: Stat::Value,
                    topic: Topic::None,
                    hours: h,
                    stay,
                    at_least: s.at_least,
                    alternative: false,
                    printed: false,
                };
                if let Some(m) = s.median_percent {
                    out.push(Fact {
                        value: m,
                        shown: shown_percent(m, 1),
                        half: 0.05,
                        label: format!(
                            "Median percent across the {} jurisdictions with complete data: {}",
                            s.complete,
                            def.describe()
                        ),
                        measure: Measure::Rate,
                        stat: Stat::Median,
                        at_least: false,
                        ..base.clone()
                    });
                }
                for r in s
                    .rows
                    .iter()
                    .filter(|r| matches!(r.status, Status::Reported | Status::AtLeast))
                {
                    let Some(n) = r.count else { continue };
                    let row = Fact {
                        value: n as f64,
                        shown: format!(
                            "{}{}",
                            if r.status == Status::AtLeast {
                                "at least "
                            } else {
                                ""
                            },
                            thousands(n)
                        ),
                        label: format!("{}: {}", r.name, def.describe()),
                        who: Some(r.code.clone()),
                        at_least: r.status == Status::AtLeast,
                        ..base.clone()
                    };
                    if let Some(p) = r.percent {
                        out.push(Fact {
                            value: p,
                            shown: shown_percent(p, 1),
                            half: 0.05,
                            label: format!("{}: percent, {}", r.name, def.describe()),
                            measure: Measure::Rate,
                            ..row.clone()
                        });
                    }
                    out.push(row);
                }
                out.push(base);
            }
        }
    }
    out
}

/// A prose or total figure as a fact: its meaning from its derivation where it has one, otherwise
/// from its own statement read like a claim.
fn figure_fact(data: &Dataset, f: &crate::data::report::Figure) -> Option<Fact> {
    let unit = f.unit.as_str();
    let percent = unit == "percent";
    let source = if f.section == "Press release" {
        format!("Press release, p. {}", f.page)
    } else {
        format!("Section {}, p. {}", f.section, f.page)
    };
    let mut fact = Fact {
        value: f.value.value(),
        shown: if percent {
            format!("{}%", f.value)
        } else if unit == "people" {
            thousands(f.value.value() as u64)
        } else {
            f.value.to_string()
        },
        half: 0.5 * 10f64.powi(-(f.value.places as i32)),
        label: f.statement.trim_end_matches('.').to_string(),
        source,
        who: None,
        population: Population::All,
        measure: match unit {
            "people" => Measure::Held,
            "percent" => Measure::Rate,
            "jurisdictions" => Measure::Jurisdictions,
            _ => Measure::Other,
        },
        stat: Stat::Value,
        topic: Topic::None,
        hours: None,
        stay: Stay::D15,
        at_least: false,
        alternative: false,
        printed: true,
    };
    // Table totals ("tNN_total_<column>") mean what their column means, nationally.
    let table_total =
        f.id.strip_prefix('t')
            .and_then(|r| r.split_once("_total_"))
            .and_then(|(n, col)| Some((n.parse::<u8>().ok()?, col)));
    let text = Text::read(&f.statement);
    let ctx = Context::of_statement(data, &text);
    if let Some((t, col)) = table_total {
        let (measure, population, topic, hours, _) = column_meaning(t, col)?;
        fact.measure = measure;
        fact.population = population;
        fact.topic = topic;
        fact.hours = hours;
        fact.stay = column_stay(t, col);
        fact.source = format!("Table {t}, p. {}", f.page);
        return Some(fact);
    }
    if f.unit == "jurisdictions" {
        return Some(fact);
    }
    match &f.derivation {
        Some(Expr::Aggregate { func, columns }) if columns.len() == 1 => {
            let c = &columns[0];
            let (measure, population, topic, hours, _) = column_meaning(c.table, &c.column)?;
            fact.population = population;
            fact.topic = topic;
            fact.hours = hours;
            fact.measure = measure;
            match func {
                Aggregate::Sum => {}
                Aggregate::Count => fact.measure = Measure::Jurisdictions,
                Aggregate::Median => fact.stat = Stat::Median,
                Aggregate::Max | Aggregate::Min => {
                    fact.stat = if *func == Aggregate::Max {
                        Stat::Highest
                    } else {
                        Stat::Lowest
                    };
                    // Which jurisdiction: the row that holds the value.
                    let t = data.table(c.table)?;
                    let ci = t.column(&c.column)?;
                    fact.who = t
                        .rows
                        .iter()
                        .find(|r| {
                            r.cells[ci]
                                .number()
                                .is_some_and(|v| (v - fact.value).abs() < 1e-9)
                        })
                        .map(|r| r.key.clone());
                }
            }
        }
        Some(Expr::Cell { table, key, column }) => {
            let (measure, population, topic, hours, alt) = column_meaning(*table, column)?;
            fact.measure = measure;
            fact.population = population;
            fact.topic = topic;
            fact.hours = hours;
            fact.alternative = alt;
            fact.who = Some(key.clone());
        }
        Some(Expr::Combine {
            func: Combine::Pct,
            args,
        }) => {
            // pct(sum(tNN.a), sum(tNN.b)): the pooled rate or share, nationally.
            if let Some(Expr::Aggregate { columns, .. }) = args.first() {
                if let Some((measure, population, topic, hours, _)) = columns
                    .first()
                    .and_then(|c| column_meaning(c.table, &c.column))
                {
                    fact.population = population;
                    fact.topic = topic;
                    fact.hours = hours;
                    let mut tables = Vec::new();
                    derivation_tables(
                        &Expr::Combine {
                            func: Combine::Pct,
                            args: args.clone(),
                        },
                        &mut tables,
                    );
                    fact.measure = match measure {
                        _ if tables.contains(&4) => {
                            fact.stay = ctx.stay.unwrap_or(Stay::D15);
                            fact.hours = Some(HoursSpec::AtLeast(22));
                            Measure::ShareOfHeld
                        }
                        Measure::Held if topic == Topic::None => Measure::Rate,
                        Measure::Held => Measure::ShareOfHeld,
                        Measure::Custody => Measure::ShareOfCustody,
                        m => m,
                    };
                }
            }
        }
        _ => {
            // Read the statement as a claim would be read.
            fact.who = ctx.who.clone();
            fact.population = ctx.population;
            fact.topic = ctx.topic;
            fact.hours = ctx.hours.or(ctx.rh_words.then_some(HoursSpec::AtLeast(22)));
            fact.stay = ctx.stay.unwrap_or(Stay::D15);
            fact.stat = ctx.stat.unwrap_or(Stat::Value);
            fact.at_least = text.has(0, text.chars.len(), "at least")
                || text.has(0, text.chars.len(), "minimum");
            let mut tables = Vec::new();
            if let Some(d) = &f.derivation {
                derivation_tables(d, &mut tables);
            }
            if tables.iter().any(|t| matches!(t, 2..=6)) && fact.hours.is_none() {
                fact.hours = Some(HoursSpec::AtLeast(22));
            }
            if matches!(fact.measure, Measure::Held | Measure::Rate)
                && !ctx.rh_words
                && fact.hours.is_none()
            {
                // A prose figure whose words name no restricted housing is matched by value only.
                fact.measure = Measure::Other;
            }
            if percent && ctx.share_words {
                fact.measure = Measure::ShareOfHeld;
            }
            // Deaths counted in restricted housing are events, not people held there.
            if ctx.events {
                fact.measure = Measure::Other;
            }
        }
    }
    if fact.hours.is_none() && matches!(fact.measure, Measure::Held | Measure::Rate) {
        fact.hours = ctx.hours.or(Some(HoursSpec::AtLeast(22)));
    }
    if let Some(h) = ctx.hours {
        if matches!(h, HoursSpec::Band(..))
            || matches!(fact.hours, Some(HoursSpec::AtLeast(22)))
                && h != HoursSpec::AtLeast(22)
                && f.derivation.is_none()
        {
            fact.hours = Some(h);
        }
    }
    if text.has(0, text.chars.len(), "at least") && fact.measure == Measure::Held {
        fact.at_least = true;
    }
    Some(fact)
}

// ---------------------------------------------------------------------------------------------
// Reading a sentence's meaning

/// Words in a sentence that name restricted housing.
const RH_WORDS: [&str; 15] = [
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
const EVENT_WORDS: [&str; 4] = ["suicide", "suicides", "died", "deaths"];

/// What a sentence says about who, what and which definition.
#[derive(Debug, Clone)]
struct Context {
    /// Jurisdiction mentions: (offset, code).
    mentions: Vec<(usize, String)>,
    /// Jurisdiction named nearest (for statements: the first).
    who: Option<String>,
    population: Population,
    topic: Topic,
    hours: Option<HoursSpec>,
    stay: Option<Stay>,
    stat: Option<Stat>,
    rh_words: bool,
    share_words: bool,
    average: bool,
    custody_words: bool,
    /// Counts deaths (suicides), which are events, not people held.
    events: bool,
    years: Vec<u32>,
    /// A place or kind of custody the report does not cover (another country, a jail).
    elsewhere: Option<&'static str>,
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
    fn inherit_definition(&mut self, prev: &Context) {
        self.rh_words = prev.rh_words;
        self.hours = self.hours.or(prev.hours);
        self.stay = self.stay.or(prev.stay);
    }

    fn of_statement(data: &Dataset, text: &Text) -> Context {
        let n = text.chars.len();
        let mut c = Context::read(data, text, 0, n);
        c.who = c.mentions.first().map(|(_, code)| code.clone());
        c
    }

    fn read(data: &Dataset, text: &Text, from: usize, to: usize) -> Context {
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

// ---------------------------------------------------------------------------------------------
// Deciding

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

/// What one number claims.
#[derive(Debug, Clone)]
struct Slot {
    who: Option<String>,
    population: Population,
    topic: Topic,
    measures: Vec<Measure>,
    stat: Stat,
    hours: Option<HoursSpec>,
    stay: Option<Stay>,
    /// Specific enough that a different value contradicts it.
    specific: bool,
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

fn decide(data: &Dataset, facts: &[Fact], text: &Text, ctx: &Context, r: &Reading) -> Answer {
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
    let slot = Slot {
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
    };
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
