//! The fact table: every figure the report prints (table cells, prose and total figures) or the
//! app computes from them (ranks, men's and women's shares, the wider definitions), each with what
//! it measures — who, which group, which definition — and where it is printed.

use crate::checks::claim_text::Text;
use crate::data::derivation::{Aggregate, Combine, Expr};
use crate::data::format::{round_half_up, thousands};
use crate::data::row_pages;
use crate::data::table::{Cell, Table};
use crate::data::Dataset;
use crate::engine::definition::{Choice, Definition, Hours, Population, Stay};
use crate::engine::{Engine, Status};

use super::reading::Context;
use super::terms::{HoursSpec, Measure, Stat, Topic};

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
    /// Is it a percent (a rate, a share, or a percent printed as such)?
    pub(super) fn percent(&self) -> bool {
        matches!(
            self.measure,
            Measure::Rate | Measure::ShareOfHeld | Measure::ShareOfCustody
        ) || (self.measure == Measure::Other && self.shown.ends_with('%'))
    }
}

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
    for t in data.tables.iter().filter(|t| t.number >= 2) {
        cell_facts(data, t, &mut out);
        rank_facts(data, t, &mut out);
    }
    out.extend(data.figures.iter().filter_map(|f| figure_fact(data, f)));
    shares_by_sex(data, &mut out);
    definition_facts(engine, &mut out);
    out
}

/// A jurisdiction's name as the tables print it (its code when the code is unknown).
fn jurisdiction_name(data: &Dataset, code: &str) -> String {
    data.jurisdiction(code)
        .map_or(code.to_string(), |j| j.name.clone())
}

/// Every number cell of a table, cited with its row's page.
fn cell_facts(data: &Dataset, t: &Table, out: &mut Vec<Fact>) {
    let name = |code: &str| jurisdiction_name(data, code);
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
}

/// The highest and the lowest jurisdiction in the main columns of Tables 2, 5 and 6 (ranked
/// here from the printed column).
fn rank_facts(data: &Dataset, t: &Table, out: &mut Vec<Fact>) {
    let name = |code: &str| jurisdiction_name(data, code);
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

/// Women's and men's shares of those held (from the totals of Tables 5 and 6), computed.
fn shares_by_sex(data: &Dataset, out: &mut Vec<Fact>) {
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
}

/// What the engine derives for the wider definitions (every definition but the report's own
/// that the survey measured), marked computed.
fn definition_facts(engine: &Engine, out: &mut Vec<Fact>) {
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
