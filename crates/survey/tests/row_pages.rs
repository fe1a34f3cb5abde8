//! Every table row's page in `static/data/row_pages.csv` is the page its name is printed on in the
//! report's text (the fixture's page footers), and Table 2's split across pp. 22–23 is exact.
//! `WRITE_ROW_PAGES=1 cargo test -p survey --test row_pages` rewrites the CSV from the text.

use survey::data::row_pages::{self, derive};
use survey::Dataset;

const TEXT: &str = include_str!("source/asca-liman-2016.txt");

fn derived() -> Vec<(u8, String, u16)> {
    let d = Dataset::embedded().unwrap();
    let tables: Vec<(u8, Vec<(String, String)>)> = d
        .tables
        .iter()
        .filter(|t| t.number >= 2)
        .map(|t| {
            let rows = t
                .rows
                .iter()
                .map(|r| {
                    let name = d
                        .jurisdiction(&r.key)
                        .map_or(r.key.clone(), |j| j.name.clone());
                    (r.key.clone(), name)
                })
                .collect();
            (t.number, rows)
        })
        .collect();
    derive(TEXT, &tables).unwrap()
}

#[test]
fn row_pages_csv_is_what_the_text_says() {
    let rows = derived();
    let csv: String = std::iter::once("table,jurisdiction,page".to_string())
        .chain(rows.iter().map(|(t, k, p)| format!("{t},{k},{p}")))
        .map(|l| l + "\n")
        .collect();
    if std::env::var_os("WRITE_ROW_PAGES").is_some() {
        std::fs::write(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../static/data/row_pages.csv"
            ),
            &csv,
        )
        .unwrap();
    }
    let shipped = include_str!("../../../static/data/row_pages.csv");
    assert_eq!(shipped, csv, "row_pages.csv differs from the report text");
    let d = Dataset::embedded().unwrap();
    let read: Vec<(u8, String, u16)> = d
        .row_pages
        .iter()
        .map(|p| (p.table, p.key.clone(), p.page))
        .collect();
    assert_eq!(read, rows, "the dataset holds every line of row_pages.csv");
    let n: usize = d
        .tables
        .iter()
        .filter(|t| t.number >= 2)
        .map(|t| t.rows.len())
        .sum();
    let jurisdiction_rows = rows
        .iter()
        .filter(|(_, k, _)| k != row_pages::TOTAL)
        .count();
    assert_eq!(jurisdiction_rows, n, "every row of Tables 2–19 has a page");
    for (t, k, p) in &rows {
        let first = survey::data::catalog::table(*t).unwrap().page as u16;
        assert!(
            (first..=first + 3).contains(p),
            "Table {t} {k}: p. {p}, table starts p. {first}"
        );
    }
}

#[test]
fn table_2_rows_sit_on_pages_22_and_23() {
    let d = Dataset::embedded().unwrap();
    let t2 = d.table(2).unwrap();
    let split = t2.rows.iter().position(|r| r.key == "OK").unwrap();
    for (i, r) in t2.rows.iter().enumerate() {
        let want = if i < split { 22 } else { 23 };
        assert_eq!(d.row_page(2, &r.key), Some(want), "{}", r.key);
    }
    assert_eq!(d.cite(2, "TX"), "Table 2, p. 23");
    assert_eq!(d.cite(2, "CA"), "Table 2, p. 22");
    // A row the table lacks: the table's first page.
    assert_eq!(d.row_page(2, "ZZ"), None);
    assert_eq!(d.cite(19, "ZZ"), "Table 19, p. 54");
    assert_eq!(
        t2.rows.len() - split,
        15,
        "Oklahoma to BOP: 15 rows on p. 23"
    );
}

#[test]
fn the_report_link_is_the_one_the_text_names() {
    // The report names the Liman Program's publications page; the PDF lives on law.yale.edu.
    assert!(TEXT.contains("https://www.law.yale.edu/centers-workshops"));
    assert!(row_pages::REPORT_URL.starts_with("https://law.yale.edu/"));
    assert!(row_pages::REPORT_URL.ends_with(".pdf"));
}

#[test]
fn printed_total_rows_have_their_page() {
    // Table 2's "Across Jurisdictions" row (67,442) is printed on p. 23, as report_figures says.
    let d = Dataset::embedded().unwrap();
    assert_eq!(d.row_page(2, row_pages::TOTAL), Some(23));
    assert_eq!(d.figure("t02_total_rh_population").unwrap().page, "23");
}
