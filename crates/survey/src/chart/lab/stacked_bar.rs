//! The compact stacked bar (for handouts): the people counted both times, then each part that
//! removed or added people, on one scale, with marks for total A and total B.

use crate::engine::decompose::Decomposition;

use super::canvas::Canvas;

/// One segment of the compact stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct StackSegment {
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// CSS class (`kept` or the part's class).
    pub class: &'static str,
    /// People it stands for.
    pub people: u64,
}

/// A compact stacked bar of a change (for the handout): the people counted both times, then each
/// part that removed or added people, on one scale; marks for total A and total B.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedBar {
    /// Segments left to right.
    pub segments: Vec<StackSegment>,
    /// x of total A and total B.
    pub marks: (f64, f64),
    /// Canvas.
    pub frame: Canvas,
}

/// Lays out the compact stacked bar: kept = A minus everything removed; then the removed parts
/// (A ends there); then the added parts (B = kept + added).
pub fn stacked_bar(d: &Decomposition, frame: Canvas) -> StackedBar {
    let removed: i64 = d
        .parts
        .iter()
        .filter(|p| p.people < 0)
        .map(|p| -p.people)
        .sum();
    let added: i64 = d
        .parts
        .iter()
        .filter(|p| p.people > 0)
        .map(|p| p.people)
        .sum();
    let kept = d.from_total as i64 - removed;
    let span = (kept + removed + added).max(1) as f64;
    let k = (frame.width - 2.0) / span;
    let mut x = 1.0;
    let mut segments = vec![StackSegment {
        x,
        width: kept.max(0) as f64 * k,
        class: "kept",
        people: kept.max(0) as u64,
    }];
    x += kept.max(0) as f64 * k;
    for p in d
        .parts
        .iter()
        .filter(|p| p.people < 0)
        .chain(d.parts.iter().filter(|p| p.people > 0))
    {
        let w = p.people.unsigned_abs() as f64 * k;
        segments.push(StackSegment {
            x,
            width: w,
            class: p.kind.class(),
            people: p.people.unsigned_abs(),
        });
        x += w;
    }
    let at = |v: i64| 1.0 + v.max(0) as f64 * k;
    let to_mark = if removed > 0 && added == 0 {
        at(kept)
    } else {
        at(kept + removed + added)
    };
    StackedBar {
        segments,
        marks: (at(kept + removed), to_mark),
        frame,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::definition::{Definition, Hours, Stay};

    #[test]
    fn the_stacked_bar_follows_the_parts() {
        let (d, _) = super::super::from_report_to(Definition {
            stay: Stay::M1,
            ..Definition::default()
        });
        let s = stacked_bar(&d, Canvas::new(300.0, 12.0));
        let total: u64 = s.segments.iter().map(|x| x.people).sum();
        assert_eq!(total, 67_442);
        assert!(s.marks.1 < s.marks.0, "B ends before A");
        let (up, _) = super::super::from_report_to(Definition {
            hours: Hours::H16,
            ..Definition::default()
        });
        let s = stacked_bar(&up, Canvas::new(300.0, 12.0));
        assert_eq!(s.segments.iter().map(|x| x.people).sum::<u64>(), 83_897);
        assert!((s.marks.1 - 299.0).abs() < 1e-6 && s.marks.0 < s.marks.1);
    }
}
