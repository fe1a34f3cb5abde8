//! How an answer names things: a jurisdiction as a sentence uses it, a definition's hours, and a
//! figure with its label and source.

use crate::data::Dataset;

use super::super::fact_table::Fact;
use super::super::terms::HoursSpec;

/// A jurisdiction's name as a sentence uses it ("the Virgin Islands", "the Federal Bureau of Prisons").
pub fn display_name(data: &Dataset, code: &str) -> String {
    match code {
        "VI" => "the Virgin Islands".into(),
        "BOP" => "the Federal Bureau of Prisons".into(),
        _ => data.name_of(code),
    }
}

pub fn hours_words(h: HoursSpec) -> String {
    match h {
        HoursSpec::AtLeast(n) => format!("{n} hours a day or more"),
        HoursSpec::Band(a, b) => format!("{a} to {b} hours a day"),
    }
}

/// A figure as shown, what it counts, and where it is printed.
pub fn describe(f: &Fact) -> String {
    format!("{} — {} ({})", f.shown, f.label, f.source)
}
