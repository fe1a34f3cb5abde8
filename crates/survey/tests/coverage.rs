//! Honest denominators: the headline's coverage is the report's (48 of 53, 96.4% of U.S.
//! prisoners), the pooled rate is the report's 4.9%, the seven starred rows are the report's, and
//! a population filter is described as a filter.

use survey::engine::coverage::{self, row_denominator};
use survey::engine::definition::{Definition, Denominator, Population};
use survey::Dataset;
use survey::Engine;

#[test]
fn coverage_is_the_reports() {
    let d = Dataset::embedded().unwrap();
    let f = d.figure("iv_a_share_us_prison_pop").unwrap();
    assert_eq!(format!("{}%", f.value), coverage::US_SHARE);
    assert_eq!(
        format!("Section {}, p. {}", f.section, f.page),
        coverage::US_SHARE_SOURCE
    );
    let s = Engine::new(&d).compute(&Definition::default());
    let line = coverage::coverage_sentence(&s, 53);
    assert!(
        line.contains("across 48 of 53 jurisdictions") && line.contains("96.4% of U.S. prisoners"),
        "{line}"
    );
    assert!(!line.contains("100%"));
}

#[test]
fn pooled_rate_is_the_across_jurisdictions_row() {
    let d = Dataset::embedded().unwrap();
    let printed = d.figure("t02_total_rh_percent").unwrap().value.value();
    let s = Engine::new(&d).compute(&Definition::default());
    let p = coverage::pooled_percent(&s).unwrap();
    assert_eq!(
        survey::data::format::round_half_up(p, 1),
        format!("{printed:.1}")
    );
    assert_eq!(coverage::pooled_words(&s).unwrap(), "4.9%");
    // Beside, not instead of, the median (5.1%).
    assert_eq!(
        survey::data::format::round_half_up(s.median_percent.unwrap(), 1),
        "5.1"
    );
}

#[test]
fn the_seven_starred_rows_are_the_reports() {
    let d = Dataset::embedded().unwrap();
    assert_eq!(
        coverage::starred(&d),
        ["AL", "CA", "DE", "LA", "VI", "WI", "BOP"]
    );
    let def = Definition::default();
    for (code, part, whole) in [
        ("VI", "339", "491"),
        ("LA", "18,515", "36,511"),
        ("BOP", "189,181", "205,508"),
    ] {
        let r = row_denominator(&d, &def, code);
        assert!(
            r.star && r.detail.contains(part) && r.detail.contains(whole),
            "{code}: {r:?}"
        );
    }
    let tx = row_denominator(&d, &def, "TX");
    assert!(!tx.star && tx.words == "whole system");
    let whole = Definition {
        denominator: Denominator::Total,
        ..def
    };
    assert!(!row_denominator(&d, &whole, "VI").star);
    let women = Definition {
        population: Population::Women,
        ..def
    };
    assert_eq!(row_denominator(&d, &women, "LA").words, "women in custody");
}

#[test]
fn a_population_filter_is_not_a_definition_change() {
    let women = Definition {
        population: Population::Women,
        ..Definition::default()
    };
    let w = coverage::population_words(&women).unwrap();
    assert!(w.contains("Not a change of definition"), "{w}");
    assert!(coverage::population_words(&Definition::default()).is_none());
}
