//! The printed page of every table row (`static/data/row_pages.csv`), read once from the report's
//! text by [`derive`] and checked against it by a test, so a citation names the page a row is on.

use std::sync::OnceLock;

/// The Liman Center's copy of the report (a plain link; the app never fetches it).
pub const REPORT_URL: &str =
    "https://law.yale.edu/sites/default/files/area/center/liman/document/aimingtoreducetic.pdf";

/// `table,jurisdiction,page`, one line per table row (Tables 2–19), plus `total` for a printed
/// "Across Jurisdictions" row.
pub const CSV: &str = include_str!("../../../../static/data/row_pages.csv");

/// The key of a table's printed total row ("Across Jurisdictions") in the pages file.
pub const TOTAL: &str = "total";

/// The report footer that ends every printed page; the next non-empty line is the next page's number.
const FOOTER: &str = "ASCA-Liman Aiming to Reduce Time-";

fn parsed() -> &'static [(u8, String, u16)] {
    static PAGES: OnceLock<Vec<(u8, String, u16)>> = OnceLock::new();
    PAGES.get_or_init(|| {
        CSV.lines()
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split(',');
                Some((
                    f.next()?.parse().ok()?,
                    f.next()?.to_string(),
                    f.next()?.trim().parse().ok()?,
                ))
            })
            .collect()
    })
}

/// The printed page of `key`'s row in Table `table`, if the table has that row.
pub fn page(table: u8, key: &str) -> Option<u16> {
    parsed()
        .iter()
        .find(|(t, k, _)| *t == table && k == key)
        .map(|(_, _, p)| *p)
}

/// "Table 2, p. 23" for a row; the table's first page when the row is unknown.
pub fn cite(table: u8, key: &str) -> String {
    let p = page(table, key)
        .map(u32::from)
        .unwrap_or_else(|| crate::data::catalog::table(table).map_or(0, |t| u32::from(t.page)));
    format!("Table {table}, p. {p}")
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
