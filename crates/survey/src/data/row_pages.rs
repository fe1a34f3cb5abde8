//! The printed page of every table row (`static/data/row_pages.csv`), read once from the report's
//! text by [`derive`] and checked against it by a test, so a citation names the page a row is on.
//! The pages reach the browser inside the tables file (`data::codec`), as
//! [`crate::Dataset::row_pages`]; [`crate::Dataset::row_page`] and [`crate::Dataset::cite`] look
//! one up.

use crate::data::csv::{DataError, Rows};
use crate::data::table::Table;

/// The Liman Center's copy of the report (a plain link; the app never fetches it).
pub const REPORT_URL: &str =
    "https://law.yale.edu/sites/default/files/area/center/liman/document/aimingtoreducetic.pdf";

/// The key of a table's printed total row ("Across Jurisdictions") in the pages file.
pub const TOTAL: &str = "total";

/// The report footer that ends every printed page; the next non-empty line is the next page's number.
const FOOTER: &str = "ASCA-Liman Aiming to Reduce Time-";

/// The printed page of one table row: a line of `row_pages.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowPage {
    /// The report's table number (2-19).
    pub table: u8,
    /// The row's key (a jurisdiction code), or [`TOTAL`] for the printed total row.
    pub key: String,
    /// The printed page the row's name is on.
    pub page: u16,
}

/// Reads `row_pages.csv` (`table,jurisdiction,page`, one line per row). Every line must name a
/// row of one of `tables` (or its [`TOTAL`] row), once.
pub fn parse(text: &str, tables: &[Table]) -> Result<Vec<RowPage>, DataError> {
    let rows = Rows::parse("row_pages.csv", text, &["table", "jurisdiction", "page"])?;
    let mut out: Vec<RowPage> = Vec::new();
    for r in rows.iter() {
        let table: u8 = r.parse("table")?;
        let key = r.get("jurisdiction");
        let known = tables
            .iter()
            .find(|t| t.number == table)
            .is_some_and(|t| key == TOTAL || t.row(key).is_some());
        if !known {
            return Err(r.error("jurisdiction", format!("Table {table} has no row `{key}`")));
        }
        if out.iter().any(|p| p.table == table && p.key == key) {
            return Err(r.error(
                "jurisdiction",
                format!("a second page for Table {table}'s row `{key}`"),
            ));
        }
        out.push(RowPage {
            table,
            key: key.to_string(),
            page: r.parse("page")?,
        });
    }
    Ok(out)
}

/// Every row's page in the report's text: for each table (number, then its rows as (key, printed
/// name) in order), the page on which the row's name is printed, scanning forward from the table's
/// title and counting the page footers. Errors name the row that could not be found.
pub fn derive(
    text: &str,
    tables: &[(u8, Vec<(String, String)>)],
) -> Result<Vec<(u8, String, u16)>, String> {
    // Page of every line. The page number follows the footer, sometimes after a column of the
    // previous page's numbers, so only the next page's number (or, before the first, any) counts.
    let lines: Vec<&str> = text.lines().collect();
    let mut page_of = vec![0u16; lines.len()];
    let mut page = 0u16;
    let mut pending = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.starts_with(FOOTER) {
            if pending {
                page += 1; // a page whose number the text lost
            }
            pending = true;
        } else if pending {
            if let Ok(n) = t.parse::<u16>() {
                if page == 0 || n == page + 1 {
                    page = n;
                    pending = false;
                }
            }
        }
        page_of[i] = page;
    }
    let mut out = Vec::new();
    for (number, rows) in tables {
        let title = format!("Table {number} ");
        let start = lines
            .iter()
            .position(|l| l.starts_with(&title) && l.contains('–'))
            .ok_or_else(|| format!("Table {number}: title not found"))?;
        let mut at = start + 1;
        for (key, name) in rows {
            // Tables print D.C. and the BOP under more than one name; rows are never far apart.
            let names: &[&str] = match key.as_str() {
                "DC" => &["D.C.", "DC", "District of Columbia"],
                "BOP" => &["BOP", "Federal Bureau of Prisons", "Bureau of Prisons"],
                _ => &[name.as_str()],
            };
            let end = lines.len().min(at + 400);
            let is_name = |t: &str| {
                names.iter().any(|n| {
                    t.strip_prefix(n)
                        .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()))
                })
            };
            // A long name can wrap: "North" / "Carolina", sometimes with a column's numbers between.
            let wrapped = |i: usize| {
                let t = lines[i].trim();
                names.iter().any(|n| {
                    n.strip_prefix(t)
                        .and_then(|r| r.strip_prefix(' '))
                        .is_some_and(|rest| {
                            lines[i + 1..lines.len().min(i + 5)].iter().any(|l| {
                                l.trim()
                                    .strip_prefix(rest)
                                    .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
                            })
                        })
                })
            };
            // ...or lose its second line altogether (Table 13 prints "North" for North Carolina).
            let first_word = |t: &str| {
                t.len() >= 4
                    && names
                        .iter()
                        .any(|n| n.strip_prefix(t).is_some_and(|r| r.starts_with(' ')))
            };
            let found = (at..end).position(|i| {
                let t = lines[i].trim();
                is_name(t) || (!t.is_empty() && (wrapped(i) || first_word(t)))
            });
            let Some(off) = found else {
                return Err(format!("Table {number}: row {key} ({name}) not found"));
            };
            at += off;
            out.push((*number, key.clone(), page_of[at]));
            at += 1;
        }
        // The printed total row ("Across Jurisdictions"), where the table has one before the next.
        let next = format!("Table {} ", number + 1);
        let total = lines[at..]
            .iter()
            .take_while(|l| !l.starts_with(&next))
            .position(|l| l.trim() == "Across Jurisdictions");
        if let Some(off) = total {
            out.push((*number, TOTAL.to_string(), page_of[at + off]));
        }
    }
    Ok(out)
}
