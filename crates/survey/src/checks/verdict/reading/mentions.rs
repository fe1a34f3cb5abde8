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
    for j in &data.jurisdictions {
        if j.code.len() == 2
            && ![
                "IN", "OR", "ME", "OK", "HI", "DE", "AL", "MA", "PA", "CO", "ID", "VI", "DC", "US",
                "AS", "OH", "LA", "MO",
            ]
            .contains(&j.code.as_str())
        {
            let code: Vec<char> = j.code.chars().collect();
            for i in from..to.saturating_sub(1) {
                if t.chars[i..i + 2] == code[..]
                    && (i == 0 || !t.chars[i - 1].is_alphanumeric())
                    && t.chars.get(i + 2).is_none_or(|c| !c.is_alphanumeric())
                {
                    found.push((i, i + 2, j.code.clone()));
                }
            }
        }
    }
    // The longest mention wins where two overlap ("West Virginia" over "Virginia").
    found.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
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
