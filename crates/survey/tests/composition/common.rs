//! What the composition tests share: the dataset and reading a group's shares and printed percents.

pub use survey::chart::composition::{dumbbells, nice_max, stacked};
pub use survey::chart::Frame;
pub use survey::data::sex::Sex;
pub use survey::sections::composition::{
    by_jurisdiction, overall, points, ratio, source, NoShare, Share, Topic,
};
pub use survey::sections::composition_checks::{
    age_rates, jurisdiction_rows, overall_rows, printed_header, printed_rows, race_claims,
    Direction, JURISDICTION_HEADER, OVERALL_HEADER,
};
pub use survey::Dataset;

pub fn data() -> Dataset {
    Dataset::embedded().expect("bundled data parses")
}

pub fn share_of<'a>(
    c: &'a survey::sections::composition::Composition,
    key: &str,
) -> &'a survey::sections::composition::GroupRow {
    c.groups.iter().find(|g| g.group.key == key).unwrap()
}

/// Each group's printed custodial and restricted-housing percents, in the chart's order.
pub fn printed_percents(c: &survey::sections::composition::Composition) -> Vec<String> {
    c.groups
        .iter()
        .flat_map(|g| [&g.custodial, &g.restricted])
        .map(|s| s.printed[0].value.unwrap().to_string())
        .collect()
}
