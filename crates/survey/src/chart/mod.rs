//! Chart layout: pure geometry in SVG user units, so components only draw what these return.
//!
//! One [`Frame`] describes every chart's space. Layouts: [`bands`] (the explorer's bars split by
//! hours in cell), [`bars`] (bars of one value, 100% split bars, paired bars, part-of-whole bars,
//! the reforms chart), [`composition`] (stacked custody vs restricted-housing bars and the
//! dot-pair "dumbbell" rows of the race and age pages), [`tiles`] (the US tile-grid map).

pub mod bands;
pub mod bars;
pub mod composition;
pub mod fit;
pub mod lab;
pub mod tiles;

/// The space a chart is laid out in (SVG user units): names on the left (or, with `label_row`,
/// above each bar so they stay legible on a phone), values on the right, bars in between.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Total width.
    pub width: f64,
    /// Width reserved for names on the left (0 when names sit above the bars).
    pub label_width: f64,
    /// Width reserved for values on the right.
    pub value_width: f64,
    /// Height of one bar (for paired bars: of each of the two).
    pub bar: f64,
    /// Gap between bars.
    pub gap: f64,
    /// Height of a row reserved above each bar for its name (0: names on the left).
    pub label_row: f64,
}

impl Frame {
    /// The explorer's chart of every jurisdiction.
    pub const EXPLORER: Frame = Frame {
        width: 480.0,
        label_width: 118.0,
        value_width: 86.0,
        bar: 13.0,
        gap: 5.0,
        label_row: 0.0,
    };
    /// Part-of-whole bars with names on the left.
    pub const PARTS: Frame = Frame {
        width: 480.0,
        label_width: 150.0,
        value_width: 80.0,
        bar: 14.0,
        gap: 6.0,
        label_row: 0.0,
    };
    /// The reforms chart (jurisdictions per kind of reform).
    pub const REFORMS: Frame = Frame {
        width: 372.0,
        label_width: 140.0,
        value_width: 28.0,
        bar: 16.0,
        gap: 6.0,
        label_row: 0.0,
    };
    /// The two stacked composition bars (custody above restricted housing).
    pub const STACKED: Frame = Frame {
        width: 360.0,
        label_width: 70.0,
        value_width: 4.0,
        bar: 30.0,
        gap: 10.0,
        label_row: 0.0,
    };
    /// The dot-pair ("dumbbell") rows.
    pub const DUMBBELL: Frame = Frame {
        width: 360.0,
        label_width: 88.0,
        value_width: 74.0,
        bar: 13.0,
        gap: 5.0,
        label_row: 0.0,
    };

    /// Names above the bars, for narrow screens: the whole width is for bars and values.
    pub fn names_above(width: f64) -> Frame {
        Frame {
            width,
            label_width: 0.0,
            value_width: 90.0,
            bar: 11.0,
            gap: 7.0,
            label_row: 14.0,
        }
    }

    /// Width left for the bars themselves.
    pub fn plot(self) -> f64 {
        self.width - self.label_width - self.value_width
    }

    /// SVG units per unit of value, so that `max` fills the plot (0 when `max` is not positive:
    /// every bar is then empty).
    pub fn scale(self, max: f64) -> f64 {
        if max > 0.0 {
            self.plot() / max
        } else {
            0.0
        }
    }
}
