//! The parts of the report's text (issue 13, bytes): the printed figures (in eight parts, by the
//! report's section), the endnotes (without their texts), the errata, the reforms, the definitions
//! of serious mental illness and the later editions' figures. Each is a data file of its own
//! (`data::codec::part_file`), so a page's first visit fetches only the parts that page renders
//! (`url::Page::text_parts`) and a reader who visits two pages fetches a part they share once (the
//! files are named by content and cached).

/// The pattern of the printed figures' parts ([`Part::FIGURES`]), for a `match` that reads or
/// writes them alike and stays exhaustive.
macro_rules! figure_parts {
    () => {
        $crate::data::parts::Part::Figures
            | $crate::data::parts::Part::FiguresFacilities
            | $crate::data::parts::Part::FiguresStay
            | $crate::data::parts::Part::FiguresSex
            | $crate::data::parts::Part::FiguresComposition
            | $crate::data::parts::Part::FiguresSmi
            | $crate::data::parts::Part::FiguresPregnancy
            | $crate::data::parts::Part::FiguresReforms
    };
}
pub(crate) use figure_parts;

/// One part of the report's text: one field of [`crate::Dataset`] (the printed figures: some of
/// them, [`Part::of_figure`]), one data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// `Dataset::figures` (report_figures.csv) of the press release, the front matter, the
    /// executive summary, Sections I, II and VIII, and any other.
    Figures,
    /// The printed figures of Sections III and IV (responses, facilities, cells).
    FiguresFacilities,
    /// Section V (length of stay).
    FiguresStay,
    /// Sections VI and VI.A (men and women).
    FiguresSex,
    /// Sections VI.B and VI.C (race and ethnicity, age: one bundle shows both, so a move between
    /// them fetches nothing).
    FiguresComposition,
    /// Section VI.D.1 (serious mental illness).
    FiguresSmi,
    /// Sections VI.D.2 and VI.D.3 (pregnancy, transgender people).
    FiguresPregnancy,
    /// Section VII (reforms).
    FiguresReforms,
    /// `Dataset::endnotes`, without the texts but `data::codec::TEXT_NOTES`' (endnotes.csv).
    Endnotes,
    /// `Dataset::errata` (errata.csv).
    Errata,
    /// `Dataset::reforms` (reforms.csv).
    Reforms,
    /// `Dataset::smi_definitions` (smi_definitions.csv).
    Smi,
    /// `Dataset::later` (later_surveys.csv).
    Later,
}

impl Part {
    /// Every part, in the order of their files (the printed figures' parts first, in the order
    /// `Dataset::figures` keeps them).
    pub const ALL: [Part; 13] = [
        Part::Figures,
        Part::FiguresFacilities,
        Part::FiguresStay,
        Part::FiguresSex,
        Part::FiguresComposition,
        Part::FiguresSmi,
        Part::FiguresPregnancy,
        Part::FiguresReforms,
        Part::Endnotes,
        Part::Errata,
        Part::Reforms,
        Part::Smi,
        Part::Later,
    ];

    /// The parts that hold the printed figures: the first eight of [`Part::ALL`].
    pub const FIGURES: [Part; 8] = {
        let mut out = [Part::Figures; 8];
        let mut i = 0;
        while i < out.len() {
            out[i] = Part::ALL[i];
            i += 1;
        }
        out
    };

    /// Its name: the start of its file's name and its key in the boot script's tables.
    pub fn name(self) -> &'static str {
        match self {
            Part::Figures => "figures",
            Part::FiguresFacilities => "figures-facilities",
            Part::FiguresStay => "figures-stay",
            Part::FiguresSex => "figures-sex",
            Part::FiguresComposition => "figures-composition",
            Part::FiguresSmi => "figures-smi",
            Part::FiguresPregnancy => "figures-pregnancy",
            Part::FiguresReforms => "figures-reforms",
            Part::Endnotes => "endnotes",
            Part::Errata => "errata",
            Part::Reforms => "reforms",
            Part::Smi => "smi",
            Part::Later => "later",
        }
    }

    /// The part that carries a printed figure of the report's `section` (`IV.A`, `VI.D.1`,
    /// `Press release`): by the section's number, so a page fetches the figures of the sections
    /// it shows (measured 2 December: the figures of one section are 0.1–3.6 kB brotli, all of
    /// them in one file 16 kB).
    pub fn of_figure(section: &str) -> Part {
        let mut levels = section.split('.');
        match (levels.next(), levels.next(), levels.next()) {
            (Some("III" | "IV"), ..) => Part::FiguresFacilities,
            (Some("V"), ..) => Part::FiguresStay,
            (Some("VI"), None | Some("A"), _) => Part::FiguresSex,
            (Some("VI"), Some("B" | "C"), _) => Part::FiguresComposition,
            (Some("VI"), Some("D"), Some("1")) => Part::FiguresSmi,
            (Some("VI"), Some("D"), _) => Part::FiguresPregnancy,
            (Some("VII"), ..) => Part::FiguresReforms,
            _ => Part::Figures,
        }
    }

    /// Its place in [`Part::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of [`Part`]s: which a dataset holds, which a page needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Parts(u16);

impl Parts {
    /// No part.
    pub const NONE: Parts = Parts(0);
    /// Every part.
    pub const ALL: Parts = Parts::of(&Part::ALL);
    /// Every part of the printed figures.
    pub const FIGURES: Parts = Parts::of(&Part::FIGURES);

    /// The set of `parts`.
    pub const fn of(parts: &[Part]) -> Parts {
        let mut bits = 0;
        let mut i = 0;
        while i < parts.len() {
            bits |= parts[i].bit();
            i += 1;
        }
        Parts(bits)
    }

    /// Whether `p` is in the set.
    pub fn has(self, p: Part) -> bool {
        self.0 & p.bit() != 0
    }

    /// Whether every part of `other` is in the set.
    pub fn contains(self, other: Parts) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set with `p`.
    pub fn with(self, p: Part) -> Parts {
        Parts(self.0 | p.bit())
    }

    /// The set with `p` or without it.
    pub fn set(self, p: Part, on: bool) -> Parts {
        if on {
            self.with(p)
        } else {
            Parts(self.0 & !p.bit())
        }
    }

    /// Both sets together.
    pub fn union(self, other: Parts) -> Parts {
        Parts(self.0 | other.0)
    }

    /// The parts of `need` not in the set.
    pub fn missing(self, need: Parts) -> Parts {
        Parts(need.0 & !self.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Its parts, in [`Part::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = Part> {
        Part::ALL.into_iter().filter(move |p| self.has(*p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_hold_what_was_put_in_and_nothing_else() {
        let s = Parts::of(&[Part::Figures, Part::Smi]);
        assert!(s.has(Part::Figures) && s.has(Part::Smi) && !s.has(Part::Later));
        assert_eq!(s.iter().collect::<Vec<_>>(), [Part::Figures, Part::Smi]);
        assert_eq!(
            s.missing(Parts::ALL).iter().count(),
            Part::ALL.len() - 2,
            "{s:?}"
        );
        assert!(Parts::ALL.contains(s) && !s.contains(Parts::ALL));
        assert_eq!(s.set(Part::Smi, false), Parts::of(&[Part::Figures]));
        assert_eq!(s.union(Parts::of(&[Part::Later])).iter().count(), 3);
        assert!(Parts::NONE.is_empty() && Parts::NONE.missing(s) == s);
        // Names are distinct (they name files), and `ALL` is in the enum's order.
        for (i, p) in Part::ALL.into_iter().enumerate() {
            assert_eq!(Part::ALL.iter().filter(|q| q.name() == p.name()).count(), 1);
            assert_eq!(p.index(), i);
        }
        assert!(Part::FIGURES
            .iter()
            .all(|p| p.name().starts_with("figures")));
        assert_eq!(Parts::FIGURES.iter().count(), 8);
    }

    #[test]
    fn a_figure_goes_with_its_section() {
        let cases = [
            ("Press release", Part::Figures),
            ("Front matter", Part::Figures),
            ("Executive Summary", Part::Figures),
            ("I.C", Part::Figures),
            ("II.B", Part::Figures),
            ("III.A", Part::FiguresFacilities),
            ("IV.B", Part::FiguresFacilities),
            ("V", Part::FiguresStay),
            ("V.B", Part::FiguresStay),
            ("VI", Part::FiguresSex),
            ("VI.A", Part::FiguresSex),
            ("VI.B", Part::FiguresComposition),
            ("VI.C", Part::FiguresComposition),
            ("VI.D.1", Part::FiguresSmi),
            ("VI.D.2", Part::FiguresPregnancy),
            ("VI.D.3", Part::FiguresPregnancy),
            ("VII", Part::FiguresReforms),
            ("VII.F.6", Part::FiguresReforms),
            ("VIII", Part::Figures),
            ("13", Part::Figures),
            ("", Part::Figures),
        ];
        for (section, part) in cases {
            assert_eq!(Part::of_figure(section), part, "{section}");
        }
    }
}
