//! Reading a pasted claim: every number in it (numerals with any separator, "1e9", "½", "one in
//! twenty", "2.3 million"), what role it plays (a claimed figure, a year, an hours/days threshold, a
//! page reference) and the words around it (who, what, which definition, which qualifier).
//! Linear in the text's length; at most [`MAX_CHARS`] characters and [`MAX_NUMBERS`] numbers.

/// Characters read from a paste; the rest is reported as not read.
pub const MAX_CHARS: usize = 20_000;
/// Numbers checked from a paste; later ones are reported as not checked.
pub const MAX_NUMBERS: usize = 60;

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Form {
    /// A count or other plain number.
    Plain,
    /// A percent ("4.9%", "5 percent").
    Percent,
    /// A proportion written as words or a fraction ("one in twenty", "½"), as a percent with bounds.
    Ratio {
        /// Smallest percent the words allow.
        lo: f64,
        /// Largest percent the words allow.
        hi: f64,
    },
}

/// What a number is doing in the sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Role {
    /// A figure the claim asserts: gets a verdict.
    Figure,
    /// A year ("2015").
    Year,
    /// Hours a day in-cell ("16 hours").
    Hours,
    /// A length of stay ("15 days", "a year").
    Stay,
    /// An age ("aged 50 or older").
    Age,
    /// A reference to the report itself ("Table 2", "p. 23", "endnote 171").
    Reference,
}

/// Words before a number that loosen or bound it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// None: the number as written, at its precision.
    None,
    /// "about", "around", "roughly", "some".
    About,
    /// "nearly", "almost", "close to".
    Nearly,
    /// "more than", "over".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "fewer than", "less than", "under".
    LessThan,
}

impl Qualifier {
    /// The words, for messages.
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::None => "",
            Qualifier::About => "about ",
            Qualifier::Nearly => "nearly ",
            Qualifier::MoreThan => "more than ",
            Qualifier::AtLeast => "at least ",
            Qualifier::LessThan => "fewer than ",
        }
    }
}

/// One number found in a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// As written (after dropping invisible characters).
    pub text: String,
    /// Character offset in the cleaned text.
    pub at: usize,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
    /// Its value (percents in percent points).
    pub value: f64,
    /// Half the width of its precision ("67,000" → 500; "4.9%" → 0.05).
    pub half: f64,
    /// How it is written.
    pub form: Form,
    /// What it does in the sentence.
    pub role: Role,
    /// Words before it.
    pub qualifier: Qualifier,
    /// How it was read, when not obvious ("read 67.442 as 67,442").
    pub note: Option<String>,
}

/// A pasted text, cleaned and split.
#[derive(Debug, Clone)]
pub struct Text {
    /// The cleaned characters.
    pub chars: Vec<char>,
    /// The same, ASCII-lowercased (same length, so offsets agree).
    pub lower: Vec<char>,
    /// Sentence spans (start, end) in characters. A sentence of two clauses joined by "while",
    /// "whereas", "but", "although" or "compared with" is two spans, so that what one clause says
    /// (who, men or women) does not leak into the other.
    pub sentences: Vec<(usize, usize)>,
    /// For each span: true when it is a clause continuing the span before it (same sentence), so
    /// that it may share that clause's definition when it names none of its own.
    pub continues: Vec<bool>,
    /// Every number, in order (at most [`MAX_NUMBERS`]).
    pub readings: Vec<Reading>,
    /// What was not read or not understood, in plain words.
    pub notes: Vec<String>,
}

fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

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
    /// True when `needle` (lowercase ASCII) occurs in `lower[from..to]` starting at a word boundary.
    pub fn has(&self, from: usize, to: usize, needle: &str) -> bool {
        self.find(from, to, needle).is_some()
    }

    /// Offset of the first `needle` in `lower[from..to]` starting and ending at word boundaries.
    pub fn find(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        let n: Vec<char> = needle.chars().collect();
        let to = to.min(self.lower.len());
        if n.is_empty() || to < n.len() {
            return None;
        }
        (from..=to - n.len()).find(|&i| {
            self.lower[i..i + n.len()] == n[..]
                && (i == 0 || !self.lower[i - 1].is_alphanumeric())
                && self
                    .lower
                    .get(i + n.len())
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// The lowercase text of `lower[from..to]`.
    pub fn slice(&self, from: usize, to: usize) -> String {
        self.lower[from.min(self.lower.len())..to.min(self.lower.len())]
            .iter()
            .collect()
    }

    /// Reads a pasted text.
    pub fn read(input: &str) -> Text {
        let mut notes = Vec::new();
        let total = input.chars().count();
        let mut chars: Vec<char> = input
            .chars()
            .take(MAX_CHARS)
            .filter(|c| !invisible(*c))
            .collect();
        if total > MAX_CHARS {
            notes.push(format!(
                "Only the first {MAX_CHARS} characters were read ({total} pasted)."
            ));
        }
        for c in chars.iter_mut() {
            // Typographic dashes and quotes read as their plain forms.
            *c = match *c {
                '\u{2010}'..='\u{2014}' | '\u{2212}' => '-',
                '\u{2018}' | '\u{2019}' => '\'',
                other => other,
            };
        }
        let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
        let (sentences, continues) = split_sentences(&chars, &lower);
        let mut t = Text {
            chars,
            lower,
            sentences,
            continues,
            readings: Vec::new(),
            notes,
        };
        t.scan();
        t
    }

    fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .iter()
            .position(|(s, e)| at >= *s && at < *e)
            .unwrap_or(self.sentences.len().saturating_sub(1))
    }

    fn scan(&mut self) {
        let n = self.chars.len();
        let mut i = 0;
        let mut skipped = 0usize;
        let mut out: Vec<Reading> = Vec::new();
        while i < n {
            let c = self.chars[i];
            let at_word = i == 0 || !self.chars[i - 1].is_alphanumeric();
            let reading = if c.is_ascii_digit() && at_word {
                self.numeral(i)
            } else if let (Some(f), true) = (fraction(c), at_word) {
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
                        note: Some(format!("read {c} as {}%", f * 100.0)),
                    },
                    i + 1,
                ))
            } else if c.is_alphabetic() && at_word {
                self.ratio_words(i)
            } else {
                None
            };
            match reading {
                Some((mut r, end)) => {
                    if out.len() < MAX_NUMBERS {
                        r.sentence = self.sentence_of(r.at);
                        r.qualifier = self.qualifier(r.at);
                        if r.form == Form::Plain && r.role == Role::Figure {
                            r.role = self.role(&r, end);
                        }
                        out.push(r);
                    } else {
                        skipped += 1;
                    }
                    i = end.max(i + 1);
                }
                None => {
                    if c.is_ascii_digit() {
                        // Digits glued to letters ("COVID19", "B2") are not figures.
                        while i < n && self.chars[i].is_alphanumeric() {
                            i += 1;
                        }
                    } else if c.is_alphabetic() {
                        while i < n && self.chars[i].is_alphabetic() {
                            i += 1;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
        }
        if skipped > 0 {
            self.notes.push(format!(
                "{skipped} more numbers were not checked (at most {MAX_NUMBERS} per paste)."
            ));
        }
        self.readings = out;
    }

    /// A numeral starting at `i`: digits with thousands separators (",", ".", spaces), decimals,
    /// an exponent, a trailing fraction, and what follows (%, percent, million).
    fn numeral(&self, i: usize) -> Option<(Reading, usize)> {
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
        let mut value: f64 = format!("{int}.{}", if frac.is_empty() { "0" } else { &frac })
            .parse()
            .ok()?;
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
        let den = if let Ok(d) = word.parse::<f64>() {
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
    fn ratio_words(&self, i: usize) -> Option<(Reading, usize)> {
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

    fn qualifier(&self, at: usize) -> Qualifier {
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
    fn role(&self, r: &Reading, end: usize) -> Role {
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

/// Words that open a second clause after a comma (or, for the first two, without one).
const CLAUSE_OPENERS: [&str; 8] = [
    " while ",
    " whereas ",
    ", but ",
    ", although ",
    ", though ",
    ", compared with ",
    ", compared to ",
    ", and while ",
];

/// Sentence spans: ends at . ! ? ; or a line break, but not inside "4.9", "U.S." or "D.C.";
/// clauses (see [`CLAUSE_OPENERS`]) are spans of their own, flagged as continuing.
fn split_sentences(ch: &[char], lower: &[char]) -> (Vec<(usize, usize)>, Vec<bool>) {
    let mut out = Vec::new();
    let mut continues = Vec::new();
    let mut start = 0;
    let mut joined = false;
    let opens_clause = |i: usize| {
        CLAUSE_OPENERS.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            lower.get(i..i + w.len()) == Some(&w[..])
        })
    };
    for i in 0..ch.len() {
        let c = ch[i];
        let end = match c {
            '!' | '?' | ';' | '\n' => true,
            '.' => {
                let next = ch.get(i + 1);
                let prev = i.checked_sub(1).map(|p| ch[p]);
                let decimal = next.is_some_and(|c| c.is_ascii_digit());
                // "U.S." / "D.C." / "p. 23": a single letter before the period.
                let initial = prev.is_some_and(|p| p.is_alphabetic())
                    && i.checked_sub(2).is_none_or(|p| !ch[p].is_alphabetic());
                !decimal && !initial
            }
            _ => false,
        };
        if end {
            out.push((start, i + 1));
            continues.push(joined);
            start = i + 1;
            joined = false;
        } else if i > start && opens_clause(i) {
            out.push((start, i));
            continues.push(joined);
            start = i;
            joined = true;
        }
    }
    if start < ch.len() || out.is_empty() {
        out.push((start, ch.len()));
        continues.push(joined);
    }
    (out, continues)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str) -> Vec<(f64, Role)> {
        Text::read(s)
            .readings
            .iter()
            .map(|r| (r.value, r.role))
            .collect()
    }

    #[test]
    fn clauses_are_spans_of_their_own() {
        let t = Text::read(
            "Louisiana had the highest rate, 8.2%, while women made up 1.6%. Texas held 5,832.",
        );
        assert_eq!(t.sentences.len(), 3);
        assert_eq!(t.continues, vec![false, true, false]);
        assert_eq!(t.readings[0].sentence, 0);
        assert_eq!(t.readings[1].sentence, 1);
        assert_eq!(t.readings[2].sentence, 2);
        // No opener, no split: "a while" is not a clause.
        assert_eq!(
            Text::read("For a while, 5,832 were held").sentences.len(),
            1
        );
    }

    #[test]
    fn separators_exponents_fractions_and_words() {
        assert_eq!(values("67 442 people"), vec![(67442.0, Role::Figure)]);
        assert_eq!(values("67.442 people"), vec![(67442.0, Role::Figure)]);
        assert_eq!(values("67,442 people"), vec![(67442.0, Role::Figure)]);
        assert_eq!(values("1e9 people"), vec![(1e9, Role::Figure)]);
        assert_eq!(values("½ of them"), vec![(50.0, Role::Figure)]);
        assert_eq!(values("one in twenty"), vec![(5.0, Role::Figure)]);
        assert_eq!(values("2.3 million"), vec![(2.3e6, Role::Figure)]);
        assert_eq!(values("4.9 percent"), vec![(4.9, Role::Figure)]);
        assert_eq!(
            values("in 2015, held 16 hours a day for 15 days, aged 50 or older, Table 2"),
            vec![
                (2015.0, Role::Year),
                (16.0, Role::Hours),
                (15.0, Role::Stay),
                (50.0, Role::Age),
                (2.0, Role::Reference)
            ]
        );
        assert_eq!(values("COVID19 and B52"), vec![]);
    }

    #[test]
    fn invisible_marks_are_dropped_and_sentences_split() {
        let t = Text::read("\u{200F}Texas held 5,832.\u{200E} The U.S. figure was 4.9%.");
        assert_eq!(t.readings.len(), 2);
        assert_eq!(t.sentences.len(), 2);
        assert_eq!(t.readings[1].sentence, 1);
        assert_eq!(t.readings[0].text, "5,832");
    }

    #[test]
    fn qualifiers() {
        let q = |s: &str| Text::read(s).readings[0].qualifier;
        assert_eq!(q("more than 80,000"), Qualifier::MoreThan);
        assert_eq!(q("nearly 5%"), Qualifier::Nearly);
        assert_eq!(q("at least 83,897"), Qualifier::AtLeast);
        assert_eq!(q("about 67,000"), Qualifier::About);
        assert_eq!(q("67,000"), Qualifier::None);
    }
}
