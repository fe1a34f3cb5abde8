//! The rows the race and age views export: per jurisdiction and per group as recomputed, and
//! the percent table exactly as printed, with the errata and small bases flagged.

use crate::data::format::round_half_up;
use crate::sections::composition::{points, ratio, Composition, Share, Side, Topic};

fn pct(p: Option<f64>) -> String {
    p.map(|p| round_half_up(p, 1)).unwrap_or_default()
}

fn count_or_gap(side: &Side) -> String {
    match &side.share {
        Ok(s) => s.count.to_string(),
        Err(g) => g.label().to_string(),
    }
}

fn printed(side: &Side, i: usize) -> String {
    side.printed
        .get(i)
        .and_then(|p| p.value)
        .map(|v| v.to_string())
        .unwrap_or_default()
}

fn erratum_note(side: &Side) -> Option<String> {
    side.printed
        .iter()
        .filter_map(|p| p.erratum.as_ref())
        .map(|e| e.description.clone())
        .next()
}

/// Header of the per-jurisdiction export for one group.
pub const JURISDICTION_HEADER: [&str; 16] = [
    "jurisdiction",
    "name",
    "group",
    "custodial_count",
    "custodial_total",
    "custodial_share_pct",
    "custodial_share_printed_pct",
    "rh_count",
    "rh_total",
    "rh_share_pct",
    "rh_share_printed_pct",
    "difference_pts",
    "ratio",
    "in_rh_pct",
    "endnotes",
    "flags",
];

/// One export row per jurisdiction for the group at `index` (the rows the table shows).
pub fn jurisdiction_rows(rows: &[Composition], index: usize) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            let g = &r.groups[index];
            let total = |t: Option<u64>| t.map(|t| t.to_string()).unwrap_or_default();
            let mut flags: Vec<String> = [&g.custodial, &g.restricted]
                .into_iter()
                .filter_map(erratum_note)
                .collect();
            for s in [&g.custodial.share, &g.restricted.share] {
                if matches!(s, Ok(s) if s.small_base()) {
                    flags.push(format!(
                        "base under {}",
                        crate::sections::composition::SMALL_BASE
                    ));
                    break;
                }
            }
            vec![
                r.code.clone(),
                r.name.clone(),
                g.group.label.to_string(),
                count_or_gap(&g.custodial),
                total(r.custodial_total),
                pct(g.custodial.percent()),
                printed(&g.custodial, 0),
                count_or_gap(&g.restricted),
                total(r.restricted_total),
                pct(g.restricted.percent()),
                printed(&g.restricted, 0),
                g.difference().map(points).unwrap_or_default(),
                g.ratio().map(ratio).unwrap_or_default(),
                pct(g.in_restricted().and_then(Share::percent)),
                r.notes
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                flags.join("; "),
            ]
        })
        .collect()
}

/// Header of the overall export.
pub const OVERALL_HEADER: [&str; 14] = [
    "group",
    "custodial_count",
    "custodial_total",
    "custodial_share_pct",
    "custodial_chart_pct",
    "custodial_table_pct",
    "rh_count",
    "rh_total",
    "rh_share_pct",
    "rh_chart_pct",
    "rh_table_pct",
    "difference_pts",
    "ratio",
    "in_rh_pct",
];

/// One export row per group for the overall composition.
pub fn overall_rows(overall: &Composition) -> Vec<Vec<String>> {
    overall
        .groups
        .iter()
        .map(|g| {
            let n = |s: &Side| {
                s.share
                    .as_ref()
                    .map(|s| (s.count.to_string(), s.total.to_string()))
                    .unwrap_or_default()
            };
            let (cc, ct) = n(&g.custodial);
            let (rc, rt) = n(&g.restricted);
            vec![
                g.group.label.to_string(),
                cc,
                ct,
                pct(g.custodial.percent()),
                printed(&g.custodial, 0),
                printed(&g.custodial, 1),
                rc,
                rt,
                pct(g.restricted.percent()),
                printed(&g.restricted, 0),
                printed(&g.restricted, 1),
                g.difference().map(points).unwrap_or_default(),
                g.ratio().map(ratio).unwrap_or_default(),
                pct(g.in_restricted().and_then(Share::percent)),
            ]
        })
        .collect()
}

/// Header of the "as printed" export: the percent table's columns, then the flags.
pub fn printed_header(topic: Topic) -> &'static [&'static str] {
    match topic {
        Topic::Race => &[
            "jurisdiction",
            "name",
            "cust_white_pct",
            "cust_black_pct",
            "cust_hispanic_pct",
            "cust_asian_pct",
            "cust_other_pct",
            "rh_white_pct",
            "rh_black_pct",
            "rh_hispanic_pct",
            "rh_asian_pct",
            "rh_other_pct",
            "flags",
        ],
        Topic::Age => &[
            "jurisdiction",
            "name",
            "cust_under_18_pct",
            "cust_18_49_pct",
            "cust_50_plus_pct",
            "rh_under_18_pct",
            "rh_18_49_pct",
            "rh_50_plus_pct",
            "flags",
        ],
    }
}

/// One export row per jurisdiction of the percent table exactly as printed, errata named.
pub fn printed_rows(rows: &[Composition]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            let mut out = vec![r.code.clone(), r.name.clone()];
            out.extend(r.groups.iter().map(|g| printed(&g.custodial, 0)));
            out.extend(r.groups.iter().map(|g| printed(&g.restricted, 0)));
            let flags: Vec<String> = r
                .groups
                .iter()
                .flat_map(|g| [erratum_note(&g.custodial), erratum_note(&g.restricted)])
                .flatten()
                .collect();
            out.push(flags.join("; "));
            out
        })
        .collect()
}
