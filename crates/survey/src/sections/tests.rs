//! Tests of the helpers every report page shares: printed figures, part charts read from the text, and derivations read as words.

use super::*;

#[test]
fn facilities_page_figures_read_as_printed_on_pages_18_and_19() {
    let data = Dataset::embedded().unwrap();
    assert_eq!(printed_figure(&data, "iii_a_private_rh_people"), "2,425");
    assert_eq!(printed_figure(&data, "iii_a_private_rh_share"), "2.8%");
    assert_eq!(printed_figure(&data, "no_such_figure"), "");
}

#[test]
fn a_part_chart_reads_one_clause_per_bar() {
    let bar = |name: &str, whole, part| BarInput {
        key: name.to_lowercase(),
        name: name.into(),
        whole,
        part,
    };
    let bars = [bar("Prisons", 51, 49), bar("Jails", 12, 3)];
    assert_eq!(
        describe_bars(&bars, |b| format!("{}: {} of {}", b.name, b.part, b.whole)),
        "Prisons: 49 of 51; Jails: 3 of 12"
    );
    assert_eq!(describe_bars(&[], |b| b.name.clone()), "");
}

#[test]
fn printed_values_format_by_unit() {
    let d = |s| Decimal::parse(s).unwrap();
    assert_eq!(format_printed(d("17460"), "people"), "17,460");
    assert_eq!(format_printed(d("7.3"), "percent"), "7.3%");
    assert_eq!(format_computed(7.2944, d("7.3"), "percent"), "7.29%");
    assert_eq!(format_computed(10008.0, d("9573"), "people"), "10,008");
}

fn described(src: &str) -> String {
    let d = Dataset::embedded().unwrap();
    describe_derivation(&d, &crate::data::derivation::parse(src).unwrap())
}

#[test]
fn derivations_read_as_words() {
    assert_eq!(
        described("sum(t16.smi_custodial)"),
        "Table 16: sum of people in custody with a serious mental health issue (jurisdiction's own definition)"
    );
    assert_eq!(
        described("cell(t01.juvenile_facilities.jurisdictions_collecting_rh_data)"),
        "Table 1: Juvenile Facilities, jurisdictions that collected restricted-housing data for it"
    );
    assert_eq!(
        described("count(t19.pregnant_custodial)"),
        "Table 19: rows reporting pregnant women in custody"
    );
    assert_eq!(
        described("pct(sum(t07.rh_asian), sum(t07.rh_total))"),
        "Table 7: sum of restricted-housing population, Asian ÷ sum of restricted-housing population, total × 100"
    );
    assert_eq!(
        described("add(sum(t02.rh_population), sum(t03.h20_21))"),
        "Table 2: sum of people in restricted housing (22+ hours a day, 15+ consecutive days) plus Table 3: sum of people in-cell 20 to 21 hours a day for 15+ consecutive days"
    );
    assert_eq!(
        described("cell(t02.UT.alt_rh_population)"),
        "Table 2: Utah, alternative restricted-housing count printed in parentheses"
    );
}

#[test]
fn runs_of_stay_bands_read_as_one_stretch() {
    assert_eq!(
        described("sum(t04.m3_to_6m, t04.m6_to_12m)"),
        "Table 4: sum of people held 3 months up to 1 year"
    );
    assert_eq!(
        described("pct(sum(t04.y1_to_3y, t04.y3_to_6y, t04.y6_plus), sum(t04.d15_to_1m, t04.m1_to_3m, t04.m3_to_6m, t04.m6_to_12m, t04.y1_to_3y, t04.y3_to_6y, t04.y6_plus))"),
        "Table 4: sum of people held 1 year or more ÷ sum of people held 15 days or more (every length-of-stay band) × 100"
    );
    // Not a run: each band by its own name.
    assert_eq!(
        described("sum(t04.d15_to_1m, t04.y6_plus)"),
        "Table 4: sum of restricted housing for 15 days up to 1 month and restricted housing for 6 years or more"
    );
}

#[test]
fn no_derivation_in_the_data_reads_as_code() {
    let d = Dataset::embedded().unwrap();
    for f in &d.figures {
        let Some(e) = &f.derivation else { continue };
        let w = describe_derivation(&d, e);
        assert!(!w.contains('_'), "{}: {w}", f.derivation_src);
        assert!(
            !w.contains("sum(") && !w.contains("t0") && !w.contains("t1"),
            "{}: {w}",
            f.derivation_src
        );
    }
}
