//! A count, a value or a change as the lab's charts show it: `at least 67,442`, `3,880` or
//! `28.3%`, `−3,880` or `−8.8 pts`.

use crate::data::format::{parse_decimal, round_half_up, signed, thousands};
use crate::engine::decompose::{Mover, Unit};

/// A count as shown, `at least` first when it is a minimum.
pub(super) fn count_text(n: u64, at_least: bool) -> String {
    format!(
        "{}{}",
        if at_least { "at least " } else { "" },
        thousands(n)
    )
}

/// A value in the unit, as shown: `3,880` or `28.3%`.
pub fn unit_text(unit: Unit, v: f64) -> String {
    match unit {
        Unit::People => thousands(v.round().max(0.0) as u64),
        Unit::Points => format!("{}%", round_half_up(v, 1)),
    }
}

/// A change in the unit, as shown: `−3,880` or `−8.8 pts`.
pub fn change_text(unit: Unit, v: f64) -> String {
    match unit {
        Unit::People => signed(v.round() as i64),
        Unit::Points => {
            let t = round_half_up(v.abs(), 1);
            format!("{}{t} pts", if v < 0.0 { "\u{2212}" } else { "+" })
        }
    }
}

/// A mover's change as shown. In percentage points it is the difference of the two printed
/// (rounded) percentages, so 28.3% → 19.6% reads −8.7 pts, as a class would subtract it.
pub fn mover_change_text(unit: Unit, m: &Mover) -> String {
    match (unit, m.before, m.after) {
        (Unit::Points, Some(b), Some(a)) => {
            let r = |v: f64| parse_decimal(&round_half_up(v, 1)).unwrap_or(v);
            change_text(unit, r(a) - r(b))
        }
        _ => change_text(unit, m.change),
    }
}
