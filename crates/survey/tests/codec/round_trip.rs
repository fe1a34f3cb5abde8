//! The shipped data and changed CSV files decode to exactly what the CSV reader parsed.

use super::common::*;

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
