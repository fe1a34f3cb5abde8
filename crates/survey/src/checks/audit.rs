//! Recomputes every number the report lets us recompute and lists where it disagrees with itself.
//!
//! Each mismatch has a stable `key`; `errata.csv` lists the keys of the report's own
//! inconsistencies. The data tests demand that the two sets are equal, so an extraction mistake
//! cannot hide among the report's errors, and a fixed extraction cannot leave a stale erratum.

use crate::data::catalog::STAY_BANDS;
use crate::data::dataset::Dataset;
use crate::data::format::round_half_up;
use crate::data::table::{Cell, Decimal, Table};

/// One disagreement found by the audit.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// Stable key, e.g. `percent:t08:VI:rh_black_pct` or `figure:t05_prose_male_rh_total`.
    pub key: String,
    /// What was printed.
    pub printed: String,
    /// What the counts give.
    pub computed: String,
}

/// Printed percents in count tables: (table, percent column, numerator, denominator).
const PERCENTS: &[(u8, &str, &str, &str)] = &[
    (
        2,
        "rh_percent",
        "rh_population",
        "custodial_population_rh_facilities",
    ),
    (
        2,
        "alt_rh_percent",
        "alt_rh_population",
        "alt_custodial_population_rh_facilities",
    ),
    (3, "h22_plus_pct", "h22_plus", "custodial_population"),
    (3, "h20_21_pct", "h20_21", "custodial_population"),
    (3, "h16_19_pct", "h16_19", "custodial_population"),
    (3, "total_16_24_pct", "total_16_24", "custodial_population"),
    (5, "rh_percent", "rh_population", "custodial_population"),
    (6, "rh_percent", "rh_population", "custodial_population"),
    (
        15,
        "smi_custodial_pct",
        "smi_custodial",
        "custodial_population",
    ),
    (15, "smi_rh_pct", "smi_rh", "smi_custodial"),
    (
        16,
        "smi_custodial_pct",
        "smi_custodial",
        "custodial_population",
    ),
    (16, "smi_rh_pct", "smi_rh", "smi_custodial"),
];

/// Percent tables recomputed from their count tables: (percent table, count table).
const PERCENT_TABLES: &[(u8, u8)] = &[(8, 7), (10, 9), (12, 11), (14, 13)];

/// Row totals: (table, total column, prefix of the parts).
const ROW_SUMS: &[(u8, &str, &str)] = &[
    (7, "cust_total", "cust_"),
    (7, "rh_total", "rh_"),
    (9, "cust_total", "cust_"),
    (9, "rh_total", "rh_"),
    (11, "cust_total", "cust_"),
    (11, "rh_total", "rh_"),
    (13, "cust_total", "cust_"),
    (13, "rh_total", "rh_"),
    (17, "smi_cust_total", "smi_cust_"),
    (18, "smi_cust_total", "smi_cust_"),
];

/// Same quantity in two tables: (table, column, other table, other column).
const SAME: &[(u8, &str, u8, &str)] = &[
    (3, "h22_plus", 2, "rh_population"),
    (3, "custodial_population", 2, "total_custodial_population"),
    (7, "cust_total", 5, "custodial_population"),
    (7, "rh_total", 5, "rh_population"),
    (9, "cust_total", 6, "custodial_population"),
    (9, "rh_total", 6, "rh_population"),
    (11, "cust_total", 5, "custodial_population"),
    (11, "rh_total", 5, "rh_population"),
    (13, "cust_total", 6, "custodial_population"),
    (13, "rh_total", 6, "rh_population"),
    (15, "custodial_population", 5, "custodial_population"),
    (16, "custodial_population", 6, "custodial_population"),
    (17, "smi_cust_total", 15, "smi_custodial"),
    (18, "smi_cust_total", 16, "smi_custodial"),
    (19, "women_custodial", 6, "custodial_population"),
];

/// True when `printed` is what `exact` gives at the printed precision, rounded half-up or truncated
/// (the report does both). Compared as integers of the printed precision, not as text: the audit
/// asks this of about 2,000 printed percents at every start-up of the pages that show it.
///
/// The report prints no negative value and none with more than 9 decimals (`Decimal::parse` reads
/// no sign); such a value, or a computation that is not a finite number, is taken as disagreeing,
/// so that it is listed and looked at rather than passed. (This used to fall back to comparing
/// formatted text, whose `f64` formatting linked about 12 kB of WASM into two bundles, issue 13.)
pub fn agrees(printed: Decimal, exact: f64) -> bool {
    let places = u32::from(printed.places);
    if !exact.is_finite() || places > 9 || printed.scaled < 0 {
        return false;
    }
    // `round_half_up(exact, places)`: the magnitude rounded, a minus sign before a negative.
    let f = 10u64.pow(places) as f64;
    let rounded =
        !exact.is_sign_negative() && (exact * f + 1e-9).round() as u64 == printed.scaled as u64;
    let truncated = (exact * f + 1e-9).floor() == printed.scaled as f64;
    rounded || truncated
}

/// An erratum's difference, printed minus computed, as the audit's table shows it: `+2`, `−0.3`
/// with one decimal unless whole, or empty when either side is not a plain number (`5.1%`,
/// "not computable"). Thousands separators are read.
pub fn difference(printed: &str, computed: &str) -> String {
    let number = |s: &str| crate::data::format::parse_decimal(&s.replace(',', ""));
    let (Some(p), Some(c)) = (number(printed), number(computed)) else {
        return String::new();
    };
    let d = p - c;
    if d.fract() == 0.0 {
        return format!("{:+}", d as i64);
    }
    let text = crate::data::format::fixed(d, 1);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

fn count(t: &Table, key: &str, col: &str) -> Option<u64> {
    t.cell(key, col).and_then(Cell::count)
}

fn check_percent(
    out: &mut Vec<Mismatch>,
    key: impl FnOnce() -> String,
    printed: &Cell,
    num: Option<u64>,
    den: Option<u64>,
) {
    let Cell::Percent(p) = printed else { return };
    let computed = match (num, den) {
        (Some(_), Some(0)) if p.scaled == 0 => return,
        (Some(n), Some(d)) if d > 0 => 100.0 * n as f64 / d as f64,
        _ => {
            out.push(Mismatch {
                key: key(),
                printed: p.to_string(),
                computed: "not computable".into(),
            });
            return;
        }
    };
    if !agrees(*p, computed) {
        out.push(Mismatch {
            key: key(),
            printed: p.to_string(),
            computed: round_half_up(computed, 2),
        });
    }
}

/// Runs every check and returns the mismatches, in a stable order.
pub fn audit(data: &Dataset) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let table = |n: u8| data.table(n).unwrap_or_else(|| panic!("table {n} missing"));

    for &(n, pct, num, den) in PERCENTS {
        let t = table(n);
        let Some(pi) = t.column(pct) else { continue };
        let (ni, di) = (t.column(num), t.column(den));
        let at = |r: &crate::data::table::Row, c: Option<usize>| c.and_then(|c| r.cells[c].count());
        for r in &t.rows {
            check_percent(
                &mut out,
                || format!("percent:t{n:02}:{}:{pct}", r.key),
                &r.cells[pi],
                at(r, ni),
                at(r, di),
            );
        }
    }

    for &(pn, cn) in PERCENT_TABLES {
        let (pt, ct) = (table(pn), table(cn));
        for r in &pt.rows {
            for (i, col) in pt.columns.iter().enumerate() {
                let Some(base) = col.strip_suffix("_pct") else {
                    continue;
                };
                let total = if base.starts_with("cust_") {
                    "cust_total"
                } else {
                    "rh_total"
                };
                check_percent(
                    &mut out,
                    || format!("percent:t{pn:02}:{}:{col}", r.key),
                    &r.cells[i],
                    count(ct, &r.key, base),
                    count(ct, &r.key, total),
                );
            }
        }
        for r in &ct.rows {
            if pt.row(&r.key).is_none() {
                out.push(Mismatch {
                    key: format!("missing-row:t{pn:02}:{}", r.key),
                    printed: String::new(),
                    computed: String::new(),
                });
            }
        }
    }

    for &(n, total, prefix) in ROW_SUMS {
        let t = table(n);
        let parts: Vec<&String> = t
            .columns
            .iter()
            .filter(|c| c.starts_with(prefix) && c.as_str() != total)
            .collect();
        for r in &t.rows {
            let values: Option<Vec<u64>> = parts.iter().map(|c| count(t, &r.key, c)).collect();
            if let (Some(v), Some(printed)) = (values, count(t, &r.key, total)) {
                let sum: u64 = v.iter().sum();
                if sum != printed {
                    out.push(Mismatch {
                        key: format!("rowsum:t{n:02}:{}:{total}", r.key),
                        printed: printed.to_string(),
                        computed: sum.to_string(),
                    });
                }
            }
        }
    }

    for &(a, acol, b, bcol) in SAME {
        let (ta, tb) = (table(a), table(b));
        for r in &ta.rows {
            if let (Some(x), Some(y)) = (count(ta, &r.key, acol), count(tb, &r.key, bcol)) {
                if x != y {
                    out.push(Mismatch {
                        key: format!("cross:t{a:02}.{acol}=t{b:02}.{bcol}:{}", r.key),
                        printed: x.to_string(),
                        computed: y.to_string(),
                    });
                }
            }
        }
    }

    // Men + women against Table 2. A jurisdiction missing from Table 6 counts no women in
    // restricted housing (California, endnote 202), but its custodial total cannot be checked.
    let (t2, t5, t6) = (table(2), table(5), table(6));
    for r in &t5.rows {
        let women_row = t6.row(&r.key).is_some();
        for (col, t2col, need_women) in [
            ("rh_population", "rh_population", false),
            (
                "custodial_population",
                "custodial_population_rh_facilities",
                true,
            ),
        ] {
            if need_women && !women_row {
                continue;
            }
            let men = count(t5, &r.key, col);
            let women = if women_row {
                count(t6, &r.key, col)
            } else {
                Some(0)
            };
            if let (Some(m), Some(w), Some(all)) = (men, women, count(t2, &r.key, t2col)) {
                if m + w != all {
                    out.push(Mismatch {
                        key: format!("cross:t05+t06.{col}=t02.{t2col}:{}", r.key),
                        printed: all.to_string(),
                        computed: (m + w).to_string(),
                    });
                }
            }
        }
    }

    // Length-of-stay rows against the restricted-housing count.
    let t4 = table(4);
    for r in &t4.rows {
        let bands: Option<Vec<u64>> = STAY_BANDS.iter().map(|c| count(t4, &r.key, c)).collect();
        if let (Some(b), Some(all)) = (bands, count(t2, &r.key, "rh_population")) {
            let sum: u64 = b.iter().sum();
            if sum != all {
                out.push(Mismatch {
                    key: format!("cross:t04.sum=t02.rh_population:{}", r.key),
                    printed: all.to_string(),
                    computed: sum.to_string(),
                });
            }
        }
    }

    for f in &data.figures {
        let Some(expr) = &f.derivation else { continue };
        let key = format!("figure:{}", f.id);
        match crate::checks::derivation::eval(expr, data) {
            Ok(v) if agrees(f.value, v) => {}
            Ok(v) => out.push(Mismatch {
                key,
                printed: f.value.to_string(),
                computed: round_half_up(v, 2),
            }),
            Err(e) => out.push(Mismatch {
                key,
                printed: f.value.to_string(),
                computed: format!("error: {e}"),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_allows_half_up_or_truncation_only() {
        let d = |s| Decimal::parse(s).unwrap();
        assert!(agrees(d("5.1"), 5.05));
        assert!(agrees(d("5.0"), 5.05));
        assert!(agrees(d("6"), 6.2));
        assert!(!agrees(d("3.0"), 3.336));
        assert!(!agrees(d("77"), 75.79));
        assert!(agrees(d("67442"), 67442.0));
        assert!(!agrees(d("59048"), 59049.0));
    }

    #[test]
    fn differences_are_signed_and_whole_or_to_one_decimal() {
        assert_eq!(difference("67,442", "67,440"), "+2");
        assert_eq!(difference("10", "12"), "-2");
        assert_eq!(difference("5.1", "5.14"), "-0.0");
        assert_eq!(difference("5.1", "4.86"), "+0.2");
        assert_eq!(difference("28.3", "28.35"), "-0.1");
        assert_eq!(difference("7", "7"), "+0");
        assert_eq!(difference("5.1%", "5.0"), "");
        assert_eq!(difference("12", "not computable"), "");
    }

    #[test]
    fn what_the_report_never_prints_disagrees() {
        let d = |s| Decimal::parse(s).unwrap();
        assert!(!agrees(d("1.0"), f64::NAN));
        assert!(!agrees(d("1"), f64::INFINITY));
        // Ten decimals: beyond the integer comparison, so listed rather than passed.
        assert!(!agrees(d("0.1234567891"), 0.1234567891));
        assert!(agrees(d("0.123456789"), 0.123456789));
        assert!(!agrees(
            Decimal {
                scaled: -51,
                places: 1
            },
            -5.1
        ));
    }
}
