//! The reader of the data files, in the browser and in tests. See [`super`] for the format.

use super::{
    cell, expr, part_file, part_magic, Part, AGGREGATES, COMBINES, KINDS, NOTES_FILE, NOTES_MAGIC,
    TABLES_FILE, TABLES_MAGIC, TEXT_NOTES,
};
use crate::data::csv::DataError;
use crate::data::dataset::{Dataset, Jurisdiction};
use crate::data::derivation::{ColumnRef, Combine, Expr};
use crate::data::later::LaterFigure;
use crate::data::parts::Parts;
use crate::data::report::{Endnote, Erratum, Figure, Reform, SmiDefinition, ERRATUM_KINDS};
use crate::data::row_pages::{RowPage, TOTAL};
use crate::data::table::{Cell, ColumnKind, Decimal, NoteRef, Row, Table};

/// How deep a derivation may nest (the data's deepest is 3); bounds the reader's recursion.
const MAX_DEPTH: usize = 16;

/// Reads [`TABLES_FILE`]'s bytes: the dataset without the report's text (no part loaded).
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
            kind: r.pick(&KINDS, "unknown kind of jurisdiction"),
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
        let mut line = 1usize;
        let lines = r.list(|r| {
            line = line.wrapping_add(r.uint() as usize).wrapping_add(1);
            line
        });
        let mut cells: Vec<Vec<Cell>> = lines.iter().map(|_| Vec::new()).collect();
        for kind in &kinds {
            for row in &mut cells {
                let cell = match r.byte() {
                    cell::MISSING => Cell::Missing,
                    cell::COUNT => Cell::Count(r.uint()),
                    cell::PERCENT => Cell::Percent(r.decimal()),
                    cell::NO => Cell::Flag(false),
                    cell::YES => Cell::Flag(true),
                    cell::TEXT => Cell::Text(r.str()),
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
            let notes = r.list(|r| NoteRef {
                number: r.u32(),
                column: match r.uint() {
                    0 => None,
                    i => Some(match columns.get(index(i)) {
                        Some(c) => c.clone(),
                        None => r.fail_with("a note on an unknown column", String::new()),
                    }),
                },
            });
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
    // The rows' pages, column by column (tables, rows, pages), each naming a row once.
    let numbers = r.list(In::table);
    let mut seen: Vec<(u8, u64)> = Vec::new();
    let keys: Vec<String> = numbers
        .iter()
        .map(|&n| {
            let row = r.uint();
            if seen.contains(&(n, row)) {
                r.fail("a second page for a row");
            }
            seen.push((n, row));
            let t = tables.iter().find(|t| t.number == n);
            match (t, row) {
                (Some(_), 0) => TOTAL.to_string(),
                (Some(t), i) => match t.rows.get(index(i)) {
                    Some(row) => row.key.clone(),
                    None => r.fail_with("a page for a row the table lacks", String::new()),
                },
                (None, _) => r.fail_with("a page for a table the file lacks", String::new()),
            }
        })
        .collect();
    let row_pages = numbers
        .into_iter()
        .zip(keys)
        .map(|(table, key)| RowPage {
            table,
            key,
            page: r.u16(),
        })
        .collect();
    r.finish()?;
    Ok(Dataset {
        jurisdictions,
        tables,
        figures: Vec::new(),
        endnotes: Vec::new(),
        errata: Vec::new(),
        reforms: Vec::new(),
        smi_definitions: Vec::new(),
        row_pages,
        later: Vec::new(),
        text: Parts::NONE,
        notes: false,
    })
}

impl Dataset {
    /// The dataset with the part `p` of the report's text added from [`part_file`]`(p)`'s bytes
    /// (`text` then has `p`; the endnotes' texts but [`TEXT_NOTES`]' empty until
    /// [`Dataset::with_notes_bytes`]). Takes the dataset (no second copy of it).
    #[inline(never)]
    pub fn with_part_bytes(mut self, p: Part, bytes: &[u8]) -> Result<Dataset, DataError> {
        let mut r = In::new(bytes, part_file(p), part_magic(p));
        let jurisdictions = &self.jurisdictions;
        let known = |r: &mut In| {
            let code = r.str();
            if !jurisdictions.iter().any(|j| j.code == code) {
                r.fail("an unknown jurisdiction");
            }
            code
        };
        match p {
            Part::Figures => {
                self.figures = r.list(|r| Figure {
                    id: r.str(),
                    value: r.decimal(),
                    unit: r.str(),
                    statement: r.str(),
                    table: r.table_opt(),
                    section: r.str(),
                    page: r.str(),
                    derivation_src: r.str(),
                    derivation: r.flag().then(|| r.expr(0)),
                })
            }
            Part::Endnotes => {
                let mut last = None;
                self.endnotes = r.list(|r| {
                    let number = r.u32();
                    if last.is_some_and(|l| number <= l) {
                        r.fail("endnotes out of order");
                    }
                    last = Some(number);
                    Endnote {
                        number,
                        text: if TEXT_NOTES.contains(&number) {
                            r.str()
                        } else {
                            String::new()
                        },
                        page: r.str(),
                        tables: r.list(In::table),
                        jurisdictions: r.strs(),
                        cited_at_page: r.str(),
                    }
                });
                self.notes = false;
            }
            Part::Errata => {
                self.errata = r.list(|r| {
                    let [id, kind, check] = r.fields();
                    if !ERRATUM_KINDS.contains(&kind.as_str()) {
                        r.fail("an unknown kind of erratum");
                    }
                    let table = r.table_opt();
                    let [jurisdiction, column, printed, computed, page, description] = r.fields();
                    Erratum {
                        id,
                        kind,
                        check,
                        table,
                        jurisdiction,
                        column,
                        printed,
                        computed,
                        page,
                        description,
                    }
                })
            }
            Part::Reforms => {
                self.reforms = r.list(|r| {
                    let jurisdiction = known(r);
                    let [kind, summary, section, page] = r.fields();
                    Reform {
                        jurisdiction,
                        kind,
                        summary,
                        section,
                        page,
                        profiled: r.flag(),
                    }
                })
            }
            Part::Smi => {
                self.smi_definitions = r.list(|r| {
                    let jurisdiction = known(r);
                    let [definition, page] = r.fields();
                    SmiDefinition {
                        jurisdiction,
                        definition,
                        page,
                    }
                })
            }
            Part::Later => {
                self.later = r.list(|r| {
                    let [edition, data_as_of, kind, shown, coverage, definition, source_url, source_note] =
                        r.fields();
                    let low = r.uint();
                    let high = r.flag().then(|| r.uint());
                    if high.is_some_and(|h| h < low) {
                        r.fail("a range whose high end is below its low end");
                    }
                    LaterFigure {
                        edition,
                        data_as_of,
                        kind,
                        low,
                        high,
                        shown,
                        coverage,
                        definition,
                        source_url,
                        source_note,
                    }
                })
            }
        }
        r.finish()?;
        self.text = self.text.with(p);
        Ok(self)
    }

    /// The dataset with every endnote's text, read from [`NOTES_FILE`]'s bytes (`notes` true). The
    /// endnotes' file ([`Part::Endnotes`]) must have been read first: the notes file holds only
    /// texts, in the order of the endnotes it lists (all but [`TEXT_NOTES`]). Takes the dataset
    /// (no second copy of it).
    #[inline(never)]
    pub fn with_notes_bytes(mut self, bytes: &[u8]) -> Result<Dataset, DataError> {
        let mut r = In::new(bytes, NOTES_FILE, NOTES_MAGIC);
        if !self.text.has(Part::Endnotes) {
            r.fail("the endnotes' texts come after the endnotes");
        }
        for e in &mut self.endnotes {
            if !TEXT_NOTES.contains(&e.number) {
                e.text = r.str();
            }
        }
        r.finish()?;
        self.notes = true;
        Ok(self)
    }
}

/// `data` with the parts of the report's text read from their files' bytes, in order (see
/// [`Dataset::with_part_bytes`]); the first error.
pub fn with_parts<B: AsRef<[u8]>>(
    data: Dataset,
    files: impl IntoIterator<Item = (Part, B)>,
) -> Result<Dataset, DataError> {
    files
        .into_iter()
        .try_fold(data, |d, (p, b)| d.with_part_bytes(p, b.as_ref()))
}

/// The item a 1-based reference `i` (not 0) names, as an index (`usize::MAX`, which no list
/// reaches, when it does not fit).
fn index(i: u64) -> usize {
    usize::try_from(i - 1).unwrap_or(usize::MAX)
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

    /// An enum written as its index in `options`.
    fn pick<T: Copy>(&mut self, options: &[T], what: &str) -> T {
        match options.get(usize::from(self.byte())) {
            Some(v) => *v,
            None => self.fail_with(what, options[0]),
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

    fn u16(&mut self) -> u16 {
        let v = self.uint();
        u16::try_from(v).unwrap_or_else(|_| self.fail_with("number too large", 0))
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

    /// A list: its length ([`In::len`]), then each item as `item` reads it.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        (0..self.len()).map(|_| item(self)).collect()
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

    /// `N` strings one after the other (a record's text fields).
    fn fields<const N: usize>(&mut self) -> [String; N] {
        std::array::from_fn(|_| self.str())
    }

    fn strs(&mut self) -> Vec<String> {
        self.list(In::str)
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
            expr::AGGREGATE => Expr::Aggregate {
                func: self.pick(&AGGREGATES, "unknown aggregate"),
                columns: self.list(|r| ColumnRef {
                    table: r.table(),
                    column: r.str(),
                }),
            },
            expr::CELL => Expr::Cell {
                table: self.table(),
                key: self.str(),
                column: self.str(),
            },
            expr::COMBINE => Expr::Combine {
                func: self.pick(&COMBINES, "unknown combination"),
                args: self.list(|r| r.expr(depth + 1)),
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
