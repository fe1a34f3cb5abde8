//! Number formatting in the report's style: `67,442`, `5.1%`.

/// A whole number with thousands separators: `67442` → `67,442`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A signed whole number with separators and an explicit sign: `+16,455`, `−3`, `0`.
pub fn signed(n: i64) -> String {
    match n.signum() {
        1 => format!("+{}", thousands(n as u64)),
        -1 => format!("\u{2212}{}", thousands(n.unsigned_abs())),
        _ => "0".into(),
    }
}

/// A percent rounded half-up to `places` decimals: `percent(5.05, 1)` → `5.1%`.
pub fn percent(p: f64, places: usize) -> String {
    format!("{}%", round_half_up(p, places))
}

/// Rounds half away from zero (as printed reports do), formatted with `places` decimals.
pub fn round_half_up(x: f64, places: usize) -> String {
    let f = 10f64.powi(places as i32);
    // A small epsilon absorbs binary error such as 2.675 being stored as 2.67499….
    let r = (x * f + 1e-9_f64.copysign(x)).round() / f;
    format!("{r:.places$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(67442), "67,442");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn signs_and_percents() {
        assert_eq!(signed(16455), "+16,455");
        assert_eq!(signed(-3), "\u{2212}3");
        assert_eq!(percent(5.05, 1), "5.1%");
        assert_eq!(percent(28.25, 1), "28.3%");
        assert_eq!(round_half_up(0.449, 1), "0.4");
    }
}
