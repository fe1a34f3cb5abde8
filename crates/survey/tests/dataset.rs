//! The shipped data files parse, and hold what the report prints at its headline.

use std::collections::BTreeSet;
use survey::{Dataset, Kind};

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_53_jurisdictions_with_unique_codes_and_maine_not_responding() {
    let d = data();
    assert_eq!(d.jurisdictions.len(), 53);
    let mut codes: Vec<_> = d.jurisdictions.iter().map(|j| j.code.as_str()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 53);
    assert_eq!(
        d.jurisdictions
            .iter()
            .filter(|j| j.kind == Kind::State)
            .count(),
        50
    );
    for (code, kind) in [
        ("DC", Kind::District),
        ("VI", Kind::Territory),
        ("BOP", Kind::Federal),
    ] {
        assert_eq!(d.jurisdiction(code).map(|j| j.kind), Some(kind), "{code}");
    }
    let silent: Vec<_> = d
        .jurisdictions
        .iter()
        .filter(|j| !j.responded)
        .map(|j| j.code.as_str())
        .collect();
    assert_eq!(
        silent,
        vec!["ME"],
        "p. 15: 52 of 53 responded; Maine did not"
    );
}

#[test]
fn all_19_tables_ship() {
    let d = data();
    for n in 1..=19 {
        assert!(d.table(n).is_some(), "table{n:02}.csv missing");
    }
}

#[test]
fn table02_total_is_the_report_headline_67442_in_48_jurisdictions_p22() {
    assert_eq!(data().column_sum(2, "rh_population"), Some((67_442, 48)));
}

#[test]
fn every_mismatch_the_audit_finds_is_a_listed_erratum_and_every_checked_erratum_still_mismatches() {
    let d = data();
    let found: BTreeSet<String> = survey::checks::audit::audit(&d)
        .into_iter()
        .map(|m| m.key)
        .collect();
    let listed: BTreeSet<String> = d
        .errata
        .iter()
        .filter(|e| !e.check.is_empty())
        .map(|e| e.check.clone())
        .collect();
    let unlisted: Vec<_> = found.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&found).collect();
    assert!(
        unlisted.is_empty(),
        "mismatches not in errata.csv (extraction error or new erratum): {unlisted:#?}"
    );
    assert!(
        stale.is_empty(),
        "errata.csv entries that no longer mismatch: {stale:#?}"
    );
}

#[test]
fn errata_ids_and_checks_are_unique() {
    let d = data();
    let ids: BTreeSet<_> = d.errata.iter().map(|e| &e.id).collect();
    assert_eq!(ids.len(), d.errata.len());
    let checks: Vec<_> = d
        .errata
        .iter()
        .filter(|e| !e.check.is_empty())
        .map(|e| &e.check)
        .collect();
    assert_eq!(checks.iter().collect::<BTreeSet<_>>().len(), checks.len());
}

#[test]
fn the_audit_recomputes_a_real_share_of_the_report() {
    // Guard against an audit that silently checks nothing: most figures carry a derivation.
    let d = data();
    let derived = d.figures.iter().filter(|f| f.derivation.is_some()).count();
    assert!(derived >= 300, "only {derived} figures have a derivation");
    assert!(d.figures.len() >= 400, "{} figures", d.figures.len());
}

#[test]
fn endnotes_1_to_397_are_all_present_and_every_cited_note_exists() {
    let d = data();
    let numbers: Vec<u32> = d.endnotes.iter().map(|e| e.number).collect();
    assert_eq!(numbers, (1..=397).collect::<Vec<_>>());
    assert!(d.endnotes.iter().all(|e| !e.text.trim().is_empty()));
    for t in &d.tables {
        for r in &t.rows {
            for n in &r.notes {
                assert!(
                    d.endnote(n.number).is_some(),
                    "table{:02} {} cites missing endnote {}",
                    t.number,
                    r.key,
                    n.number
                );
            }
        }
    }
    for e in &d.endnotes {
        for j in &e.jurisdictions {
            assert!(
                d.jurisdiction(j).is_some(),
                "endnote {} names unknown jurisdiction {j}",
                e.number
            );
        }
    }
}

#[test]
fn headline_figures_as_printed_p7_and_p22() {
    let d = data();
    for (id, value) in [
        ("i_b_total_rh", "67442"),
        ("i_b_median_rh_pct", "5.1"),
        ("i_b_total_16_plus", "83897"),
    ] {
        assert_eq!(
            d.figure(id).map(|f| f.value.to_string()),
            Some(value.to_string()),
            "{id}"
        );
    }
}

#[test]
fn malformed_files_fail_with_file_line_and_column() {
    let mut files: Vec<(&str, &str)> = survey::data::dataset::all_files();
    let bad = "jurisdiction,rh_population,notes\nAL,12x,\n";
    for f in files.iter_mut() {
        if f.0 == "table05.csv" {
            f.1 = bad;
        }
    }
    let e = Dataset::from_files(&files).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.line, e.column),
        ("table05.csv", 2, 2),
        "{e}"
    );
}

#[test]
fn datapackage_json_describes_every_file_and_is_up_to_date() {
    let d = data();
    survey::export::datapackage::check_headers(&d).unwrap();
    let want = survey::export::datapackage::descriptor(&d);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../static/data/datapackage.json"
    );
    if std::env::var_os("UPDATE_DATAPACKAGE").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "static/data/datapackage.json is stale: run `UPDATE_DATAPACKAGE=1 cargo test -p survey --test dataset`");
    for n in 1..=19 {
        assert!(
            want.contains(&format!("\"path\": \"table{n:02}.csv\"")),
            "table {n}"
        );
    }
}

#[test]
fn core_files_alone_give_the_tables_and_mark_the_dataset_incomplete() {
    let core = Dataset::from_files(survey::data::dataset::CORE_FILES).unwrap();
    assert!(!core.complete() && core.figures.is_empty() && core.table(2).is_some());
    let full = core.with_text(survey::data::dataset::TEXT_FILES).unwrap();
    assert!(full.complete() && full.endnotes.len() == 397);
}
