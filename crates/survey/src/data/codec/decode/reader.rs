//! The byte reader the decoders share: numbers, strings, lists, table numbers, decimals and
//! derivations, each checked, with the first error kept for the end.

use crate::data::codec::{expr, AGGREGATES, COMBINES};
use crate::data::csv::DataError;
use crate::data::derivation::{ColumnRef, Combine, Expr};
use crate::data::table::Decimal;

/// How deep a derivation may nest (the data's deepest is 3); bounds the reader's recursion.
const MAX_DEPTH: usize = 16;

/// The item a 1-based reference `i` (not 0) names, as an index (`usize::MAX`, which no list
/// reaches, when it does not fit).
pub(super) fn index(i: u64) -> usize {
    usize::try_from(i - 1).unwrap_or(usize::MAX)
}

/// The reader. Its first error sticks and empties what is left (every later read gives a default
/// value and no count admits another item), so decoding runs to the end without an early return
/// per field — which keeps the decoder's WASM small — and [`In::finish`] reports that error.
pub(super) struct In<'a> {
    b: &'a [u8],
    at: usize,
    file: &'static str,
    error: Option<String>,
}

impl<'a> In<'a> {
    pub(super) fn new(b: &'a [u8], file: &'static str, magic: &[u8; 4]) -> In<'a> {
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
    pub(super) fn fail(&mut self, what: &str) {
        if self.error.is_none() {
            self.error = Some(format!("{what} (byte {})", self.at));
        }
        self.at = self.b.len();
    }

    /// [`In::fail`], then `value` to go on with.
    pub(super) fn fail_with<T>(&mut self, what: &str, value: T) -> T {
        self.fail(what);
        value
    }

    /// The first error, or one if bytes are left over.
    pub(super) fn finish(mut self) -> Result<(), DataError> {
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
    pub(super) fn byte(&mut self) -> u8 {
        match self.b.get(self.at) {
            Some(b) => {
                self.at += 1;
                *b
            }
            None => self.fail_with("file ends early", 0),
        }
    }

    #[inline(never)]
    pub(super) fn flag(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => self.fail_with("not a yes/no value", false),
        }
    }

    /// An enum written as its index in `options`.
    pub(super) fn pick<T: Copy>(&mut self, options: &[T], what: &str) -> T {
        match options.get(usize::from(self.byte())) {
            Some(v) => *v,
            None => self.fail_with(what, options[0]),
        }
    }

    #[inline(never)]
    pub(super) fn uint(&mut self) -> u64 {
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

    pub(super) fn u32(&mut self) -> u32 {
        let v = self.uint();
        u32::try_from(v).unwrap_or_else(|_| self.fail_with("number too large", 0))
    }

    pub(super) fn u16(&mut self) -> u16 {
        let v = self.uint();
        u16::try_from(v).unwrap_or_else(|_| self.fail_with("number too large", 0))
    }

    /// A count of items: never more than the bytes left (each item takes at least one), so a
    /// corrupt count cannot make the reader allocate or loop without end.
    #[inline(never)]
    pub(super) fn len(&mut self) -> usize {
        let n = self.uint();
        if n > (self.b.len() - self.at) as u64 {
            return self.fail_with("a count runs past the end", 0);
        }
        n as usize
    }

    /// A list: its length ([`In::len`]), then each item as `item` reads it.
    pub(super) fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        (0..self.len()).map(|_| item(self)).collect()
    }

    #[inline(never)]
    pub(super) fn str(&mut self) -> String {
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
    pub(super) fn fields<const N: usize>(&mut self) -> [String; N] {
        std::array::from_fn(|_| self.str())
    }

    pub(super) fn strs(&mut self) -> Vec<String> {
        self.list(In::str)
    }

    pub(super) fn table(&mut self) -> u8 {
        match self.table_opt() {
            Some(n) => n,
            None => self.fail_with("not a table number", 1),
        }
    }

    #[inline(never)]
    pub(super) fn table_opt(&mut self) -> Option<u8> {
        match self.byte() {
            0 => None,
            n @ 1..=19 => Some(n),
            _ => self.fail_with("not a table number", None),
        }
    }

    #[inline(never)]
    pub(super) fn decimal(&mut self) -> Decimal {
        let z = self.uint();
        let scaled = (z >> 1) as i64 ^ -((z & 1) as i64);
        let places = self.byte();
        if places > 15 {
            self.fail("too many decimal places");
        }
        Decimal { scaled, places }
    }

    pub(super) fn expr(&mut self, depth: usize) -> Expr {
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
