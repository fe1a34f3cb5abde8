//! Old links keep working. Each change to the URL format is a [`Migration`] from the old form to
//! the new, applied in order to the query's pairs before they are read (as Our World in Data's
//! Grapher does with its URL migrations), so the parser only ever knows the current format.

/// One change to the URL format.
pub struct Migration {
    /// When it was made.
    pub since: &'static str,
    /// What changed, in words.
    pub what: &'static str,
    /// Rewrites the decoded `(key, value)` pairs of an old URL into the new form.
    pub apply: fn(&mut [(String, String)]),
}

/// Every migration, oldest first.
pub const MIGRATIONS: &[Migration] = &[Migration {
    since: "2026-11",
    what: "view=stay is now view=length-of-stay and view=sex view=men-women (the old names \
           collided with the stay= and sex= settings)",
    apply: rename_views,
}];

/// Old `view=` tokens and the current ones they became (the build's boot script loads the new
/// page's bundle for them too: `url::page::Bundle::by_token`).
pub const OLD_VIEW_TOKENS: [(&str, &str); 2] = [("stay", "length-of-stay"), ("sex", "men-women")];

fn rename_views(pairs: &mut [(String, String)]) {
    for (k, v) in pairs.iter_mut() {
        if k == "view" {
            if let Some((_, new)) = OLD_VIEW_TOKENS.iter().find(|(old, _)| old == v) {
                *v = (*new).into();
            }
        }
    }
}

/// Brings the pairs of any earlier URL up to the current format.
pub fn migrate(pairs: &mut [(String, String)]) {
    for m in MIGRATIONS {
        (m.apply)(pairs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut p: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        migrate(&mut p);
        p
    }

    #[test]
    fn old_page_names_become_the_new_ones_and_settings_of_the_same_name_stay() {
        let p = run(&[("view", "stay"), ("stay", "1y"), ("sex", "women")]);
        assert_eq!(p[0].1, "length-of-stay");
        assert_eq!((p[1].0.as_str(), p[1].1.as_str()), ("stay", "1y"));
        assert_eq!((p[2].0.as_str(), p[2].1.as_str()), ("sex", "women"));
        assert_eq!(run(&[("view", "sex")])[0].1, "men-women");
        assert_eq!(run(&[("view", "race")])[0].1, "race");
        assert!(MIGRATIONS
            .iter()
            .all(|m| !m.what.is_empty() && !m.since.is_empty()));
    }
}
