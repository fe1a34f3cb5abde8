//! Facts from the tables themselves: every number cell, cited with its row's page, and the
//! highest and lowest jurisdiction of the main columns.

use crate::data::format::thousands;
use crate::data::table::{Cell, Table};
use crate::data::Dataset;
use crate::engine::definition::{Population, Stay};

use super::super::terms::{Measure, Stat};
use super::columns::{column_meaning, column_stay};
use super::fact::Fact;

/// A number cell as (value, as printed, half its printed precision); `None` for any other cell.
fn printed_number(c: &Cell) -> Option<(f64, String, f64)> {
    match c {
        Cell::Count(n) => Some((*n as f64, thousands(*n), 0.5)),
        Cell::Percent(d) => Some((
            d.value(),
            format!("{d}%"),
            0.5 * 10f64.powi(-(d.places as i32)),
        )),
        _ => None,
    }
}

/// Every number cell of a table, cited with its row's page.
pub fn cell_facts(data: &Dataset, t: &Table, out: &mut Vec<Fact>) {
    // What each column measures and its description, once per table; each row's name and page
    // once per row (the page is looked up among every row's page).
    let columns: Vec<_> = t
        .columns
        .iter()
        .map(|c| {
            let meaning = column_meaning(t.number, c).filter(|_| c != "reporting_facilities_only");
            meaning.map(|m| {
                (
                    m,
                    crate::data::catalog::describe_column(c).1,
                    column_stay(t.number, c),
                )
            })
        })
        .collect();
    for r in &t.rows {
        let (name, source) = (data.name_of(&r.key), data.cite(t.number, &r.key));
        for (i, column) in columns.iter().enumerate() {
            let Some(((measure, population, topic, hours, alternative), describe, stay)) = column
            else {
                continue;
            };
            let Some((value, shown, half)) = printed_number(&r.cells[i]) else {
                continue;
            };
            out.push(Fact {
                value,
                shown,
                half,
                label: format!("{name}: {describe}"),
                source: source.clone(),
                who: Some(r.key.clone()),
                population: *population,
                measure: *measure,
                stat: Stat::Value,
                topic: *topic,
                hours: *hours,
                stay: *stay,
                at_least: false,
                alternative: *alternative,
                printed: true,
            });
        }
    }
}

/// The highest and the lowest jurisdiction in the main columns of Tables 2, 5 and 6 (ranked
/// here from the printed column).
pub fn rank_facts(data: &Dataset, t: &Table, out: &mut Vec<Fact>) {
    let name = |code: &str| data.name_of(code);
    for col in ["rh_percent", "rh_population"] {
        if !matches!(t.number, 2 | 5 | 6) {
            continue;
        }
        let Some(ci) = t.column(col) else { continue };
        let vals: Vec<(&str, f64, String)> = t
            .rows
            .iter()
            .filter_map(|r| {
                let (value, shown, _) = printed_number(&r.cells[ci])?;
                Some((r.key.as_str(), value, shown))
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
                source: data.cite(t.number, key),
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
