//! Which part of a change one jurisdiction belongs to: it left or joined the count, the new line
//! removed or added people, Table 4 disagrees with Table 2, only its percentage moved, or its
//! figure was not extended to a new band.

use crate::engine::definition::Definition;
use crate::engine::missing::MissingReason;
use crate::engine::summary::{JurisdictionResult, Status};

use super::parts::PartKind;

/// Smallest percentage-point move that counts as a move (below what a printed 0.1 can show).
pub(super) const POINT_EPSILON: f64 = 1e-9;

/// Its count when it is counted at all (a missing count is `None`, never 0).
pub(super) fn counted(r: &JurisdictionResult) -> Option<u64> {
    match r.status {
        Status::Missing(_) => None,
        _ => Some(r.count.unwrap_or(0)),
    }
}

/// Why it has no count, when it has none.
pub(super) fn gap(r: &JurisdictionResult) -> Option<MissingReason> {
    match r.status {
        Status::Missing(g) => Some(g),
        _ => None,
    }
}

/// Whether B only narrows A's stay (same hours, population and alternatives), so that a
/// jurisdiction with more people under B can only come from Table 4 exceeding Table 2.
fn stay_narrows(a: &Definition, b: &Definition) -> Option<bool> {
    (a.hours == b.hours && a.population == b.population && a.stay != b.stay)
        .then_some(b.stay > a.stay)
}

/// Classifies one jurisdiction's change; `None` when nothing about it moved.
pub(super) fn classify(
    a: &JurisdictionResult,
    b: &JurisdictionResult,
    sa: &Definition,
    sb: &Definition,
) -> Option<(PartKind, i64)> {
    match (counted(a), counted(b)) {
        (None, None) => None,
        (Some(x), None) => Some((
            PartKind::Left(gap(b).unwrap_or(MissingReason::NotMeasured)),
            -(x as i64),
        )),
        (None, Some(y)) => Some((
            PartKind::Entered(gap(a).unwrap_or(MissingReason::NotMeasured)),
            y as i64,
        )),
        (Some(x), Some(y)) => {
            let d = y as i64 - x as i64;
            let narrows = stay_narrows(sa, sb);
            if (d > 0 && narrows == Some(true)) || (d < 0 && narrows == Some(false)) {
                Some((PartKind::TablesDisagree, d))
            } else if d > 0 {
                Some((PartKind::Added, d))
            } else if d < 0 {
                Some((PartKind::Removed, d))
            } else if b.status == Status::AtLeast && sb.hours > sa.hours {
                Some((PartKind::NotExtended, 0))
            } else {
                match (a.percent, b.percent) {
                    (Some(p), Some(q)) if (p - q).abs() > POINT_EPSILON => {
                        Some((PartKind::RateOnly, 0))
                    }
                    _ => None,
                }
            }
        }
    }
}
