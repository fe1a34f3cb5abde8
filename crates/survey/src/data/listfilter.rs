//! Filtering long lists by typed words (the reforms list, the audit): pure, so every page filters
//! the same way.

/// True when every word of `query` starts a word in one of `fields` (ASCII case-insensitive, which
/// keeps Unicode's case tables out of the bundles; an empty query matches everything). A word
/// that ends in a digit must end the number it matches: "Table 7" finds Table 7, not Table 17 or
/// page 57, and "tex" finds Texas but "exas" does not.
pub fn matches(fields: &[&str], query: &str) -> bool {
    let hay: Vec<String> = fields.iter().map(|f| f.to_ascii_lowercase()).collect();
    query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .all(|w| hay.iter().any(|h| starts_a_word(h, &w)))
}

/// True when `word` occurs in `hay` at the start of a word (and, ending in a digit, at the end of
/// a number).
fn starts_a_word(hay: &str, word: &str) -> bool {
    let bytes = hay.as_bytes();
    let digit_end = word.as_bytes().last().is_some_and(u8::is_ascii_digit);
    hay.match_indices(word).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + word.len()).copied();
        let inside_a_word = before.is_some_and(|b| b.is_ascii_alphanumeric());
        let inside_a_number = digit_end && after.is_some_and(|b| b.is_ascii_digit());
        !(inside_a_word || inside_a_number)
    })
}

/// A group slug from any label or token: lowercase ASCII letters and digits, other runs as `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_match_some_field() {
        assert!(matches(&["Texas", "Time limits"], "tex time"));
        assert!(matches(&["Texas"], ""));
        assert!(!matches(&["Texas", "Time limits"], "tex cap"));
        assert!(matches(&["New York"], "YORK"));
    }

    #[test]
    fn words_match_at_word_starts_and_numbers_whole() {
        assert!(matches(&["Table 7", "p. 37"], "table 7"));
        assert!(!matches(&["Table 17", "p. 57"], "table 7"));
        assert!(
            !matches(&["Table 17"], "table 1"),
            "1 is not the whole number 17"
        );
        assert!(!matches(&["Texas"], "exas"));
        assert!(matches(&["Men's counts (Table 5)"], "5"));
        assert!(matches(&["pp. 30-33"], "33"));
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("release_step_down"), "release-step-down");
        assert_eq!(
            slug("A printed total is not the sum!"),
            "a-printed-total-is-not-the-sum"
        );
        assert!(crate::url::query::is_slug(&slug("Two tables disagree")));
    }
}
