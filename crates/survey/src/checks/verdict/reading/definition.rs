//! The definition a clause names: hours a day in-cell (a band "16 to 21 hours", a threshold
//! "16 hours" or the words "twenty-two hours") and a minimum stay ("15 days", "six months or
//! more", "more than a year").

use crate::checks::claim_text::{Reading, Role, Text};
use crate::engine::definition::Stay;

use super::super::terms::HoursSpec;

/// The hours `from..to` names, if any: a band "16 to 21 hours" / "16-21 hours", a threshold
/// "16 hours" (read as the survey's bands: 22+, 20+, 16+), or the words.
pub fn hours_in(text: &Text, from: usize, to: usize) -> Option<HoursSpec> {
    let has = |w: &str| text.has(from, to, w);
    let mut hours = None;
    let hour_readings: Vec<&Reading> = text
        .readings
        .iter()
        .filter(|r| r.at >= from && r.at < to && r.role == Role::Hours)
        .collect();
    if hour_readings.len() >= 2 {
        let (a, b) = (hour_readings[0].value as u8, hour_readings[1].value as u8);
        let between = text.slice(hour_readings[0].at, hour_readings[1].at);
        if b > a
            && (between.contains(" to ") || between.contains('-') || between.contains(" and "))
            && b < 22
        {
            hours = Some(HoursSpec::Band(a, b));
        }
    }
    if hours.is_none() {
        if let Some(r) = hour_readings.first() {
            let v = r.value as u8;
            hours = Some(match v {
                22..=24 => HoursSpec::AtLeast(22),
                20..=21 => HoursSpec::AtLeast(20),
                16..=19 => HoursSpec::AtLeast(16),
                _ => HoursSpec::AtLeast(v),
            });
        }
    }
    if hours.is_none() {
        for (w, h) in [
            ("sixteen hours", 16),
            ("twenty hours", 20),
            ("twenty-two hours", 22),
            ("twenty-three hours", 22),
        ] {
            if has(w) {
                hours = Some(HoursSpec::AtLeast(h));
            }
        }
    }
    hours
}

/// The minimum stay `from..to` names, if any: the last number read as a stay with its unit, else
/// the first phrase that names one.
pub fn stay_in(text: &Text, from: usize, to: usize) -> Option<Stay> {
    let has = |w: &str| text.has(from, to, w);
    let stay_readings: Vec<&Reading> = text
        .readings
        .iter()
        .filter(|r| r.at >= from && r.at < to && r.role == Role::Stay)
        .collect();
    let mut stay = None;
    for r in stay_readings {
        // The unit is the word right after the number ("15 days to one month" is days).
        let unit = text.slice(
            r.at + r.text.chars().count(),
            r.at + r.text.chars().count() + 24,
        );
        let unit: String = unit
            .trim_start_matches([' ', '-'])
            .trim_start_matches("or more ")
            .trim_start_matches("consecutive ")
            .trim_start_matches("continuous ")
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let v = r.value;
        stay = Some(if unit.contains("year") {
            if v >= 6.0 {
                Stay::Y6
            } else if v >= 3.0 {
                Stay::Y3
            } else {
                Stay::Y1
            }
        } else if unit.contains("month") {
            if v >= 12.0 {
                Stay::Y1
            } else if v >= 6.0 {
                Stay::M6
            } else if v >= 3.0 {
                Stay::M3
            } else {
                Stay::M1
            }
        } else {
            Stay::D15
        });
    }
    if stay.is_none() {
        for (w, s) in [
            ("a year or more", Stay::Y1),
            ("more than a year", Stay::Y1),
            ("over a year", Stay::Y1),
            ("at least a year", Stay::Y1),
            ("longer than a year", Stay::Y1),
            ("a year or longer", Stay::Y1),
            ("one year or more", Stay::Y1),
            ("one year or longer", Stay::Y1),
            ("a year or more", Stay::Y1),
            ("three years or more", Stay::Y3),
            ("more than three years", Stay::Y3),
            ("three years or longer", Stay::Y3),
            ("six years or more", Stay::Y6),
            ("more than six years", Stay::Y6),
            ("six years or longer", Stay::Y6),
            ("six months or more", Stay::M6),
            ("more than six months", Stay::M6),
            ("three months or more", Stay::M3),
            ("a month or more", Stay::M1),
            ("more than a month", Stay::M1),
        ] {
            if has(w) {
                stay = Some(s);
                break;
            }
        }
    }
    stay
}
