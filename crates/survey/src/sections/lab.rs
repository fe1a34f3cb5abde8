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
        why: "The survey counted people held in their cells 22 hours or more a day for 15 consecutive days or more — the UN Mandela Rules' line for prolonged solitary confinement." },
    Step { title: "Lower the line to 20 hours a day", from: D, to: Definition { hours: Hours::H20, ..D },
        why: "Someone let out for two or three hours a day is not counted at 22 hours, though their day is hardly different. The report itself asks why 22 hours should be the line." },
    Step { title: "Lower it again, to 16 hours a day", from: Definition { hours: Hours::H20, ..D }, to: Definition { hours: Hours::H16, ..D },
        why: "Only 34 jurisdictions answered the 16–21-hour questions, so this total is a minimum: the other 14 could only give their 22-hour count." },
    Step { title: "Back to 22 hours; count stays of a month or more", from: D, to: Definition { stay: Stay::M1, ..D },
        why: "Lengths of stay come from Table 4, which 41 jurisdictions answered — so the count drops partly because fewer jurisdictions are counted, not only because stays are longer." },
    Step { title: "Count stays of a year or more", from: Definition { stay: Stay::M1, ..D }, to: Definition { stay: Stay::Y1, ..D },
        why: "Thousands of people had been held in restricted housing for more than a year: far beyond the 15 days the Mandela Rules treat as prolonged." },
    Step { title: "Count stays of six years or more", from: Definition { stay: Stay::Y1, ..D }, to: Definition { stay: Stay::Y6, ..D },
        why: "Some people had been isolated for six years or more when the survey was taken." },
    Step { title: "Change the denominator: the whole prison system", from: D, to: Definition { denominator: Denominator::Total, ..D },
        why: "The count does not change, but seven jurisdictions' percentages do: the report divides by the population of the facilities that reported, not by everyone in custody." },
    Step { title: "Remember who could not report", from: D, to: Definition { hours: Hours::H16, ..D },
        why: "Maine did not respond, four states gave no usable count, and 14 jurisdictions could not report the 16–21-hour bands: every total here is a floor, not a ceiling." },
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
