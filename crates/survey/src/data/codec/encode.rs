//! The build-time writer of the data files (native builds only: the bundles only read them). See
//! [`super`] for the format.

use super::{
    cell, expr, part_file, part_magic, Part, AGGREGATES, COMBINES, KINDS, NOTES_FILE, NOTES_MAGIC,
    TABLES_FILE, TABLES_MAGIC, TEXT_NOTES,
};
use crate::data::csv::DataError;
use crate::data::dataset::Dataset;
use crate::data::derivation::Expr;
use crate::data::row_pages::TOTAL;
use crate::data::table::{Cell, Decimal};

/// The jurisdictions, tables and rows' pages of `d` as bytes ([`TABLES_FILE`]); an error if a text
/// holds a NUL character or a page names a row the tables lack.
pub fn encode_tables(d: &Dataset) -> Result<Vec<u8>, DataError> {
    let mut o = Out(TABLES_MAGIC.to_vec(), None);
    o.uint(d.jurisdictions.len() as u64);
    for j in &d.jurisdictions {
        o.str(&j.code);
        o.str(&j.name);
        o.pick(&KINDS, &j.kind);
        o.byte(j.responded as u8);
        o.str(&j.notes);
    }
    o.uint(d.tables.len() as u64);
    for t in &d.tables {
        o.byte(t.number);
        o.strs(&t.columns);
        // Column by column (a column's values side by side compress best), after the rows' lines
        // (each as the gap to the previous row's, 0 for the next line).
        o.uint(t.rows.len() as u64);
        let mut line = 1;
        for r in &t.rows {
            o.uint(r.line.wrapping_sub(line + 1) as u64);
            line = r.line;
        }
        for c in 0..t.columns.len() {
            for r in &t.rows {
                match &r.cells[c] {
                    Cell::Missing => o.byte(cell::MISSING),
                    Cell::Count(n) => {
                        o.byte(cell::COUNT);
                        o.uint(*n);
                    }
                    Cell::Percent(d) => {
                        o.byte(cell::PERCENT);
                        o.decimal(*d);
                    }
                    Cell::Flag(b) => o.byte(if *b { cell::YES } else { cell::NO }),
                    Cell::Text(s) => {
                        o.byte(cell::TEXT);
                        o.str(s);
                    }
                }
            }
        }
        for r in &t.rows {
            o.uint(r.notes.len() as u64);
            for n in &r.notes {
                o.uint(u64::from(n.number));
                let col = n
                    .column
                    .as_ref()
                    .and_then(|c| t.columns.iter().position(|x| x == c));
                o.uint(col.map_or(0, |i| i as u64 + 1));
            }
        }
    }
    // The rows' pages, column by column: the same row numbers and pages repeat table after table.
    let pages = &d.row_pages;
    o.uint(pages.len() as u64);
    for p in pages {
        o.byte(p.table);
    }
    for p in pages {
        let row = d.table(p.table).and_then(|t| match p.key.as_str() {
            TOTAL => Some(0),
            key => t.rows.iter().position(|r| r.key == key).map(|i| i + 1),
        });
        match row {
            Some(i) => o.uint(i as u64),
            None => o.error(format!(
                "a page for Table {}'s row `{}`, which it lacks",
                p.table, p.key
            )),
        }
    }
    for p in pages {
        o.uint(u64::from(p.page));
    }
    o.done(TABLES_FILE)
}

/// The part `p` of the report's text of `d` as bytes ([`part_file`]); an error if a text holds a
/// NUL character.
pub fn encode_part(d: &Dataset, p: Part) -> Result<Vec<u8>, DataError> {
    let mut o = Out(part_magic(p).to_vec(), None);
    match p {
        crate::data::parts::figure_parts!() => {
            let mine: Vec<_> = d
                .figures
                .iter()
                .filter(|f| Part::of_figure(&f.section) == p)
                .collect();
            o.uint(mine.len() as u64);
            for f in mine {
                o.str(&f.id);
                o.decimal(f.value);
                o.str(&f.unit);
                o.str(&f.statement);
                o.byte(f.table.unwrap_or(0));
                o.str(&f.section);
                o.str(&f.page);
                o.str(&f.derivation_src);
                match &f.derivation {
                    None => o.byte(0),
                    Some(e) => {
                        o.byte(1);
                        o.expr(e);
                    }
                }
            }
        }
        Part::Endnotes => {
            o.uint(d.endnotes.len() as u64);
            for e in &d.endnotes {
                o.uint(u64::from(e.number));
                // The others' texts are in the notes file.
                if TEXT_NOTES.contains(&e.number) {
                    o.str(&e.text);
                }
                o.str(&e.page);
                o.uint(e.tables.len() as u64);
                for t in &e.tables {
                    o.byte(*t);
                }
                o.strs(&e.jurisdictions);
                o.str(&e.cited_at_page);
            }
        }
        Part::Errata => {
            o.uint(d.errata.len() as u64);
            for e in &d.errata {
                o.str(&e.id);
                o.str(&e.kind);
                o.str(&e.check);
                o.byte(e.table.unwrap_or(0));
                o.fields([
                    &e.jurisdiction,
                    &e.column,
                    &e.printed,
                    &e.computed,
                    &e.page,
                    &e.description,
                ]);
            }
            // The audit's counts, when the build has put them in (`Dataset::audit`).
            o.byte(d.audit.is_some() as u8);
            if let Some(a) = d.audit {
                for n in [
                    a.figures,
                    a.recomputed,
                    a.errata,
                    a.errata_checked,
                    a.mismatches,
                ] {
                    o.uint(n as u64);
                }
            }
        }
        Part::Reforms => {
            o.uint(d.reforms.len() as u64);
            for r in &d.reforms {
                o.fields([&r.jurisdiction, &r.kind, &r.summary, &r.section, &r.page]);
                o.byte(r.profiled as u8);
            }
        }
        Part::Smi => {
            o.uint(d.smi_definitions.len() as u64);
            for s in &d.smi_definitions {
                o.fields([&s.jurisdiction, &s.definition, &s.page]);
            }
        }
        Part::Later => {
            o.uint(d.later.len() as u64);
            for f in &d.later {
                o.fields([
                    &f.edition,
                    &f.data_as_of,
                    &f.kind,
                    &f.shown,
                    &f.coverage,
                    &f.definition,
                    &f.source_url,
                    &f.source_note,
                ]);
                o.uint(f.low);
                match f.high {
                    None => o.byte(0),
                    Some(h) => {
                        o.byte(1);
                        o.uint(h);
                    }
                }
            }
        }
    }
    o.done(part_file(p))
}

/// The texts of `d`'s endnotes but [`TEXT_NOTES`], in the endnotes' order, as bytes
/// ([`NOTES_FILE`]); an error if one holds a NUL character.
pub fn encode_notes(d: &Dataset) -> Result<Vec<u8>, DataError> {
    let mut o = Out(NOTES_MAGIC.to_vec(), None);
    for e in d
        .endnotes
        .iter()
        .filter(|e| !TEXT_NOTES.contains(&e.number))
    {
        o.str(&e.text);
    }
    o.done(NOTES_FILE)
}

/// The writer: strings end with a 0 byte (which brotli compresses better than a length before
/// them), so a string holding one cannot be written. The first error sticks.
struct Out(Vec<u8>, Option<String>);

impl Out {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    fn error(&mut self, message: String) {
        self.1.get_or_insert(message);
    }

    fn str(&mut self, s: &str) {
        if s.contains('\0') {
            self.error(format!("a NUL character in `{}`", s.replace('\0', "\\0")));
        }
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
    }

    /// Strings one after the other (the reader's `fields`).
    fn fields<const N: usize>(&mut self, v: [&String; N]) {
        for s in v {
            self.str(s);
        }
    }

    fn strs(&mut self, v: &[String]) {
        self.uint(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }

    /// An enum as its index in `options` (the list the reader picks from).
    fn pick<T: PartialEq + std::fmt::Debug>(&mut self, options: &[T], v: &T) {
        match options.iter().position(|o| o == v) {
            Some(i) => self.byte(i as u8),
            None => self.error(format!("{v:?} is missing from the codec's list")),
        }
    }

    fn decimal(&mut self, d: Decimal) {
        // Zigzag: the reader never makes a negative decimal, but a value is a value.
        self.uint(((d.scaled << 1) ^ (d.scaled >> 63)) as u64);
        self.byte(d.places);
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Aggregate { func, columns } => {
                self.byte(expr::AGGREGATE);
                self.pick(&AGGREGATES, func);
                self.uint(columns.len() as u64);
                for c in columns {
                    self.byte(c.table);
                    self.str(&c.column);
                }
            }
            Expr::Cell { table, key, column } => {
                self.byte(expr::CELL);
                self.byte(*table);
                self.str(key);
                self.str(column);
            }
            Expr::Combine { func, args } => {
                self.byte(expr::COMBINE);
                self.pick(&COMBINES, func);
                self.uint(args.len() as u64);
                for a in args {
                    self.expr(a);
                }
            }
        }
    }

    fn done(self, file: &str) -> Result<Vec<u8>, DataError> {
        match self.1 {
            None => Ok(self.0),
            Some(message) => Err(DataError {
                file: file.into(),
                line: 0,
                column: 0,
                message,
            }),
        }
    }
}
