//! Facilities (Section III), serious mental illness, pregnant and transgender prisoners
//! (Section VI.D): the view logic reproduces what the report prints, page by page, and flags
//! exactly where the report disagrees with itself.

use survey::sections::{facilities, mental_illness, pregnancy, FigureCheck};
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn find<'a>(checks: &'a [FigureCheck], id: &str) -> &'a FigureCheck {
    checks
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no check {id}"))
}

#[test]
fn table15_sums_to_the_prose_54025_men_and_5146_in_restricted_housing_p49() {
    let t = mental_illness::totals(&data(), 15, &[]).unwrap();
    assert_eq!((t.rows, t.smi_custodial, t.smi_rh), (34, 54_025, 5_146));
    let checks = mental_illness::checks(&data());
    for id in [
        "vi_d1_male_n_jurisdictions",
        "vi_d1_male_smi_custodial",
        "vi_d1_male_smi_rh",
        "t15_n_jurisdictions",
    ] {
        assert_eq!(find(&checks, id).agrees, Some(true), "{id}");
    }
    assert_eq!(find(&checks, "vi_d1_male_smi_custodial").printed, "54,025");
}

#[test]
fn table16_sums_to_10008_and_305_but_the_prose_prints_9573_and_297_exactly_kansas_p49() {
    let d = data();
    let t = mental_illness::totals(&d, 16, &[]).unwrap();
    assert_eq!((t.rows, t.smi_custodial, t.smi_rh), (33, 10_008, 305));
    let without_kansas = mental_illness::totals(&d, 16, &["KS"]).unwrap();
    assert_eq!(
        (
            without_kansas.rows,
            without_kansas.smi_custodial,
            without_kansas.smi_rh
        ),
        (32, 9_573, 297)
    );
    assert_eq!(
        mental_illness::rows_explaining_gap(
            &d,
            16,
            "vi_d1_female_smi_custodial",
            "vi_d1_female_smi_rh"
        ),
        vec!["KS".to_string()]
    );
    assert!(
        mental_illness::rows_explaining_gap(
            &d,
            15,
            "vi_d1_male_smi_custodial",
            "vi_d1_male_smi_rh"
        )
        .is_empty(),
        "Table 15 matches"
    );
    let checks = mental_illness::checks(&d);
    let c = find(&checks, "vi_d1_female_smi_custodial");
    assert_eq!(
        (c.printed.as_str(), c.computed.as_deref(), c.agrees),
        ("9,573", Some("10,008"), Some(false))
    );
    assert!(c.erratum.as_deref().is_some_and(|e| e.contains("Kansas")));
    let c = find(&checks, "vi_d1_female_smi_rh");
    assert_eq!(
        (c.printed.as_str(), c.computed.as_deref()),
        ("297", Some("305"))
    );
    assert!(c.erratum.is_some());
}

#[test]
fn table16_title_says_n_32_but_lists_33_rows_p51() {
    let checks = mental_illness::checks(&data());
    for id in ["t16_n_jurisdictions", "vi_d1_female_n_jurisdictions"] {
        let c = find(&checks, id);
        assert_eq!(
            (
                c.printed.as_str(),
                c.computed.as_deref(),
                c.erratum.is_some()
            ),
            ("32", Some("33"), true),
            "{id}"
        );
    }
}

#[test]
fn washington_men_p50_and_kansas_women_p51_printed_percents_are_flagged_and_no_others() {
    let rows = mental_illness::rows(&data());
    let mut flagged = Vec::new();
    for r in &rows {
        for (sex, c) in [("men", &r.men), ("women", &r.women)] {
            let Some(c) = c else { continue };
            for p in [&c.smi_custodial_pct, &c.smi_rh_pct].into_iter().flatten() {
                if let Some(e) = &p.erratum {
                    flagged.push((
                        r.code.clone(),
                        sex,
                        p.printed.to_string(),
                        e.computed.clone(),
                    ));
                }
            }
        }
    }
    assert_eq!(
        flagged,
        vec![
            ("KS".into(), "women", "0.2".into(), "1.8".into()),
            ("WA".into(), "men", "3.0".into(), "3.3".into())
        ]
    );
}

#[test]
fn mental_rows_are_alphabetical_and_join_tables_15_and_16_with_appendix_c() {
    let rows = mental_illness::rows(&data());
    assert_eq!(
        rows.len(),
        35,
        "34 in Table 15, plus Virginia only in Table 16"
    );
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    let al = rows.iter().find(|r| r.code == "AL").unwrap();
    assert_eq!(al.men.as_ref().unwrap().smi_custodial, Some(573), "p. 50");
    assert_eq!(al.women.as_ref().unwrap().smi_rh, Some(5), "p. 51");
    assert_eq!(al.definition.as_ref().map(|d| d.page.as_str()), Some("C-1"));
    let dc = rows.iter().find(|r| r.code == "DC").unwrap();
    assert!(dc.women.is_none(), "endnote 221: D.C. not in Table 16");
    let va = rows.iter().find(|r| r.code == "VA").unwrap();
    assert!(va.men.is_none() && va.women.is_some());
    let vi = rows.iter().find(|r| r.code == "VI").unwrap();
    assert!(
        vi.men
            .as_ref()
            .unwrap()
            .smi_rh_pct
            .as_ref()
            .unwrap()
            .small_base(),
        "88.0% of 25 people, p. 50"
    );
    let no_definition: Vec<&str> = rows
        .iter()
        .filter(|r| r.definition.is_none())
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(
        no_definition,
        vec!["ID", "LA", "NM", "NC"],
        "Louisiana has data but no Appendix C entry, and endnote 218 does not name it"
    );
}

#[test]
fn appendix_c_prints_41_definitions_where_the_text_says_40_p48() {
    let d = data();
    let checks = mental_illness::checks(&d);
    let c = find(&checks, "vi_d1_n_definitions");
    assert_eq!(
        (c.printed.as_str(), c.computed.as_deref()),
        ("40", Some("41"))
    );
    let c = find(&checks, "vi_d1_n_data_without_definition");
    assert_eq!(
        (c.printed.as_str(), c.computed.as_deref()),
        ("5", Some("4"))
    );
    assert_eq!(
        mental_illness::listed_without_definition_but_defined(&d),
        vec!["VI".to_string(), "WA".to_string()]
    );
    assert_eq!(
        mental_illness::undefined_but_not_listed(&d),
        vec!["LA".to_string()],
        "endnote 218, p. 95"
    );
}

#[test]
fn race_tables_17_and_18_have_33_and_30_rows_and_their_totals_match_tables_15_16_p52_53() {
    let d = data();
    let men = mental_illness::race_rows(&d, 17);
    let women = mental_illness::race_rows(&d, 18);
    assert_eq!((men.len(), women.len()), (33, 30));
    let ms = women.iter().find(|r| r.code == "MS").unwrap();
    assert_eq!(
        ms.groups[1], None,
        "Mississippi's Black women: not reported, not zero"
    );
    let (_, total) = mental_illness::race_sums(&men);
    assert_eq!(total, men.iter().filter_map(|r| r.total).sum::<u64>());
    let fl = men.iter().find(|r| r.code == "FL").unwrap();
    assert_eq!(
        fl.groups,
        [Some(4211), Some(5010), Some(1193), Some(2), Some(26)]
    );
}

#[test]
fn table19_sums_to_396_pregnant_and_5_in_restricted_housing_in_4_of_23_jurisdictions_p54() {
    let d = data();
    let rows = pregnancy::rows(&d);
    let t = pregnancy::totals(&rows);
    assert_eq!(
        (
            t.rows,
            t.pregnant_custodial,
            t.pregnant_rh,
            t.rows_with_pregnant_rh
        ),
        (23, 396, 5, 4)
    );
    let checks = pregnancy::pregnancy_checks(&d);
    assert!(checks.iter().all(|c| c.agrees == Some(true)), "{checks:#?}");
    assert_eq!(find(&checks, "vi_d2_pregnant_total").printed, "396");
    assert_eq!(
        rows.iter()
            .find(|r| r.code == "TX")
            .unwrap()
            .pregnant_custodial,
        Some(88)
    );
}

#[test]
fn transgender_55_of_754_is_7_3_percent_and_endnote_226_sums_to_55_in_15_jurisdictions_p55() {
    let d = data();
    let listed = pregnancy::transgender_rh(&d);
    assert_eq!(listed.len(), 15);
    assert_eq!(listed.iter().map(|t| t.count).sum::<u64>(), 55);
    let tx = listed.iter().find(|t| t.code == "TX").unwrap();
    assert_eq!((tx.printed_name.as_str(), tx.count), ("Texas", 19));
    assert_eq!(
        listed.iter().find(|t| t.code == "DC").unwrap().printed_name,
        "District of Columbia"
    );
    let checks = pregnancy::transgender_checks(&d);
    let pct = find(&checks, "vi_d3_transgender_rh_pct");
    assert_eq!(
        (pct.printed.as_str(), pct.computed.as_deref(), pct.agrees),
        ("7.3%", Some("7.29%"), Some(true))
    );
    assert_eq!(find(&checks, "vi_d3_transgender_total").printed, "754");
    assert!(checks.iter().all(|c| c.agrees != Some(false)));
}

#[test]
fn table1_prisons_49_of_51_and_jails_7_of_12_collect_data_p18() {
    let rows = facilities::rows(&data());
    assert_eq!(rows.len(), 6);
    let prisons = &rows[0];
    assert_eq!(
        (
            prisons.label.as_str(),
            prisons.jurisdictions,
            prisons.collecting,
            prisons.without_data()
        ),
        ("Prisons", Some(51), Some(49), Some(2))
    );
    let jails = rows.iter().find(|r| r.key == "jails").unwrap();
    assert_eq!(
        (jails.jurisdictions, jails.collecting, jails.notes.clone()),
        (Some(12), Some(7), vec![156])
    );
}

#[test]
fn section_iii_figures_check_out_private_2425_is_2_8_percent_p19_double_cells_21_plus_5_p19() {
    let d = data();
    let a = facilities::checks(&d, "III.A");
    assert!(a.iter().all(|c| c.agrees != Some(false)), "{a:#?}");
    let share = find(&a, "iii_a_private_rh_share");
    assert_eq!(
        (share.printed.as_str(), share.computed.as_deref()),
        ("2.8%", Some("2.83%"))
    );
    assert_eq!(find(&a, "iii_a_private_rh_people").printed, "2,425");
    assert_eq!(
        find(&a, "iii_a_private_facility_share").computed.as_deref(),
        Some("10.2%")
    );
    assert_eq!(
        find(&a, "iii_a_jails_states").computed.as_deref(),
        Some("9")
    );
    assert_eq!(
        find(&a, "iii_a_jurisdictions_without_jails").agrees,
        Some(true)
    );
    let b = facilities::checks(&d, "III.B");
    assert_eq!(find(&b, "iii_b_double_cell_people").printed, "17,460");
    assert_eq!(
        find(&b, "iii_b_double_cell_jurisdictions").agrees,
        Some(true)
    );
    let dc = facilities::DoubleCells::from_report(&d).unwrap();
    assert_eq!(
        (
            dc.responding,
            dc.used,
            dc.counted,
            dc.uncounted,
            dc.people,
            dc.not_used()
        ),
        (47, 26, 21, 5, 17_460, 21)
    );
}
