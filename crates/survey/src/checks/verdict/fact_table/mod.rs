//! The fact table: every figure the report prints (table cells, prose and total figures) or the
//! app computes from them (ranks, men's and women's shares, the wider definitions), each with what
//! it measures — who, which group, which definition — and where it is printed.
//!
//! - `fact`: a [`Fact`] and its terms;
//! - `columns`: what each table column measures;
//! - `cells`: the tables' number cells and their ranks;
//! - `figures`: the prose and total figures;
//! - `computed`: shares by sex and the wider definitions, computed.

mod cells;
mod columns;
mod computed;
mod fact;
mod figures;

use crate::data::Dataset;
use crate::engine::Engine;

pub use fact::Fact;

/// Every figure the check can cite: table cells (with their row's page), the report's prose and
/// total figures (with their own section and page), ranks, and what the engine derives for the
/// wider definitions (marked computed).
pub fn facts(data: &Dataset, engine: &Engine) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in data.tables.iter().filter(|t| t.number >= 2) {
        cells::cell_facts(data, t, &mut out);
        cells::rank_facts(data, t, &mut out);
    }
    out.extend(
        data.figures
            .iter()
            .filter_map(|f| figures::figure_fact(data, f)),
    );
    computed::shares_by_sex(data, &mut out);
    computed::definition_facts(engine, &mut out);
    out
}
