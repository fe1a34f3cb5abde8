//! The reader of the data files, in the browser and in tests. See [`super`] for the format.
//!
//! [`tables`] reads the tables file, [`text`] the report's text, both with the checked byte reader
//! of [`reader`].

mod reader;
mod tables;
mod text;

pub use tables::decode_tables;
pub use text::with_parts;
