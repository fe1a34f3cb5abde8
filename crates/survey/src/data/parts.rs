//! The parts of the report's text (issue 13, bytes): the printed figures, the endnotes (without
//! their texts), the errata, the reforms, the definitions of serious mental illness and the later
//! editions' figures. Each is a data file of its own (`data::codec::part_file`), so a page's first
//! visit fetches only the parts that page renders (`url::Page::text_parts`) and a reader who visits
//! two pages fetches a part they share once (the files are named by content and cached).

/// One part of the report's text: one field of [`crate::Dataset`], one data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// `Dataset::figures` (report_figures.csv).
    Figures,
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
    /// Every part, in the order of their files.
    pub const ALL: [Part; 6] = [
        Part::Figures,
        Part::Endnotes,
        Part::Errata,
        Part::Reforms,
        Part::Smi,
        Part::Later,
    ];

    /// Its name: the start of its file's name and its key in the boot script's tables.
    pub fn name(self) -> &'static str {
        match self {
            Part::Figures => "figures",
            Part::Endnotes => "endnotes",
            Part::Errata => "errata",
            Part::Reforms => "reforms",
            Part::Smi => "smi",
            Part::Later => "later",
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of [`Part`]s: which a dataset holds, which a page needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Parts(u8);

impl Parts {
    /// No part.
    pub const NONE: Parts = Parts(0);
    /// Every part.
    pub const ALL: Parts = Parts::of(&Part::ALL);

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
        // Names are distinct (they name files).
        for p in Part::ALL {
            assert_eq!(Part::ALL.iter().filter(|q| q.name() == p.name()).count(), 1);
        }
    }
}
