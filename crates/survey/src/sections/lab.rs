//! The definition lab: a guided walk from the survey's definition, changing one thing at a time.

use crate::engine::definition::{Definition, Denominator, Hours, Stay};
use crate::engine::{difference, Difference, Engine, Summary};

/// One step of the walk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// Short title.
    pub title: &'static str,
    /// The definition before the change.
    pub from: Definition,
    /// The definition after it.
    pub to: Definition,
    /// One plain sentence on why it matters.
    pub why: &'static str,
    /// Teacher notes: what the step shows.
    pub shows: &'static str,
    /// Teacher notes: the usual misreading, and the answer to it.
    pub misreading: &'static str,
}

const D: Definition = Definition {
    hours: Hours::H22,
    stay: Stay::D15,
    denominator: Denominator::Reporting,
    population: crate::engine::definition::Population::All,
    alternatives: false,
};

/// The steps, in order.
pub const STEPS: [Step; 8] = [
    Step { title: "Start from the survey's definition", from: D, to: D,
        why: "The survey counted people held in their cells 22 hours or more a day for 15 consecutive days or more — the UN Mandela Rules' line for prolonged solitary confinement.",
        shows: "The baseline: 67,442 people in 48 jurisdictions, the count every later step is measured against.",
        misreading: "“67,442 is everyone in solitary in the US.” It is not: jails, Maine, four states without a usable count and the territories are outside it (pp. 6, 20, endnote 166)." },
    Step { title: "Lower the line to 20 hours a day", from: D, to: Definition { hours: Hours::H20, ..D },
        why: "Someone let out for two or three hours a day is not counted at 22 hours, though their day is hardly different. The report itself asks why 22 hours should be the line.",
        shows: "Two hours of difference in the line adds 11,827 people, from 17 jurisdictions — most of them in California, where many people got a little more than two hours out some days.",
        misreading: "“These people are not really isolated.” The report counts them separately precisely because their days are hardly different (p. 24); the 14 jurisdictions that could not answer add nothing, so the new total is a minimum." },
    Step { title: "Lower it again, to 16 hours a day", from: Definition { hours: Hours::H20, ..D }, to: Definition { hours: Hours::H16, ..D },
        why: "Only 34 jurisdictions answered the 16–21-hour questions, so this total is a minimum: the other 14 could only give their 22-hour count.",
        shows: "Another 4,628 people, from 13 jurisdictions, held 16–19 hours a day; the total is now “at least 83,897”, the report's own figure (p. 24).",
        misreading: "“At least” is not a hedge: 14 jurisdictions simply did not report the 16–21 hour bands, so their real count under this line is unknown." },
    Step { title: "Back to 22 hours; count stays of a month or more", from: D, to: Definition { stay: Stay::M1, ..D },
        why: "Lengths of stay come from Table 4, which 41 jurisdictions answered: the seven that did not (Alabama, Georgia, Illinois, Michigan, Missouri, New Hampshire, New Mexico) drop out with their 11,692 people — about half of the fall.",
        shows: "The drop has two parts of similar size: 11,692 people leave because seven jurisdictions gave no lengths of stay at all, and 11,006 because stays of 15 days to a month no longer count.",
        misreading: "“A third of people in solitary leave within a month.” About half of this drop is missing data, not shorter stays; in 12 jurisdictions Table 4 does not even add up to Table 2 (see the audit)." },
    Step { title: "Count stays of a year or more", from: Definition { stay: Stay::M1, ..D }, to: Definition { stay: Stay::Y1, ..D },
        why: "Thousands of people had been held in restricted housing for more than a year: far beyond the 15 days the Mandela Rules treat as prolonged.",
        shows: "13,041 people had been held a year or more — the count falls in every one of the 41 jurisdictions that reported stays.",
        misreading: "“Long stays are rare.” A year is more than 24 times the Mandela Rules' 15 days, and this count leaves out the seven jurisdictions without stay data." },
    Step { title: "Count stays of six years or more", from: Definition { stay: Stay::Y1, ..D }, to: Definition { stay: Stay::Y6, ..D },
        why: "Some people had been isolated for six years or more when the survey was taken.",
        shows: "2,933 people had been isolated for six years or more; Texas alone held 1,587 of them.",
        misreading: "“These are old cases that no longer happen.” They were in restricted housing on the survey date in fall 2015." },
    Step { title: "Change the denominator: the whole prison system", from: D, to: Definition { denominator: Denominator::Total, ..D },
        why: "The count does not change, but seven jurisdictions' percentages do: the report divides by the population of the facilities that reported, not by everyone in custody.",
        shows: "The count stays at 67,442, but seven percentages move: the Virgin Islands from 28.3% to 19.6%, Louisiana from 14.5% to 7.4%.",
        misreading: "“Louisiana cut solitary by half.” Nothing changed but the denominator: the report divides by the population of the facilities that reported (the asterisks in Table 2, p. 21)." },
    Step { title: "Remember who could not report", from: D, to: Definition { hours: Hours::H16, ..D },
        why: "Maine did not respond, four states gave no usable count, and 14 jurisdictions could not report the 16–21-hour bands: every total here is a floor, not a ceiling.",
        shows: "Widening the line to 16 hours adds 16,455 people in 23 jurisdictions, while 14 jurisdictions stay at their 22-hour count and five have no count at all.",
        misreading: "“The survey found 83,897 people, so that is the number.” It is a floor: Maine did not respond, Arkansas, Rhode Island, West Virginia and Nevada gave no usable count (endnote 165), and 14 could not report the 16–21 hour bands." },
];

/// A discussion question for the handout, answered from the report's text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Question {
    /// The question.
    pub question: &'static str,
    /// The answer, in our words, from the report.
    pub answer: &'static str,
    /// Where the report says it.
    pub source: &'static str,
}

/// The three discussion questions every handout carries.
pub const QUESTIONS: [Question; 3] = [
    Question {
        question: "Why does the survey count stays of 15 days or more?",
        answer: "Because many prison systems and the UN's Nelson Mandela Rules (adopted December 2015) treat solitary confinement beyond 15 consecutive days as “prolonged”, a form of degrading treatment. The 2014 survey had asked about 30 days.",
        source: "pp. 13, 17, 71; endnote 150",
    },
    Question {
        question: "Why 22 hours a day, and not 20 or 16?",
        answer: "The Mandela Rules define solitary confinement as 22 hours or more in-cell without meaningful contact, and the 2014 survey found 89% of people in administrative segregation were in-cell 22 hours or more. The report itself asks whether a move to 21 hours would change anything: 16,455 more people were held 16–21 hours a day.",
        source: "pp. 13, 17, 24, 71",
    },
    Question {
        question: "Who is missing from the count?",
        answer: "Maine did not respond; Arkansas, Rhode Island and West Virginia gave no number and Nevada's did not add up (endnote 165); 14 jurisdictions could not report the 16–21 hour bands and 7 gave no lengths of stay. Jails and the territories were not surveyed. Every total is a floor.",
        source: "pp. 6, 20, 24; endnotes 165–166",
    },
];

/// A lesson: a run of steps a class goes through, with its own printable handout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lesson {
    /// Title.
    pub title: &'static str,
    /// One sentence: what the class learns.
    pub aim: &'static str,
    /// The steps it covers (indices into [`STEPS`]).
    pub steps: &'static [usize],
}

/// The lessons, in order: the whole walk, then each question on its own.
pub const LESSONS: [Lesson; 4] = [
    Lesson {
        title: "How a definition decides who is “in solitary”",
        aim: "The whole walk: hours, length of stay, the denominator and who could not report.",
        steps: &[0, 1, 2, 3, 4, 5, 6, 7],
    },
    Lesson {
        title: "How many hours make solitary?",
        aim: "Moving the line from 22 to 20 and 16 hours a day, and what “at least” means.",
        steps: &[0, 1, 2, 7],
    },
    Lesson {
        title: "How long is too long?",
        aim: "Stays of a month, a year and six years against the Mandela Rules' 15 days — and the data that is missing.",
        steps: &[0, 3, 4, 5],
    },
    Lesson {
        title: "Out of how many?",
        aim: "The same people divided by a different population: why a percentage can halve while nothing changes.",
        steps: &[0, 6],
    },
];

/// A step computed: both summaries and their difference.
#[derive(Debug, Clone, PartialEq)]
pub struct StepResult {
    /// Before.
    pub from: Summary,
    /// After.
    pub to: Summary,
    /// The change.
    pub difference: Difference,
}

/// Computes step `i` (clamped to the last step).
pub fn run(engine: &Engine, i: usize) -> (usize, StepResult) {
    let i = i.min(STEPS.len() - 1);
    let s = STEPS[i];
    let (from, to) = (engine.compute(&s.from), engine.compute(&s.to));
    let difference = difference(&from, &to);
    (
        i,
        StepResult {
            from,
            to,
            difference,
        },
    )
}

/// Computes step `i` (clamped) and takes its change apart.
pub fn run_decomposed(
    engine: &Engine,
    i: usize,
) -> (usize, crate::engine::decompose::Decomposition) {
    let (i, r) = run(engine, i);
    (i, crate::engine::decompose::decompose(&r.from, &r.to))
}

/// The step one key press moves to from `i` (`forward`, or back), or `None` at either end.
/// Resolved against the step the walk is on when the key arrives, not the one drawn when the
/// key's handler was made: two presses before a redraw move two steps, and a press that lands
/// between a redraw and its effects never acts on a step the reader has already left.
pub fn step_from(i: usize, forward: bool) -> Option<usize> {
    let i = i.min(STEPS.len() - 1);
    if forward {
        (i + 1 < STEPS.len()).then_some(i + 1)
    } else {
        i.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_moves_one_step_and_stops_at_either_end() {
        assert_eq!(step_from(0, true), Some(1));
        assert_eq!(step_from(2, false), Some(1));
        assert_eq!(step_from(0, false), None);
        assert_eq!(step_from(STEPS.len() - 1, true), None);
        // A step past the end (from a hand-edited address) is read as the last, as `run` does.
        assert_eq!(step_from(99, false), Some(STEPS.len() - 2));
        assert_eq!(step_from(99, true), None);
    }
}
