//! Every cell of every table (`static/data/table*.csv`) against an independent reading of the
//! report's machine-read text (`tests/source/asca-liman-2016.txt`), not only the sums.
//!
//! How the text is read: each table's region runs from its title (`Table N – …`) to the first line
//! of prose after it. In that region every line that is a number as printed (`25,284`, `5.7%`,
//! `24,549*`, `(36,511)`, `1,104172` = 1,104 with endnote 172, `N/A`) is a token, in text order;
//! page numbers are not. The machine reading put tables out sometimes column by column, sometimes
//! row by row, with the first row split from the rest, so a cell is confirmed when it lies in a run
//! of at least two consecutive cells — down a printed column (Table 2's parenthesised alternatives
//! sit under their main figure) or along a row — that matches consecutive tokens, or when its value
//! is printed exactly once in the region and nothing else unconfirmed claims that token. Runs are
//! taken longest first and each token is used once. A glued endnote must be one the CSV lists
//! for that row; Table 2's asterisk must agree with `reporting_facilities_only`; an empty cell
//! must read `N/A` (or, for the Louisiana/Utah alternatives, have no parenthesised figure under
//! its main one). The row order must be the order of the names printed in the region.
//!
//! Cells the text cannot confirm are listed, with the reason, in
//! `tests/source/unconfirmed-cells.csv`; the list is checked both ways, so a changed cell turns
//! this test red and a cell that becomes readable must leave the list.
//!
//! What is read is in `text.rs`, how cells are confirmed in `runs.rs`; the tests here.

mod runs;
mod text;

use runs::*;
use std::collections::BTreeSet;
use text::*;

#[test]
fn every_table_cell_matches_the_report_text() {
    let names = names();
    let listed: BTreeSet<Key> = UNCONFIRMED
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.splitn(4, ',').collect();
            assert!(
                f.len() == 4 && !f[3].trim().is_empty(),
                "each listed cell needs a reason: {l}"
            );
            (f[0].parse().unwrap(), f[1].to_string(), f[2].to_string())
        })
        .collect();
    let (mut cells, mut in_runs, mut single) = (0, 0, 0);
    let mut found = BTreeSet::new();
    for n in 1..=19u8 {
        let r = read_table(n, &names);
        cells += r.cells;
        in_runs += r.in_runs;
        single += r.single;
        found.extend(r.unconfirmed);
    }
    let not_listed: Vec<&Key> = found.difference(&listed).collect();
    let stale: Vec<&Key> = listed.difference(&found).collect();
    eprintln!(
        "{cells} cells: {} confirmed by the report text ({in_runs} in runs, {single} printed once), {} listed as unreadable",
        in_runs + single,
        found.len()
    );
    assert!(
        not_listed.is_empty(),
        "cells the report text does not confirm (a changed value, or a new garble to review and list): {not_listed:?}"
    );
    assert!(
        stale.is_empty(),
        "listed as unreadable but now confirmed; remove from unconfirmed-cells.csv: {stale:?}"
    );
    assert_eq!(cells, in_runs + single + found.len());
}

#[test]
fn token_reading() {
    let t = token("1,104172").unwrap();
    assert!(t.reads.contains(&("1104".into(), Some(172))));
    assert!(!t.reads.iter().any(|(v, _)| v == "11041"));
    let t = token("(6,112)174").unwrap();
    assert!(t.paren && t.reads.contains(&("6112".into(), Some(174))));
    let t = token("24,549*").unwrap();
    assert!(t.star && t.reads == vec![("24549".to_string(), None)]);
    assert!(token("5.7%").unwrap().percent);
    assert!(token("Alabama").is_none() && token("California177").is_none());
    assert!(token("N/A").unwrap().na);
}
