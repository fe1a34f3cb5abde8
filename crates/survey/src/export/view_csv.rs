//! CSV export of exactly what a view shows, with a header block saying where it comes from.

use crate::data::catalog::CITATION;
use crate::data::csv::write_row;

/// What a downloaded file must say about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportMeta {
    /// What the rows are, e.g. "Table 4: length of stay by jurisdiction".
    pub title: String,
    /// Report tables/pages the values come from, e.g. "Table 4, p. 27".
    pub source: String,
    /// The definition in force, in words (empty when not applicable).
    pub definition: String,
    /// The view's permalink (query string).
    pub permalink: String,
}

/// The data's version fingerprint (see [`crate::data::dataset::FINGERPRINT`]).
pub fn fingerprint() -> String {
    crate::data::dataset::FINGERPRINT.to_string()
}

/// Columns appended to every exported row so the file carries its own citation: a spreadsheet and
/// `pandas.read_csv` both open it with no options (the first line is the header, every row has the
/// same fields), and a row pasted elsewhere still says where it comes from.
pub const META_COLUMNS: [&str; 6] = [
    "source",
    "definition",
    "as_of",
    "view",
    "data_version",
    "citation",
];

/// A CSV file: the header (the view's columns, then [`META_COLUMNS`]) on the first line, then one
/// line per row. No comment lines: Excel and Sheets would read them as data.
pub fn csv_with_meta(meta: &ExportMeta, header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let mut head: Vec<&str> = header.to_vec();
    head.extend(META_COLUMNS);
    write_row(&mut out, &head);
    let view = if meta.permalink.is_empty() {
        "?".to_string()
    } else {
        meta.permalink.clone()
    };
    let extra = [
        meta.source.clone(),
        meta.definition.clone(),
        "fall 2015 (October 1, 2015, unless noted); empty cell = not reported, never zero"
            .to_string(),
        view,
        fingerprint(),
        format!("{} — {CITATION}", meta.title),
    ];
    for r in rows {
        let mut row: Vec<String> = r.clone();
        // Short rows are padded so every line has the header's number of fields.
        row.resize(header.len(), String::new());
        row.extend(extra.iter().cloned());
        write_row(&mut out, &row);
    }
    out
}

/// A `data:` URL for a CSV download (works offline and under the CSP).
pub fn data_url(csv: &str) -> String {
    let mut out = String::from("data:text/csv;charset=utf-8,");
    for b in csv.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
/// A count the report may not have, as a CSV field: the number, or empty when it has none (a
/// missing count is never written as 0).
pub fn count_field(n: Option<u64>) -> String {
    n.map(|v| v.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_count_is_an_empty_field_not_zero() {
        assert_eq!(count_field(Some(1234)), "1234");
        assert_eq!(count_field(Some(0)), "0");
        assert_eq!(count_field(None), "");
    }

    #[test]
    fn csv_header_first_then_rows_with_their_citation() {
        let meta = ExportMeta {
            title: "T".into(),
            source: "Table 2, p. 22".into(),
            definition: "22+ h".into(),
            permalink: "?hours=22".into(),
        };
        let s = csv_with_meta(
            &meta,
            &["a", "b"],
            &[vec!["1".into(), "x,y".into()], vec!["2".into()]],
        );
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines.iter().all(|l| !l.starts_with('#')));
        assert_eq!(
            lines[0],
            "a,b,source,definition,as_of,view,data_version,citation"
        );
        assert!(
            lines[1].starts_with("1,\"x,y\",\"Table 2, p. 22\",22+ h,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(&fingerprint()) && lines[1].contains("?hours=22"));
        let (header, records) = crate::data::csv::parse("x.csv", &s).unwrap();
        assert!(records.iter().all(|r| r.fields.len() == header.len()));
        assert_eq!(fingerprint().len(), 12);
    }

    #[test]
    fn data_url_escapes() {
        assert_eq!(data_url("a,b\n"), "data:text/csv;charset=utf-8,a%2Cb%0A");
    }
}
