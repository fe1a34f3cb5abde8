//! How the composition pages write a difference of shares (signed percentage points) and a ratio.

/// A percentage-point difference with its sign: `+5.2`, `−0.4`, `0.0`.
pub fn points(d: f64) -> String {
    let s = crate::data::format::round_half_up(d.abs(), 1);
    if s.bytes().all(|b| b == b'0' || b == b'.') {
        s
    } else if d > 0.0 {
        format!("+{s}")
    } else {
        format!("\u{2212}{s}")
    }
}

/// A ratio: `1.13×`.
pub fn ratio(r: f64) -> String {
    format!("{}×", crate::data::format::round_half_up(r, 2))
}
