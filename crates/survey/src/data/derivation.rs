//! The small language in `report_figures.csv`'s `derivation` column (parsed with the data; evaluated
//! by [`crate::checks::derivation`]), and the aggregates it uses.
//!
//! `sum(t02.rh_population)`, `count(..)`, `median(..)`, `min(..)`, `max(..)` work over columns
//! (several columns are pooled); `cell(t02.VI.rh_percent)` reads one cell; `add`, `sub`, `pct`
//! (100·x/y) combine numbers. See `docs/data-conventions.md`.

/// A parsed derivation.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// An aggregate over one or more columns: `sum`, `count`, `median`, `min`, `max`.
    Aggregate {
        func: Aggregate,
        columns: Vec<ColumnRef>,
    },
    /// One cell.
    Cell {
        table: u8,
        key: String,
        column: String,
    },
    /// `add`, `sub`, `pct` over sub-expressions.
    Combine { func: Combine, args: Vec<Expr> },
}

/// Column aggregates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    /// Sum of reported values.
    Sum,
    /// Number of rows with a reported value.
    Count,
    /// Median of reported values.
    Median,
    /// Smallest reported value.
    Min,
    /// Largest reported value.
    Max,
}

/// Arithmetic on sub-expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    /// Sum of the arguments.
    Add,
    /// First minus the rest.
    Sub,
    /// 100 · first / second.
    Pct,
}

/// `tNN.column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    /// Table number.
    pub table: u8,
    /// Column name.
    pub column: String,
}

/// Parses a derivation; the error says what was expected where.
pub fn parse(src: &str) -> Result<Expr, String> {
    let mut p = Parser {
        s: src.as_bytes(),
        i: 0,
    };
    let e = p.expr()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("unexpected `{}` at {}", &src[p.i..], p.i));
    }
    Ok(e)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn word(&mut self) -> String {
        self.ws();
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] == b'_')
        {
            self.i += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
    }

    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected `{}` at {}", c as char, self.i))
        }
    }

    fn path(&mut self) -> Result<Vec<String>, String> {
        let mut parts = vec![self.word()];
        while self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            parts.push(self.word());
        }
        if parts.iter().any(|p| p.is_empty()) {
            return Err(format!("bad reference near {}", self.i));
        }
        Ok(parts)
    }

    fn table(part: &str) -> Result<u8, String> {
        part.strip_prefix('t')
            .and_then(|n| n.parse().ok())
            .filter(|n| (1..=19).contains(n))
            .ok_or_else(|| format!("`{part}` is not a table (t01..t19)"))
    }

    fn args<T>(
        &mut self,
        mut one: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.eat(b'(')?;
        let mut out = vec![one(self)?];
        loop {
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    out.push(one(self)?);
                }
                Some(b')') => {
                    self.i += 1;
                    return Ok(out);
                }
                _ => return Err(format!("expected `,` or `)` at {}", self.i)),
            }
        }
    }

    fn expr(&mut self) -> Result<Expr, String> {
        let name = self.word();
        let agg = match name.as_str() {
            "sum" => Some(Aggregate::Sum),
            "count" => Some(Aggregate::Count),
            "median" => Some(Aggregate::Median),
            "min" => Some(Aggregate::Min),
            "max" => Some(Aggregate::Max),
            _ => None,
        };
        if let Some(func) = agg {
            let columns = self.args(|p| {
                let parts = p.path()?;
                match parts.as_slice() {
                    [t, c] => Ok(ColumnRef {
                        table: Parser::table(t)?,
                        column: c.clone(),
                    }),
                    _ => Err(format!("expected tNN.column, found `{}`", parts.join("."))),
                }
            })?;
            return Ok(Expr::Aggregate { func, columns });
        }
        let combine = match name.as_str() {
            "add" => Combine::Add,
            "sub" => Combine::Sub,
            "pct" => Combine::Pct,
            "cell" => {
                let mut refs = self.args(|p| p.path())?;
                return match (refs.len(), refs.pop()) {
                    (1, Some(parts)) if parts.len() == 3 => Ok(Expr::Cell {
                        table: Parser::table(&parts[0])?,
                        key: parts[1].clone(),
                        column: parts[2].clone(),
                    }),
                    _ => Err("cell() takes one tNN.KEY.column".into()),
                };
            }
            other => return Err(format!("unknown function `{other}`")),
        };
        let args = self.args(|p| p.expr())?;
        if matches!(combine, Combine::Pct | Combine::Sub) && args.len() != 2 {
            return Err(format!("{name}() takes two arguments"));
        }
        Ok(Expr::Combine {
            func: combine,
            args,
        })
    }
}

/// Applies an aggregate to values (sorted in place for the median).
pub fn aggregate(func: Aggregate, values: &mut [f64]) -> Option<f64> {
    if func == Aggregate::Count {
        return Some(values.len() as f64);
    }
    if values.is_empty() {
        return None;
    }
    Some(match func {
        Aggregate::Sum => values.iter().sum(),
        Aggregate::Min => values.iter().copied().fold(f64::INFINITY, f64::min),
        Aggregate::Max => values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        Aggregate::Median => median(values)?,
        Aggregate::Count => unreachable!(),
    })
}

/// The median (mean of the middle two for an even count).
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    crate::sort::sort_by(values, f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_expressions() {
        let e = parse("pct(sum(t04.y1_to_3y, t04.y3_to_6y), add(sum(t04.d15_to_1m), cell(t02.VI.rh_population)))").unwrap();
        let Expr::Combine {
            func: Combine::Pct,
            args,
        } = e
        else {
            panic!()
        };
        assert_eq!(args.len(), 2);
        assert!(
            matches!(&args[0], Expr::Aggregate { func: Aggregate::Sum, columns } if columns.len() == 2)
        );
    }

    #[test]
    fn rejects_malformed_input() {
        for bad in [
            "",
            "sum(",
            "sum(t02)",
            "sum(t99.x)",
            "frob(t02.x)",
            "pct(sum(t02.a))",
            "sum(t02.a) x",
            "cell(t02.a)",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
