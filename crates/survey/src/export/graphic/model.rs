//! What an exported graphic is made of, before and after layout: the items a plot draws in its own
//! coordinates, the graphic with its title, legend, notes and source, and the placed result with
//! the text boxes it set (for the no-overlap checks).

/// How a text is aligned on its x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// x is the left edge.
    Start,
    /// x is the centre.
    Middle,
    /// x is the right edge.
    End,
}

/// One thing drawn in a plot, in the plot's own coordinates.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled rectangle (optionally outlined).
    Rect {
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// Fill colour.
        fill: String,
        /// Outline colour and width, if any.
        stroke: Option<(String, f64)>,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f64,
        /// Start y.
        y1: f64,
        /// End x.
        x2: f64,
        /// End y.
        y2: f64,
        /// Colour.
        stroke: String,
        /// Width, px.
        width: f64,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
        /// Fill colour.
        fill: String,
        /// Outline colour and width, if any.
        stroke: Option<(String, f64)>,
    },
    /// A line of text; `y` is its baseline.
    Text {
        /// Anchor x.
        x: f64,
        /// Baseline y.
        y: f64,
        /// The text.
        text: String,
        /// Font size, px.
        size: f64,
        /// Alignment.
        anchor: Anchor,
        /// Colour.
        fill: String,
        /// Bold.
        bold: bool,
    },
}

/// The drawing area of a graphic: its size and what is in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plot {
    /// Width, px.
    pub width: f64,
    /// Height, px.
    pub height: f64,
    /// What it draws.
    pub items: Vec<Item>,
}

/// A whole exported graphic before layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Graphic {
    /// What it shows ("Restricted housing by jurisdiction").
    pub title: String,
    /// The definition in force, in words.
    pub subtitle: String,
    /// One entry per colour used: (fill, words).
    pub legend: Vec<(String, String)>,
    /// The chart or map itself.
    pub plot: Plot,
    /// Notes under the plot (e.g. "≥ = at least").
    pub notes: Vec<String>,
    /// The source line.
    pub source: String,
    /// The view's full address.
    pub permalink: String,
}

/// A placed text box in the finished image: (left, top, right, bottom, text).
pub type TextBox = (f64, f64, f64, f64, String);

/// The laid-out graphic.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The SVG document.
    pub svg: String,
    /// Its width, px.
    pub width: f64,
    /// Its height, px.
    pub height: f64,
    /// Every text box, as estimated (the browser test measures the real ones).
    pub boxes: Vec<TextBox>,
}

/// Whether two boxes overlap (touching edges do not).
pub fn overlap(a: &TextBox, b: &TextBox) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}
