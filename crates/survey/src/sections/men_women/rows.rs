//! One jurisdiction's men and women (a row of Tables 5 and 6): the counts, the percents, the
//! men-to-women ratio, and the orders the table sorts them in.

use crate::data::table::{Decimal, Table};

/// Below this custodial population a percent is flagged as resting on a small number.
pub const SMALL: u64 = 100;

/// One sex's figures in one jurisdiction (a row of Table 5 or 6).
#[derive(Debug, Clone, PartialEq)]
pub struct SexCounts {
    /// Custodial population.
    pub custodial: Option<u64>,
    /// People in restricted housing.
    pub restricted: Option<u64>,
    /// The percent as printed.
    pub printed: Option<Decimal>,
}

impl SexCounts {
    pub(super) fn read(t: &Table, code: &str) -> Option<SexCounts> {
        t.row(code)?;
        let count = |c: &str| t.cell(code, c).and_then(|c| c.count());
        let printed = match t.cell(code, "rh_percent") {
            Some(crate::data::table::Cell::Percent(d)) => Some(*d),
            _ => None,
        };
        Some(SexCounts {
            custodial: count("custodial_population"),
            restricted: count("rh_population"),
            printed,
        })
    }

    /// The percent recomputed from the counts.
    pub fn percent(&self) -> Option<f64> {
        let d = self.custodial.filter(|d| *d > 0)?;
        Some(100.0 * self.restricted? as f64 / d as f64)
    }

    /// The percent as printed, as a number (falls back to the recomputed one if none is printed).
    pub fn value(&self) -> Option<f64> {
        self.printed.map(Decimal::value).or_else(|| self.percent())
    }

    /// True when the percent rests on a custodial population under [`SMALL`].
    pub fn small(&self) -> bool {
        self.custodial.is_some_and(|d| d < SMALL)
    }
}

/// Women's figures for a jurisdiction in Table 5: listed in Table 6, or left out of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Women {
    /// In Table 6.
    Listed(SexCounts),
    /// Not in Table 6, which lists only jurisdictions with at least one woman in restricted
    /// housing (endnotes 202, 204).
    NoneInRestrictedHousing,
}

/// Men's share divided by women's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ratio {
    /// Men's percent is this many times women's (computed from the counts, not the rounded percents).
    Times(f64),
    /// No women in restricted housing: nothing to divide by.
    NoWomenInRestrictedHousing,
    /// A count is missing.
    NotComputable,
}

impl Ratio {
    /// The ratio as a number, for sorting.
    pub fn value(self) -> Option<f64> {
        match self {
            Ratio::Times(r) => Some(r),
            _ => None,
        }
    }

    /// `3.2×`, or the reason there is none.
    pub fn text(self) -> String {
        match self {
            Ratio::Times(r) => format!("{}×", crate::data::format::round_half_up(r, 1)),
            Ratio::NoWomenInRestrictedHousing => "no women in restricted housing".into(),
            Ratio::NotComputable => "not computable".into(),
        }
    }
}

/// One jurisdiction: men (Table 5) and women (Table 6).
#[derive(Debug, Clone, PartialEq)]
pub struct SexRow {
    /// Jurisdiction code.
    pub code: String,
    /// Name as printed.
    pub name: String,
    /// Men.
    pub men: SexCounts,
    /// Women.
    pub women: Women,
    /// Endnotes on the row in either table.
    pub notes: Vec<u32>,
}

impl SexRow {
    /// Men's percent over women's, from the counts.
    pub fn ratio(&self) -> Ratio {
        let Women::Listed(w) = &self.women else {
            return Ratio::NoWomenInRestrictedHousing;
        };
        if w.restricted == Some(0) {
            return Ratio::NoWomenInRestrictedHousing;
        }
        match (self.men.percent(), w.percent()) {
            (Some(m), Some(p)) => Ratio::Times(m / p),
            _ => Ratio::NotComputable,
        }
    }

    /// Women's share if listed.
    pub fn women_share(&self) -> Option<&SexCounts> {
        match &self.women {
            Women::Listed(s) => Some(s),
            Women::NoneInRestrictedHousing => None,
        }
    }
}

/// What the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SexSort {
    /// Report order (alphabetical by name, federal last).
    Report,
    /// Name.
    Name,
    /// Men's percent.
    Men,
    /// Women's percent.
    Women,
    /// The ratio.
    Ratio,
}

/// Sorts rows; rows without a value go last in both directions.
pub fn sort(rows: &mut Vec<SexRow>, by: SexSort, descending: bool) {
    let key = |r: &SexRow| -> Option<f64> {
        match by {
            SexSort::Men => r.men.value(),
            SexSort::Women => r.women_share().and_then(SexCounts::value),
            SexSort::Ratio => r.ratio().value(),
            SexSort::Report | SexSort::Name => None,
        }
    };
    // Sorting positions (one small instantiation of the sort) rather than the rows themselves
    // keeps the WebAssembly bundle smaller.
    let keys: Vec<Option<f64>> = rows.iter().map(key).collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        let by_name = || rows[a].name.cmp(&rows[b].name);
        match (by, keys[a], keys[b]) {
            (SexSort::Report, _, _) => a.cmp(&b),
            (SexSort::Name, _, _) if descending => by_name().reverse(),
            (SexSort::Name, _, _) => by_name(),
            (_, Some(x), Some(y)) if descending => y.total_cmp(&x),
            (_, Some(x), Some(y)) => x.total_cmp(&y),
            (_, Some(_), None) => std::cmp::Ordering::Less,
            (_, None, Some(_)) => std::cmp::Ordering::Greater,
            (_, None, None) => by_name(),
        }
    });
    let mut taken: Vec<Option<SexRow>> = rows.drain(..).map(Some).collect();
    rows.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(women: Women) -> SexRow {
        let men = SexCounts {
            custodial: Some(1000),
            restricted: Some(50),
            printed: Decimal::parse("5.0"),
        };
        SexRow {
            code: "XX".into(),
            name: "X".into(),
            men,
            women,
            notes: vec![],
        }
    }

    #[test]
    fn a_listed_zero_never_divides_and_a_missing_count_is_not_computable() {
        let zero = SexCounts {
            custodial: Some(200),
            restricted: Some(0),
            printed: Decimal::parse("0"),
        };
        assert_eq!(
            row(Women::Listed(zero)).ratio(),
            Ratio::NoWomenInRestrictedHousing
        );
        let blank = SexCounts {
            custodial: None,
            restricted: Some(3),
            printed: None,
        };
        assert_eq!(row(Women::Listed(blank)).ratio(), Ratio::NotComputable);
        let some = SexCounts {
            custodial: Some(100),
            restricted: Some(1),
            printed: Decimal::parse("1.0"),
        };
        assert_eq!(row(Women::Listed(some)).ratio(), Ratio::Times(5.0));
        assert_eq!(Ratio::Times(5.0).text(), "5.0×");
    }
}
