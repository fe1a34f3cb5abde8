//! The reader of [`TABLES_FILE`]: the jurisdictions, the tables and the rows' pages, checked as
//! they are read (every view needs them to start).

use super::reader::{index, In};
use crate::data::codec::{cell, KINDS, TABLES_FILE, TABLES_MAGIC};
use crate::data::csv::DataError;
use crate::data::dataset::{Dataset, Jurisdiction};
use crate::data::parts::Parts;
use crate::data::row_pages::{RowPage, TOTAL};
use crate::data::table::{Cell, ColumnKind, NoteRef, Row, Table};

/// Reads [`TABLES_FILE`]'s bytes: the dataset without the report's text (no part loaded).
#[inline(never)]
pub fn decode_tables(bytes: &[u8]) -> Result<Dataset, DataError> {
    let mut r = In::new(bytes, TABLES_FILE, TABLES_MAGIC);
    let mut jurisdictions: Vec<Jurisdiction> = Vec::new();
    for _ in 0..r.len() {
        let code = r.str();
        if jurisdictions.iter().any(|j| j.code == code) {
            r.fail("duplicate jurisdiction");
        }
        jurisdictions.push(Jurisdiction {
            code,
            name: r.str(),
            kind: r.pick(&KINDS, "unknown kind of jurisdiction"),
            responded: r.flag(),
            notes: r.str(),
        });
    }
    let mut tables: Vec<Table> = Vec::new();
    for _ in 0..r.len() {
        let number = r.table();
        if tables.last().is_some_and(|t| t.number >= number) {
            r.fail("tables out of order");
        }
        let columns = r.strs();
        let kinds: Vec<ColumnKind> = columns.iter().map(|c| ColumnKind::of(c)).collect();
        if kinds.first() != Some(&ColumnKind::Key) {
            r.fail("a table's first column must be its row key");
        }
        let mut line = 1usize;
        let lines = r.list(|r| {
            line = line.wrapping_add(r.uint() as usize).wrapping_add(1);
            line
        });
        let mut cells: Vec<Vec<Cell>> = lines.iter().map(|_| Vec::new()).collect();
        for kind in &kinds {
            for row in &mut cells {
                let cell = match r.byte() {
                    cell::MISSING => Cell::Missing,
                    cell::COUNT => Cell::Count(r.uint()),
                    cell::PERCENT => Cell::Percent(r.decimal()),
                    cell::NO => Cell::Flag(false),
                    cell::YES => Cell::Flag(true),
                    cell::TEXT => Cell::Text(r.str()),
                    _ => r.fail_with("unknown cell tag", Cell::Missing),
                };
                let fits = matches!(
                    (kind, &cell),
                    (_, Cell::Missing)
                        | (ColumnKind::Count, Cell::Count(_))
                        | (ColumnKind::Percent, Cell::Percent(_))
                        | (ColumnKind::Flag, Cell::Flag(_))
                        | (
                            ColumnKind::Key | ColumnKind::Text | ColumnKind::Notes,
                            Cell::Text(_)
                        )
                );
                if !fits {
                    r.fail("a cell does not fit its column");
                }
                row.push(cell);
            }
        }
        let mut rows: Vec<Row> = Vec::new();
        for (cells, line) in cells.into_iter().zip(lines) {
            let key = match cells.first() {
                Some(Cell::Text(key)) => key.clone(),
                _ => r.fail_with("empty row key", String::new()),
            };
            if rows.iter().any(|x| x.key == key) {
                r.fail("duplicate row");
            }
            if number != 1 && !jurisdictions.iter().any(|j| j.code == key) {
                r.fail("a row of an unknown jurisdiction");
            }
            let notes = r.list(|r| NoteRef {
                number: r.u32(),
                column: match r.uint() {
                    0 => None,
                    i => Some(match columns.get(index(i)) {
                        Some(c) => c.clone(),
                        None => r.fail_with("a note on an unknown column", String::new()),
                    }),
                },
            });
            rows.push(Row {
                key,
                cells,
                notes,
                line,
            });
        }
        tables.push(Table {
            number,
            columns,
            rows,
        });
    }
    // The rows' pages, column by column (tables, rows, pages), each naming a row once.
    let numbers = r.list(In::table);
    let mut seen: Vec<(u8, u64)> = Vec::new();
    let keys: Vec<String> = numbers
        .iter()
        .map(|&n| {
            let row = r.uint();
            if seen.contains(&(n, row)) {
                r.fail("a second page for a row");
            }
            seen.push((n, row));
            let t = tables.iter().find(|t| t.number == n);
            match (t, row) {
                (Some(_), 0) => TOTAL.to_string(),
                (Some(t), i) => match t.rows.get(index(i)) {
                    Some(row) => row.key.clone(),
                    None => r.fail_with("a page for a row the table lacks", String::new()),
                },
                (None, _) => r.fail_with("a page for a table the file lacks", String::new()),
            }
        })
        .collect();
    let row_pages = numbers
        .into_iter()
        .zip(keys)
        .map(|(table, key)| RowPage {
            table,
            key,
            page: r.u16(),
        })
        .collect();
    r.finish()?;
    Ok(Dataset {
        jurisdictions,
        tables,
        figures: Vec::new(),
        endnotes: Vec::new(),
        errata: Vec::new(),
        reforms: Vec::new(),
        smi_definitions: Vec::new(),
        row_pages,
        later: Vec::new(),
        text: Parts::NONE,
        notes: false,
        audit: None,
    })
}
