//! Whether a fact fits a number: its definition (the claim's own, a wider one, or neither), its
//! value (within both precisions, as the claim's qualifier allows), and which fact comes first
//! when several fit (printed, main figure, from a table).

use crate::checks::claim_text::{Form, Qualifier, Reading};
use crate::engine::definition::Stay;

use super::super::fact_table::Fact;
use super::super::reading::Slot;
use super::super::terms::HoursSpec;

/// Is the fact's definition the claim's (Some(true)), wider than it (Some(false)), or neither?
pub fn definition_fit(slot: &Slot, f: &Fact) -> Option<bool> {
    let hours_ok = match (slot.hours, f.hours) {
        (None, None) => Some(true),
        (None, Some(HoursSpec::AtLeast(22))) => Some(true),
        (None, Some(_)) => Some(false),
        (Some(_), None) => Some(true),
        (Some(a), Some(b)) if a == b => Some(true),
        (Some(HoursSpec::AtLeast(a)), Some(HoursSpec::AtLeast(b))) if b < a => Some(false),
        _ => None,
    }?;
    let stay_ok = match slot.stay {
        None | Some(Stay::D15) => f.stay == Stay::D15,
        Some(s) => f.stay == s,
    };
    if !stay_ok {
        // A shorter stay than the words say is a wider definition.
        if slot.stay.is_some_and(|s| f.stay < s) {
            return Some(false);
        }
        return None;
    }
    Some(hours_ok)
}

/// Does the fact's value fit the number, as its qualifier ("about", "more than", a ratio) reads?
pub fn matches_value(r: &Reading, f: &Fact) -> bool {
    let v = f.value;
    let h = r.half.max(f.half) + 1e-9;
    match r.form {
        Form::Ratio { lo, hi } => v >= lo - f.half && v <= hi + f.half,
        _ => match r.qualifier {
            Qualifier::None | Qualifier::About => (v - r.value).abs() <= h,
            Qualifier::Nearly => {
                v <= r.value + f.half && v >= (r.value - 2.0 * h).min(r.value * 0.9)
            }
            Qualifier::MoreThan => v > r.value - f.half,
            Qualifier::AtLeast => v >= r.value - f.half,
            Qualifier::LessThan => v < r.value + f.half,
        },
    }
}

/// Which fact comes first where several fit: printed before computed, a main figure before an
/// alternative, a table before prose.
pub fn precedence(f: &Fact) -> (u8, u8, u8) {
    (
        if f.printed { 0 } else { 1 },
        if f.alternative { 1 } else { 0 },
        if f.source.starts_with("Table") { 0 } else { 1 },
    )
}
