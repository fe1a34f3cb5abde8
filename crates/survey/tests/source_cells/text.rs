//! What is read: the report's machine-read text, the table files (read here, not through the
//! crate), numbers as printed (tokens), each table's region and the printed names.

pub const TEXT: &str = include_str!("../source/asca-liman-2016.txt");
pub const UNCONFIRMED: &str = include_str!("../source/unconfirmed-cells.csv");

pub fn data_file(name: &str) -> String {
    let path = format!("{}/../../static/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A number as printed on one line of the text.
#[derive(Debug)]
pub struct Token {
    pub paren: bool,
    pub star: bool,
    pub percent: bool,
    pub na: bool,
    /// Every way to read the digits as a value (commas removed) plus a glued endnote.
    pub reads: Vec<(String, Option<u32>)>,
}

pub fn well_formed(n: &str) -> bool {
    let (int, frac) = match n.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (n, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let groups: Vec<&str> = int.split(',').collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(|g| digits(g)) {
        return false;
    }
    // With separators the first group has 1–3 digits and every other exactly 3 (and a comma
    // never stands in a decimal).
    groups.len() == 1
        || (frac.is_none() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3))
}

pub fn token(line: &str) -> Option<Token> {
    let t = line.trim();
    if matches!(t, "N/A" | "NA" | "n/a") {
        return Some(Token {
            paren: false,
            star: false,
            percent: false,
            na: true,
            reads: Vec::new(),
        });
    }
    let first = t.chars().next()?;
    if !(first.is_ascii_digit() || first == '(')
        || !t.chars().any(|c| c.is_ascii_digit())
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || ",.%*()".contains(c))
    {
        return None;
    }
    let core: String = t.chars().filter(|c| !"%*()".contains(*c)).collect();
    let mut reads = Vec::new();
    for k in 1..=core.len() {
        let (value, note) = core.split_at(k);
        let note_ok =
            note.is_empty() || (note.bytes().all(|b| b.is_ascii_digit()) && !note.starts_with('0'));
        if note_ok && well_formed(value) {
            reads.push((value.replace(',', ""), note.parse().ok()));
        }
    }
    Some(Token {
        paren: t.contains('('),
        star: t.contains('*'),
        percent: t.contains('%'),
        na: false,
        reads,
    })
}

/// A table file: header and rows of fields (no table file quotes a field).
pub struct Csv {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn read_csv(name: &str) -> Csv {
    let text = data_file(name);
    let mut lines = text.lines();
    let split = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
    let header = split(lines.next().unwrap());
    let rows = lines.map(split).collect::<Vec<_>>();
    assert!(rows.iter().all(|r| r.len() == header.len()), "{name}");
    Csv { header, rows }
}

/// Printed names of each jurisdiction code.
pub fn names() -> Vec<(String, Vec<String>)> {
    // Only the first two fields (later ones are quoted prose).
    data_file("jurisdictions.csv")
        .lines()
        .skip(1)
        .map(|l| l.splitn(3, ',').collect::<Vec<_>>())
        .map(|r| {
            let mut n = vec![r[1].to_string()];
            match r[0] {
                "DC" => n.push("District of Columbia".into()),
                "BOP" => n.extend(["Federal BOP".into(), "Federal Bureau of Prisons".into()]),
                _ => {}
            }
            (r[0].to_string(), n)
        })
        .collect()
}

/// The lines of one table's region, with page numbers removed.
pub fn region(number: u8) -> Vec<&'static str> {
    let lines: Vec<&str> = TEXT.lines().collect();
    let title = format!("Table {number} –");
    let start = lines
        .iter()
        .position(|l| l.starts_with(&title))
        .unwrap_or_else(|| panic!("no title for Table {number}"));
    let next = format!("Table {} –", number + 1);
    let mut out = Vec::new();
    let mut seen_token = false;
    let mut page_number_next = false;
    for l in &lines[start + 1..] {
        if l.starts_with(&next) || (seen_token && l.chars().count() > 70) {
            break;
        }
        if l.starts_with("ASCA-Liman Aiming") {
            page_number_next = true;
            continue;
        }
        if page_number_next && !l.trim().is_empty() {
            page_number_next = false;
            continue;
        }
        seen_token |= l
            .split_whitespace()
            .next()
            .is_some_and(|w| token(w).is_some());
        out.push(*l);
    }
    out
}
