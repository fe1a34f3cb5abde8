//! What a reading of a claim is, and reading a paste: clean it (invisible marks dropped,
//! typographic dashes and quotes made plain), split it into sentences and clauses, then scan it
//! for numbers, each with its qualifier and role.

use super::sentences::split_sentences;

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
    /// Offsets where a word starts (an alphanumeric character with none before it), ascending:
    /// where [`Text::find`] looks for a word.
    words: Vec<usize>,
    /// What was not read or not understood, in plain words.
    pub notes: Vec<String>,
}

/// Zero-width and direction marks and soft hyphens: dropped before reading.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

impl Text {
    /// True when `needle` (lowercase ASCII) occurs in `lower[from..to]` starting at a word boundary.
    pub fn has(&self, from: usize, to: usize, needle: &str) -> bool {
        self.find(from, to, needle).is_some()
    }

    /// Offset of the first `needle` in `lower[from..to]` starting and ending at word boundaries.
    /// Called for every name and term a reading looks for, so it allocates nothing for an ASCII
    /// needle (the claim check's fact table reads about a thousand of the report's statements).
    pub fn find(&self, from: usize, to: usize, needle: &str) -> Option<usize> {
        if needle.is_ascii() {
            return self.find_ascii(from, to, needle.as_bytes());
        }
        let n: Vec<char> = needle.chars().collect();
        let to = to.min(self.lower.len());
        if n.is_empty() || to < n.len() {
            return None;
        }
        (from..=to - n.len())
            .find(|&i| self.lower[i..i + n.len()] == n[..] && self.bounded(i, n.len()))
    }

    /// [`Text::find`] for an ASCII needle, compared byte by character.
    fn find_ascii(&self, from: usize, to: usize, n: &[u8]) -> Option<usize> {
        let to = to.min(self.lower.len());
        if n.is_empty() || to < n.len() {
            return None;
        }
        let first = char::from(n[0]);
        let at = |i: usize| {
            self.lower[i] == first
                && self.lower[i + 1..i + n.len()]
                    .iter()
                    .zip(&n[1..])
                    .all(|(c, b)| *c == char::from(*b))
                && self.bounded(i, n.len())
        };
        let last = to - n.len();
        if first.is_alphanumeric() {
            // Only a word's first character can start a word: visit those alone.
            self.words_in(from, last + 1).find(|&i| at(i))
        } else {
            (from..=last).find(|&i| at(i))
        }
    }

    /// The offsets in `from..to` where a word starts, ascending.
    pub fn words_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.words.partition_point(|&w| w < from);
        self.words[start..]
            .iter()
            .copied()
            .take_while(move |&i| i < to)
    }

    /// Whether `lower[i..i + len]` starts and ends at word boundaries.
    fn bounded(&self, i: usize, len: usize) -> bool {
        (i == 0 || !self.lower[i - 1].is_alphanumeric())
            && self.lower.get(i + len).is_none_or(|c| !c.is_alphanumeric())
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
        let words = (0..lower.len())
            .filter(|&i| lower[i].is_alphanumeric() && (i == 0 || !lower[i - 1].is_alphanumeric()))
            .collect();
        let mut t = Text {
            chars,
            lower,
            sentences,
            continues,
            readings: Vec::new(),
            notes,
            words,
        };
        t.scan();
        t
    }

    /// The span holding offset `at`.
    fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .iter()
            .position(|(s, e)| at >= *s && at < *e)
            .unwrap_or(self.sentences.len().saturating_sub(1))
    }

    /// Finds every number, with its span, qualifier and role.
    fn scan(&mut self) {
        let n = self.chars.len();
        let mut i = 0;
        let mut skipped = 0usize;
        let mut out: Vec<Reading> = Vec::new();
        while i < n {
            let c = self.chars[i];
            let at_word = i == 0 || !self.chars[i - 1].is_alphanumeric();
            // Digits, letters and fraction characters are disjoint, so the order of these does not matter.
            let reading = if !at_word {
                None
            } else if c.is_ascii_digit() {
                self.numeral(i)
            } else if c.is_alphabetic() {
                self.ratio_words(i)
            } else {
                self.fraction_at(i)
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
