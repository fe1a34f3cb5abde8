//! The words around a number: before it, a qualifier that loosens or bounds it ("about", "more
//! than", "at least"); after it (and before), what it is doing — a year, hours a day in-cell, a
//! length of stay, an age, a reference to the report, or a figure the claim asserts.

use super::text::{Qualifier, Reading, Role, Text};

impl Text {
    /// The qualifier in the words right before offset `at`.
    pub(super) fn qualifier(&self, at: usize) -> Qualifier {
        let before = self.slice(at.saturating_sub(24), at);
        let before = before.trim_end();
        let ends = |w: &str| {
            before.ends_with(w)
                && before[..before.len() - w.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        if ["at least", "no fewer than", "no less than", "a minimum of"]
            .iter()
            .any(|w| ends(w))
        {
            Qualifier::AtLeast
        } else if [
            "more than",
            "over",
            "above",
            "upwards of",
            "in excess of",
            "exceeding",
            "greater than",
        ]
        .iter()
        .any(|w| ends(w))
        {
            Qualifier::MoreThan
        } else if ["fewer than", "less than", "under", "below", "up to"]
            .iter()
            .any(|w| ends(w))
        {
            Qualifier::LessThan
        } else if [
            "nearly",
            "almost",
            "close to",
            "just under",
            "nearly one",
            "almost one",
        ]
        .iter()
        .any(|w| ends(w))
        {
            Qualifier::Nearly
        } else if [
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "an estimated",
            "estimated",
            "circa",
            "~",
            "about one",
            "roughly one",
            "around one",
        ]
        .iter()
        .any(|w| ends(w))
        {
            Qualifier::About
        } else {
            Qualifier::None
        }
    }

    /// Year, threshold, age or reference, from the words around a plain number.
    pub(super) fn role(&self, r: &Reading, end: usize) -> Role {
        let after = self.slice(end, end + 40);
        let after = after.trim_start_matches(['-', ' ']);
        let before = self.slice(r.at.saturating_sub(14), r.at);
        let before = before.trim_end();
        let unit_after = |units: &[&str]| {
            // "16 hours", "16 or more hours", "16 to 21 hours", "22-hour"
            let mut a = after;
            for skip in [
                "or more ",
                "or longer ",
                "and more ",
                "consecutive ",
                "continuous ",
                "straight ",
            ] {
                a = a.strip_prefix(skip).unwrap_or(a);
            }
            if let Some(rest) = a.strip_prefix("to ").or_else(|| a.strip_prefix("and ")) {
                a = rest
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .trim_start_matches([' ', '-']);
            }
            units.iter().any(|u| a.starts_with(u))
        };
        if [
            "table", "chart", "p.", "pp.", "page", "pages", "endnote", "note", "footnote", "part",
            "section", "appendix",
        ]
        .iter()
        .any(|w| before.ends_with(w))
        {
            return Role::Reference;
        }
        if unit_after(&["hour", "hrs", "h ", "h.", "h,"]) {
            return Role::Hours;
        }
        if unit_after(&["day", "month", "week", "year", "yr"])
            && !after.starts_with("years old")
            && !after.starts_with("year-old")
        {
            return Role::Stay;
        }
        if after.starts_with("years old")
            || after.starts_with("year-old")
            || after.starts_with("or older")
            || after.starts_with("and older")
            || after.starts_with("or over")
            || after.starts_with("and over")
            || after.starts_with("to 49")
            || after.starts_with("and up")
            || [
                "aged",
                "age",
                "ages",
                "under",
                "over",
                "older than",
                "younger than",
            ]
            .iter()
            .any(|w| before.ends_with(w))
                && (r.value == 18.0 || r.value == 49.0 || r.value == 50.0)
        {
            return Role::Age;
        }
        let digits_only = r.text.chars().all(|c| c.is_ascii_digit());
        if digits_only && r.text.len() == 4 && (1900.0..=2100.0).contains(&r.value) {
            return Role::Year;
        }
        Role::Figure
    }
}
