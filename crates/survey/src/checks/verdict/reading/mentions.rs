//! Where a clause names a jurisdiction: by name, by an alias ("Bureau of Prisons", "D.C.") or by
//! its two-letter code as written ("TX"), the longest mention winning where two overlap.

use crate::checks::claim_text::Text;
use crate::data::Dataset;

/// The jurisdictions named in `from..to` of `t`, as (offset, code), in text order.
pub fn jurisdiction_mentions(
    data: &Dataset,
    t: &Text,
    from: usize,
    to: usize,
) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let push = |found: &mut Vec<(usize, usize, String)>, needle: &str, code: &str| {
        let mut at = from;
        while let Some(i) = t.find(at, to, needle) {
            found.push((i, i + needle.chars().count(), code.to_string()));
            at = i + 1;
        }
    };
    for j in &data.jurisdictions {
        let n = j.name.to_ascii_lowercase();
        if j.code != "BOP" && j.code != "DC" {
            push(&mut found, &n, &j.code);
        }
    }
    for (alias, code) in [
        ("federal bureau of prisons", "BOP"),
        ("bureau of prisons", "BOP"),
        ("federal prisons", "BOP"),
        ("federal prison", "BOP"),
        ("federal system", "BOP"),
        ("federal government", "BOP"),
        ("bop", "BOP"),
        ("district of columbia", "DC"),
        ("washington, d.c", "DC"),
        ("d.c", "DC"),
        ("virgin islands", "VI"),
    ] {
        push(&mut found, alias, code);
    }
    // Two-letter codes, upper case as written ("TX"); words that are also codes are skipped.
    const WORDS: [&str; 18] = [
        "IN", "OR", "ME", "OK", "HI", "DE", "AL", "MA", "PA", "CO", "ID", "VI", "DC", "US", "AS",
        "OH", "LA", "MO",
    ];
    let codes: Vec<&str> = data
        .jurisdictions
        .iter()
        .map(|j| j.code.as_str())
        .filter(|c| c.len() == 2 && !WORDS.contains(c))
        .collect();
    for i in t.words_in(from, to) {
        if i + 2 > to || t.chars.get(i + 2).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let (a, b) = (t.chars[i], t.chars[i + 1]);
        if let Some(code) = codes.iter().find(|c| {
            let mut k = c.chars();
            k.next() == Some(a) && k.next() == Some(b)
        }) {
            found.push((i, i + 2, code.to_string()));
        }
    }
    // The longest mention wins where two overlap ("West Virginia" over "Virginia").
    crate::sort::sort_by_key(&mut found, |(s, e, _)| (*s, std::cmp::Reverse(*e)));
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut last_end = 0;
    for (s, e, c) in found {
        if s >= last_end || out.is_empty() {
            out.push((s, c));
            last_end = e;
        }
    }
    out
}
