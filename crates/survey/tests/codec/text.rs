//! The rows' pages, the later editions' figures and the report's text parts: carried, refused when
//! they do not fit, and each part filling in only its own field.

use super::common::*;

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
