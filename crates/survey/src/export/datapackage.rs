//! Builds `static/data/datapackage.json` (a Frictionless Data Package) from the data and the
//! catalog, so the descriptor can never drift from the files: a test compares the two.

use crate::data::catalog::{self, describe_column, CITATION};
use crate::data::dataset::Dataset;

fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn field(name: &str, ty: &str, description: &str, unit: Option<&str>) -> String {
    let unit = unit
        .map(|u| format!(", \"unit\": {}", json(u)))
        .unwrap_or_default();
    format!(
        "        {{ \"name\": {}, \"type\": {}, \"description\": {}{unit} }}",
        json(name),
        json(ty),
        json(description)
    )
}

/// Fields of the non-table files: (file, [(name, type, description)]).
/// (field name, Frictionless type, description).
type Field = (&'static str, &'static str, &'static str);

const OTHER_FILES: &[(&str, &str, &[Field])] = &[
    ("jurisdictions.csv", "The 53 jurisdictions surveyed (report p. 15-16).", &[
        ("code", "string", "USPS state code, DC, VI (Virgin Islands) or BOP (Federal Bureau of Prisons)"),
        ("name", "string", "Name as the report prints it"),
        ("kind", "string", "state, federal, district or territory"),
        ("responded", "boolean", "Whether the jurisdiction answered the survey (Maine did not)"),
        ("in_table02", "boolean", "Whether Table 2 has a restricted-housing count for it"),
        ("notes", "string", "Why it is missing from Table 2, if it is"),
    ]),
    ("report_figures.csv", "Every figure printed outside a per-jurisdiction cell: table totals, medians, prose figures.", &[
        ("id", "string", "Stable identifier"),
        ("value", "number", "The value as printed (no separators or % sign)"),
        ("unit", "string", "people, percent, jurisdictions, ..."),
        ("statement", "string", "What the figure is, in our words"),
        ("table", "string", "Report table (two digits), if the figure belongs to one"),
        ("section", "string", "Report section"),
        ("page", "string", "Printed page"),
        ("derivation", "string", "How to recompute it from the table files (see docs/data-conventions.md); empty if it cannot be"),
    ]),
    ("endnotes.csv", "The report's 397 endnotes.", &[
        ("number", "integer", "Endnote number"),
        ("text", "string", "Text as printed"),
        ("page", "string", "Printed page of the endnote"),
        ("tables", "string", "Tables it qualifies (space-separated two-digit numbers)"),
        ("jurisdictions", "string", "Jurisdiction codes it concerns (space-separated)"),
        ("cited_at_page", "string", "Printed page where its marker appears"),
    ]),
    ("errata.csv", "Places where the report disagrees with itself. Recorded, never corrected.", &[
        ("id", "string", "Stable identifier"),
        ("kind", "string", "column_total, percent, row_sum, prose_vs_table, cross_table or other"),
        ("check", "string", "Key of the automatic check that finds it; empty if none does"),
        ("table", "string", "Table concerned"),
        ("jurisdiction", "string", "Jurisdiction concerned"),
        ("column", "string", "Column concerned"),
        ("printed", "string", "What the report prints"),
        ("computed", "string", "What the report's own counts give"),
        ("page", "string", "Printed page"),
        ("description", "string", "One plain sentence"),
    ]),
    ("reforms.csv", "Section VII: policy changes each jurisdiction reported, summarised in our own words.", &[
        ("jurisdiction", "string", "Jurisdiction code"),
        ("kind", "string", "Kind of change (entry_criteria, release_step_down, time_caps, oversight_review, out_of_cell_time, programming, conditions, staffing_training, ...)"),
        ("summary", "string", "One sentence in our words"),
        ("section", "string", "Report section"),
        ("page", "string", "Printed page"),
        ("profiled", "boolean", "True for the six systems profiled in Section VII.F"),
    ]),
    ("smi_definitions.csv", "Appendix C: each jurisdiction's definition of serious mental illness, as printed.", &[
        ("jurisdiction", "string", "Jurisdiction code"),
        ("definition", "string", "The definition as printed"),
        ("page", "string", "Appendix page"),
    ]),
];

/// The data package descriptor, as pretty JSON.
pub fn descriptor(data: &Dataset) -> String {
    let mut resources = Vec::new();
    for (file, description, fields) in OTHER_FILES {
        let fs: Vec<String> = fields
            .iter()
            .map(|(n, t, d)| field(n, t, d, None))
            .collect();
        resources.push(resource(file, description, "", &fs));
    }
    for t in &data.tables {
        let info = catalog::table(t.number).expect("catalog covers every table");
        let fs: Vec<String> = t
            .columns
            .iter()
            .map(|c| {
                let (ty, d) = describe_column(c);
                let unit = match ty {
                    "integer" if c != "jurisdiction" => Some(if t.number == 1 {
                        "jurisdictions"
                    } else {
                        "people"
                    }),
                    "number" => Some("percent"),
                    _ => None,
                };
                field(c, ty, &d, unit)
            })
            .collect();
        let desc = format!("Table {}: {} (report p. {}, section {}). One row per {}; no total rows; empty = not reported.", t.number, info.title, info.page, info.section, if t.number == 1 { "facility type" } else { "jurisdiction" });
        resources.push(resource(
            &catalog_file(t.number),
            &desc,
            if t.number == 1 {
                "facility_type"
            } else {
                "jurisdiction"
            },
            &fs,
        ));
    }
    format!(
        "{{\n  \"name\": \"asca-liman-2016-time-in-cell\",\n  \"title\": \"Aiming to Reduce Time-In-Cell (ASCA-Liman, 2016): survey data\",\n  \"description\": {},\n  \"sources\": [{{ \"title\": {} }}],\n  \"licenses\": [{{ \"name\": \"other-at\", \"title\": {} }}],\n  \"resources\": [\n{}\n  ]\n}}\n",
        json("The 2015 ASCA-Liman survey of restricted housing in U.S. prisons (as of fall 2015), extracted table by table from the report, with its printed figures, endnotes and internal inconsistencies. Extracted for Time-In-Cell Explorer."),
        json(CITATION),
        json("The report states: \u{201c}This Report may be reproduced free of charge and without the need for additional permission. All rights reserved, 2016.\u{201d} (front matter)"),
        resources.join(",\n")
    )
}

fn catalog_file(n: u8) -> String {
    crate::data::table::Table::file_name(n)
}

fn resource(path: &str, description: &str, key: &str, fields: &[String]) -> String {
    let name = path.trim_end_matches(".csv").replace('_', "-");
    let pk = if key.is_empty() {
        String::new()
    } else {
        format!(", \"primaryKey\": {}", json(key))
    };
    format!(
        "    {{\n      \"name\": {}, \"path\": {}, \"format\": \"csv\", \"mediatype\": \"text/csv\", \"encoding\": \"utf-8\",\n      \"description\": {},\n      \"schema\": {{ \"fields\": [\n{}\n      ]{pk} }}\n    }}",
        json(&name), json(path), json(description), fields.join(",\n")
    )
}

/// Checks that every shipped file's header matches the descriptor's fields (names and order); the
/// files are compiled in natively only.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_headers(data: &Dataset) -> Result<(), String> {
    use crate::data::csv;
    let files = crate::data::dataset::all_files();
    for (file, _, fields) in OTHER_FILES {
        let text = files
            .iter()
            .find(|(n, _)| n == file)
            .map(|(_, t)| *t)
            .ok_or(format!("{file} not bundled"))?;
        let (header, _) = csv::parse(file, text).map_err(|e| e.to_string())?;
        let want: Vec<&str> = fields.iter().map(|f| f.0).collect();
        if header != want {
            return Err(format!(
                "{file}: header {header:?} differs from the descriptor {want:?}"
            ));
        }
    }
    if data.tables.len() != 19 {
        return Err(format!("{} tables bundled, 19 expected", data.tables.len()));
    }
    Ok(())
}
