//! Compositions read from the count and percent tables: every reporting jurisdiction's in the
//! report's row order, and all of them together from the column sums, each share with the
//! report's printed percents and their errata.

use super::endnotes::{not_collected, ROW_NOTES};
use super::model::{Composition, GroupRow, NoShare, PrintedGroupPercent, Share, Side};
use super::topic::{Group, Topic};
use crate::checks::audit::agrees;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;
use crate::data::sex::Sex;
use crate::data::table::{Cell, Table};

fn table(data: &Dataset, n: u8) -> &Table {
    data.table(n)
        .unwrap_or_else(|| panic!("table {n} is bundled"))
}

fn erratum_for(data: &Dataset, table: u8, code: &str, column: &str) -> Option<Erratum> {
    data.errata
        .iter()
        .find(|e| e.table == Some(table) && e.jurisdiction == code && e.column == column)
        .cloned()
}

fn printed_cell(
    data: &Dataset,
    pt: u8,
    code: &str,
    column: &str,
    ours: Option<f64>,
) -> PrintedGroupPercent {
    let value = match table(data, pt).cell(code, column) {
        Some(Cell::Percent(d)) => Some(*d),
        _ => None,
    };
    PrintedGroupPercent {
        source: format!("Table {pt}"),
        page: crate::data::catalog::table(pt)
            .map(|t| t.page.to_string())
            .unwrap_or_default(),
        value,
        agrees: value.zip(ours).map(|(v, o)| agrees(v, o)),
        erratum: erratum_for(data, pt, code, column),
    }
}

fn printed_figure(
    data: &Dataset,
    id: &str,
    source: String,
    ours: Option<f64>,
) -> Option<PrintedGroupPercent> {
    let f = data.figure(id)?;
    Some(PrintedGroupPercent {
        source,
        page: f.page.clone(),
        value: Some(f.value),
        agrees: ours.map(|o| agrees(f.value, o)),
        erratum: data.errata.iter().find(|e| e.id == id).cloned(),
    })
}

/// A row per group of `topic`: each side as `side` reads it from its column prefix (`cust`, `rh`)
/// and its total (`totals`: custodial, restricted).
fn group_rows<T: Copy>(
    topic: Topic,
    totals: (T, T),
    side: impl Fn(&str, T, &Group) -> Side,
) -> Vec<GroupRow> {
    topic
        .groups()
        .iter()
        .map(|g| GroupRow {
            group: *g,
            custodial: side("cust", totals.0, g),
            restricted: side("rh", totals.1, g),
        })
        .collect()
}

/// Every reporting jurisdiction's composition, in the report's row order.
pub fn by_jurisdiction(data: &Dataset, topic: Topic, sex: Sex) -> Vec<Composition> {
    let (ct, pt) = topic.tables(sex);
    let t = table(data, ct);
    t.rows
        .iter()
        .map(|row| {
            let code = row.key.as_str();
            let count = |col: &str| t.cell(code, col).and_then(Cell::count);
            let (cust_total, rh_total) = (count("cust_total"), count("rh_total"));
            let side = |prefix: &str, total: Option<u64>, g: &Group| {
                let col = format!("{prefix}_{}", g.key);
                let share = match (not_collected(code, topic, sex, g.key), count(&col), total) {
                    (Some(gap), _, _) => Err(gap),
                    (None, Some(n), Some(total)) => Ok(Share { count: n, total }),
                    _ => Err(NoShare::NotReported),
                };
                let ours = share.as_ref().ok().and_then(|s| s.percent());
                Side {
                    printed: vec![printed_cell(data, pt, code, &format!("{col}_pct"), ours)],
                    share,
                }
            };
            let groups = group_rows(topic, (cust_total, rh_total), side);
            let mut notes: Vec<u32> = ROW_NOTES
                .iter()
                .filter(|(c, tp, _)| *c == code && *tp == topic)
                .map(|r| r.2)
                .collect();
            notes.extend(
                t.row(code)
                    .map(|r| r.notes.iter().map(|n| n.number).collect::<Vec<_>>())
                    .unwrap_or_default(),
            );
            Composition {
                code: code.to_string(),
                name: data.name_of(code),
                custodial_total: cust_total,
                restricted_total: rh_total,
                groups,
                notes,
            }
        })
        .collect()
}

/// All reporting jurisdictions together, from the count table's column sums (the blank cells left
/// out), with the chart's and the total row's printed percents.
pub fn overall(data: &Dataset, topic: Topic, sex: Sex) -> Composition {
    let (ct, pt) = topic.tables(sex);
    let sum = |col: &str| data.column_sum(ct, col).map(|(s, _)| s).unwrap_or(0);
    let (cust_total, rh_total) = (sum("cust_total"), sum("rh_total"));
    let chart = topic.chart_prefix(sex);
    let side = |prefix: &str, total: u64, g: &Group| {
        let share = Share {
            count: sum(&format!("{prefix}_{}", g.key)),
            total,
        };
        let ours = share.percent();
        let printed = [
            printed_figure(
                data,
                &format!("{chart}_{prefix}_{}_pct", g.key),
                format!("Chart {}", topic.chart(sex)),
                ours,
            ),
            printed_figure(
                data,
                &format!("t{pt:02}_total_{prefix}_{}_pct", g.key),
                format!("Table {pt} total row"),
                ours,
            ),
        ];
        Side {
            share: Ok(share),
            printed: printed.into_iter().flatten().collect(),
        }
    };
    Composition {
        code: String::new(),
        name: "All reporting jurisdictions".into(),
        custodial_total: Some(cust_total),
        restricted_total: Some(rh_total),
        groups: group_rows(topic, (cust_total, rh_total), side),
        notes: Vec::new(),
    }
}
