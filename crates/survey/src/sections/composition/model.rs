//! What a composition is made of: a group's share of a population or the reason it has none, the
//! report's printed percents beside it, and one jurisdiction's (or the overall) rows.

use crate::data::report::Erratum;
use crate::data::table::Decimal;

use super::topic::Group;

/// A percent whose base is smaller than this carries a visible caution.
pub const SMALL_BASE: u64 = 100;

/// A count out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// People in the group.
    pub count: u64,
    /// People in the whole population (the base).
    pub total: u64,
}

impl Share {
    /// 100·count/total; `None` when the base is zero.
    pub fn percent(self) -> Option<f64> {
        (self.total > 0).then(|| 100.0 * self.count as f64 / self.total as f64)
    }

    /// True when the base is too small for a percent to mean much.
    pub fn small_base(self) -> bool {
        self.total < SMALL_BASE
    }
}

/// Why a group has no usable count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoShare {
    /// The cell is blank (N/A) in the report.
    NotReported,
    /// The report prints 0 but an endnote says the jurisdiction did not collect it.
    NotCollected {
        /// What to show instead of the zero.
        words: &'static str,
        /// The endnote that says so.
        endnote: u32,
    },
}

impl NoShare {
    /// Words shown in place of a number.
    pub fn label(&self) -> &'static str {
        match self {
            NoShare::NotReported => "not reported",
            NoShare::NotCollected { words, .. } => words,
        }
    }
}

/// A percent the report prints, with the erratum that concerns it if any.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedGroupPercent {
    /// Where it is printed, e.g. "Table 8" or "Chart 7".
    pub source: String,
    /// Printed page.
    pub page: String,
    /// The value as printed; `None` when the report prints nothing.
    pub value: Option<Decimal>,
    /// True when rounding our share gives the printed value (half-up or truncated).
    pub agrees: Option<bool>,
    /// The errata entry for this printed value, if the report disagrees with itself here.
    pub erratum: Option<Erratum>,
}

/// One side (custodial or restricted housing) of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The group's count out of the population, or why there is none.
    pub share: Result<Share, NoShare>,
    /// The report's printed percents for it (a table cell; overall: the chart and the total row).
    pub printed: Vec<PrintedGroupPercent>,
}

impl Side {
    /// Our percent, when computable.
    pub fn percent(&self) -> Option<f64> {
        self.share.as_ref().ok().and_then(|s| s.percent())
    }
}

/// One group in one jurisdiction (or overall).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRow {
    /// The group.
    pub group: Group,
    /// Its place in the total custodial population.
    pub custodial: Side,
    /// Its place in the restricted-housing population.
    pub restricted: Side,
}

impl GroupRow {
    /// Share of restricted housing minus share of custody, in percentage points.
    pub fn difference(&self) -> Option<f64> {
        Some(self.restricted.percent()? - self.custodial.percent()?)
    }

    /// Share of restricted housing divided by share of custody (> 1: over-represented).
    pub fn ratio(&self) -> Option<f64> {
        let c = self.custodial.percent()?;
        (c > 0.0)
            .then(|| self.restricted.percent().map(|r| r / c))
            .flatten()
    }

    /// How many of the group's people in custody were in restricted housing.
    pub fn in_restricted(&self) -> Option<Share> {
        let (Ok(c), Ok(r)) = (&self.custodial.share, &self.restricted.share) else {
            return None;
        };
        Some(Share {
            count: r.count,
            total: c.count,
        })
    }
}

/// The composition of one jurisdiction (or, with an empty code, of all reporting jurisdictions).
#[derive(Debug, Clone, PartialEq)]
pub struct Composition {
    /// Jurisdiction code; empty for the overall row.
    pub code: String,
    /// Name as the report prints it, or "All reporting jurisdictions".
    pub name: String,
    /// Total custodial population (the row total).
    pub custodial_total: Option<u64>,
    /// Total restricted-housing population (the row total).
    pub restricted_total: Option<u64>,
    /// One entry per group, in the tables' order.
    pub groups: Vec<GroupRow>,
    /// Endnotes that qualify the row.
    pub notes: Vec<u32>,
}

impl Composition {
    /// For a group whose restricted-housing count is blank: what the row total minus the other
    /// groups would leave (shown as a remark only — a blank is never filled in).
    pub fn implied_restricted(&self, index: usize) -> Option<u64> {
        if self.groups.get(index)?.restricted.share != Err(NoShare::NotReported) {
            return None;
        }
        let others: Option<u64> = self
            .groups
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, g)| g.restricted.share.as_ref().ok().map(|s| s.count))
            .sum();
        self.restricted_total?.checked_sub(others?)
    }
}
