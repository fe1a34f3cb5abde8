//! Filtering long lists by typed words (the reforms list, the audit): pure, so every page filters
//! the same way.

/// True when every word of `query` occurs in one of `fields` (ASCII case-insensitive, which keeps
/// Unicode's case tables out of the bundles; an empty query matches everything).
pub fn matches(fields: &[&str], query: &str) -> bool {
    let hay: Vec<String> = fields.iter().map(|f| f.to_ascii_lowercase()).collect();
    query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .all(|w| hay.iter().any(|h| h.contains(&w)))
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
    fn slugs_are_url_safe() {
        assert_eq!(slug("release_step_down"), "release-step-down");
        assert_eq!(
            slug("A printed total is not the sum!"),
            "a-printed-total-is-not-the-sum"
        );
        assert!(crate::url::query::is_slug(&slug("Two tables disagree")));
    }
}
