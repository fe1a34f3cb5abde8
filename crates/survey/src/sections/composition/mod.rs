//! Who is in restricted housing compared with who is in custody: the race/ethnicity (Tables 7–10)
//! and age (Tables 11–14) composition of both populations, per jurisdiction and overall, with the
//! report's printed percents beside ours and its errata attached where they apply.
//!
//! Its parts: the topics and their groups as the tables print them ([`topic`]), what a composition
//! is made of ([`model`]: shares, the reasons for a missing one, printed percents), the endnotes'
//! rules for these tables ([`endnotes`]), the compositions read from the tables ([`tables`]), where
//! the figures come from ([`citation`]) and how differences and ratios are written ([`format`]).

mod citation;
mod endnotes;
mod format;
mod model;
mod tables;
mod topic;

pub use citation::{errata, source};
pub use endnotes::{NOT_COLLECTED, ROW_NOTES};
pub use format::{points, ratio};
pub use model::{Composition, GroupRow, NoShare, PrintedGroupPercent, Share, Side, SMALL_BASE};
pub use tables::{by_jurisdiction, overall};
pub use topic::{Group, Topic, AGE_GROUPS, RACE_GROUPS};
