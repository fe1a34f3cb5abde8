//! Two definitions side by side (the lab's comparison): the compact token a definition takes in a
//! URL (`a=22h-15d`, `b=16h-1y-total-men-alt`), parsed leniently.

use crate::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};

/// A definition's URL token: hours and stay always, then only what differs from the report's
/// definition, e.g. `22h-15d`, `20h-15d-total`, `22h-15d-women`, `22h-15d-alt`.
pub fn token(d: &Definition) -> String {
    let mut parts = vec![format!("{}h", d.hours.token()), d.stay.token().to_string()];
    if d.denominator != Denominator::Reporting {
        parts.push(d.denominator.token().into());
    }
    if d.population != Population::All {
        parts.push(d.population.token().into());
    }
    if d.alternatives {
        parts.push("alt".into());
    }
    parts.join("-")
}

/// Parses a definition token. Parts may come in any order; an unknown or repeated part is left
/// out (the default stays) and named in the returned problems.
pub fn parse_token(s: &str) -> (Definition, Vec<String>) {
    let mut d = Definition::default();
    let mut problems = Vec::new();
    let mut seen = [false; 5];
    for part in s
        .split(['-', ' ', '_'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let p = part.to_ascii_lowercase();
        let slot = if let Some(h) = p.strip_suffix('h').and_then(Hours::from_token) {
            (!seen[0]).then(|| d.hours = h).map(|_| 0)
        } else if let Some(st) = Stay::from_token(&p) {
            (!seen[1]).then(|| d.stay = st).map(|_| 1)
        } else if let Some(den) = Denominator::from_token(&p) {
            (!seen[2]).then(|| d.denominator = den).map(|_| 2)
        } else if let Some(pop) = Population::from_token(&p) {
            (!seen[3]).then(|| d.population = pop).map(|_| 3)
        } else if p == "alt" {
            (!seen[4]).then(|| d.alternatives = true).map(|_| 4)
        } else {
            None
        };
        match slot {
            Some(i) => seen[i] = true,
            // Unknown, or a setting given twice (the first one stays).
            None => problems.push(part.chars().take(40).collect()),
        }
        if problems.len() > 8 {
            break;
        }
    }
    (d, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::decompose::{all_definitions, short_label};

    #[test]
    fn every_definition_round_trips_through_its_token() {
        for d in all_definitions() {
            let t = token(&d);
            assert_eq!(parse_token(&t), (d, vec![]), "{t}");
        }
        assert_eq!(token(&Definition::default()), "22h-15d");
    }

    #[test]
    fn tokens_are_lenient_about_order_and_case_and_name_what_they_drop() {
        let (d, p) = parse_token("TOTAL-16h-1Y");
        assert_eq!(
            (d.hours, d.stay, d.denominator),
            (Hours::H16, Stay::Y1, Denominator::Total)
        );
        assert!(p.is_empty());
        let (d, p) = parse_token("18h-15d-15d-women-<script>");
        assert_eq!(
            d,
            Definition {
                population: Population::Women,
                ..Definition::default()
            }
        );
        assert_eq!(p, vec!["18h".to_string(), "15d".into(), "<script>".into()]);
        assert_eq!(parse_token(""), (Definition::default(), vec![]));
    }

    #[test]
    fn labels_name_every_setting() {
        let d = Definition {
            hours: Hours::H16,
            stay: Stay::Y1,
            denominator: Denominator::Total,
            population: Population::Men,
            alternatives: true,
        };
        assert_eq!(
            short_label(&d),
            "16+ hours, 1+ year, whole system, men, LA/UT alternatives"
        );
    }
}
