//! The difference between two definitions: per jurisdiction and in total, and who moves most.

use crate::engine::summary::Summary;

/// How one jurisdiction moves between two definitions.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// Jurisdiction code.
    pub code: String,
    /// Count under the second minus count under the first (when both are known).
    pub count_delta: Option<i64>,
    /// Percent-point change.
    pub percent_delta: Option<f64>,
    /// Rank under the first and second definition.
    pub ranks: (Option<usize>, Option<usize>),
}

/// The difference between two definitions.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Total under `to` minus total under `from`.
    pub total_delta: i64,
    /// Per-jurisdiction moves, largest absolute count change first.
    pub moves: Vec<Move>,
}

/// Compares two computed definitions.
pub fn difference(from: &Summary, to: &Summary) -> Difference {
    let mut moves: Vec<Move> = from
        .rows
        .iter()
        .zip(&to.rows)
        .map(|(a, b)| Move {
            code: a.code.clone(),
            count_delta: a.count.zip(b.count).map(|(x, y)| y as i64 - x as i64),
            percent_delta: a.percent.zip(b.percent).map(|(x, y)| y - x),
            ranks: (a.rank, b.rank),
        })
        .collect();
    crate::sort::sort_by_key(&mut moves, |m| {
        std::cmp::Reverse(m.count_delta.map(i64::abs))
    });
    Difference {
        total_delta: to.total as i64 - from.total as i64,
        moves,
    }
}
