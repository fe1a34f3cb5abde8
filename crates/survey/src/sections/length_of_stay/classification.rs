//! The custody classifications of Section V.B (Chart 4), which the report gives in prose only:
//! the printed counts and shares beside their recomputation, and the figures by length of stay.

use crate::checks::printed::PrintedFigure;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;

/// The four custody classifications of Section V.B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Custody {
    /// Protective custody.
    Protective,
    /// Disciplinary custody.
    Disciplinary,
    /// Administrative segregation.
    Administrative,
    /// Some other restricted classification (endnote 196).
    Other,
}

impl Custody {
    /// In the report's order.
    pub const ALL: [Custody; 4] = [
        Custody::Protective,
        Custody::Disciplinary,
        Custody::Administrative,
        Custody::Other,
    ];

    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            Custody::Protective => "Protective custody",
            Custody::Disciplinary => "Disciplinary custody",
            Custody::Administrative => "Administrative segregation",
            Custody::Other => "Other",
        }
    }

    /// Ids of the printed count and share.
    pub fn figures(self) -> (&'static str, &'static str) {
        match self {
            Custody::Protective => ("v_b_protective", "v_b_protective_pct"),
            Custody::Disciplinary => ("v_b_disciplinary", "v_b_disciplinary_pct"),
            Custody::Administrative => ("v_b_administrative", "v_b_administrative_pct"),
            Custody::Other => ("v_b_other", "v_b_other_pct"),
        }
    }

    /// CSS class giving the classification its colour.
    pub fn class(self) -> &'static str {
        ["custody-0", "custody-1", "custody-2", "custody-3"][self as usize]
    }
}

/// The classification split as the report gives it (prose only: there is no table).
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// Each classification: printed count, and printed share beside the share of the printed total.
    pub parts: Vec<(Custody, PrintedFigure, Option<PrintedFigure>)>,
    /// The printed total (50,036) beside the sum of the four printed counts.
    pub total: PrintedFigure,
    /// The share of all people in restricted housing the classified ones are (printed 74%).
    pub share_of_rh: Option<PrintedFigure>,
    /// Jurisdictions that gave classifications (printed 37).
    pub jurisdictions: Option<PrintedFigure>,
    /// The erratum recording that the parts do not add up to the total, if listed.
    pub erratum: Option<Erratum>,
    /// Chart 4's figures from the prose: which classifications dominate short and long stays.
    pub by_length: Vec<PrintedFigure>,
}

/// Ids of the prose figures about classification by length of stay (p. 29).
pub const BY_LENGTH_FIGURES: [&str; 7] = [
    "v_b_d15_to_1m_disciplinary_pct",
    "v_b_m1_to_3m_disciplinary_pct",
    "v_b_6m_plus_admin_other",
    "v_b_6m_plus_admin_other_pct",
    "v_b_6m_plus_disc_prot_pct",
    "v_b_6m_plus_admin_pct",
    "v_b_6m_plus_other_pct",
];

impl Classification {
    /// Reads the split from the printed figures; `None` if the total is not in the dataset.
    pub fn from_data(data: &Dataset) -> Option<Classification> {
        let total_printed = data.figure("v_b_total_classified")?.value.value();
        let counts: Vec<(Custody, PrintedFigure)> = Custody::ALL
            .iter()
            .filter_map(|&c| PrintedFigure::get(data, c.figures().0, None).map(|p| (c, p)))
            .collect();
        let sum: f64 = counts.iter().map(|(_, p)| p.value.value()).sum();
        let parts = counts
            .into_iter()
            .map(|(c, p)| {
                let pct = PrintedFigure::get(
                    data,
                    c.figures().1,
                    Some(100.0 * p.value.value() / total_printed),
                );
                (c, p, pct)
            })
            .collect();
        let rh_total = data.column_sum(2, "rh_population").map(|(s, _)| s as f64);
        Some(Classification {
            parts,
            total: PrintedFigure::get(data, "v_b_total_classified", Some(sum))?,
            share_of_rh: PrintedFigure::get(
                data,
                "v_b_share_of_rh_population",
                rh_total.map(|t| 100.0 * total_printed / t),
            ),
            jurisdictions: PrintedFigure::get(data, "v_b_jurisdictions", None),
            erratum: data
                .errata
                .iter()
                .find(|e| e.id == "v_b_classification_components_sum")
                .cloned(),
            by_length: BY_LENGTH_FIGURES
                .iter()
                .filter_map(|id| PrintedFigure::get(data, id, None))
                .collect(),
        })
    }

    /// The sum of the four printed counts.
    pub fn sum_of_parts(&self) -> u64 {
        self.parts
            .iter()
            .map(|(_, p, _)| p.value.scaled.unsigned_abs())
            .sum()
    }
}
