//! The About view's facts against what the report prints (pages in the test names).

use survey::sections::about::{self, GapStatus};
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn maine_alone_did_not_respond_52_of_53_p16() {
    let d = data();
    let gaps = about::embedded_gaps(&d);
    let silent: Vec<&str> = gaps
        .iter()
        .filter(|g| g.status == GapStatus::NoResponse)
        .map(|g| g.code.as_str())
        .collect();
    assert_eq!(silent, ["ME"]);
    assert_eq!(
        about::figure(&d, "i_b_queried"),
        d.jurisdictions.len().to_string(),
        "p. 6: 53 queried"
    );
    assert_eq!(
        about::figure(&d, "ii_a_responded"),
        (d.jurisdictions.len() - silent.len()).to_string(),
        "p. 16: 52 responded"
    );
}

#[test]
fn four_responded_without_a_usable_count_endnotes_16_and_165_p74_p88() {
    let d = data();
    let gaps = about::embedded_gaps(&d);
    let limited: Vec<&str> = gaps
        .iter()
        .filter(|g| g.status == GapStatus::NoUsableCount)
        .map(|g| g.code.as_str())
        .collect();
    assert_eq!(limited, ["AR", "NV", "RI", "WV"]);
    assert_eq!(
        d.endnote(16).unwrap().jurisdictions,
        ["AR", "NV", "RI", "WV"],
        "endnote 16 names the same four"
    );
    assert!(gaps
        .iter()
        .filter(|g| g.status == GapStatus::NoUsableCount)
        .all(|g| g.notes == [165] && !g.reason.contains("endnote")));
    assert!(gaps.iter().all(|g| !g.reason.is_empty()));
    let detailed = d.jurisdictions.len() - gaps.len();
    assert_eq!(
        about::figure(&d, "ii_a_detailed"),
        detailed.to_string(),
        "p. 16: 48 detailed responses"
    );
}

#[test]
fn gap_rows_match_gaps() {
    let d = data();
    let gaps = about::embedded_gaps(&d);
    let rows = about::gap_rows(&gaps);
    assert_eq!(rows.len(), gaps.len());
    assert!(rows.iter().all(|r| r.len() == about::GAP_HEADER.len()));
    let maine = rows.iter().find(|r| r[0] == "ME").expect("Maine");
    assert_eq!(
        maine[1..3],
        ["Maine".to_string(), "did not respond".to_string()]
    );
}

#[test]
fn every_quoted_figure_exists() {
    let d = data();
    for id in about::FIGURE_IDS {
        assert!(
            d.figure(id).is_some(),
            "{id} missing from report_figures.csv"
        );
    }
}

#[test]
fn definitions_22_hours_15_days_versus_30_days_p17_and_mandela_p13() {
    let d = data();
    assert_eq!(about::figure(&d, "ii_b_def_hours"), "22");
    assert_eq!(about::figure(&d, "ii_b_def_days"), "15");
    assert_eq!(about::figure(&d, "ii_b_2014_def_days"), "30");
    assert_eq!(about::figure(&d, "i_c_mandela_hours"), "22");
    assert_eq!(about::figure(&d, "i_c_mandela_days"), "15");
    assert_eq!(about::figure(&d, "viii_mandela_days"), "15", "p. 71");
}

#[test]
fn comparison_2015_count_is_67442_in_48_jurisdictions_p7_and_2014_is_66000_in_34_p17() {
    let d = data();
    let c = about::comparison(&d);
    let people = c.iter().find(|r| r.aspect == "People counted").unwrap();
    assert_eq!(people.y2015, "67,442");
    assert!(people.y2014.starts_with("66,000") && people.y2014.contains("80,000–100,000"));
    let juris = c
        .iter()
        .find(|r| r.aspect == "Jurisdictions with a count")
        .unwrap();
    assert!(
        juris.y2015.starts_with("48 ") && juris.y2015.contains("96.4%"),
        "{}",
        juris.y2015
    );
    assert!(juris.y2014.starts_with("34 ") && juris.y2014.contains("73%"));
    assert_eq!(about::figure(&d, "i_b_share_us_prisoners"), "96.4", "p. 7");
}

#[test]
fn audit_finds_exactly_the_checked_errata() {
    let d = data();
    let a = about::audit_counts(&d).expect("the whole dataset has the errata");
    assert_eq!(a.errata, d.errata.len());
    assert_eq!(a.mismatches, a.errata_checked);
    assert!(a.recomputed > 0 && a.recomputed <= a.figures);
}

/// The about page's first visit has the errata's file but no printed figure: the counts it states
/// are the build's, carried by that file, and they are the audit's own, run on everything.
#[test]
fn the_errata_file_carries_the_audits_counts() {
    use survey::data::codec::{decode_tables, encode_part, encode_tables};
    use survey::data::parts::{Part, Parts};
    let d = data();
    let run = about::audit_counts(&d).unwrap();
    let built = about::with_audit(d.clone());
    let errata_only = decode_tables(&encode_tables(&built).unwrap())
        .unwrap()
        .with_part_bytes(Part::Errata, &encode_part(&built, Part::Errata).unwrap())
        .unwrap();
    assert!(!errata_only.has(Parts::FIGURES));
    assert_eq!(about::audit_counts(&errata_only), Some(run));
    // Without the build's counts (a dataset encoded as read from CSV), none: never a count of
    // the figures that happen to be here.
    let bare = decode_tables(&encode_tables(&d).unwrap())
        .unwrap()
        .with_part_bytes(Part::Errata, &encode_part(&d, Part::Errata).unwrap())
        .unwrap();
    assert_eq!(about::audit_counts(&bare), None);
    // Without the errata, none either; with every part, the audit runs on them (the build's
    // counts are not consulted: a file of another build would not change them).
    assert_eq!(about::audit_counts(&d.only_text(Parts::FIGURES)), None);
    let mut stale = built.clone();
    stale.audit = Some(survey::data::dataset::AuditCounts {
        mismatches: 999,
        ..run
    });
    assert_eq!(about::audit_counts(&stale), Some(run));
}

#[test]
fn every_download_link_points_at_a_shipped_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static");
    let files = about::downloads();
    assert_eq!(files[0], "data/datapackage.json");
    for f in files.iter().filter(|f| *f != "data/time-in-cell-data.zip") {
        // The zip is assembled by the build (scripts/postbuild.mjs); the e2e test fetches it.
        assert!(dir.join(f).is_file(), "{f} is not in static/");
    }
}
