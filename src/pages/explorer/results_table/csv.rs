//! The explorer's CSV download: its columns, its file name, the tables it cites, and one line per
//! jurisdiction (printed values as printed, computed ones in their own columns).

use survey::engine::definition::Hours;
use survey::engine::{JurisdictionResult, Status, Summary};

pub(super) fn source(s: &Summary) -> String {
    use survey::engine::definition::{Population, Stay};
    let mut t = vec!["Table 2, p. 22"];
    if s.definition.hours != Hours::H22 {
        t.push("Table 3, p. 25");
    }
    if s.definition.stay != Stay::D15 {
        t.push("Table 4, p. 27");
    }
    match s.definition.population {
        Population::Men => t.push("Table 5, p. 32"),
        Population::Women => t.push("Table 6, p. 34"),
        Population::All => {}
    }
    t.join("; ")
}

/// The explorer CSV's columns: printed values as printed, computed ones in their own columns.
pub(super) const CSV_HEADER: [&str; 12] = [
    "jurisdiction",
    "name",
    "status",
    "count",
    "h22_plus",
    "h20_21",
    "h16_19",
    "denominator",
    "denominator_kind",
    "percent_as_printed",
    "percent_computed",
    "endnotes",
];

/// The file name carries the view and the definition: `time-in-cell-explorer-16h-15d-all-reporting.csv`.
pub(super) fn csv_name(s: &Summary) -> String {
    use survey::engine::definition::Choice;
    let d = s.definition;
    format!(
        "time-in-cell-explorer-{}h-{}-{}-{}{}.csv",
        d.hours.value(),
        d.stay.token(),
        d.population.token(),
        d.denominator.token(),
        if d.alternatives { "-alternatives" } else { "" }
    )
}

pub(super) fn csv_row(data: &survey::Dataset, s: &Summary, r: &JurisdictionResult) -> Vec<String> {
    use survey::engine::definition::{Denominator, Hours, Population, Stay};
    let def = s.definition;
    // The report prints a percent only for the survey's own definition (Tables 2, 5, 6).
    let printed = if def.hours == Hours::H22
        && def.stay == Stay::D15
        && def.denominator == Denominator::Reporting
    {
        let (t, col) = match (def.population, r.alternative_used) {
            (Population::All, true) => (2, "alt_rh_percent"),
            (Population::All, false) => (2, "rh_percent"),
            (Population::Men, _) => (5, "rh_percent"),
            (Population::Women, _) => (6, "rh_percent"),
        };
        match data.table(t).and_then(|t| t.cell(&r.code, col)) {
            Some(survey::Cell::Percent(d)) => d.to_string(),
            _ => String::new(),
        }
    } else {
        String::new()
    };
    let kind = survey::engine::coverage::row_denominator(data, &def, &r.code);
    let mut row = csv_row_base(r);
    row.insert(
        8,
        if kind.star {
            format!("* {}", kind.words)
        } else {
            kind.words
        },
    );
    row.insert(9, printed);
    row
}

fn csv_row_base(r: &JurisdictionResult) -> Vec<String> {
    let n = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    let status = match r.status {
        Status::Reported => "reported".to_string(),
        Status::ReportedZero => "reported zero".to_string(),
        Status::AtLeast => "at least (16-21 h bands not reported)".to_string(),
        Status::Missing(g) => g.label().to_string(),
    };
    vec![
        r.code.clone(),
        r.name.clone(),
        status,
        n(r.count),
        n(r.h22),
        n(r.h20_21),
        n(r.h16_19),
        n(r.denominator),
        r.percent
            .map(|p| survey::data::format::round_half_up(p, 2))
            .unwrap_or_default(),
        r.notes
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    ]
}
