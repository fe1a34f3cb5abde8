//! The report's text after start-up: [`FetchedText`], the reducer of the files that arrive for the
//! panels that show an endnote's text, and the dataset they make once read (the `ReportText`
//! context that carries it, and the hooks that ask for the text, are the store's).

use std::rc::Rc;
use survey::data::parts::Part;
use survey::Dataset;
use yew::prelude::*;

/// The files fetched for the endnote panels as they arrived, and the dataset they make once read.
#[derive(Default)]
pub struct FetchedText {
    /// The endnotes' file (`Part::Endnotes`), when the page's dataset lacks it.
    endnotes: Option<Rc<[u8]>>,
    /// The endnotes' texts file, or why it (or the endnotes' file) could not be fetched.
    notes: Option<Result<Rc<[u8]>, String>>,
    parsed: std::cell::OnceCell<Result<Rc<Dataset>, String>>,
}

/// A file that arrived after start-up, or a new request for one (see [`FetchedText`], a reducer:
/// two arrivals in any order never overwrite each other).
pub enum Arrived {
    /// The endnotes' file's bytes (`Part::Endnotes`).
    Endnotes(Rc<[u8]>),
    /// The endnotes' texts are being fetched (again, after a failure): the failure is forgotten,
    /// so the panels say they are loading, not that it failed.
    Asked,
    /// The endnotes' texts file's bytes, or why they could not be fetched.
    Notes(Result<Rc<[u8]>, String>),
}

impl PartialEq for FetchedText {
    /// Each arrival makes a new value, so the same value is the same allocation.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reducible for FetchedText {
    type Action = Arrived;

    fn reduce(self: Rc<Self>, action: Arrived) -> Rc<Self> {
        let (endnotes, notes) = match action {
            Arrived::Endnotes(b) => (Some(b), self.notes.clone()),
            Arrived::Asked => match &self.notes {
                Some(Err(_)) => (self.endnotes.clone(), None),
                _ => return self,
            },
            Arrived::Notes(n) => (self.endnotes.clone(), Some(n)),
        };
        Rc::new(FetchedText {
            endnotes,
            notes,
            parsed: std::cell::OnceCell::new(),
        })
    }
}

impl FetchedText {
    /// The dataset with every endnote's text, read from what has arrived on first use: `None`
    /// while the endnotes' texts (or, when `tables` lacks it, the endnotes' file) have not
    /// arrived; an error when they could not be fetched or do not parse. The panels read only
    /// its endnotes, so it is read once (the page's dataset may gain other parts after).
    pub fn dataset(&self, tables: &Rc<Dataset>) -> Option<Result<Rc<Dataset>, String>> {
        if tables.notes {
            return Some(Ok(tables.clone()));
        }
        let notes = match self.notes.as_ref()? {
            Ok(n) => n.clone(),
            Err(e) => return Some(Err(e.clone())),
        };
        let endnotes = match (&self.endnotes, tables.text.has(Part::Endnotes)) {
            (_, true) => None,
            (Some(t), false) => Some(t.clone()),
            (None, false) => return None,
        };
        Some(
            self.parsed
                .get_or_init(|| {
                    let d = Dataset::clone(tables);
                    match endnotes {
                        Some(t) => d.with_part_bytes(Part::Endnotes, &t),
                        None => Ok(d),
                    }
                    .and_then(|d| d.with_notes_bytes(&notes))
                    .map(Rc::new)
                    .map_err(|e| e.to_string())
                })
                .clone(),
        )
    }
}

#[cfg(test)]
mod tests {
    /// The endnotes' texts fetched on demand (the encoder is native only).
    #[cfg(not(target_arch = "wasm32"))]
    mod notes {
        use super::super::*;
        use survey::data::parts::Parts;

        /// The dataset as a bundle starts with it: the tables, and the endnotes' file when `text`.
        fn started(text: bool) -> (Dataset, Rc<Dataset>) {
            use survey::data::codec::{decode_tables, encode_part, encode_tables};
            let full = Dataset::embedded().unwrap();
            let tables = decode_tables(&encode_tables(&full).unwrap()).unwrap();
            let start = if text {
                tables
                    .with_part_bytes(Part::Endnotes, &encode_part(&full, Part::Endnotes).unwrap())
                    .unwrap()
            } else {
                tables
            };
            (full, Rc::new(start))
        }

        fn notes(full: &Dataset) -> Rc<[u8]> {
            survey::data::codec::encode_notes(full).unwrap().into()
        }

        fn arrive(f: Rc<FetchedText>, a: Arrived) -> Rc<FetchedText> {
            f.reduce(a)
        }

        #[test]
        fn an_endnote_has_its_text_once_the_notes_file_arrives_not_before() {
            let (full, start) = started(true);
            assert!(start.text.has(Part::Endnotes) && !start.notes);
            // Before the lazy fetch the endnotes' file alone has no text for endnote 1.
            assert!(start.endnote(1).is_some_and(|e| e.text.is_empty()));
            let f = Rc::new(FetchedText::default());
            assert!(f.dataset(&start).is_none(), "loading, not an empty text");
            let f = arrive(f, Arrived::Asked);
            assert!(f.dataset(&start).is_none());
            let f = arrive(f, Arrived::Notes(Ok(notes(&full))));
            let got = f.dataset(&start).unwrap().unwrap();
            assert!(got.notes);
            assert_eq!(got.endnotes, full.endnotes);
            let text = &got.endnote(1).unwrap().text;
            assert!(!text.is_empty());
            // A new request once they are here changes nothing (no second fetch's state).
            let again = arrive(f.clone(), Arrived::Asked);
            assert!(Rc::ptr_eq(&again, &f));
        }

        #[test]
        fn a_failed_notes_fetch_is_an_error_until_asked_again_then_loads() {
            let (full, start) = started(true);
            let f = arrive(
                Rc::new(FetchedText::default()),
                Arrived::Notes(Err("notes-0123.bin: network error".into())),
            );
            let e = f.dataset(&start).unwrap().unwrap_err();
            assert!(e.contains("network error"), "{e}");
            // Opened again: loading again, not the old error; then the text.
            let f = arrive(f, Arrived::Asked);
            assert!(f.dataset(&start).is_none());
            let f = arrive(f, Arrived::Notes(Ok(notes(&full))));
            assert_eq!(f.dataset(&start).unwrap().unwrap().endnotes, full.endnotes);
        }

        #[test]
        fn corrupt_notes_bytes_are_an_error_naming_the_file() {
            let (full, start) = started(true);
            let mut bytes = notes(&full).to_vec();
            bytes.truncate(bytes.len() / 2);
            let f = arrive(
                Rc::new(FetchedText::default()),
                Arrived::Notes(Ok(bytes.into())),
            );
            let e = f.dataset(&start).unwrap().unwrap_err();
            assert!(e.contains(survey::data::codec::NOTES_FILE), "{e}");
        }

        #[test]
        fn a_page_without_the_endnotes_needs_both_files_in_either_order() {
            let (full, tables) = started(false);
            let text: Rc<[u8]> = survey::data::codec::encode_part(&full, Part::Endnotes)
                .unwrap()
                .into();
            for notes_first in [true, false] {
                let mut f = Rc::new(FetchedText::default());
                let order = if notes_first {
                    [
                        Arrived::Notes(Ok(notes(&full))),
                        Arrived::Endnotes(text.clone()),
                    ]
                } else {
                    [
                        Arrived::Endnotes(text.clone()),
                        Arrived::Notes(Ok(notes(&full))),
                    ]
                };
                for (i, a) in order.into_iter().enumerate() {
                    assert!(f.dataset(&tables).is_none(), "{notes_first} {i}");
                    f = arrive(f, a);
                }
                let got = f.dataset(&tables).unwrap().unwrap();
                assert_eq!(got.endnotes, full.endnotes);
                // Only the endnotes: the other parts stay the page's to fetch.
                assert!(got.figures.is_empty() && got.text == Parts::of(&[Part::Endnotes]));
            }
        }
    }
}
