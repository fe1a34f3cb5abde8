//! The decomposition of a definition change reproduces the report's figures (issue 16) and always
//! adds up to the change in the total.

use std::sync::OnceLock;
use survey::data::format::round_half_up;
use survey::engine::decompose::{all_definitions, decompose, PartKind, Unit};
use survey::engine::{Engine, MissingReason as Gap, Summary};
use survey::sections::lab::{run_decomposed, STEPS};
use survey::Dataset;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&Dataset::embedded().unwrap()))
}

fn step_with_title(word: &str) -> usize {
    STEPS
        .iter()
        .position(|s| s.title.contains(word))
        .unwrap_or_else(|| panic!("a step about {word}"))
}

#[test]
fn denominator_step_top_movers_are_virgin_islands_then_louisiana_p21() {
    let (_, d) = run_decomposed(engine(), step_with_title("denominator"));
    assert_eq!(d.unit, Unit::Points);
    assert_eq!(d.total_change, 0);
    let top: Vec<(&str, String, String)> = d
        .movers
        .iter()
        .take(2)
        .map(|m| {
            (
                m.code.as_str(),
                round_half_up(m.before.unwrap(), 1),
                round_half_up(m.after.unwrap(), 1),
            )
        })
        .collect();
    assert_eq!(
        top,
        vec![
            ("VI", "28.3".to_string(), "19.6".to_string()),
            ("LA", "14.5".to_string(), "7.4".to_string())
        ]
    );
    // Seven jurisdictions use the reporting facilities' population (the asterisks in Table 2).
    assert_eq!(d.movers.len(), 7);
    assert!(d.movers.iter().all(|m| m.change < 0.0));
    assert_eq!(d.parts.len(), 1);
    assert_eq!(d.parts[0].kind, PartKind::RateOnly);
    assert_eq!(d.parts[0].entries[0].code, "VI");
}

#[test]
fn one_month_step_puts_11692_people_on_the_seven_without_lengths_of_stay() {
    let (_, d) = run_decomposed(engine(), step_with_title("a month"));
    let left: Vec<_> = d
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::Left(Gap::NoLengthOfStay))
        .collect();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].people, -11_692);
    let mut names: Vec<&str> = left[0].entries.iter().map(|e| e.name.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Alabama",
            "Georgia",
            "Illinois",
            "Michigan",
            "Missouri",
            "New Hampshire",
            "New Mexico"
        ]
    );
    // Georgia's 3,880 are listed among the movers, in the unit of the step (people).
    assert_eq!(d.unit, Unit::People);
    let ga = d
        .movers
        .iter()
        .find(|m| m.code == "GA")
        .expect("Georgia moves");
    assert_eq!(
        (ga.before, ga.after, ga.change),
        (Some(3880.0), None, -3880.0)
    );
    // Movers are ranked by the size of their change.
    assert!(d
        .movers
        .windows(2)
        .all(|w| w[0].change.abs() >= w[1].change.abs()));
    // The drop is mostly missing data: more than half of the people who leave the total.
    assert!(11_692 * 2 > -d.total_change, "{}", d.total_change);
}

#[test]
fn hours_step_adds_the_20_21_band_and_keeps_14_at_their_old_figure_p24() {
    let (_, d) = run_decomposed(engine(), step_with_title("20 hours"));
    assert_eq!(d.total_change, 11_827);
    let added = d.parts.iter().find(|p| p.kind == PartKind::Added).unwrap();
    assert_eq!(added.people, 11_827);
    let kept = d
        .parts
        .iter()
        .find(|p| p.kind == PartKind::NotExtended)
        .unwrap();
    assert_eq!(kept.entries.len(), 14);
    assert_eq!(kept.people, 0);
}

#[test]
fn every_steps_parts_add_up_to_its_change() {
    for i in 0..STEPS.len() {
        let (_, d) = run_decomposed(engine(), i);
        let sum: i64 = d.parts.iter().map(|p| p.people).sum();
        assert_eq!(sum, d.total_change, "step {i}");
        for p in &d.parts {
            assert_eq!(p.people, p.entries.iter().map(|e| e.people).sum::<i64>());
        }
    }
}

/// Exhaustive rather than sampled: every ordered pair of the 252 definitions the explorer can set.
#[test]
fn every_pair_of_definitions_decomposes_into_parts_that_sum_to_the_change() {
    let defs = all_definitions();
    assert_eq!(defs.len(), 3 * 7 * 2 * 3 * 2);
    let sums: Vec<Summary> = defs.iter().map(|d| engine().compute(d)).collect();
    for a in &sums {
        for b in &sums {
            let d = decompose(a, b);
            let sum: i64 = d.parts.iter().map(|p| p.people).sum();
            assert_eq!(
                sum, d.total_change,
                "{:?} → {:?}",
                a.definition, b.definition
            );
            assert_eq!(d.total_change, b.total as i64 - a.total as i64);
            // No jurisdiction is in two parts.
            let mut codes: Vec<&str> = d
                .parts
                .iter()
                .flat_map(|p| p.entries.iter().map(|e| e.code.as_str()))
                .collect();
            let n = codes.len();
            codes.sort();
            codes.dedup();
            assert_eq!(codes.len(), n);
            // The movers' changes in people add up to the change as well.
            if d.unit == Unit::People {
                let m: f64 = d.movers.iter().map(|m| m.change).sum();
                assert_eq!(m as i64, d.total_change);
            } else {
                assert_eq!(d.total_change, 0);
            }
            if a.definition == b.definition {
                assert!(d.parts.is_empty() && d.movers.is_empty());
            }
        }
    }
}

#[test]
fn lessons_name_real_steps_and_start_from_the_survey_definition() {
    for l in survey::sections::lab::LESSONS {
        assert_eq!(l.steps.first(), Some(&0), "{}", l.title);
        assert!(l.steps.iter().all(|&i| i < STEPS.len()), "{}", l.title);
    }
    assert!(STEPS
        .iter()
        .all(|s| !s.shows.is_empty() && !s.misreading.is_empty()));
}
