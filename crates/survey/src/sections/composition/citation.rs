//! Where a topic's figures come from: the tables, chart and section to cite, and the errata that
//! concern them.

use super::topic::Topic;
use crate::data::dataset::Dataset;
use crate::data::report::Erratum;
use crate::data::sex::Sex;

/// Where the figures come from: "Table 7, p. 37; Table 8, p. 38; Chart 7, p. 36 — Section VI.B".
pub fn source(data: &Dataset, topic: Topic, sex: Sex) -> String {
    let (ct, pt) = topic.tables(sex);
    let page = |n: u8| {
        crate::data::catalog::table(n)
            .map(|t| t.page.to_string())
            .unwrap_or_default()
    };
    let first = topic.groups()[0].key;
    let chart_page = data
        .figure(&format!("{}_cust_{first}_pct", topic.chart_prefix(sex)))
        .map(|f| f.page.clone())
        .unwrap_or_default();
    format!(
        "Table {ct}, p. {}; Table {pt}, p. {}; Chart {}, p. {chart_page} — Section {}",
        page(ct),
        page(pt),
        topic.chart(sex),
        topic.section()
    )
}

/// Errata that concern this topic's tables for one sex.
pub fn errata(data: &Dataset, topic: Topic, sex: Sex) -> Vec<&Erratum> {
    let (ct, pt) = topic.tables(sex);
    data.errata
        .iter()
        .filter(|e| e.table == Some(ct) || e.table == Some(pt))
        .collect()
}
