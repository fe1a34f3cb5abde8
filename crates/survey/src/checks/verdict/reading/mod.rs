//! Reading a claim's meaning: what a clause's words say about who (a jurisdiction, men or
//! women), which group, which definition (hours, stay) and which statistic (a [`Context`]), and
//! what one number in it claims (a [`Slot`]). The words themselves are found by
//! [`crate::checks::claim_text::Text`]; this turns them into the terms of the fact table.
//!
//! - `words`: the word lists (restricted housing, places outside the report, counted deaths);
//! - `mentions`: where a clause names a jurisdiction;
//! - `group`: men or women, and which group within them;
//! - `definition`: the hours and the stay a clause names;
//! - `context`: a clause's [`Context`], from all of the above;
//! - `slot`: one number's [`Slot`] in its clause.

mod context;
mod definition;
mod group;
mod mentions;
mod slot;
mod words;

pub use context::Context;
pub use slot::Slot;
pub use words::EVENT_WORDS;
