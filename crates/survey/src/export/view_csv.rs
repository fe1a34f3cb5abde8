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

/// A CSV file: `#` comment lines (source, definition, citation, fingerprint), then header and rows.
/// Spreadsheet programs show the comment lines as text; `csv` readers can skip lines starting with `#`.
pub fn csv_with_meta(meta: &ExportMeta, header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n", meta.title));
    out.push_str(&format!("# Source: {} — {CITATION}\n", meta.source));
    if !meta.definition.is_empty() {
        out.push_str(&format!("# Definition: {}\n", meta.definition));
    }
    out.push_str("# Figures as of fall 2015 (October 1, 2015, unless noted). Empty cell = not reported (never zero).\n");
    out.push_str(&format!(
        "# View: {} · data version {}\n",
        if meta.permalink.is_empty() {
            "?"
        } else {
            &meta.permalink
        },
        fingerprint()
    ));
    write_row(&mut out, header);
    for r in rows {
        write_row(&mut out, r);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_meta_block_then_rows() {
        let meta = ExportMeta {
            title: "T".into(),
            source: "Table 2, p. 22".into(),
            definition: "22+ h".into(),
            permalink: "?hours=22".into(),
        };
        let s = csv_with_meta(&meta, &["a", "b"], &[vec!["1".into(), "x,y".into()]]);
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[0..5].iter().all(|l| l.starts_with('#')));
        assert_eq!(lines[5], "a,b");
        assert_eq!(lines[6], "1,\"x,y\"");
        assert_eq!(fingerprint().len(), 12);
    }

    #[test]
    fn data_url_escapes() {
        assert_eq!(data_url("a,b\n"), "data:text/csv;charset=utf-8,a%2Cb%0A");
    }
}
