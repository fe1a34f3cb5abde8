//! Claims outside the report's reach, "Not in the report" before any figure is looked at: about
//! another country, a jail or detention; about a year other than 2014–16; or about a system that
//! did not respond to the survey.

use super::super::reading::Context;
use super::answer::{Answer, Verdict};
use super::candidates::Candidates;

/// The answer when the number's clause is outside the report's reach.
pub fn outside_the_report(c: &Candidates, ctx: &Context) -> Option<Answer> {
    let outside = |why: String| Some(Answer::judged(c.r, Verdict::NotInReport, why, None, vec![]));
    // Outside the report's reach: another country, a jail, detention.
    if let (Some(place), None) = (ctx.elsewhere, &c.slot.who) {
        return outside(format!("The claim is about {place}; the report counts people held by U.S. state and federal prison systems only (not jails, detention centres or other countries)."));
    }
    // Outside the report's time: a year other than 2015–16 in the sentence.
    if let Some(y) = ctx.years.iter().find(|y| !(2014..=2016).contains(*y)) {
        return outside(format!("The claim is about {y}; the report counts the fall of 2015 (with a few updates to August 2016). Later surveys are on the About page."));
    }
    if let Some(code) = &c.slot.who {
        if c.data.jurisdiction(code).is_some_and(|j| !j.responded) {
            return outside(format!(
                "{} did not respond to the survey; the report has no figures for it.",
                c.name(code)
            ));
        }
    }
    None
}
