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

#[cfg(test)]
mod tests {
    use super::*;

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
