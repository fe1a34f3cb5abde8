//! Typed report tables: every cell is a count, a printed decimal, a flag, text, or missing.
//!
//! Column types follow the naming conventions in `docs/data-conventions.md`, so a new column needs
//! no code: `*_pct`/`*_percent` are printed percents, `notes` holds endnote references, and so on.

use crate::data::csv::{self, DataError};
use std::fmt;

/// A decimal exactly as printed (e.g. `5.7`, `0.50`): the digits are kept, not a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal {
    /// The value times 10^places.
    pub scaled: i64,
    /// Digits after the decimal point as printed.
    pub places: u8,
}

impl Decimal {
    /// Parses `12`, `5.7`, `0.05`; rejects signs, separators and exponents.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (s.contains('.') && frac.is_empty()) {
            return None;
        }
        if int.len() + frac.len() > 15 {
            return None;
        }
        let scaled = format!("{int}{frac}").parse().ok()?;
        Some(Decimal {
            scaled,
            places: frac.len() as u8,
        })
    }

    /// The value as a float, for arithmetic.
    pub fn value(self) -> f64 {
        self.scaled as f64 / 10f64.powi(self.places as i32)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.places == 0 {
            return write!(f, "{}", self.scaled);
        }
        let p = 10i64.pow(self.places as u32);
        write!(
            f,
            "{}.{:0width$}",
            self.scaled / p,
            self.scaled % p,
            width = self.places as usize
        )
    }
}

/// What a column holds, derived from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// The row key: a jurisdiction code or (Table 1) a facility-type slug.
    Key,
    /// A count of people, facilities or jurisdictions (non-negative integer).
    Count,
    /// A percent as printed.
    Percent,
    /// true / false.
    Flag,
    /// Free text (labels).
    Text,
    /// Endnote references qualifying the row or one of its cells.
    Notes,
}

impl ColumnKind {
    /// The kind a column of this name has, by the project's naming conventions.
    pub fn of(name: &str) -> ColumnKind {
        match name {
            "jurisdiction" | "facility_type" => ColumnKind::Key,
            "notes" => ColumnKind::Notes,
            "label" => ColumnKind::Text,
            "reporting_facilities_only" => ColumnKind::Flag,
            n if n.ends_with("_pct") || n.ends_with("_percent") => ColumnKind::Percent,
            _ => ColumnKind::Count,
        }
    }
}

/// One cell's value. Missing means the report prints nothing for it (not reported).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A whole number as printed.
    Count(u64),
    /// A percent or other decimal as printed.
    Percent(Decimal),
    /// A yes/no marker.
    Flag(bool),
    /// Text.
    Text(String),
    /// Blank in the report: the jurisdiction did not report this value.
    Missing,
}

impl Cell {
    /// The number in the cell, if it holds one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Count(n) => Some(*n as f64),
            Cell::Percent(d) => Some(d.value()),
            _ => None,
        }
    }

    /// The count in the cell, if it holds one.
    pub fn count(&self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(*n),
            _ => None,
        }
    }

    /// The cell as the CSV (and the report, minus separators) writes it.
    pub fn raw(&self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Percent(d) => d.to_string(),
            Cell::Flag(b) => b.to_string(),
            Cell::Text(t) => t.clone(),
            Cell::Missing => String::new(),
        }
    }
}

/// An endnote reference on a row: the whole row, or one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    /// The endnote number in the report.
    pub number: u32,
    /// The column it qualifies; `None` when it qualifies the whole row.
    pub column: Option<String>,
}

/// One row of a report table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Jurisdiction code or facility-type slug.
    pub key: String,
    /// Cells in column order (the key and notes columns included, as `Text`/`Missing`).
    pub cells: Vec<Cell>,
    /// Endnotes qualifying the row or its cells.
    pub notes: Vec<NoteRef>,
    /// 1-based line in the CSV file, for messages.
    pub line: usize,
}

/// A report table as shipped in `static/data/tableNN.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The report's table number (1-19).
    pub number: u8,
    /// Column names in file order.
    pub columns: Vec<String>,
    /// Rows in the report's order.
    pub rows: Vec<Row>,
}

impl Table {
    /// The file name, e.g. `table02.csv`.
    pub fn file_name(number: u8) -> String {
        format!("table{number:02}.csv")
    }

    /// Parses and type-checks one table file.
    pub fn parse(number: u8, text: &str) -> Result<Table, DataError> {
        let file = Table::file_name(number);
        let (columns, records) = csv::parse(&file, text)?;
        let err = |line, column, message: String| DataError {
            file: file.clone(),
            line,
            column,
            message,
        };
        if ColumnKind::of(&columns[0]) != ColumnKind::Key {
            return Err(err(
                1,
                1,
                format!("first column must be the row key, found `{}`", columns[0]),
            ));
        }
        let kinds: Vec<ColumnKind> = columns.iter().map(|c| ColumnKind::of(c)).collect();
        let mut rows = Vec::with_capacity(records.len());
        for rec in records {
            let mut cells = Vec::with_capacity(columns.len());
            let mut notes = Vec::new();
            for (i, raw) in rec.fields.iter().enumerate() {
                let raw = raw.trim();
                let cell = match kinds[i] {
                    _ if raw.is_empty() => Cell::Missing,
                    ColumnKind::Key | ColumnKind::Text => Cell::Text(raw.to_string()),
                    ColumnKind::Count => raw.parse().map(Cell::Count).map_err(|_| {
                        err(
                            rec.line,
                            i + 1,
                            format!("`{raw}` is not a whole number ({})", columns[i]),
                        )
                    })?,
                    ColumnKind::Percent => {
                        Decimal::parse(raw).map(Cell::Percent).ok_or_else(|| {
                            err(
                                rec.line,
                                i + 1,
                                format!("`{raw}` is not a decimal ({})", columns[i]),
                            )
                        })?
                    }
                    ColumnKind::Flag => match raw {
                        "true" => Cell::Flag(true),
                        "false" => Cell::Flag(false),
                        _ => {
                            return Err(err(rec.line, i + 1, format!("`{raw}` is not true/false")))
                        }
                    },
                    ColumnKind::Notes => {
                        notes = parse_notes(raw, &columns).map_err(|m| err(rec.line, i + 1, m))?;
                        Cell::Text(raw.to_string())
                    }
                };
                cells.push(cell);
            }
            let key = match &cells[0] {
                Cell::Text(k) => k.clone(),
                _ => return Err(err(rec.line, 1, "empty row key".into())),
            };
            if rows.iter().any(|r: &Row| r.key == key) {
                return Err(err(rec.line, 1, format!("duplicate row `{key}`")));
            }
            rows.push(Row {
                key,
                cells,
                notes,
                line: rec.line,
            });
        }
        Ok(Table {
            number,
            columns,
            rows,
        })
    }

    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The row for a key (jurisdiction code).
    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// One cell; `None` when the row or column does not exist at all (not in this table).
    pub fn cell(&self, key: &str, column: &str) -> Option<&Cell> {
        let c = self.column(column)?;
        self.row(key).map(|r| &r.cells[c])
    }

    /// The endnotes that qualify a cell: those on the cell plus those on its whole row.
    pub fn notes_for(&self, key: &str, column: &str) -> Vec<u32> {
        self.row(key)
            .map(|r| {
                r.notes
                    .iter()
                    .filter(|n| n.column.as_deref().is_none_or(|c| c == column))
                    .map(|n| n.number)
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Parses `172 rh_population:173` into note references, checking column names.
fn parse_notes(raw: &str, columns: &[String]) -> Result<Vec<NoteRef>, String> {
    raw.split_whitespace()
        .map(|tok| {
            let (column, num) = match tok.split_once(':') {
                Some((c, n)) => (Some(c.to_string()), n),
                None => (None, tok),
            };
            if let Some(c) = &column {
                if !columns.contains(c) {
                    return Err(format!("note `{tok}` names unknown column `{c}`"));
                }
            }
            let number = num
                .parse()
                .map_err(|_| format!("`{tok}` is not an endnote reference"))?;
            Ok(NoteRef { number, column })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_keep_printed_precision() {
        assert_eq!(Decimal::parse("5.70").unwrap().to_string(), "5.70");
        assert_eq!(Decimal::parse("0.5").unwrap().value(), 0.5);
        assert_eq!(Decimal::parse("28").unwrap().to_string(), "28");
        for bad in ["", ".5", "5.", "-1", "1,0", "1e3", "5.7%"] {
            assert!(Decimal::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn parses_typed_cells_and_notes() {
        let t = Table::parse(
            2,
            "jurisdiction,rh_population,rh_percent,reporting_facilities_only,notes\n\
             CA,1104,0.9,true,rh_population:172 171\nAK,,,false,\n",
        )
        .unwrap();
        assert_eq!(t.cell("CA", "rh_population"), Some(&Cell::Count(1104)));
        assert_eq!(t.cell("AK", "rh_population"), Some(&Cell::Missing));
        assert_eq!(t.cell("ME", "rh_population"), None);
        assert_eq!(t.notes_for("CA", "rh_population"), vec![172, 171]);
        assert_eq!(t.notes_for("CA", "rh_percent"), vec![171]);
    }

    #[test]
    fn bad_cells_name_file_line_and_column() {
        let e = Table::parse(5, "jurisdiction,rh_population,notes\nAL,1 402,\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "table05.csv line 2 column 2: `1 402` is not a whole number (rh_population)"
        );
        let e = Table::parse(5, "jurisdiction,rh_population,notes\nAL,1,foo:12\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        let e = Table::parse(5, "jurisdiction,x\nAL,1\nAL,2\n").unwrap_err();
        assert!(e.message.contains("duplicate row"));
    }
}
