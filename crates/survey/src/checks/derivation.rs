//! Evaluates a parsed `derivation` (see [`crate::data::derivation`]) against the tables, so a
//! printed figure can be recomputed.

use crate::data::dataset::Dataset;
use crate::data::derivation::{aggregate, Combine, Expr};
use crate::data::table::Cell;

/// Evaluates against the dataset. Errors name a missing table, row or column.
pub fn eval(expr: &Expr, data: &Dataset) -> Result<f64, String> {
    match expr {
        Expr::Aggregate { func, columns } => {
            let mut values = Vec::new();
            for c in columns {
                let t = data.table(c.table).ok_or(format!("no table {}", c.table))?;
                let i = t
                    .column(&c.column)
                    .ok_or(format!("t{:02} has no column `{}`", c.table, c.column))?;
                values.extend(t.rows.iter().filter_map(|r| r.cells[i].number()));
            }
            aggregate(*func, &mut values).ok_or_else(|| "no reported values".into())
        }
        Expr::Cell { table, key, column } => {
            let t = data.table(*table).ok_or(format!("no table {table}"))?;
            match t.cell(key, column) {
                Some(Cell::Missing) => Err(format!("t{table:02}.{key}.{column} is not reported")),
                Some(c) => c
                    .number()
                    .ok_or(format!("t{table:02}.{key}.{column} is not a number")),
                None => Err(format!("t{table:02} has no cell {key}.{column}")),
            }
        }
        Expr::Combine { func, args } => {
            let v: Vec<f64> = args
                .iter()
                .map(|a| eval(a, data))
                .collect::<Result<_, _>>()?;
            Ok(match func {
                Combine::Add => v.iter().sum(),
                Combine::Sub => v[0] - v[1],
                Combine::Pct if v[1] == 0.0 => return Err("percent of zero".into()),
                Combine::Pct => 100.0 * v[0] / v[1],
            })
        }
    }
}
