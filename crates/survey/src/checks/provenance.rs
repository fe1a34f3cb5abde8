//! Where a figure comes from: report table and page, qualifying endnotes, printed or computed, and
//! the definition in force — and the citation sentence a journalist can paste.

use crate::data::catalog;
use crate::data::format::{percent, thousands};
use crate::data::row_pages::TOTAL;
use crate::data::Dataset;
use crate::engine::definition::{Choice, Definition, Hours, Population, Stay};
use crate::engine::{JurisdictionResult, Status, Summary};

/// The provenance of one figure shown in the app.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// What the figure is, e.g. "Texas: people in restricted housing".
    pub label: String,
    /// The figure as shown.
    pub value: String,
    /// Report tables and printed pages it comes from, e.g. [(2, 22), (3, 25)].
    pub tables: Vec<(u8, u8)>,
    /// Qualifying endnotes.
    pub notes: Vec<u32>,
    /// True when the report prints this exact figure; false when the app computed it.
    pub printed: bool,
    /// How the app computed it, when it did.
    pub method: String,
    /// The definition in force, in words.
    pub definition: String,
}

/// The tables a definition draws on, with their pages.
pub fn tables_for(def: &Definition) -> Vec<(u8, u8)> {
    let mut t = vec![];
    match def.population {
        Population::All => t.push(2),
        Population::Men => t.push(5),
        Population::Women => t.push(6),
    }
    if def.hours != Hours::H22 {
        t.push(3);
    }
    if def.stay != Stay::D15 {
        t.push(4);
    }
    t.into_iter()
        .map(|n| (n, catalog::table(n).map_or(0, |i| i.page)))
        .collect()
}

/// The tables a definition draws on, each with the page the given row is printed on (a
/// jurisdiction code, or [`TOTAL`] for the printed total row; [`Dataset::row_page`]), falling back
/// to the table's first page where the row is not printed.
pub fn tables_for_row(data: &Dataset, def: &Definition, key: &str) -> Vec<(u8, u8)> {
    tables_for(def)
        .into_iter()
        .map(|(t, p)| {
            let row = data.row_page(t, key).and_then(|p| u8::try_from(p).ok());
            (t, row.unwrap_or(p))
        })
        .collect()
}

fn source_words(tables: &[(u8, u8)]) -> String {
    tables
        .iter()
        .map(|(t, p)| format!("Table {t}, p. {p}"))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Provenance {
    /// "Table 2, p. 22; Table 3, p. 25".
    pub fn source(&self) -> String {
        source_words(&self.tables)
    }
}

/// Provenance of a jurisdiction's count under a definition.
pub fn of_count(data: &Dataset, r: &JurisdictionResult, def: &Definition) -> Provenance {
    let tables = tables_for_row(data, def, &r.code);
    let single = def.hours == Hours::H22 && def.stay == Stay::D15;
    let (value, method) = match (r.count, r.status) {
        (Some(n), Status::AtLeast) => (format!("at least {}", thousands(n)), "The 22-hour count from Table 2; this jurisdiction did not report the 16–21-hour bands (not in Table 3), so this is a minimum.".to_string()),
        (Some(n), _) if single && !r.alternative_used => (thousands(n), String::new()),
        (Some(n), _) if r.alternative_used => (thousands(n), "The report's parenthesised alternative figure in Table 2.".to_string()),
        (Some(n), _) => (thousands(n), method_for(def)),
        (None, Status::Missing(g)) => (g.label().to_string(), g.reason().to_string()),
        (None, _) => ("not reported".into(), String::new()),
    };
    Provenance {
        label: format!("{}: {}", r.name, def.describe()),
        printed: method.is_empty() || r.alternative_used,
        value,
        tables,
        notes: r.notes.clone(),
        method,
        definition: def.describe(),
    }
}

/// Provenance of a jurisdiction's percent under a definition.
pub fn of_percent(data: &Dataset, r: &JurisdictionResult, def: &Definition) -> Provenance {
    let mut p = of_count(data, r, def);
    p.label = format!("{}: percent of custodial population", r.name);
    p.value = r
        .percent
        .map(|x| percent(x, 1))
        .unwrap_or_else(|| "not available".into());
    let den = r.denominator.map(thousands).unwrap_or_else(|| "?".into());
    let printed_pct = def.hours == Hours::H22 && def.stay == Stay::D15;
    p.printed = printed_pct;
    p.method = format!(
        "{} ÷ {den} (custodial population{}) × 100{}",
        r.count.map(thousands).unwrap_or_else(|| "?".into()),
        if def.denominator == crate::engine::definition::Denominator::Total
            && def.population == Population::All
        {
            ", whole system"
        } else {
            " of the reporting facilities"
        },
        if printed_pct {
            "; the report prints this percent rounded to one decimal"
        } else {
            ""
        }
    );
    p
}

fn method_for(def: &Definition) -> String {
    let mut parts = vec![];
    if def.stay != Stay::D15 {
        parts.push(format!(
            "the Table 4 length-of-stay bands of {} or more, added up",
            def.stay.label().trim_end_matches(" or more")
        ));
    } else {
        parts.push("the 22-hour count (Table 2)".to_string());
    }
    if def.hours.includes_20_21() {
        parts.push("plus the 20–21-hour band (Table 3)".into());
    }
    if def.hours.includes_16_19() {
        parts.push("plus the 16–19-hour band (Table 3)".into());
    }
    format!("Computed by the app: {}.", parts.join(" "))
}

/// Provenance of the headline total.
pub fn of_total(data: &Dataset, s: &Summary) -> Provenance {
    let def = s.definition;
    Provenance {
        label: format!("Total: {}", def.describe()),
        value: format!(
            "{}{}",
            if s.at_least { "at least " } else { "" },
            thousands(s.total)
        ),
        tables: tables_for_row(data, &def, TOTAL),
        notes: vec![],
        printed: matches!(
            (def.hours, def.stay, def.population),
            (Hours::H22 | Hours::H16, Stay::D15, Population::All)
        ) && !def.alternatives,
        method: format!(
            "Sum over the {} jurisdictions with a count{}.",
            s.counted,
            if s.at_least {
                format!(
                    "; {} of them reported only their 22-hour count",
                    s.partial.len()
                )
            } else {
                String::new()
            }
        ),
        definition: def.describe(),
    }
}

/// The citation sentence for the headline figure, e.g. "At least 83,897 people were held in their
/// cells 16 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions —
/// ASCA–Liman, *Aiming to Reduce Time-In-Cell* (2016), Table 2, p. 23; Table 3, p. 25".
pub fn headline_citation(data: &Dataset, s: &Summary) -> String {
    let def = s.definition;
    let who = match def.population {
        Population::All => "people",
        Population::Men => "men",
        Population::Women => "women",
    };
    let hours = def.hours.value();
    let stay = def.stay.label();
    let n = thousands(s.total);
    let lead = if s.at_least {
        format!("At least {n}")
    } else {
        n
    };
    format!(
        "{lead} {who} were held in their cells {hours} hours a day or more for {stay} in the fall of 2015, across {} jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), {}",
        s.counted,
        source_words(&tables_for_row(data, &def, TOTAL))
    )
}
