//! The words for a change: each part's label and explanation, and a definition's short label.

use crate::engine::definition::{Definition, Denominator, Hours, Population, Stay};

use super::parts::PartKind;

fn band_words(from: Hours, to: Hours) -> &'static str {
    match (from.min(to), from.max(to)) {
        (Hours::H22, Hours::H20) => "20–21 hours a day",
        (Hours::H20, Hours::H16) => "16–19 hours a day",
        _ => "16–21 hours a day",
    }
}

/// Whom a population counts, in words.
fn who(p: Population) -> &'static str {
    match p {
        Population::All => "everyone",
        Population::Men => "men",
        Population::Women => "women",
    }
}

/// `s` with its first letter in lower case.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(f.to_ascii_lowercase()).chain(c).collect(),
        None => String::new(),
    }
}

/// The label and explanation of a part for a change from `a` to `b` (`n` jurisdictions).
pub(super) fn describe(
    kind: PartKind,
    a: &Definition,
    b: &Definition,
    n: usize,
) -> (String, String) {
    let j = if n == 1 {
        "jurisdiction"
    } else {
        "jurisdictions"
    };
    let line = if a.hours != b.hours && a.stay == b.stay && a.population == b.population {
        Some(band_words(a.hours, b.hours))
    } else {
        None
    };
    match kind {
        PartKind::Left(g) => (
            format!("Drop out: {}", g.label()),
            format!("{n} {j} counted under A have no figure under B: {}. Their people leave the total without anyone being released.", lower_first(g.reason().trim_end_matches('.'))),
        ),
        PartKind::Entered(g) => (
            format!("Join: {} under A", g.label()),
            format!("{n} {j} had no figure under A ({}), but have one under B: their people join the total.", g.label()),
        ),
        PartKind::Removed => {
            let label = match line {
                Some(w) => format!("No longer counted: {w}"),
                None if b.stay > a.stay && a.hours == b.hours => "No longer counted: shorter stays".into(),
                None if a.population == Population::All && b.population != Population::All => {
                    format!("No longer counted: all but {}", who(b.population))
                }
                None => "Fewer people counted".into(),
            };
            (label, format!("{n} {j} report fewer people under B's line than under A's."))
        }
        PartKind::Added => {
            let label = match line {
                Some(w) => format!("Now counted: {w}"),
                None if b.stay < a.stay && a.hours == b.hours => "Now counted: shorter stays".into(),
                None if b.alternatives && !a.alternatives => "The report's alternative figures".into(),
                None if b.population == Population::All && a.population != Population::All => {
                    format!("Now counted: not only {}", who(a.population))
                }
                None => "More people counted".into(),
            };
            (label, format!("{n} {j} report more people under B's line than under A's."))
        }
        PartKind::TablesDisagree => (
            "Table 4 gives more than Table 2".into(),
            format!("In {n} {j} the length-of-stay bands (Table 4) add up to more people than the 15-day count (Table 2), so a longer stay shows more people; the report's figures are shown as printed."),
        ),
        PartKind::RateOnly => (
            "Same people, new percentage".into(),
            format!("{n} {j} count the same people, but divide by a different population, so their percentage moves."),
        ),
        PartKind::NotExtended => (
            "Old figure only: did not report the new band".into(),
            format!("{n} {j} did not answer Table 3, so only their 22-hour count is known: they add nothing, and the total becomes “at least”."),
        ),
    }
}

/// A short label: `22+ hours, 15+ days`, then the denominator, population and alternatives when
/// they differ from the report's.
pub fn short_label(d: &Definition) -> String {
    let stay = match d.stay {
        Stay::D15 => "15+ days",
        Stay::M1 => "1+ month",
        Stay::M3 => "3+ months",
        Stay::M6 => "6+ months",
        Stay::Y1 => "1+ year",
        Stay::Y3 => "3+ years",
        Stay::Y6 => "6+ years",
    };
    let mut s = format!("{}+ hours, {stay}", d.hours.value());
    if d.denominator == Denominator::Total {
        s.push_str(", whole system");
    }
    match d.population {
        Population::All => {}
        Population::Men => s.push_str(", men"),
        Population::Women => s.push_str(", women"),
    }
    if d.alternatives {
        s.push_str(", LA/UT alternatives");
    }
    s
}
