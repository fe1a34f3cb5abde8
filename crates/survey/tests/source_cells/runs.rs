//! Confirming a table file against its region of the text: runs of consecutive cells that match
//! consecutive tokens, down a column or along a row, and values printed exactly once.

use super::text::*;
use std::collections::HashSet;

/// The key of an unconfirmed cell: table, row key, column.
pub type Key = (u8, String, String);

/// Per table: how many value cells were confirmed, and which were not.
pub struct Reading {
    pub cells: usize,
    pub in_runs: usize,
    pub single: usize,
    pub unconfirmed: Vec<Key>,
}

pub fn is_percent(col: &str) -> bool {
    col.ends_with("_pct") || col.ends_with("percent")
}

/// Reads a table both ways round (runs down the columns preferred on ties, or along the rows) and
/// keeps the reading that confirms more: which one fits depends on how the text came out.
pub fn read_table(number: u8, names: &[(String, Vec<String>)]) -> Reading {
    let a = read_table_preferring(number, names, false);
    let b = read_table_preferring(number, names, true);
    if b.unconfirmed.len() < a.unconfirmed.len() {
        b
    } else {
        a
    }
}

pub fn read_table_preferring(
    number: u8,
    names: &[(String, Vec<String>)],
    rows_first: bool,
) -> Reading {
    let csv = read_csv(&format!("table{number:02}.csv"));
    let region = region(number);
    let h = &csv.header;
    let col = |name: &str| h.iter().position(|c| c == name);
    let notes_col = col("notes").expect("notes column");
    let row_notes: Vec<HashSet<u32>> = csv
        .rows
        .iter()
        .map(|r| {
            r[notes_col]
                .split_whitespace()
                .filter_map(|n| n.rsplit(':').next()?.parse().ok())
                .collect()
        })
        .collect();

    // Row order = the order of the printed names.
    let label = col("label");
    // A name the reading split over two lines ("North" … "Carolina", with figures between) is
    // joined again; a lone "North" whose second word was lost matches any "North …" name.
    let mut printed_names: Vec<String> = Vec::new();
    let mut pending: Option<&str> = None;
    let name_of = |bare: &str| match label {
        Some(lc) => csv
            .rows
            .iter()
            .find(|r| r[lc] == bare)
            .map(|r| r[0].clone()),
        None => names
            .iter()
            .find(|(_, ns)| ns.iter().any(|n| n == bare))
            .map(|(c, _)| c.clone()),
    };
    for l in &region {
        let l = l.trim();
        if l.is_empty() || l.split_whitespace().all(|w| token(w).is_some()) {
            continue;
        }
        if matches!(l, "North" | "South" | "New" | "West") {
            printed_names.extend(pending.replace(l).map(|p| format!("{p} …")));
            continue;
        }
        let bare = |s: &str| s.trim_end_matches(|c: char| c.is_ascii_digit()).to_string();
        if let Some(p) = pending.take() {
            if let Some(code) = name_of(&bare(&format!("{p} {l}"))) {
                printed_names.push(code);
                continue;
            }
            printed_names.push(format!("{p} …"));
        }
        printed_names.extend(name_of(&bare(l)));
    }
    let same = |code: &String, printed: &String| {
        code == printed
            || printed.strip_suffix(" …").is_some_and(|p| {
                names
                    .iter()
                    .any(|(c, ns)| c == code && ns[0].starts_with(&format!("{p} ")))
            })
    };
    let keys: Vec<String> = csv.rows.iter().map(|r| r[0].clone()).collect();
    assert!(
        printed_names.len() >= keys.len()
            && keys.iter().zip(&printed_names).all(|(k, p)| same(k, p)),
        "Table {number}: rows {keys:?} but the text names {printed_names:?}"
    );

    // A line of several figures ("3,050 1,022") gives each; a line with any word is not a figure.
    let stream: Vec<Token> = region
        .iter()
        .flat_map(|l| {
            let words: Vec<Token> = l.split_whitespace().filter_map(token).collect();
            if words.len() == l.split_whitespace().count() {
                words
            } else {
                Vec::new()
            }
        })
        .collect();
    // Value columns: everything but the key, label, notes and Table 2's asterisk flag.
    let star_flag = col("reporting_facilities_only");
    let value_cols: Vec<usize> = (1..h.len())
        .filter(|&c| Some(c) != label && c != notes_col && Some(c) != star_flag)
        .collect();
    let alt_of = |c: usize| col(&format!("alt_{}", h[c]));
    let is_alt = |c: usize| h[c].starts_with("alt_");
    let printed = |r: usize, c: usize| !is_alt(c) || !csv.rows[r][c].is_empty();
    let matches = |r: usize, c: usize, t: &Token| -> bool {
        let v = &csv.rows[r][c];
        if t.paren != is_alt(c) {
            return false;
        }
        if v.is_empty() {
            return t.na;
        }
        let star_ok = match star_flag {
            Some(f) if h[c] == "custodial_population_rh_facilities" => {
                t.star == (csv.rows[r][f] == "true")
            }
            _ => !t.star,
        };
        star_ok
            && !t.na
            && t.percent == is_percent(&h[c])
            && t.reads
                .iter()
                .any(|(value, note)| value == v && note.is_none_or(|n| row_notes[r].contains(&n)))
    };

    // Printed columns (with the alternatives under their main figure) and rows.
    let mut seqs: Vec<Vec<(usize, usize)>> = Vec::new();
    for &c in value_cols.iter().filter(|&&c| !is_alt(c)) {
        let mut s = Vec::new();
        for r in 0..csv.rows.len() {
            s.push((r, c));
            if let Some(a) = alt_of(c).filter(|&a| printed(r, a)) {
                s.push((r, a));
            }
        }
        seqs.push(s);
    }
    // Tables 7–14 print the custodial columns and the restricted-housing columns as two blocks
    // under two headings, so a row is read as two runs.
    let two_blocks = h.iter().any(|c| c.starts_with("cust_"));
    for r in 0..csv.rows.len() {
        let row: Vec<usize> = value_cols.iter().copied().filter(|&c| !is_alt(c)).collect();
        for block in row.chunk_by(|&a, &b| !two_blocks || h[a][..3] == h[b][..3]) {
            seqs.push(block.iter().map(|&c| (r, c)).collect());
        }
    }
    if rows_first {
        let columns = value_cols.iter().filter(|&&c| !is_alt(c)).count();
        seqs.rotate_left(columns);
    }
    let cell_matches: Vec<Vec<Vec<usize>>> = (0..csv.rows.len())
        .map(|r| {
            (0..h.len())
                .map(|c| {
                    if value_cols.contains(&c) && printed(r, c) {
                        (0..stream.len())
                            .filter(|&p| matches(r, c, &stream[p]))
                            .collect()
                    } else {
                        Vec::new()
                    }
                })
                .collect()
        })
        .collect();
    let m = |(r, c): (usize, usize), p: usize| cell_matches[r][c].binary_search(&p).is_ok();

    let mut at: Vec<Vec<Option<usize>>> = vec![vec![None; h.len()]; csv.rows.len()];
    let mut used = vec![false; stream.len()];
    let mut in_runs = 0;
    let value = |(r, c): (usize, usize)| &csv.rows[r][c];
    // Longest first, but a run of one repeated value ("0%, 0%, 0%") fits almost anywhere, so runs
    // rank by how often the value changes along them, then by length.
    loop {
        let mut best: Option<((usize, usize), usize, usize, usize)> = None;
        for (qi, q) in seqs.iter().enumerate() {
            for i in 0..q.len() {
                let (r, c) = q[i];
                if at[r][c].is_some() {
                    continue;
                }
                for &p in &cell_matches[r][c] {
                    if used[p] {
                        continue;
                    }
                    let mut l = 1;
                    while i + l < q.len()
                        && p + l < stream.len()
                        && at[q[i + l].0][q[i + l].1].is_none()
                        && !used[p + l]
                        && m(q[i + l], p + l)
                    {
                        l += 1;
                    }
                    let changes = (1..l)
                        .filter(|&k| value(q[i + k]) != value(q[i + k - 1]))
                        .count();
                    if l >= 2 && best.is_none_or(|b| (changes, l) > b.0) {
                        best = Some(((changes, l), qi, i, p));
                    }
                }
            }
        }
        let Some(((_, l), qi, i, p)) = best else {
            break;
        };
        if std::env::var("SOURCE_CELLS_DEBUG").is_ok_and(|t| t == number.to_string()) {
            let cells: Vec<String> = (0..l)
                .map(|k| {
                    let (r, c) = seqs[qi][i + k];
                    format!("{}.{}={}", csv.rows[r][0], h[c], csv.rows[r][c])
                })
                .collect();
            eprintln!("run at token {p}: {}", cells.join(" "));
        }
        for k in 0..l {
            let (r, c) = seqs[qi][i + k];
            at[r][c] = Some(p + k);
            used[p + k] = true;
        }
        in_runs += l;
    }
    // A value printed once in the region, that no other unconfirmed cell could claim.
    let mut single = 0;
    let open: Vec<(usize, usize)> = (0..csv.rows.len())
        .flat_map(|r| value_cols.iter().map(move |&c| (r, c)))
        .filter(|&(r, c)| printed(r, c) && at[r][c].is_none())
        .collect();
    for &(r, c) in &open {
        let free: Vec<usize> = cell_matches[r][c]
            .iter()
            .copied()
            .filter(|&p| !used[p])
            .collect();
        if let [p] = free[..] {
            let contested = open
                .iter()
                .any(|&(r2, c2)| (r2, c2) != (r, c) && at[r2][c2].is_none() && m((r2, c2), p));
            if !contested {
                at[r][c] = Some(p);
                used[p] = true;
                single += 1;
            }
        }
    }

    let mut cells = 0;
    let mut unconfirmed = Vec::new();
    for (r, row) in csv.rows.iter().enumerate() {
        for &c in &value_cols {
            cells += 1;
            let ok = if printed(r, c) {
                at[r][c].is_some()
            } else {
                // An alternative not printed: nothing in parentheses under the main figure.
                let main = col(&h[c]["alt_".len()..]).unwrap();
                at[r][main].is_some_and(|p| stream.get(p + 1).is_none_or(|t| !t.paren))
            };
            if ok && !printed(r, c) {
                in_runs += 1;
            }
            if !ok {
                if std::env::var_os("SOURCE_CELLS_DEBUG").is_some() {
                    let free = cell_matches[r][c].iter().filter(|&&p| !used[p]).count();
                    eprintln!(
                        "{number},{},{},value {:?}: {} tokens match, {free} unused",
                        row[0],
                        h[c],
                        row[c],
                        cell_matches[r][c].len()
                    );
                }
                unconfirmed.push((number, row[0].clone(), h[c].clone()));
            }
        }
        if let Some(f) = star_flag {
            // The asterisk was checked with the figure it is printed on.
            cells += 1;
            let main = col("custodial_population_rh_facilities").unwrap();
            if at[r][main].is_some() {
                in_runs += 1;
            } else {
                unconfirmed.push((number, row[0].clone(), h[f].clone()));
            }
        }
    }
    Reading {
        cells,
        in_runs,
        single,
        unconfirmed,
    }
}
