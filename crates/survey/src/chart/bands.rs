//! Pure layout for the explorer's chart: one bar per jurisdiction, split into hour bands, in SVG units.
//! The component only draws what this returns.

use crate::chart::Frame;
use crate::engine::explore::{measure_value, Measure};
use crate::engine::JurisdictionResult;

/// The hour bands, coloured consistently everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// 22 hours or more.
    H22,
    /// 20–21 hours.
    H20,
    /// 16–19 hours.
    H16,
}

impl Band {
    /// CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            Band::H22 => "band-22",
            Band::H20 => "band-20",
            Band::H16 => "band-16",
        }
    }
    /// Legend label.
    pub fn label(self) -> &'static str {
        match self {
            Band::H22 => "22+ hours",
            Band::H20 => "20–21 hours",
            Band::H16 => "16–19 hours",
        }
    }
}

/// One coloured piece of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BandSegment {
    /// Which band.
    pub band: Band,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// The value it stands for (people or percent points).
    pub value: f64,
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Jurisdiction code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Top edge.
    pub y: f64,
    /// Segments left to right.
    pub segments: Vec<BandSegment>,
    /// The label after the bar (value, or the reason there is none).
    pub label: String,
    /// True when the bar has no data.
    pub missing: bool,
}

/// Lays out the rows (already sorted) as bars.
pub fn layout(rows: &[&JurisdictionResult], measure: Measure, frame: Frame) -> (Vec<Bar>, f64) {
    let value = |r: &JurisdictionResult, n: Option<u64>| -> Option<f64> {
        let n = n? as f64;
        match measure {
            Measure::Count => Some(n),
            Measure::Percent => r
                .denominator
                .filter(|d| *d > 0)
                .map(|d| 100.0 * n / d as f64),
        }
    };
    let total = |r: &JurisdictionResult| measure_value(r, measure);
    let max = rows.iter().filter_map(|r| total(r)).fold(0.0f64, f64::max);
    let scale = frame.scale(max);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut x = frame.label_width;
            let mut segments = Vec::new();
            for (band, n) in [
                (Band::H22, r.h22),
                (Band::H20, r.h20_21),
                (Band::H16, r.h16_19),
            ] {
                if let Some(v) = value(r, n) {
                    let width = v * scale;
                    segments.push(BandSegment {
                        band,
                        x,
                        width,
                        value: v,
                    });
                    x += width;
                }
            }
            let label = match (total(r), r.status) {
                (Some(t), st) => {
                    let s = match measure {
                        Measure::Count => crate::data::format::thousands(t.round() as u64),
                        Measure::Percent => crate::data::format::percent(t, 1),
                    };
                    if st == crate::engine::Status::AtLeast {
                        format!("≥ {s}")
                    } else {
                        s
                    }
                }
                (None, crate::engine::Status::Missing(g)) => g.label().to_string(),
                (None, _) => "no denominator".to_string(),
            };
            Bar {
                code: r.code.clone(),
                name: r.name.clone(),
                y: i as f64 * (frame.bar + frame.gap),
                missing: total(r).is_none(),
                segments,
                label,
            }
        })
        .collect();
    let height = rows.len() as f64 * (frame.bar + frame.gap);
    (bars, height)
}
