//! Facts from the report's prose and total figures: each one's meaning from its derivation where
//! it has one, otherwise from its own statement, read as a claim would be.

use crate::checks::claim_text::Text;
use crate::data::derivation::{Aggregate, Combine, Expr};
use crate::data::format::thousands;
use crate::data::Dataset;
use crate::engine::definition::{Population, Stay};

use super::super::reading::Context;
use super::super::terms::{HoursSpec, Measure, Stat, Topic};
use super::columns::{column_meaning, column_stay};
use super::fact::Fact;

/// The tables a derivation reads.
fn derivation_tables(e: &Expr, out: &mut Vec<u8>) {
    match e {
        Expr::Aggregate { columns, .. } => out.extend(columns.iter().map(|c| c.table)),
        Expr::Cell { table, .. } => out.push(*table),
        Expr::Combine { args, .. } => args.iter().for_each(|a| derivation_tables(a, out)),
    }
}

/// A prose or total figure as a fact: its meaning from its derivation where it has one, otherwise
/// from its own statement read like a claim.
pub fn figure_fact(data: &Dataset, f: &crate::data::report::Figure) -> Option<Fact> {
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
