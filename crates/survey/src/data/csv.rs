//! A small RFC 4180 CSV reader that reports malformed input by file, line and column.
//!
//! The data files are ours and small, so a hand-written reader keeps the WASM bundle free of a CSV
//! crate while still giving precise errors ("table02.csv line 7 column 3: ...").

use std::fmt;

/// Where and why a data file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// File name as shipped under `static/data/`.
    pub file: String,
    /// 1-based line of the offending record (0 when the error is about the file as a whole, or
    /// about an encoded file: `data::codec`).
    pub line: usize,
    /// 1-based column (field index) within the record (0 when not about one field).
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            // About the file as a whole (or an encoded file, whose message says which byte).
            return write!(f, "{}: {}", self.file, self.message);
        }
        write!(
            f,
            "{} line {} column {}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for DataError {}

/// One parsed record with the line it started on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// 1-based line number where the record starts.
    pub line: usize,
    /// The fields, unquoted.
    pub fields: Vec<String>,
}

/// Parses `text` into a header and records; every record must have as many fields as the header.
pub fn parse(file: &str, text: &str) -> Result<(Vec<String>, Vec<Record>), DataError> {
    let err = |line: usize, column: usize, message: String| DataError {
        file: file.to_string(),
        line,
        column,
        message,
    };
    let mut records: Vec<Record> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut after_quote = false;
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut chars = text.chars().peekable();
    let mut any_in_record = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_quote = true;
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !after_quote => {
                in_quotes = true;
                any_in_record = true;
            }
            '"' => {
                return Err(err(
                    line,
                    fields.len() + 1,
                    "stray quote inside an unquoted field".into(),
                ))
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                after_quote = false;
                any_in_record = true;
            }
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    return Err(err(line, fields.len() + 1, "bare carriage return".into()));
                }
            }
            '\n' => {
                if !any_in_record && field.is_empty() {
                    return Err(err(line, 0, "blank line".into()));
                }
                fields.push(std::mem::take(&mut field));
                records.push(Record {
                    line: record_line,
                    fields: std::mem::take(&mut fields),
                });
                after_quote = false;
                any_in_record = false;
                line += 1;
                record_line = line;
            }
            _ if after_quote => {
                return Err(err(
                    line,
                    fields.len() + 1,
                    "text after a closing quote".into(),
                ))
            }
            _ => {
                field.push(c);
                any_in_record = true;
            }
        }
    }
    if in_quotes {
        return Err(err(
            record_line,
            fields.len() + 1,
            "unterminated quoted field".into(),
        ));
    }
    if any_in_record || !field.is_empty() {
        fields.push(field);
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    if records.is_empty() {
        return Err(err(0, 0, "empty file (no header)".into()));
    }
    let header = records.remove(0).fields;
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            return Err(err(1, i + 1, "empty column name in header".into()));
        }
        if header[..i].contains(name) {
            return Err(err(1, i + 1, format!("duplicate column name `{name}`")));
        }
    }
    for r in &records {
        if r.fields.len() != header.len() {
            return Err(err(
                r.line,
                r.fields.len().min(header.len()) + 1,
                format!("expected {} fields, found {}", header.len(), r.fields.len()),
            ));
        }
    }
    Ok((header, records))
}

/// Quotes a field for CSV output when it needs it.
pub fn escape(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Writes one CSV line (with trailing newline).
pub fn write_row<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&escape(f.as_ref()));
    }
    out.push('\n');
}

/// Reads named columns out of a CSV file's records.
pub(crate) struct Rows {
    file: String,
    header: Vec<String>,
    records: Vec<Record>,
}

impl Rows {
    pub(crate) fn parse(file: &str, text: &str, required: &[&str]) -> Result<Rows, DataError> {
        let (header, records) = parse(file, text)?;
        for r in required {
            if !header.iter().any(|h| h == r) {
                return Err(DataError {
                    file: file.into(),
                    line: 1,
                    column: 0,
                    message: format!("missing column `{r}`"),
                });
            }
        }
        Ok(Rows {
            file: file.into(),
            header,
            records,
        })
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = RowRef<'_>> {
        self.records
            .iter()
            .map(move |r| RowRef { rows: self, rec: r })
    }
}

/// One record of a [`Rows`], read by column name.
pub(crate) struct RowRef<'a> {
    rows: &'a Rows,
    rec: &'a Record,
}

impl RowRef<'_> {
    /// The field named `col` (empty string when the column is absent).
    pub(crate) fn get(&self, col: &str) -> &str {
        self.rows
            .header
            .iter()
            .position(|h| h == col)
            .map(|i| self.rec.fields[i].trim())
            .unwrap_or("")
    }

    /// An error about the field named `col` of this record.
    pub(crate) fn error(&self, col: &str, message: String) -> DataError {
        DataError {
            file: self.rows.file.clone(),
            line: self.rec.line,
            column: self
                .rows
                .header
                .iter()
                .position(|h| h == col)
                .map_or(0, |i| i + 1),
            message,
        }
    }

    /// A required, parsed field.
    pub(crate) fn parse<T: std::str::FromStr>(&self, col: &str) -> Result<T, DataError> {
        let raw = self.get(col);
        raw.parse()
            .map_err(|_| self.error(col, format!("`{raw}` is not a valid {col}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_fields_with_commas_quotes_and_newlines() {
        let (h, rows) = parse(
            "t.csv",
            "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n1,\"two\nlines\"\n",
        )
        .unwrap();
        assert_eq!(h, vec!["a", "b"]);
        assert_eq!(rows[0].fields, vec!["x, y", "say \"hi\""]);
        assert_eq!(rows[1].fields, vec!["1", "two\nlines"]);
        assert_eq!(rows[1].line, 3);
    }

    #[test]
    fn empty_fields_survive() {
        let (_, rows) = parse("t.csv", "a,b,c\n,,\n1,,3").unwrap();
        assert_eq!(rows[0].fields, vec!["", "", ""]);
        assert_eq!(rows[1].fields, vec!["1", "", "3"]);
    }

    #[test]
    fn wrong_field_count_names_line_and_column() {
        let e = parse("table02.csv", "a,b\n1,2\n3\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 2));
        assert!(
            e.to_string().starts_with("table02.csv line 3 column 2"),
            "{e}"
        );
    }

    #[test]
    fn stray_quote_and_unterminated_quote_are_errors() {
        assert_eq!(parse("f", "a\nx\"y\n").unwrap_err().line, 2);
        assert_eq!(parse("f", "a,b\n1,\"open\n").unwrap_err().column, 2);
    }

    #[test]
    fn blank_lines_and_duplicate_headers_are_errors() {
        assert!(parse("f", "a\n1\n\n2\n")
            .unwrap_err()
            .message
            .contains("blank"));
        assert!(parse("f", "a,a\n1,2\n")
            .unwrap_err()
            .message
            .contains("duplicate"));
    }

    #[test]
    fn escape_round_trips() {
        let mut out = String::new();
        write_row(&mut out, &["h1", "h2"]);
        write_row(&mut out, &["a,b", "c\"d"]);
        let (_, rows) = parse("f", &out).unwrap();
        assert_eq!(rows[0].fields, vec!["a,b", "c\"d"]);
    }
}
