//! One number as written, read from where it starts: numerals with thousands separators (",",
//! "." or spaces), decimals, exponents ("1e9"), fractions ("½", "1½"), a unit after it ("%",
//! "percent", "million"), and ratios ("1 in 20", "one out of twenty") read as percents.

use super::text::{Form, Qualifier, Reading, Role, Text};

/// A space inside a number ("67 442"): plain, no-break, thin, narrow no-break or figure space.
fn space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}')
}

const SMALL: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const TENS: [(&str, u32); 7] = [
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A number written as one word ("twenty", "a hundred").
fn word_number(w: &str) -> Option<u32> {
    if let Some(i) = SMALL.iter().position(|s| *s == w) {
        return Some(i as u32);
    }
    if w == "a" {
        return Some(1);
    }
    if let Some((_, n)) = TENS.iter().find(|(s, _)| *s == w) {
        return Some(*n);
    }
    match w {
        "hundred" => Some(100),
        "thousand" => Some(1000),
        _ => None,
    }
}

/// A fraction character's value ("½" → 0.5).
fn fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅙' => 1.0 / 6.0,
        '⅛' => 0.125,
        '⅒' => 0.1,
        _ => return None,
    })
}

impl Text {
    /// A numeral starting at `i`: digits with thousands separators (",", ".", spaces), decimals,
    /// an exponent, a trailing fraction, and what follows (%, percent, million).
    pub(super) fn numeral(&self, i: usize) -> Option<(Reading, usize)> {
        let ch = &self.chars;
        let n = ch.len();
        let digits_from = |k: usize| (k..n).take_while(|&j| ch[j].is_ascii_digit()).count();
        let mut j = i + digits_from(i);
        let mut int = String::from_iter(&ch[i..j]);
        let first_group = int.len();
        let mut frac = String::new();
        let mut note = None;
        let mut sep: Option<char> = None;
        // Thousands groups: ",ddd" / ".ddd" / " ddd", all with the same separator.
        while let Some(&s) = ch.get(j) {
            let is_sep = s == ',' || s == '.' || space(s);
            if !is_sep || first_group > 3 || sep.is_some_and(|p| p != s && !(space(p) && space(s)))
            {
                break;
            }
            let k = digits_from(j + 1);
            let ends = ch.get(j + 1 + k).is_none_or(|c| !c.is_ascii_digit());
            if k != 3 || !ends {
                break;
            }
            // "1.600%" or "0.500" are decimals, not thousands.
            if s == '.' && (int == "0" || self.percent_after(j + 4).is_some()) {
                break;
            }
            // A space-grouped number needs a group of at most 3 before it ("2015 48" is two).
            sep = Some(s);
            int.extend(&ch[j + 1..j + 4]);
            j += 4;
        }
        if sep == Some('.') {
            note = Some(format!(
                "read {} as {} (periods as thousands separators)",
                String::from_iter(&ch[i..j]),
                crate::data::format::thousands(int.parse().unwrap_or(0))
            ));
        } else if sep.is_some_and(space) {
            note = Some(format!(
                "read “{}” as one number",
                String::from_iter(&ch[i..j])
            ));
        }
        // Decimals.
        if sep != Some('.')
            && ch.get(j) == Some(&'.')
            && ch.get(j + 1).is_some_and(|c| c.is_ascii_digit())
        {
            let k = digits_from(j + 1);
            frac = String::from_iter(&ch[j + 1..j + 1 + k]);
            j += 1 + k;
        }
        let mut value = crate::data::format::parse_decimal(&format!(
            "{int}.{}",
            if frac.is_empty() { "0" } else { &frac }
        ))?;
        let mut half = if frac.is_empty() {
            let zeros = int.len() - int.trim_end_matches('0').len();
            // Two or more trailing zeros read as rounding ("67,000"); "5,830" is taken as written.
            if zeros >= 2 && zeros < int.len() {
                0.5 * 10f64.powi(zeros as i32)
            } else {
                0.5
            }
        } else {
            0.5 * 10f64.powi(-(frac.len() as i32))
        };
        // Exponent: 1e9, 2.5E3.
        if matches!(ch.get(j), Some('e' | 'E')) && ch.get(j + 1).is_some_and(|c| c.is_ascii_digit())
        {
            let k = digits_from(j + 1);
            if ch.get(j + 1 + k).is_none_or(|c| !c.is_alphanumeric()) {
                let e: i32 = String::from_iter(&ch[j + 1..j + 1 + k]).parse().ok()?;
                if e > 15 {
                    return None;
                }
                value *= 10f64.powi(e);
                half *= 10f64.powi(e);
                note = Some(format!(
                    "read {} as {}",
                    String::from_iter(&ch[i..j + 1 + k]),
                    crate::data::format::thousands(value as u64)
                ));
                j += 1 + k;
            }
        }
        // A glued fraction: "1½".
        if let Some(f) = ch.get(j).and_then(|c| fraction(*c)) {
            value += f;
            half = 0.125;
            j += 1;
        }
        // Glued to letters ("19th", "3D", "B52"): not a figure, unless it is a unit we know.
        if ch.get(j).is_some_and(|c| c.is_alphabetic()) {
            let rest = self.slice(j, j + 8);
            let known = ["h ", "h.", "hr", "st ", "nd ", "rd ", "th "];
            if !known.iter().any(|k| rest.starts_with(k)) && !rest.starts_with('%') {
                return None;
            }
        }
        let text_end = j;
        let mut form = Form::Plain;
        let mut end = j;
        if let Some(len) = self.percent_after(j) {
            form = Form::Percent;
            end = j + len;
        } else {
            // "2.3 million", "80 thousand".
            let rest = self.slice(j, j + 12);
            for (w, m) in [(" million", 1e6), (" billion", 1e9), (" thousand", 1e3)] {
                if rest.starts_with(w) {
                    value *= m;
                    half *= m;
                    end = j + w.chars().count();
                    break;
                }
            }
            // "1 in 20", "1 out of 20".
            if let Some((den, len)) = self.ratio_tail(j) {
                if value > 0.0 && den > value {
                    return Some((self.ratio_reading(i, j + len, value, den), j + len));
                }
            }
        }
        let mut text = String::from_iter(&ch[i..end.max(text_end)]);
        text = text.trim_end().to_string();
        Some((
            Reading {
                text,
                at: i,
                sentence: 0,
                value,
                half,
                form,
                role: Role::Figure,
                qualifier: Qualifier::None,
                note,
            },
            end,
        ))
    }

    /// Length of "%", " %", " percent", " per cent" at `j`.
    fn percent_after(&self, j: usize) -> Option<usize> {
        let rest = self.slice(j, j + 10);
        for p in ["%", " %", " percent", "-percent", " per cent", " pct"] {
            if rest.starts_with(p) {
                let len = p.chars().count();
                if self.lower.get(j + len).is_none_or(|c| !c.is_alphanumeric()) {
                    return Some(len);
                }
            }
        }
        None
    }

    /// " in 20" / " out of twenty" after a number: the denominator and the length read.
    fn ratio_tail(&self, j: usize) -> Option<(f64, usize)> {
        let rest = self.slice(j, j + 24);
        let after = rest
            .strip_prefix(" in ")
            .or_else(|| rest.strip_prefix(" out of "))?;
        let used = rest.chars().count() - after.chars().count();
        let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        let den = if let Some(d) = crate::data::format::parse_decimal(&word) {
            d
        } else {
            word_number(&word)? as f64
        };
        if den < 2.0 {
            return None;
        }
        // "1 in 20 hours" is not a ratio.
        let tail = self.slice(j + used + word.chars().count(), j + used + word.len() + 8);
        if tail.starts_with(" hour") || tail.starts_with(" day") || tail.starts_with(" year") {
            return None;
        }
        Some((den, used + word.chars().count()))
    }

    /// "one in twenty", "two out of five" starting at a word.
    pub(super) fn ratio_words(&self, i: usize) -> Option<(Reading, usize)> {
        let word: String = self.lower[i..]
            .iter()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let num = word_number(&word).filter(|n| *n >= 1 && *n <= 20)?;
        let j = i + word.chars().count();
        let (den, len) = self.ratio_tail(j)?;
        if den <= num as f64 {
            return None;
        }
        Some((self.ratio_reading(i, j + len, num as f64, den), j + len))
    }

    /// A ratio ("1 in 20", "one in twenty") spanning `from..to`, read as a percent whose range
    /// allows for the denominator's rounding.
    fn ratio_reading(&self, from: usize, to: usize, num: f64, den: f64) -> Reading {
        let p = 100.0 * num / den;
        Reading {
            text: String::from_iter(&self.chars[from..to]),
            at: from,
            sentence: 0,
            value: p,
            half: 0.0,
            form: Form::Ratio {
                lo: 100.0 * num / (den + 0.5),
                hi: 100.0 * num / (den - 0.5),
            },
            role: Role::Figure,
            qualifier: Qualifier::None,
            note: Some(format!(
                "read as {}%",
                crate::data::format::round_half_up(p, 1)
            )),
        }
    }

    /// A lone fraction character at `i` ("½"), read as a percent give or take 2.5 points.
    pub(super) fn fraction_at(&self, i: usize) -> Option<(Reading, usize)> {
        let c = self.chars[i];
        let f = fraction(c)?;
        Some((
            Reading {
                text: c.to_string(),
                at: i,
                sentence: 0,
                value: f * 100.0,
                half: 2.5,
                form: Form::Ratio {
                    lo: f * 100.0 - 2.5,
                    hi: f * 100.0 + 2.5,
                },
                role: Role::Figure,
                qualifier: Qualifier::None,
                note: Some(format!(
                    "read {c} as {}%",
                    crate::data::format::coord(f * 100.0)
                )),
            },
            i + 1,
        ))
    }
}
