//! The width and type size a lab chart is laid out for, how wide a label is at that size, and
//! wrapping a label to a width.

/// Width and type size the charts are laid out for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Canvas {
    /// Width in CSS pixels (the chart's rendered width).
    pub width: f64,
    /// Label size in CSS pixels (≥ 12).
    pub font: f64,
}

impl Canvas {
    /// A frame, with the width kept to at least 240 px and the type to at least 12 px.
    pub fn new(width: f64, font: f64) -> Canvas {
        Canvas {
            width: if width.is_finite() {
                width.max(240.0)
            } else {
                640.0
            },
            font: if font.is_finite() {
                font.max(12.0)
            } else {
                14.0
            },
        }
    }

    /// Rough width of a label: average glyph about 0.58 em (tabular digits, system sans).
    pub fn text_width(&self, s: &str) -> f64 {
        s.chars().count() as f64 * self.font * 0.58
    }
}

/// Breaks `text` into lines no wider than `width` at this frame's type size (words never split;
/// a single over-long word gets a line of its own).
pub fn wrap(text: &str, width: f64, frame: &Canvas) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if frame.text_width(&candidate) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_keep_labels_readable() {
        assert_eq!(
            Canvas::new(10.0, 8.0),
            Canvas {
                width: 240.0,
                font: 12.0
            }
        );
        assert_eq!(Canvas::new(f64::NAN, f64::INFINITY).font, 14.0);
    }

    #[test]
    fn long_labels_wrap_inside_the_width() {
        let f = Canvas::new(240.0, 24.0);
        let lines = wrap(
            "Old figure only: did not report the new band (14)",
            240.0,
            &f,
        );
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| f.text_width(l) <= 240.0 || !l.contains(' ')));
        assert_eq!(
            lines.join(" "),
            "Old figure only: did not report the new band (14)"
        );
    }
}
