//! The readers of the report's text: each part's file ([`part_file`]) and the endnotes' texts
//! ([`NOTES_FILE`]), added to a dataset read from the tables file.

use super::reader::In;
use crate::data::codec::{part_file, part_magic, Part, NOTES_FILE, NOTES_MAGIC, TEXT_NOTES};
use crate::data::csv::DataError;
use crate::data::dataset::{AuditCounts, Dataset};
use crate::data::later::LaterFigure;
use crate::data::report::{Endnote, Erratum, Figure, Reform, SmiDefinition, ERRATUM_KINDS};

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
            crate::data::parts::figure_parts!() => {
                let figures = r.list(|r| Figure {
                    id: r.str(),
                    value: r.decimal(),
                    unit: r.str(),
                    statement: r.str(),
                    table: r.table_opt(),
                    section: r.str(),
                    page: r.str(),
                    derivation_src: r.str(),
                    derivation: r.flag().then(|| r.expr(0)),
                });
                if figures.iter().any(|f| Part::of_figure(&f.section) != p) {
                    r.fail("a printed figure of another part");
                }
                self.figures.retain(|f| Part::of_figure(&f.section) != p);
                self.figures.extend(figures);
                // In the parts' order, each part's in its file's (`Dataset::figures`).
                crate::sort::sort_by_key(&mut self.figures, |f| Part::of_figure(&f.section).index());
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
                });
                self.audit = r.flag().then(|| {
                    let [figures, recomputed, errata, errata_checked, mismatches] =
                        [(); 5].map(|_| r.u32() as usize);
                    AuditCounts {
                        figures,
                        recomputed,
                        errata,
                        errata_checked,
                        mismatches,
                    }
                });
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
