//! Claim check verdicts, table-driven: claims from the report's prose and phrased as news stories
//! phrase them (some wrong on purpose) → the verdict for each number, in text order, and the figure
//! that decided it. Years, hours, stays and page references are context, not claims.

use survey::checks::verdict::{check, facts, Fact, Verdict};
use survey::engine::Engine;
use survey::Dataset;

mod claims;
use claims::CLAIMS;

use Verdict::{NotInReport as N, Supported as S};

fn setup() -> (Dataset, Vec<Fact>) {
    let d = Dataset::embedded().unwrap();
    let f = facts(&d, &Engine::new(&d));
    (d, f)
}

#[test]
fn claims_get_the_verdicts_they_deserve() {
    let (d, f) = setup();
    assert!(CLAIMS.len() >= 40, "{} claims", CLAIMS.len());
    let mut failures = Vec::new();
    for (claim, want) in CLAIMS {
        let c = check(claim, &d, &f);
        let got: Vec<_> = c.answers.iter().filter(|a| a.verdict.is_some()).collect();
        if got.len() != want.len() {
            failures.push(format!(
                "{claim}: {} numbers checked, want {}",
                got.len(),
                want.len()
            ));
            continue;
        }
        for (a, (v, shown, source)) in got.iter().zip(want.iter()) {
            let best = a.best.as_ref();
            let ok = a.verdict == Some(*v)
                && (shown.is_empty()
                    || best.is_some_and(|b| b.shown.trim_start_matches("at least ") == *shown))
                && (source.is_empty() || best.is_some_and(|b| b.source == *source))
                && (*v != N || best.is_none());
            if !ok {
                failures.push(format!(
                    "{claim} [{}]: got {:?} {:?} — {}; want {v:?} {shown} {source}",
                    a.reading.text,
                    a.verdict,
                    best.map(|b| (&b.shown, &b.source)),
                    a.why
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} claims wrong:\n{}",
        failures.len(),
        CLAIMS.len(),
        failures.join("\n")
    );
}

#[test]
fn contradictions_say_what_the_report_says() {
    let (d, f) = setup();
    let c = check("Louisiana had the highest rate, 8.2%", &d, &f);
    let why = &c.answers[0].why;
    assert!(
        why.contains("the Virgin Islands, 28.3%")
            && why.contains("14.5%")
            && why.contains("alternative"),
        "{why}"
    );
    let c = check(
        "Women made up 1.6% of the people in restricted housing",
        &d,
        &f,
    );
    assert!(
        c.answers[0].why.contains("2.4%") && c.answers[0].why.contains("1,458 of 60,507"),
        "{}",
        c.answers[0].why
    );
    // The Utah 1.6% printed beside seven women is another candidate, never the decider.
    assert!(c.answers[0].others.iter().any(|o| o.shown == "1.6%"));
    let c = check("83,897 people were held in solitary confinement", &d, &f);
    assert!(
        c.answers[0].why.contains("16 hours") && c.answers[0].why.contains("67,442"),
        "{}",
        c.answers[0].why
    );
}

#[test]
fn a_percent_never_matches_a_count() {
    let (d, f) = setup();
    for claim in [
        "45% of men in restricted housing were Black",
        "Texas: 45%",
        "45 percent",
    ] {
        for a in check(claim, &d, &f).answers {
            for b in a.best.iter().chain(a.others.iter()) {
                assert!(b.shown.ends_with('%'), "{claim}: {b:?}");
            }
        }
    }
}

#[test]
fn context_numbers_are_read_but_not_judged_and_order_is_kept() {
    let (d, f) = setup();
    let c = check("In 2015, more than 80,000 people were held 16 hours a day for 15 days, per Table 3 on p. 25.", &d, &f);
    let roles: Vec<_> = c
        .answers
        .iter()
        .map(|a| (a.reading.text.as_str(), a.verdict))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("2015", None),
            ("80,000", Some(S)),
            ("16", None),
            ("15", None),
            ("3", None),
            ("25", None)
        ]
    );
}

#[test]
fn any_paste_gets_an_answer_quickly() {
    let (d, f) = setup();
    let article = "Solitary confinement 🔒 remains common. \u{200F}According to the report, 67,442 people \u{200E}were held; Texas held 5,832; 1e9; ½; one in twenty; 67 442; 67.442; COVID19.\n".repeat(400);
    let t = std::time::Instant::now();
    let c = check(&article, &d, &f);
    assert!(t.elapsed().as_secs_f64() < 5.0, "{:?}", t.elapsed());
    assert_eq!(c.answers.len(), survey::checks::claim_text::MAX_NUMBERS);
    assert!(
        c.notes.iter().any(|n| n.contains("characters")),
        "{:?}",
        c.notes
    );
    assert!(
        c.notes.iter().any(|n| n.contains("not checked")),
        "{:?}",
        c.notes
    );
    assert!(check("", &d, &f).answers.is_empty());
    let c = check("no numbers here, only words", &d, &f);
    assert!(c.answers.is_empty() && !c.notes.is_empty());
    for weird in [
        "\u{202E}٣٤٥",
        "9".repeat(400).as_str(),
        "1e999",
        "%%%",
        "1,,2..3",
        "½½½",
        "one in one",
        "1 in 0",
    ] {
        let _ = check(weird, &d, &f);
    }
}
