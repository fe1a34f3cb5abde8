//! What the URL tests share: the crate's URL state and the codes they use.

pub use survey::data::report::ReformKind;
pub use survey::data::sex::Sex;
pub use survey::engine::definition::{Definition, Denominator, Hours, Population, Stay};
pub use survey::engine::explore::{Sort, SortColumn};
pub use survey::url::*;

pub const CODES: &[&str] = &["AL", "TX", "VI", "BOP", "NY"];
