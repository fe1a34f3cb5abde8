//! The dataset as compact bytes, written at build time and read in the browser instead of CSV
//! text (issue 13: data ready-made at start-up, no CSV parser in the bundles, and one file both
//! bundles fetch, so no byte of data is shipped twice).
//!
//! The build (`time-in-cell encode-data DIR`, run by the post-build hook) parses the CSV files
//! with the checked reader ([`crate::data::csv`], [`crate::data::table`], [`crate::data::report`])
//! and writes two files under `data/`: [`TABLES_FILE`] (the jurisdictions and the 19 tables: what
//! every view needs to start) and [`TEXT_FILE`] (printed figures, endnotes, errata, reforms and
//! definitions of serious mental illness). Their names carry a hash of the data and of the code that
//! reads and writes it (`build.rs`), so a host and the service worker may cache them forever.
//!
//! The format: a 4-byte magic per file, then the records in order. Numbers are unsigned LEB128,
//! strings UTF-8 ending with a 0 byte, a table's cells column by column, optional table numbers 0 for none, each cell a tag byte then its
//! value. The reader checks every length against what is left, every tag, every table number and
//! jurisdiction reference, and that the file ends where the data does: corrupt or truncated bytes
//! give a [`DataError`], never a panic, and a decoded [`Dataset`] keeps the invariants the CSV
//! reader guarantees (every row has a cell per column, cells fit their column's kind).

use crate::data::csv::DataError;
use crate::data::dataset::{Dataset, Jurisdiction, Kind};
use crate::data::derivation::{Aggregate, ColumnRef, Combine, Expr};
use crate::data::report::{Endnote, Erratum, Figure, Reform, SmiDefinition, ERRATUM_KINDS};
use crate::data::table::{Cell, ColumnKind, Decimal, NoteRef, Row, Table};

/// The jurisdictions and tables, under `data/` (fetched by both bundles at start-up).
pub const TABLES_FILE: &str = concat!("tables-", env!("DATA_FILE_HASH"), ".bin");

/// The report's text (figures, endnotes, errata, reforms, definitions), under `data/`.
pub const TEXT_FILE: &str = concat!("text-", env!("DATA_FILE_HASH"), ".bin");

const TABLES_MAGIC: &[u8; 4] = b"TIC\x01";
const TEXT_MAGIC: &[u8; 4] = b"TIC\x02";
/// How deep a derivation may nest (the data's deepest is 3); bounds the reader's recursion.
const MAX_DEPTH: usize = 16;

/// The jurisdictions and the tables of `d` as bytes ([`TABLES_FILE`]); an error if a text holds a
/// NUL character.
pub fn encode_tables(d: &Dataset) -> Result<Vec<u8>, DataError> {
    let mut o = Out(TABLES_MAGIC.to_vec(), None);
    o.uint(d.jurisdictions.len() as u64);
    for j in &d.jurisdictions {
        o.str(&j.code);
        o.str(&j.name);
        o.byte(match j.kind {
            Kind::State => 0,
            Kind::Federal => 1,
            Kind::District => 2,
            Kind::Territory => 3,
        });
        o.byte(j.responded as u8);
        o.str(&j.notes);
    }
    o.uint(d.tables.len() as u64);
    for t in &d.tables {
        o.byte(t.number);
        o.uint(t.columns.len() as u64);
        for c in &t.columns {
            o.str(c);
        }
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
                    Cell::Missing => o.byte(0),
                    Cell::Count(n) => {
                        o.byte(1);
                        o.uint(*n);
                    }
                    Cell::Percent(d) => {
                        o.byte(2);
                        o.decimal(*d);
                    }
                    Cell::Flag(b) => o.byte(3 + *b as u8),
                    Cell::Text(s) => {
                        o.byte(5);
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
    o.done(TABLES_FILE)
}

/// The report's text of `d` as bytes ([`TEXT_FILE`]); an error if a text holds a NUL character.
pub fn encode_text(d: &Dataset) -> Result<Vec<u8>, DataError> {
    let mut o = Out(TEXT_MAGIC.to_vec(), None);
    o.uint(d.figures.len() as u64);
    for f in &d.figures {
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
    o.uint(d.endnotes.len() as u64);
    for e in &d.endnotes {
        o.uint(u64::from(e.number));
        o.str(&e.text);
        o.str(&e.page);
        o.uint(e.tables.len() as u64);
        for t in &e.tables {
            o.byte(*t);
        }
        o.strs(&e.jurisdictions);
        o.str(&e.cited_at_page);
    }
    o.uint(d.errata.len() as u64);
    for e in &d.errata {
        o.str(&e.id);
        o.str(&e.kind);
        o.str(&e.check);
        o.byte(e.table.unwrap_or(0));
        for s in [
            &e.jurisdiction,
            &e.column,
            &e.printed,
            &e.computed,
            &e.page,
            &e.description,
        ] {
            o.str(s);
        }
    }
    o.uint(d.reforms.len() as u64);
    for r in &d.reforms {
        for s in [&r.jurisdiction, &r.kind, &r.summary, &r.section, &r.page] {
            o.str(s);
        }
        o.byte(r.profiled as u8);
    }
    o.uint(d.smi_definitions.len() as u64);
    for s in &d.smi_definitions {
        o.str(&s.jurisdiction);
        o.str(&s.definition);
        o.str(&s.page);
    }
    o.done(TEXT_FILE)
}

/// Reads [`TABLES_FILE`]'s bytes: the dataset without the report's text (`complete` false).
#[inline(never)]
pub fn decode_tables(bytes: &[u8]) -> Result<Dataset, DataError> {
    let mut r = In::new(bytes, TABLES_FILE, TABLES_MAGIC);
    let mut jurisdictions: Vec<Jurisdiction> = Vec::new();
    for _ in 0..r.len() {
        let code = r.str();
        if jurisdictions.iter().any(|j| j.code == code) {
            r.fail("duplicate jurisdiction");
        }
        jurisdictions.push(Jurisdiction {
            code,
            name: r.str(),
            kind: match r.byte() {
                0 => Kind::State,
                1 => Kind::Federal,
                2 => Kind::District,
                3 => Kind::Territory,
                _ => r.fail_with("unknown kind of jurisdiction", Kind::State),
            },
            responded: r.flag(),
            notes: r.str(),
        });
    }
    let mut tables: Vec<Table> = Vec::new();
    for _ in 0..r.len() {
        let number = r.table();
        if tables.last().is_some_and(|t| t.number >= number) {
            r.fail("tables out of order");
        }
        let columns = r.strs();
        let kinds: Vec<ColumnKind> = columns.iter().map(|c| ColumnKind::of(c)).collect();
        if kinds.first() != Some(&ColumnKind::Key) {
            r.fail("a table's first column must be its row key");
        }
        let mut lines = Vec::new();
        let mut line = 1usize;
        for _ in 0..r.len() {
            line = line.wrapping_add(r.uint() as usize).wrapping_add(1);
            lines.push(line);
        }
        let mut cells: Vec<Vec<Cell>> = lines.iter().map(|_| Vec::new()).collect();
        for kind in &kinds {
            for row in &mut cells {
                let cell = match r.byte() {
                    0 => Cell::Missing,
                    1 => Cell::Count(r.uint()),
                    2 => Cell::Percent(r.decimal()),
                    3 => Cell::Flag(false),
                    4 => Cell::Flag(true),
                    5 => Cell::Text(r.str()),
                    _ => r.fail_with("unknown cell tag", Cell::Missing),
                };
                let fits = matches!(
                    (kind, &cell),
                    (_, Cell::Missing)
                        | (ColumnKind::Count, Cell::Count(_))
                        | (ColumnKind::Percent, Cell::Percent(_))
                        | (ColumnKind::Flag, Cell::Flag(_))
                        | (
                            ColumnKind::Key | ColumnKind::Text | ColumnKind::Notes,
                            Cell::Text(_)
                        )
                );
                if !fits {
                    r.fail("a cell does not fit its column");
                }
                row.push(cell);
            }
        }
        let mut rows: Vec<Row> = Vec::new();
        for (cells, line) in cells.into_iter().zip(lines) {
            let key = match cells.first() {
                Some(Cell::Text(key)) => key.clone(),
                _ => r.fail_with("empty row key", String::new()),
            };
            if rows.iter().any(|x| x.key == key) {
                r.fail("duplicate row");
            }
            if number != 1 && !jurisdictions.iter().any(|j| j.code == key) {
                r.fail("a row of an unknown jurisdiction");
            }
            let mut notes = Vec::new();
            for _ in 0..r.len() {
                let number = r.u32();
                let column = match r.uint() {
                    0 => None,
                    i => Some(match columns.get(i as usize - 1) {
                        Some(c) => c.clone(),
                        None => r.fail_with("a note on an unknown column", String::new()),
                    }),
                };
                notes.push(NoteRef { number, column });
            }
            rows.push(Row {
                key,
                cells,
                notes,
                line,
            });
        }
        tables.push(Table {
            number,
            columns,
            rows,
        });
    }
    r.finish()?;
    Ok(Dataset {
        jurisdictions,
        tables,
        figures: Vec::new(),
        endnotes: Vec::new(),
        errata: Vec::new(),
        reforms: Vec::new(),
        smi_definitions: Vec::new(),
        complete: false,
    })
}

impl Dataset {
    /// The dataset with the report's text added from [`TEXT_FILE`]'s bytes (`complete` true).
    pub fn with_text_bytes(&self, bytes: &[u8]) -> Result<Dataset, DataError> {
        let mut r = In::new(bytes, TEXT_FILE, TEXT_MAGIC);
        let known = |r: &mut In| {
            let code = r.str();
            if !self.jurisdictions.iter().any(|j| j.code == code) {
                r.fail("an unknown jurisdiction");
            }
            code
        };
        let mut figures = Vec::new();
        for _ in 0..r.len() {
            figures.push(Figure {
                id: r.str(),
                value: r.decimal(),
                unit: r.str(),
                statement: r.str(),
                table: r.table_opt(),
                section: r.str(),
                page: r.str(),
                derivation_src: r.str(),
                derivation: r.flag().then(|| r.expr(0)),
            });
        }
        let mut endnotes: Vec<Endnote> = Vec::new();
        for _ in 0..r.len() {
            let number = r.u32();
            if endnotes.last().is_some_and(|e| e.number >= number) {
                r.fail("endnotes out of order");
            }
            endnotes.push(Endnote {
                number,
                text: r.str(),
                page: r.str(),
                tables: (0..r.len()).map(|_| r.table()).collect(),
                jurisdictions: r.strs(),
                cited_at_page: r.str(),
            });
        }
        let mut errata = Vec::new();
        for _ in 0..r.len() {
            let id = r.str();
            let kind = r.str();
            if !ERRATUM_KINDS.contains(&kind.as_str()) {
                r.fail("an unknown kind of erratum");
            }
            errata.push(Erratum {
                id,
                kind,
                check: r.str(),
                table: r.table_opt(),
                jurisdiction: r.str(),
                column: r.str(),
                printed: r.str(),
                computed: r.str(),
                page: r.str(),
                description: r.str(),
            });
        }
        let mut reforms = Vec::new();
        for _ in 0..r.len() {
            reforms.push(Reform {
                jurisdiction: known(&mut r),
                kind: r.str(),
                summary: r.str(),
                section: r.str(),
                page: r.str(),
                profiled: r.flag(),
            });
        }
        let mut smi_definitions = Vec::new();
        for _ in 0..r.len() {
            smi_definitions.push(SmiDefinition {
                jurisdiction: known(&mut r),
                definition: r.str(),
                page: r.str(),
            });
        }
        r.finish()?;
        Ok(Dataset {
            jurisdictions: self.jurisdictions.clone(),
            tables: self.tables.clone(),
            figures,
            endnotes,
            errata,
            reforms,
            smi_definitions,
            complete: true,
        })
    }
}

/// The writer: strings end with a 0 byte (which brotli compresses better than a length before
/// them), so a string holding one cannot be written.
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

    fn str(&mut self, s: &str) {
        if s.contains('\0') && self.1.is_none() {
            self.1 = Some(format!("a NUL character in `{}`", s.replace('\0', "\\0")));
        }
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
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

    fn strs(&mut self, v: &[String]) {
        self.uint(v.len() as u64);
        for s in v {
            self.str(s);
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
                self.byte(0);
                self.byte(match func {
                    Aggregate::Sum => 0,
                    Aggregate::Count => 1,
                    Aggregate::Median => 2,
                    Aggregate::Min => 3,
                    Aggregate::Max => 4,
                });
                self.uint(columns.len() as u64);
                for c in columns {
                    self.byte(c.table);
                    self.str(&c.column);
                }
            }
            Expr::Cell { table, key, column } => {
                self.byte(1);
                self.byte(*table);
                self.str(key);
                self.str(column);
            }
            Expr::Combine { func, args } => {
                self.byte(2);
                self.byte(match func {
                    Combine::Add => 0,
                    Combine::Sub => 1,
                    Combine::Pct => 2,
                });
                self.uint(args.len() as u64);
                for a in args {
                    self.expr(a);
                }
            }
        }
    }
}

/// The reader. Its first error sticks and empties what is left (every later read gives a default
/// value and no count admits another item), so decoding runs to the end without an early return
/// per field — which keeps the decoder's WASM small — and [`In::finish`] reports that error.
struct In<'a> {
    b: &'a [u8],
    at: usize,
    file: &'static str,
    error: Option<String>,
}

impl<'a> In<'a> {
    fn new(b: &'a [u8], file: &'static str, magic: &[u8; 4]) -> In<'a> {
        let mut r = In {
            b,
            at: 4,
            file,
            error: None,
        };
        if b.get(..4) != Some(&magic[..]) {
            r.at = 0;
            r.fail("not a data file of this version");
        }
        r
    }

    /// Records the first error (and where) and ends the reading.
    #[inline(never)]
    fn fail(&mut self, what: &str) {
        if self.error.is_none() {
            self.error = Some(format!("{what} (byte {})", self.at));
        }
        self.at = self.b.len();
    }

    /// [`In::fail`], then `value` to go on with.
    fn fail_with<T>(&mut self, what: &str, value: T) -> T {
        self.fail(what);
        value
    }

    /// The first error, or one if bytes are left over.
    fn finish(mut self) -> Result<(), DataError> {
        if self.at != self.b.len() {
            self.fail("bytes after the end of the data");
        }
        match self.error {
            None => Ok(()),
            Some(message) => Err(DataError {
                file: self.file.into(),
                line: 0,
                column: 0,
                message,
            }),
        }
    }

    #[inline(never)]
    fn byte(&mut self) -> u8 {
        match self.b.get(self.at) {
            Some(b) => {
                self.at += 1;
                *b
            }
            None => self.fail_with("file ends early", 0),
        }
    }

    #[inline(never)]
    fn flag(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => self.fail_with("not a yes/no value", false),
        }
    }

    #[inline(never)]
    fn uint(&mut self) -> u64 {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                break;
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return v;
            }
        }
        self.fail_with("number too large", 0)
    }

    fn u32(&mut self) -> u32 {
        let v = self.uint();
        u32::try_from(v).unwrap_or_else(|_| self.fail_with("number too large", 0))
    }

    /// A count of items: never more than the bytes left (each item takes at least one), so a
    /// corrupt count cannot make the reader allocate or loop without end.
    #[inline(never)]
    fn len(&mut self) -> usize {
        let n = self.uint();
        if n > (self.b.len() - self.at) as u64 {
            return self.fail_with("a count runs past the end", 0);
        }
        n as usize
    }

    #[inline(never)]
    fn str(&mut self) -> String {
        let rest = &self.b[self.at..];
        let Some(n) = rest.iter().position(|b| *b == 0) else {
            return self.fail_with("file ends early", String::new());
        };
        match std::str::from_utf8(&rest[..n]) {
            Ok(s) => {
                let s = s.to_string();
                self.at += n + 1;
                s
            }
            Err(_) => self.fail_with("text is not UTF-8", String::new()),
        }
    }

    fn strs(&mut self) -> Vec<String> {
        (0..self.len()).map(|_| self.str()).collect()
    }

    fn table(&mut self) -> u8 {
        match self.table_opt() {
            Some(n) => n,
            None => self.fail_with("not a table number", 1),
        }
    }

    #[inline(never)]
    fn table_opt(&mut self) -> Option<u8> {
        match self.byte() {
            0 => None,
            n @ 1..=19 => Some(n),
            _ => self.fail_with("not a table number", None),
        }
    }

    #[inline(never)]
    fn decimal(&mut self) -> Decimal {
        let z = self.uint();
        let scaled = (z >> 1) as i64 ^ -((z & 1) as i64);
        let places = self.byte();
        if places > 15 {
            self.fail("too many decimal places");
        }
        Decimal { scaled, places }
    }

    fn expr(&mut self, depth: usize) -> Expr {
        if depth > MAX_DEPTH {
            self.fail("derivation nested too deep");
        }
        match self.byte() {
            0 => Expr::Aggregate {
                func: match self.byte() {
                    0 => Aggregate::Sum,
                    1 => Aggregate::Count,
                    2 => Aggregate::Median,
                    3 => Aggregate::Min,
                    4 => Aggregate::Max,
                    _ => self.fail_with("unknown aggregate", Aggregate::Sum),
                },
                columns: (0..self.len())
                    .map(|_| ColumnRef {
                        table: self.table(),
                        column: self.str(),
                    })
                    .collect(),
            },
            1 => Expr::Cell {
                table: self.table(),
                key: self.str(),
                column: self.str(),
            },
            2 => Expr::Combine {
                func: match self.byte() {
                    0 => Combine::Add,
                    1 => Combine::Sub,
                    2 => Combine::Pct,
                    _ => self.fail_with("unknown combination", Combine::Add),
                },
                args: (0..self.len()).map(|_| self.expr(depth + 1)).collect(),
            },
            _ => self.fail_with(
                "unknown derivation",
                Expr::Combine {
                    func: Combine::Add,
                    args: Vec::new(),
                },
            ),
        }
    }
}
