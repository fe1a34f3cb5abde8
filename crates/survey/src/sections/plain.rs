//! Plain words for readers (issue 15): labels of a jurisdiction's figures on its profile, without
//! column names, data-dictionary phrasing or "not reported" where a figure does not apply.

use crate::data::catalog::describe_column;
use crate::data::table::Cell;

/// A figure's label for a reader: short, no identifiers, no "True where…".
pub fn figure_label(column: &str) -> String {
    let fixed = match column {
        "reporting_facilities_only" => {
            "Percent counts only the facilities that reported restricted housing"
        }
        "total_custodial_population" => "Everyone in custody",
        "custodial_population_rh_facilities" => {
            "In custody in the facilities that reported (the report's denominator)"
        }
        "custodial_population" => "In custody",
        "rh_population" => "In restricted housing (22+ hours a day, 15 days or more)",
        "rh_percent" => "Percent in restricted housing, as printed",
        "alt_custodial_population_rh_facilities" => "Second figure printed in brackets: in custody",
        "alt_rh_population" => "Second figure printed in brackets: in restricted housing",
        "alt_rh_percent" => "Second figure printed in brackets: percent",
        "h22_plus" => "In-cell 22 hours a day or more",
        "h20_21" => "In-cell 20–21 hours a day",
        "h16_19" => "In-cell 16–19 hours a day",
        "total_16_24" => "In-cell 16 hours a day or more (total as printed)",
        "smi_custodial" => "In custody with a serious mental health issue (its own definition)",
        "smi_rh" => "Of them, in restricted housing",
        "women_custodial" => "Women in custody",
        "pregnant_custodial" => "Pregnant women in custody",
        "pregnant_rh" => "Pregnant women in restricted housing",
        _ => "",
    };
    if !fixed.is_empty() {
        return fixed.to_string();
    }
    let (_, d) = describe_column(column);
    // What remains is already in words ("Restricted housing for 1 month up to 3 months",
    // "Custodial population, Black"); never let an identifier through.
    d.replace('_', " ")
}

/// Whether a figure belongs on a profile: the bracketed second figures apply only where the
/// report prints them (Louisiana and Utah), so elsewhere they are left out rather than shown as
/// "not reported".
pub fn applies(column: &str, cell: &Cell) -> bool {
    !(column.starts_with("alt_") && matches!(cell, Cell::Missing))
}

/// A piece of running text: words, or the identifier of a cited work (an SSRN abstract number),
/// which is a name, not a quantity, and so gets no thousands separators. Pages mark identifiers
/// up (`cite-id`) so that the screen scan for unformatted numbers can tell them from counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextPart {
    /// Ordinary words.
    Words(String),
    /// A citation identifier.
    CiteId(String),
}

/// Splits `text` where it names an SSRN abstract ("abstract 3694548", "abstract=3264350").
pub fn citation_parts(text: &str) -> Vec<TextPart> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("abstract") {
        let after = &rest[at + "abstract".len()..];
        let sep = after.len() - after.trim_start_matches([' ', '=']).len();
        let digits = after[sep..].bytes().take_while(u8::is_ascii_digit).count();
        let end = at + "abstract".len() + sep;
        if sep == 0 || digits < 4 {
            out.push(TextPart::Words(rest[..end].to_string()));
            rest = &rest[end..];
            continue;
        }
        out.push(TextPart::Words(rest[..end].to_string()));
        out.push(TextPart::CiteId(rest[end..end + digits].to_string()));
        rest = &rest[end + digits..];
    }
    if !rest.is_empty() {
        out.push(TextPart::Words(rest.to_string()));
    }
    // Adjacent words (from skipped "abstract"s) read as one piece.
    let mut merged: Vec<TextPart> = Vec::new();
    for p in out {
        match (merged.last_mut(), p) {
            (Some(TextPart::Words(a)), TextPart::Words(b)) => a.push_str(&b),
            (_, p) => merged.push(p),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssrn_abstract_numbers_are_marked_as_identifiers() {
        use TextPart::*;
        assert_eq!(
            citation_parts(
                "Vera summary; 825,473 from the SSRN abstract (papers.ssrn.com abstract 3694548)"
            ),
            vec![
                Words(
                    "Vera summary; 825,473 from the SSRN abstract (papers.ssrn.com abstract "
                        .into()
                ),
                CiteId("3694548".into()),
                Words(")".into()),
            ]
        );
        assert_eq!(
            citation_parts("SSRN abstract"),
            vec![Words("SSRN abstract".into())]
        );
        assert_eq!(
            citation_parts("no ids, 2016"),
            vec![Words("no ids, 2016".into())]
        );
        assert_eq!(citation_parts(""), vec![]);
    }

    #[test]
    fn no_label_has_an_identifier_or_dictionary_phrase() {
        let d = crate::Dataset::embedded().unwrap();
        for t in &d.tables {
            for c in &t.columns {
                let l = figure_label(c);
                assert!(!l.contains('_'), "{c}: {l}");
                assert!(!l.starts_with("True where"), "{c}: {l}");
            }
        }
    }

    #[test]
    fn bracketed_figures_apply_only_where_printed() {
        assert!(!applies("alt_rh_population", &Cell::Missing));
        assert!(applies("alt_rh_population", &Cell::Count(3)));
        assert!(applies("rh_population", &Cell::Missing));
    }
}
