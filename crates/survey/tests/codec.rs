//! The build-time encoding of the data (`survey::data::codec`): decoding what was encoded gives back
//! exactly the dataset the CSV reader parsed — for the shipped files and for changed ones, the
//! rows' pages, the later editions' figures and the endnotes' texts (a file of their own) included
//! — and truncated or corrupt bytes give an error, never a panic. Each part of the report's text is
//! a file of its own that fills in only its part.

use proptest::prelude::*;
use std::sync::OnceLock;
use survey::data::codec::{
    decode_tables, encode_notes, encode_part, encode_tables, part_file, with_parts, Part, Parts,
    NOTES_FILE, TABLES_FILE, TEXT_NOTES,
};
use survey::data::csv::DataError;
use survey::data::dataset::{CORE_FILES, TEXT_FILES};
use survey::{Cell, Dataset, Decimal};

/// The shipped data, parsed once.
fn data() -> Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::embedded().unwrap_or_else(|e| panic!("{e}")))
        .clone()
}

/// The files of every part of `d`'s text.
fn parts(d: &Dataset) -> Vec<(Part, Vec<u8>)> {
    Part::ALL
        .iter()
        .map(|p| (*p, encode_part(d, *p).unwrap()))
        .collect()
}

/// `base` with every part of `d`'s text read in.
fn with_text(base: &Dataset, d: &Dataset) -> Result<Dataset, DataError> {
    with_parts(base.clone(), parts(d))
}

/// Encodes, decodes, and returns the decoded dataset.
fn round_trip(d: &Dataset) -> Dataset {
    let tables = decode_tables(&encode_tables(d).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!tables.complete() && tables.endnotes.is_empty() && tables.text == Parts::NONE);
    let text = with_text(&tables, d).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.complete() && !text.notes);
    text.with_notes_bytes(&encode_notes(d).unwrap())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Every row has a cell per column: what the app indexes without checking.
fn sound(d: &Dataset) -> bool {
    d.tables
        .iter()
        .all(|t| t.rows.iter().all(|r| r.cells.len() == t.columns.len()))
}

#[test]
fn the_shipped_data_round_trips_exactly() {
    let d = data();
    assert!(d.complete() && d.tables.len() == 19 && d.endnotes.len() == 397);
    assert!(d.row_pages.len() > 600 && d.later.len() == 9);
    assert_eq!(round_trip(&d), d);
    // The tables file alone is what the CSV reader makes of the core files.
    let core = Dataset::from_files(CORE_FILES).unwrap();
    assert_eq!(decode_tables(&encode_tables(&d).unwrap()).unwrap(), core);
}

#[test]
fn file_names_carry_a_16_digit_hash() {
    let mut files = vec![(TABLES_FILE, "tables-"), (NOTES_FILE, "notes-")];
    let prefixes: Vec<String> = Part::ALL.iter().map(|p| format!("{}-", p.name())).collect();
    for (p, prefix) in Part::ALL.iter().zip(&prefixes) {
        files.push((part_file(*p), prefix));
    }
    // One file per part, no two with one name.
    for (i, (a, _)) in files.iter().enumerate() {
        assert!(files[i + 1..].iter().all(|(b, _)| a != b), "{a}");
    }
    for (name, prefix) in files {
        let hash = name
            .strip_prefix(prefix)
            .and_then(|n| n.strip_suffix(".bin"))
            .unwrap_or_else(|| panic!("{name}"));
        assert_eq!(hash.len(), 16, "{name}");
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
    }
}

/// What the CSV reader makes of the shipped files with `file`'s text replaced by `edit` of it.
fn parse_edited(file: &str, edit: impl Fn(&str) -> String) -> Result<Dataset, DataError> {
    let files: Vec<(&str, String)> = CORE_FILES
        .iter()
        .chain(TEXT_FILES)
        .map(|(n, t)| (*n, if *n == file { edit(t) } else { t.to_string() }))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Dataset::from_files(&refs)
}

/// [`parse_edited`], which must succeed.
fn with_edit(file: &str, edit: impl Fn(&str) -> String) -> Dataset {
    parse_edited(file, edit).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn changed_csv_files_flow_through_the_encoding() {
    let original = data();
    let cases = [
        // A count changes (Texas's 22-hour count).
        with_edit("table02.csv", |t| t.replacen(",5832,", ",5833,", 1)),
        // A reported count becomes "not reported".
        with_edit("table02.csv", |t| t.replacen(",5832,", ",,", 1)),
        // A jurisdiction's name gains quotes, a comma and non-ASCII text.
        with_edit("jurisdictions.csv", |t| {
            t.replacen("Texas", "\"Texas, \"\"the Lone Star\"\" — État\"", 1)
        }),
        // An endnote's text spans lines.
        with_edit("endnotes.csv", |t| {
            t.replacen("Hope Metcalf", "Hope\nMetcalf, “quoted” \"\"x\"\"", 1)
        }),
        // A reform is dropped.
        with_edit("reforms.csv", |t| {
            let mut lines: Vec<&str> = t.lines().collect();
            lines.remove(1);
            lines.join("\n") + "\n"
        }),
        // Texas's row moves to another page; a total row's page is dropped.
        with_edit("row_pages.csv", |t| {
            t.replacen("2,TX,23", "2,TX,24", 1)
                .replacen("2,total,23\n", "", 1)
        }),
        // A later edition's range changes and its wording gains a quoted comma.
        with_edit("later_surveys.csv", |t| {
            t.replacen(",41000,48000,", ",41001,90000,", 1).replacen(
                "SSRN abstract",
                "\"SSRN, \"\"abstract\"\"\"",
                1,
            )
        }),
    ];
    for (i, d) in cases.iter().enumerate() {
        assert_ne!(d, &original, "case {i} changed nothing");
        assert_eq!(&round_trip(d), d, "case {i}");
    }
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000_000, 0u8..=15).prop_map(|(scaled, places)| Decimal { scaled, places })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any value in any cell, and any text in the report's text, survives the round trip.
    #[test]
    fn changed_values_round_trip(
        table in 0usize..19,
        row in 0usize..60,
        column in 0usize..20,
        count in any::<u64>(),
        percent in decimal(),
        text in "\\PC{0,40}",
        note in 0usize..397,
        page in any::<u16>(),
        low in any::<u64>(),
    ) {
        let mut d = data();
        let t = &mut d.tables[table];
        let r = row % t.rows.len();
        let c = 1 + column % (t.columns.len() - 1);
        let cell = &mut t.rows[r].cells[c];
        *cell = match cell {
            Cell::Count(_) => Cell::Count(count),
            Cell::Percent(_) => Cell::Percent(percent),
            Cell::Text(_) => Cell::Text(text.clone()),
            Cell::Flag(b) => Cell::Flag(!*b),
            Cell::Missing => Cell::Missing,
        };
        d.endnotes[note].text = text.clone();
        let f = note % d.figures.len();
        d.figures[f].value = percent;
        let n = d.row_pages.len();
        d.row_pages[note % n].page = page;
        let later = &mut d.later[note % 9];
        later.shown = text.clone();
        later.low = low;
        later.high = (low % 2 == 0).then_some(low.saturating_add(count));
        d.jurisdictions[note % 53].name = text;
        prop_assert_eq!(round_trip(&d), d);
    }

    /// A corrupted byte anywhere in any of the files: an error or a sound dataset, never a
    /// panic.
    #[test]
    fn flipped_bytes_never_panic(at in any::<prop::sample::Index>(), mask in 1u8..=255, file in 0usize..8) {
        let d = data();
        let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
        let text = with_text(&base, &d).unwrap();
        let part = Part::ALL.get(file.wrapping_sub(2)).copied();
        let mut bytes = match (file, part) {
            (0, _) => encode_tables(&d),
            (_, Some(p)) => encode_part(&d, p),
            _ => encode_notes(&d),
        }
        .unwrap();
        let i = at.index(bytes.len());
        bytes[i] ^= mask;
        let got = match (file, part) {
            (0, _) => decode_tables(&bytes),
            (_, Some(p)) => base.clone().with_part_bytes(p, &bytes),
            _ => text.with_notes_bytes(&bytes),
        };
        if let Ok(g) = got {
            prop_assert!(sound(&g));
            let endnotes = file == 1 || part == Some(Part::Endnotes);
            prop_assert_eq!(g.endnotes.len(), d.endnotes.len() * usize::from(endnotes));
        }
    }

    /// A notes file cut short anywhere is an error.
    #[test]
    fn truncated_notes_are_an_error(at in any::<prop::sample::Index>()) {
        let d = data();
        let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
        let text = with_text(&base, &d).unwrap();
        let bytes = encode_notes(&d).unwrap();
        let cut = at.index(bytes.len());
        let e = text.with_notes_bytes(&bytes[..cut]).unwrap_err();
        prop_assert!(e.to_string().starts_with(NOTES_FILE));
    }

    /// A part's file cut short anywhere is an error naming that file.
    #[test]
    fn truncated_parts_are_errors(at in any::<prop::sample::Index>(), part in 0usize..6) {
        let d = data();
        let p = Part::ALL[part];
        let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
        let bytes = encode_part(&d, p).unwrap();
        let cut = at.index(bytes.len());
        let e = base.with_part_bytes(p, &bytes[..cut]).unwrap_err();
        prop_assert!(e.to_string().starts_with(part_file(p)));
    }
}

#[test]
fn truncations_of_the_tables_file_are_errors() {
    // Every cut in the first and last kilobyte, and one in every 13 bytes between (every cut of
    // the whole file takes seconds; `truncated_text_is_an_error` samples the text file's).
    let bytes = encode_tables(&data()).unwrap();
    let n = bytes.len();
    for cut in (0..n).filter(|c| *c < 1024 || n - c <= 1024 || c % 13 == 0) {
        let e = decode_tables(&bytes[..cut]).expect_err("a cut file must not decode");
        assert!(e.to_string().starts_with(TABLES_FILE), "{e}");
    }
}

#[test]
fn extra_bytes_wrong_files_and_huge_lengths_are_errors() {
    let d = data();
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    let mut tables = encode_tables(&d).unwrap();
    tables.push(0);
    assert!(decode_tables(&tables)
        .unwrap_err()
        .message
        .contains("after the end"));
    // Each file is read only as itself.
    let text = encode_part(&d, Part::Endnotes).unwrap();
    assert!(decode_tables(&text)
        .unwrap_err()
        .message
        .contains("not a data file"));
    for p in Part::ALL {
        let bytes = encode_part(&d, p).unwrap();
        assert!(base
            .clone()
            .with_part_bytes(p, &encode_tables(&d).unwrap())
            .is_err());
        assert!(base
            .clone()
            .with_part_bytes(p, &encode_notes(&d).unwrap())
            .is_err());
        for q in Part::ALL.into_iter().filter(|q| *q != p) {
            let e = base.clone().with_part_bytes(q, &bytes).unwrap_err();
            assert!(e.message.contains("not a data file"), "{p:?} as {q:?}: {e}");
        }
    }
    let full = with_text(&base, &d).unwrap();
    assert!(full.clone().with_notes_bytes(&text).is_err());
    // The notes come after the endnotes, which they fill in; the other parts are not needed.
    let e = with_parts(
        base.clone(),
        parts(&d).into_iter().filter(|(p, _)| *p != Part::Endnotes),
    )
    .unwrap()
    .with_notes_bytes(&encode_notes(&d).unwrap())
    .unwrap_err();
    assert!(e.message.contains("after the endnotes"), "{e}");
    let only = base
        .clone()
        .with_part_bytes(Part::Endnotes, &text)
        .unwrap()
        .with_notes_bytes(&encode_notes(&d).unwrap())
        .unwrap();
    assert_eq!(only.endnotes, d.endnotes);
    let mut notes = encode_notes(&d).unwrap();
    notes.push(0);
    assert!(full
        .with_notes_bytes(&notes)
        .unwrap_err()
        .message
        .contains("after the end"));
    assert!(decode_tables(b"").is_err());
    // A count of 2^63 items right after the magic: refused before any allocation.
    let mut huge = encode_tables(&d).unwrap()[..4].to_vec();
    huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert!(decode_tables(&huge)
        .unwrap_err()
        .message
        .contains("past the end"));
    // A number with too many continuation bytes.
    huge.truncate(4);
    huge.extend_from_slice(&[0xff; 11]);
    assert!(decode_tables(&huge)
        .unwrap_err()
        .message
        .contains("too large"));
}

#[test]
fn the_tables_file_carries_every_rows_page_and_the_text_the_later_figures() {
    let d = data();
    let tables = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    // What the source panels cite: a row on each side of Table 2's page break, and its total.
    assert_eq!(tables.row_page(2, "CA"), Some(22));
    assert_eq!(tables.row_page(2, "TX"), Some(23));
    assert_eq!(tables.row_page(2, survey::data::row_pages::TOTAL), Some(23));
    assert_eq!(tables.cite(3, "AL"), d.cite(3, "AL"));
    assert_eq!(tables.row_pages, d.row_pages);
    // The later figures come only with their part.
    assert!(tables.later.is_empty());
    let full = tables
        .with_part_bytes(Part::Later, &encode_part(&d, Part::Later).unwrap())
        .unwrap();
    assert_eq!(full.later, d.later);
    let range = full.later.iter().find(|f| f.low == 41_000).unwrap();
    assert_eq!(range.high, Some(48_000));
    assert!(full.later.iter().filter(|f| f.high.is_none()).count() >= 6);
}

/// The shipped tables file and where its rows' pages start: the last part of the file is the
/// count, then a table byte, a row byte and a page byte per page (each below 128: one byte).
fn pages_section() -> (Vec<u8>, usize, usize) {
    let d = data();
    let bytes = encode_tables(&d).unwrap();
    let n = d.row_pages.len();
    assert!(d.row_pages.iter().all(|p| p.page < 128));
    let start = bytes.len() - 3 * n;
    (bytes, start, n)
}

#[test]
fn pages_naming_a_missing_row_or_table_or_twice_are_refused() {
    let (bytes, start, n) = pages_section();
    assert_eq!(decode_tables(&bytes).unwrap().row_pages.len(), n);
    let refused = |at: usize, value: u8, why: &str| {
        let mut b = bytes.clone();
        b[at] = value;
        let e = decode_tables(&b).expect_err(why);
        assert!(e.message.contains(why), "{e}");
    };
    // A row past the end of Table 2 (it has 48): refused, as is a table number out of range.
    refused(start + n, 100, "a row the table lacks");
    refused(start, 20, "not a table number");
    refused(start, 0, "not a table number");
    // The second page names the first page's row again.
    let first_row = bytes[start + n];
    refused(start + n + 1, first_row, "a second page");
    // A page number past u16.
    let mut big = bytes[..bytes.len() - 1].to_vec();
    big.extend_from_slice(&[0xff, 0xff, 0x7f]);
    assert!(decode_tables(&big)
        .unwrap_err()
        .message
        .contains("too large"));
}

#[test]
fn a_page_for_a_row_the_tables_lack_cannot_be_encoded() {
    let mut d = data();
    d.row_pages[5].key = "ZZ".into();
    let e = encode_tables(&d).unwrap_err();
    assert!(e.message.contains("`ZZ`"), "{e}");
}

#[test]
fn a_later_range_that_runs_backwards_is_refused() {
    let mut d = data();
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    let f = d.later.iter_mut().find(|f| f.high.is_some()).unwrap();
    // Both ends equal is a range still (the boundary of the rule).
    f.high = Some(f.low);
    assert_eq!(round_trip(&d), d);
    let f = d.later.iter_mut().find(|f| f.high.is_some()).unwrap();
    f.high = Some(f.low - 1);
    let e = with_text(&base, &d).unwrap_err();
    assert!(e.message.contains("below its low end"), "{e}");
    assert!(e.file.starts_with("later-"), "{e}");
}

#[test]
fn the_csv_reader_refuses_pages_and_later_figures_that_do_not_fit() {
    let edit = |file: &str, edit: &dyn Fn(&str) -> String| parse_edited(file, edit).unwrap_err();
    let e = edit("row_pages.csv", &|t| t.replacen("2,TX,23", "2,ZZ,23", 1));
    assert!(e.to_string().starts_with("row_pages.csv line 41"), "{e}");
    let e = edit("row_pages.csv", &|t| t.replacen("2,TX,23", "2,CA,23", 1));
    assert!(e.message.contains("second page"), "{e}");
    let e = edit("row_pages.csv", &|t| t.replacen("2,TX,23", "2,TX,p23", 1));
    assert!(e.message.contains("not a valid page"), "{e}");
    let e = edit("later_surveys.csv", &|t| {
        t.replacen(",41000,48000,", ",48000,41000,", 1)
    });
    assert!(e.message.contains("below the low end"), "{e}");
    let equal = with_edit("later_surveys.csv", |t| {
        t.replacen(",41000,48000,", ",41000,41000,", 1)
    });
    assert!(equal.later.iter().any(|f| f.high == Some(41_000)));
    let e = edit("later_surveys.csv", &|t| {
        t.replacen(",25083,", ",25 083,", 1)
    });
    assert!(e.to_string().starts_with("later_surveys.csv line 9"), "{e}");
}

#[test]
fn text_naming_an_unknown_jurisdiction_is_refused() {
    let mut d = data();
    d.reforms[0].jurisdiction = "ZZ".into();
    d.smi_definitions[0].jurisdiction = "ZY".into();
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    for p in [Part::Reforms, Part::Smi] {
        let e = base
            .clone()
            .with_part_bytes(p, &encode_part(&d, p).unwrap())
            .unwrap_err();
        assert!(e.message.contains("unknown jurisdiction"), "{e}");
        assert_eq!(e.file, part_file(p));
    }
}

#[test]
fn each_endnote_text_is_in_one_file_and_the_pregnancy_page_needs_no_notes_file() {
    let d = data();
    let text = encode_part(&d, Part::Endnotes).unwrap();
    let notes = encode_notes(&d).unwrap();
    let holds = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    for e in &d.endnotes {
        let in_text = TEXT_NOTES.contains(&e.number);
        assert_eq!(holds(&text, &e.text), in_text, "endnote {}", e.number);
        assert_eq!(holds(&notes, &e.text), !in_text, "endnote {}", e.number);
    }
    // The text file alone gives the pregnancy page endnote 226's counts (what TEXT_NOTES is for).
    assert!(TEXT_NOTES.contains(&survey::sections::pregnancy::NOTE_TRANSGENDER_RH));
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    let without_notes = base.with_part_bytes(Part::Endnotes, &text).unwrap();
    let counts = survey::sections::pregnancy::transgender_rh(&without_notes);
    assert!(!counts.is_empty());
    assert_eq!(counts, survey::sections::pregnancy::transgender_rh(&d));
    assert!(without_notes.endnote(1).is_some_and(|e| e.text.is_empty()));
}

#[test]
fn a_nul_character_cannot_be_encoded() {
    let mut d = data();
    d.endnotes[3].text.push('\0');
    let e = encode_notes(&d).unwrap_err();
    assert!(e.message.contains("NUL"), "{e}");
    d.figures[0].statement.push('\0');
    let e = encode_part(&d, Part::Figures).unwrap_err();
    assert!(e.message.contains("NUL"), "{e}");
    d.jurisdictions[0].name.push('\0');
    assert!(encode_tables(&d).is_err());
}

#[test]
fn each_part_fills_in_its_own_field_and_no_other() {
    let d = data();
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    let empty = Dataset {
        text: Parts::NONE,
        notes: false,
        ..base.clone()
    };
    for p in Part::ALL {
        let got = base
            .clone()
            .with_part_bytes(p, &encode_part(&d, p).unwrap())
            .unwrap();
        assert_eq!(got.text, Parts::of(&[p]));
        // What the part alone gives: `d`'s field for it, the others empty.
        let mut want = d.only_text(Parts::of(&[p]));
        want.notes = false;
        if p == Part::Endnotes {
            for e in &mut want.endnotes {
                if !TEXT_NOTES.contains(&e.number) {
                    e.text.clear();
                }
            }
        }
        assert_eq!(got, want, "{p:?}");
        assert_ne!(got, empty, "{p:?} carries nothing");
        // Its bytes hold no other part's text: a statement, an erratum, a reform, a definition.
        let bytes = encode_part(&d, p).unwrap();
        let holds = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        assert_eq!(holds(&d.figures[7].statement), p == Part::Figures, "{p:?}");
        assert_eq!(holds(&d.errata[0].description), p == Part::Errata, "{p:?}");
        assert_eq!(holds(&d.reforms[0].summary), p == Part::Reforms, "{p:?}");
        assert_eq!(
            holds(&d.smi_definitions[0].definition),
            p == Part::Smi,
            "{p:?}"
        );
        assert_eq!(holds(&d.later[0].source_note), p == Part::Later, "{p:?}");
    }
}
