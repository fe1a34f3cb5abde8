//! Truncated, extended, mismatched or oversized bytes are errors, never panics.

use super::common::*;

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
fn a_figures_file_holds_its_own_sections_only_and_parts_keep_the_figures_order() {
    let d = data();
    let base = decode_tables(&encode_tables(&d).unwrap()).unwrap();
    // The length of stay's figures under the race part's magic: read, then refused by section.
    let mut bytes = encode_part(&d, Part::FiguresStay).unwrap();
    let race = encode_part(&d, Part::FiguresComposition).unwrap();
    bytes[..4].copy_from_slice(&race[..4]);
    let e = base
        .clone()
        .with_part_bytes(Part::FiguresComposition, &bytes)
        .unwrap_err();
    assert!(e.message.contains("another part"), "{e}");
    // However the figures' parts arrive, the dataset holds them in the order the whole one does.
    let mut backwards: Vec<Part> = Part::FIGURES.to_vec();
    backwards.reverse();
    let mut got = base.clone();
    for p in backwards {
        got = got
            .with_part_bytes(p, &encode_part(&d, p).unwrap())
            .unwrap();
    }
    let ids = |d: &survey::Dataset| d.figures.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&got), ids(&d));
    // Each figure is in exactly one part's file.
    let total: usize = Part::FIGURES
        .iter()
        .map(|p| {
            base.clone()
                .with_part_bytes(*p, &encode_part(&d, *p).unwrap())
                .unwrap()
                .figures
                .len()
        })
        .sum();
    assert_eq!(total, d.figures.len());
}
