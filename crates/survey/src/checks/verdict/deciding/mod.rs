//! Deciding: the verdicts. [`check`] goes through a text's numbers, reading each clause once
//! (a clause that names no definition takes the one of the clause it continues); for each number,
//! the rules match its slot against the fact table by meaning and value, trying ranks, the
//! claim's own definition, a wider definition, a contradiction, an exact printed value and "not
//! in the report" in that order, and the [`Answer`] says why.
//!
//! - `answer`: what a check returns ([`Verdict`], [`Answer`], [`Check`]);
//! - `check`: [`check`], clause by clause;
//! - `wording`: how an answer names a jurisdiction, a definition and a figure;
//! - `fit`: whether a fact's value and definition fit a number's;
//! - `candidates`: the facts a number could be, and the one that decides it;
//! - `scope`: claims outside the report (another country, another year, a system that did not
//!   respond);
//! - `ranks`: "the highest" and "the lowest";
//! - `rules`: the verdict rules, in order.

mod answer;
mod candidates;
mod check;
mod fit;
mod ranks;
mod rules;
mod scope;
mod wording;

pub use answer::{Answer, Check, Verdict};
pub use check::check;
pub use wording::display_name;
