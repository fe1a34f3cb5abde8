//! Sentence and clause spans: where a claim's sentences end, and where a clause ("while …",
//! ", but …") starts a span of its own, so that who and which group one clause names does not
//! leak into the other.

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
pub(super) fn split_sentences(ch: &[char], lower: &[char]) -> (Vec<(usize, usize)>, Vec<bool>) {
    let mut out = Vec::new();
    let mut continues = Vec::new();
    let mut start = 0;
    let mut joined = false;
    // The openers as characters once, not at every character of the text.
    let openers: Vec<Vec<char>> = CLAUSE_OPENERS.iter().map(|w| w.chars().collect()).collect();
    let opens_clause = |i: usize| {
        openers
            .iter()
            .any(|w| w[0] == lower[i] && lower.get(i..i + w.len()) == Some(&w[..]))
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
