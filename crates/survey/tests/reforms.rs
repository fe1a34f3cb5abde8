//! The Reforms view's numbers against what Section VII prints (pages in the test names).

use survey::data::report::ReformKind;
use survey::sections::reforms;
use survey::Dataset;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn codes(c: &reforms::KindCount) -> Vec<&str> {
    c.jurisdictions.iter().map(String::as_str).collect()
}

#[test]
fn every_reform_has_a_known_kind() {
    for r in &data().reforms {
        assert!(
            ReformKind::from_token(&r.kind).is_some(),
            "unknown kind `{}` for {}",
            r.kind,
            r.jurisdiction
        );
    }
}

#[test]
fn counts_cover_every_reform_once() {
    let d = data();
    let c = reforms::count_by_kind(&d.reforms);
    assert_eq!(c.iter().map(|c| c.reforms).sum::<usize>(), d.reforms.len());
    let shown: usize = ReformKind::ALL
        .iter()
        .map(|k| reforms::shown(&d.reforms, Some(*k)).len())
        .sum();
    assert_eq!(shown, d.reforms.len());
}

#[test]
fn forty_five_of_53_answered_the_policy_questions_p55() {
    let d = data();
    assert_eq!(
        d.figure("vii_surveyed").map(|f| f.value.scaled),
        Some(d.jurisdictions.len() as i64)
    );
    let printed = d
        .figure("vii_policy_responses")
        .expect("vii_policy_responses")
        .value
        .scaled as usize;
    assert_eq!(reforms::policy_respondents(&d), Some(printed));
    assert_eq!(
        d.figure("vii_policy_copies").map(|f| f.value.scaled),
        Some(12),
        "p. 55: twelve sent policies"
    );
    assert_eq!(
        d.figure("vii_period_start").map(|f| f.value.scaled),
        Some(2013),
        "p. 55: changes since 2013"
    );
}

#[test]
fn six_systems_profiled_federal_and_five_states_p56_p60() {
    let d = data();
    let p = reforms::profiled(&d.reforms);
    let codes: Vec<&str> = p.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["BOP", "CO", "ND", "OH", "SC", "UT"]);
    let sections: Vec<&str> = p.iter().map(|p| p.section.as_str()).collect();
    assert_eq!(
        sections,
        ["VII.F.1", "VII.F.2", "VII.F.3", "VII.F.4", "VII.F.5", "VII.F.6"]
    );
    let states = p
        .iter()
        .filter(|p| {
            d.jurisdiction(&p.code)
                .is_some_and(|j| j.kind == survey::Kind::State)
        })
        .count();
    assert_eq!(
        states as i64,
        d.figure("vii_f_profiled_states").unwrap().value.scaled,
        "p. 60: five states"
    );
    assert_eq!(
        states as i64,
        d.figure("vii_profiled_states").unwrap().value.scaled,
        "p. 56: five states"
    );
    assert_eq!(p[1].pages, "62–63", "Colorado, pp. 62–63");
}

#[test]
fn profile_figures_exist_and_match_table02_for_colorado_217_p62_and_utah_912_p71() {
    let d = data();
    for (code, ids) in reforms::PROFILE_FIGURES {
        assert_eq!(
            reforms::profile_figures(&d, code).len(),
            ids.len(),
            "{code}: a figure id is missing"
        );
    }
    let t2 = d.table(2).unwrap();
    for (code, id) in [("CO", "vii_f2_rh_fall_2015"), ("UT", "vii_f6_rh_fall_2015")] {
        let printed = d.figure(id).unwrap().value.scaled as u64;
        assert_eq!(
            t2.cell(code, "rh_population").and_then(|c| c.count()),
            Some(printed),
            "{code}"
        );
    }
    assert_eq!(
        reforms::figure_value(d.figure("vii_f2_rh_2011").unwrap()),
        "1,500 people"
    );
    assert_eq!(
        reforms::figure_value(d.figure("vii_f2_reduction_pct").unwrap()),
        "67%"
    );
}

#[test]
fn step_down_jurisdictions_include_endnote_236_list_p98() {
    let d = data();
    let c = reforms::count_by_kind(&d.reforms);
    let step = c
        .iter()
        .find(|c| c.kind == ReformKind::ReleaseStepDown)
        .unwrap();
    let listed = &d.endnote(236).unwrap().jurisdictions;
    assert_eq!(listed.len(), 10);
    for j in listed {
        assert!(
            codes(step).contains(&j.as_str()),
            "{j} is named in endnote 236 (p. 98)"
        );
    }
}

#[test]
fn out_of_cell_jurisdictions_include_endnote_243_list_p99() {
    let d = data();
    let c = reforms::count_by_kind(&d.reforms);
    let ooc = c
        .iter()
        .find(|c| c.kind == ReformKind::OutOfCellTime)
        .unwrap();
    for j in &d.endnote(243).unwrap().jurisdictions {
        assert!(
            codes(ooc).contains(&j.as_str()),
            "{j} is named in endnote 243 (p. 99)"
        );
    }
}

#[test]
fn matrix_rows_are_jurisdictions_with_reforms_and_filter_by_kind() {
    let d = data();
    let all = reforms::matrix(&d, None);
    let mut distinct: Vec<&str> = d.reforms.iter().map(|r| r.jurisdiction.as_str()).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(all.len(), distinct.len());
    assert_eq!(
        all.iter()
            .map(|r| r.cells.iter().sum::<usize>())
            .sum::<usize>(),
        d.reforms.len()
    );
    let c = reforms::count_by_kind(&d.reforms);
    for (i, k) in ReformKind::ALL.iter().enumerate() {
        let m = reforms::matrix(&d, Some(*k));
        assert_eq!(m.len(), c[i].jurisdictions.len(), "{k:?}");
        assert!(m.iter().all(|r| r.cells[i] > 0));
    }
}

#[test]
fn csv_rows_match_the_rows_shown() {
    let d = data();
    let shown = reforms::shown(&d.reforms, Some(ReformKind::TimeCaps));
    let rows = reforms::csv_rows(&shown, |c| {
        d.jurisdiction(c)
            .map(|j| j.name.clone())
            .unwrap_or_default()
    });
    assert_eq!(rows.len(), shown.len());
    assert!(rows
        .iter()
        .all(|r| r.len() == reforms::CSV_HEADER.len() && r[2] == "time_caps"));
    assert!(rows.iter().any(|r| r[0] == "CO" && r[1] == "Colorado"));
}

#[test]
fn every_reform_note_is_a_section_vii_endnote_about_that_jurisdiction() {
    let d = data();
    let mut with_notes = 0;
    for r in &d.reforms {
        let notes = reforms::notes_for(r, &d.endnotes);
        with_notes += usize::from(!notes.is_empty());
        for n in notes {
            assert!(d
                .endnote(n)
                .unwrap()
                .jurisdictions
                .contains(&r.jurisdiction));
        }
    }
    assert!(with_notes >= 10, "only {with_notes} reforms carry endnotes");
}

#[test]
fn section_vii_endnote_ranges_are_cited_on_pp56_60() {
    let d = data();
    for &(section, first, last) in reforms::SECTION_NOTES {
        for n in first..=last {
            let page: u32 = d.endnote(n).unwrap().cited_at_page.parse().unwrap();
            assert!(
                (56..=60).contains(&page),
                "endnote {n} ({section}) cited on p. {page}"
            );
        }
    }
}

#[test]
fn body_reforms_get_only_their_own_notes() {
    let d = data();
    let notes = |j: &str, kind: &str| {
        let r = d
            .reforms
            .iter()
            .find(|r| r.jurisdiction == j && r.kind == kind && !r.profiled)
            .unwrap();
        reforms::notes_for(r, &d.endnotes)
    };
    assert_eq!(
        notes("VA", "release_step_down"),
        [236, 237, 238],
        "p. 57: Virginia's STAR program"
    );
    assert_eq!(
        notes("UT", "oversight_review"),
        Vec::<u32>::new(),
        "endnote 243 (p. 58) belongs to VII.C"
    );
    assert!(d
        .reforms
        .iter()
        .filter(|r| r.profiled)
        .all(|r| reforms::notes_for(r, &d.endnotes).is_empty()));
}

#[test]
fn endnote_only_reforms_carry_the_endnote_they_come_from_pp98_99() {
    let d = data();
    for r in d
        .reforms
        .iter()
        .filter(|r| r.page == "98" || r.page == "99")
    {
        let want = match r.kind.as_str() {
            "release_step_down" => 236,
            "out_of_cell_time" => 243,
            _ => 230,
        };
        assert_eq!(
            reforms::notes_for(r, &d.endnotes),
            [want],
            "{} {}",
            r.jurisdiction,
            r.kind
        );
    }
}
