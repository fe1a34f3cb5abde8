//! The words that frame an explorer export: what the measure is, what the percents are of, and
//! the source line with the tables behind the definition and the data version.

use crate::engine::explore::Measure;
use crate::engine::Summary;

pub(super) fn source_line(s: &Summary) -> String {
    let tables = crate::checks::provenance::tables_for(&s.definition)
        .iter()
        .map(|(t, p)| format!("Table {t}, p. {p}"))
        .collect::<Vec<_>>()
        .join("; ");
    format!(
        "Source: ASCA–Liman (ASCA and the Liman Program, Yale Law School), Aiming to Reduce Time-In-Cell (2016), {tables}. Figures as of fall 2015. Chart: Time-In-Cell Explorer, data version {}.",
        crate::export::view_csv::fingerprint()
    )
}

pub(super) fn measure_words(m: Measure) -> &'static str {
    match m {
        Measure::Percent => "Percent of the custodial population",
        Measure::Count => "Number of people",
    }
}

pub(super) fn capital(s: &str) -> String {
    let mut c = s.chars();
    // The app's own words start with ASCII letters: ASCII case mapping keeps Unicode's case
    // tables out of the bundles (issue 13).
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// and saying one under a count reads as if the figures were percents).
pub(super) fn denominator_words(s: &Summary, measure: Measure) -> String {
    use crate::engine::definition::{Denominator, Population};
    if measure == Measure::Count {
        return String::new();
    }
    match (s.definition.population, s.definition.denominator) {
        (Population::All, Denominator::Total) => {
            "; percents of each system's total custodial population".into()
        }
        _ => "; percents of the custodial population of the facilities that reported".into(),
    }
}
