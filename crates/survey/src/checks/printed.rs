//! A figure as the report prints it, beside what the tables give when recomputed — so a view can
//! show both whenever they differ instead of quietly choosing one.

use crate::checks::audit::agrees;
use crate::data::dataset::Dataset;
use crate::data::format::{round_half_up, thousands};
use crate::data::table::Decimal;

/// One printed figure (from `report_figures.csv`) and, where the tables allow, its recomputation.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedFigure {
    /// The figure's id in `report_figures.csv`.
    pub id: String,
    /// What the number is, in our words.
    pub statement: String,
    /// The value as printed.
    pub value: Decimal,
    /// `people`, `percent`, `jurisdictions`, ...
    pub unit: String,
    /// Printed page.
    pub page: String,
    /// What the tables give (unrounded); `None` when it cannot be recomputed.
    pub computed: Option<f64>,
}

impl PrintedFigure {
    /// The figure `id` with a recomputed value; `None` when the id is not in the dataset.
    pub fn get(data: &Dataset, id: &str, computed: Option<f64>) -> Option<PrintedFigure> {
        let f = data.figure(id)?;
        Some(PrintedFigure {
            id: f.id.clone(),
            statement: f.statement.clone(),
            value: f.value,
            unit: f.unit.clone(),
            page: f.page.clone(),
            computed,
        })
    }

    /// True when nothing was recomputed, or the recomputation gives the printed value at the printed
    /// precision (rounded or truncated, as the report does both).
    pub fn agrees(&self) -> bool {
        self.computed.is_none_or(|c| agrees(self.value, c))
    }

    /// True when the report gives the figure as a round approximation ("almost 6,000"): a
    /// difference from the tables is then expected, not an inconsistency.
    pub fn is_approximate(&self) -> bool {
        self.id.ends_with("_approx")
    }

    /// True for percentages.
    pub fn is_percent(&self) -> bool {
        self.unit == "percent"
    }

    /// The printed value as the report writes it: `54,382`, `81%`, `5.5%`.
    pub fn text(&self) -> String {
        if self.is_percent() {
            return format!("{}%", self.value);
        }
        if self.value.places == 0 {
            return thousands(self.value.scaled.unsigned_abs());
        }
        self.value.to_string()
    }

    /// The recomputed value, one decimal finer than printed for percentages (`80.6%`), whole for
    /// counts; `None` when not recomputed.
    pub fn computed_text(&self) -> Option<String> {
        let c = self.computed?;
        Some(if self.is_percent() {
            format!("{}%", round_half_up(c, self.value.places as usize + 1))
        } else if self.value.places == 0 && c >= 0.0 {
            thousands(c.round() as u64)
        } else {
            round_half_up(c, self.value.places as usize + 1)
        })
    }

    /// True when the recomputation is the printed value exactly (to one decimal finer than printed
    /// for percentages, to the unit for counts): there is nothing to show beside it.
    pub fn exact(&self) -> bool {
        let Some(c) = self.computed else { return false };
        let places = self.value.places as usize;
        if self.is_percent() {
            round_half_up(c, places + 1) == format!("{:.*}", places + 1, self.value.value())
        } else {
            round_half_up(c, places) == self.value.to_string()
        }
    }

    /// `p. 28`.
    pub fn cite(&self) -> String {
        format!("p. {}", self.page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().expect("embedded data parses")
    }

    #[test]
    fn coverage_share_81_percent_p28_agrees_when_rounded() {
        let p = PrintedFigure::get(
            &data(),
            "v_a_stay_share_of_rh_population",
            Some(100.0 * 54_382.0 / 67_442.0),
        )
        .unwrap();
        assert_eq!(p.text(), "81%");
        assert_eq!(p.computed_text().as_deref(), Some("80.6%"));
        assert!(p.agrees());
        assert!(!p.exact());
        assert_eq!(p.cite(), "p. 28");
        let median = PrintedFigure::get(&data(), "vi_a_male_median_pct", Some(5.3)).unwrap();
        assert!(median.exact(), "5.30 is the printed 5.3 exactly");
        assert!(
            PrintedFigure::get(&data(), "t05_total_rh_population", Some(59_049.0))
                .unwrap()
                .exact()
        );
    }

    #[test]
    fn a_prose_total_that_differs_from_its_table_disagrees_p33() {
        let p = PrintedFigure::get(&data(), "vi_a_male_rh_total", Some(59_049.0)).unwrap();
        assert_eq!(p.text(), "59,048");
        assert_eq!(p.computed_text().as_deref(), Some("59,049"));
        assert!(!p.agrees());
        assert!(PrintedFigure::get(&data(), "no_such_figure", None).is_none());
        assert!(!p.is_approximate());
        assert!(PrintedFigure::get(&data(), "v_a_stay_3y_plus_approx", None)
            .unwrap()
            .is_approximate());
    }
}
