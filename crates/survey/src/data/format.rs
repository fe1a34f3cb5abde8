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
    fixed(x, places)
}

/// `x` rounded half away from zero to `places` decimals (at most 9), written with integer
/// arithmetic: `fixed(2.675, 2)` → `2.68`, `fixed(-0.04, 1)` → `-0.0`. The same text as
/// `format!("{r:.places$}")` of the rounded value (tested against it), without `f64`'s
/// formatting machinery, which is about 7 kB of WASM in every bundle (issue 13). Exact for
/// `|x| × 10^places` below 2^53; beyond that the digits are those of the rounded product, and
/// from 1.8 × 10^19 (far above any figure here) it saturates at `u64::MAX` (`u64`, not `u128`:
/// `u128`'s formatting would cost more bytes than it saves).
pub fn fixed(x: f64, places: usize) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let places = places.min(9);
    let f = 10u64.pow(places as u32);
    // A small epsilon absorbs binary error such as 2.675 being stored as 2.67499….
    let scaled = (x.abs() * f as f64 + 1e-9).round() as u64;
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    out.push_str(&(scaled / f).to_string());
    if places > 0 {
        let frac = (scaled % f).to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', places - frac.len()));
        out.push_str(&frac);
    }
    out
}

/// `x` for an SVG attribute or a short label: at most two decimals, trailing zeros dropped
/// (`154`, `12.5`, `0.33`, never `-0`). Replaces `f64`'s `Display` in the bundles (issue 13).
pub fn coord(x: f64) -> String {
    let mut s = fixed(x, 2);
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" {
        s = "0".into();
    }
    s
}

/// A plain decimal number as text, `[+-]digits[.digits]` and nothing else (`12`, `-0.5`, `10.6667`),
/// or `None`. Replaces `str::parse::<f64>` in the bundles, whose general parser (exponents,
/// `inf`, `NaN`, arbitrary length) is about 7 kB of WASM (issue 13). The same value as
/// `parse::<f64>` up to 15 significant digits and 22 decimals (one division of two exact
/// numbers, correctly rounded); digits past the 19th are dropped.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        || body.ends_with('.') && frac.is_empty()
    {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut scale: i32 = 0;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        let in_frac = i >= int.len();
        if mantissa == 0 && b == b'0' {
            scale += i32::from(in_frac);
            continue;
        }
        if digits < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            digits += 1;
            scale += i32::from(in_frac);
        } else if !in_frac {
            scale -= 1;
        }
    }
    let magnitude = if scale >= 0 {
        mantissa as f64 / 10f64.powi(scale)
    } else {
        mantissa as f64 * 10f64.powi(-scale)
    };
    Some(if negative { -magnitude } else { magnitude })
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

    /// The formatting `fixed` replaced: round half away from zero in `f64`, then `Display`.
    fn by_float(x: f64, places: usize) -> String {
        let f = 10f64.powi(places as i32);
        let r = (x * f + 1e-9_f64.copysign(x)).round() / f;
        format!("{r:.places$}")
    }

    #[test]
    fn fixed_point_matches_the_float_formatting_it_replaced() {
        let mut checked = 0;
        let mut check = |x: f64| {
            for places in 0..=4 {
                assert_eq!(fixed(x, places), by_float(x, places), "{x:?} to {places}");
                checked += 1;
            }
        };
        // A dense grid through zero, both signs.
        for i in -40_000..40_000 {
            check(i as f64 / 997.0);
        }
        // Every half-way point at one and two decimals up to 100 (0.05, 8.45, 99.95, …), both signs.
        for i in 0..=20_000 {
            check(i as f64 / 200.0);
            check(-(i as f64) / 200.0);
            check(i as f64 / 2000.0);
        }
        // Magnitudes from thousandths to tens of billions (counts and sums; the product with
        // 10^places stays below 2^53, where both are exact), pseudo-random digits.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..50_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mantissa = (seed >> 11) as f64 / (1u64 << 53) as f64;
            let exp = ((seed >> 3) % 14) as i32 - 3;
            let x = mantissa * 10f64.powi(exp);
            check(x);
            check(-x);
            check(x.round());
        }
        for x in [
            0.0,
            -0.0,
            0.05,
            0.5,
            1.5,
            2.5,
            2.675,
            8.45,
            8.445,
            99.95,
            99.995,
            -0.04,
            -0.05,
            -8.45,
            67_442.0,
            1_234_567.891,
            4_294_967_296.5,
            1e12 + 0.5,
            9.999_999,
            0.001,
            1e-12,
        ] {
            check(x);
        }
        assert!(checked > 1_000_000, "{checked}");
        assert_eq!(fixed(2.675, 2), "2.68");
        assert_eq!(fixed(8.45, 1), "8.5");
        assert_eq!(fixed(99.95, 1), "100.0");
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(-0.04, 1), "-0.0");
        assert_eq!(fixed(-8.45, 1), "-8.5");
        assert_eq!(fixed(1_234_567.891, 1), "1234567.9");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
    }

    #[test]
    fn svg_coordinates_drop_trailing_zeros() {
        assert_eq!(coord(154.0), "154");
        assert_eq!(coord(12.5), "12.5");
        assert_eq!(coord(12.50001), "12.5");
        assert_eq!(coord(1.0 / 3.0), "0.33");
        assert_eq!(coord(-0.001), "0");
        assert_eq!(coord(-2.25), "-2.25");
        assert_eq!(coord(460.0), "460");
        assert_eq!(coord(0.1), "0.1");
        // Agrees with `Display` wherever that needs at most two decimals.
        for i in -100_000..100_000 {
            let x = i as f64 / 100.0;
            assert_eq!(coord(x), format!("{x}"), "{x}");
        }
    }

    #[test]
    fn plain_decimals_parse_as_the_standard_parser_reads_them() {
        let cases = [
            "0", "7", "-7", "+7", "12.5", "0.05", "10.6667", "-0.04", "67442", "001.50", "5.",
            ".5", "", "-", ".", "1e5", "inf", "NaN", "1,000", "12px", " 3", "3 ", "1.2.3", "--1",
        ];
        for s in cases {
            let ours = parse_decimal(s);
            let std = s.parse::<f64>().ok().filter(|_| {
                // What this parser reads on purpose: no exponent, words or bare point.
                !s.contains(['e', 'i', 'N'])
                    && s.trim_start_matches(['+', '-']) != "."
                    && !s.ends_with('.')
            });
            assert_eq!(ours, std, "{s:?}");
        }
        // Every number up to 15 significant digits the report or a chart could hold reads the
        // same: a grid of mantissas and decimal places, both signs.
        let mut checked = 0;
        for m in (0..2_000_000u64)
            .step_by(7)
            .chain([999_999_999_999_999, 123_456_789_012_345])
        {
            for places in [0usize, 1, 2, 4, 6, 9, 15] {
                let digits = m.to_string();
                let text = if places == 0 {
                    digits.clone()
                } else if digits.len() > places {
                    format!(
                        "{}.{}",
                        &digits[..digits.len() - places],
                        &digits[digits.len() - places..]
                    )
                } else {
                    format!("0.{}{digits}", "0".repeat(places - digits.len()))
                };
                for t in [text.clone(), format!("-{text}")] {
                    assert_eq!(parse_decimal(&t), Some(t.parse::<f64>().unwrap()), "{t}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 3_000_000);
    }
}
