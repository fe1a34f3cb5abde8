//! Reading a pasted claim: every number in it (numerals with any separator, "1e9", "½", "one in
//! twenty", "2.3 million"), what role it plays (a claimed figure, a year, an hours/days threshold, a
//! page reference) and the words around it (who, what, which definition, which qualifier).
//! Linear in the text's length; at most [`MAX_CHARS`] characters and [`MAX_NUMBERS`] numbers.
//!
//! - `text`: what a reading is ([`Reading`], [`Form`], [`Role`], [`Qualifier`]), and [`Text::read`],
//!   which cleans a paste, splits it and scans it for numbers.
//! - `sentences`: sentence and clause spans.
//! - `numerals`: one number as written, from where it starts: digits with separators, decimals,
//!   exponents, fractions, "million", "1 in 20" and "one in twenty".
//! - `roles`: the words around a number: its qualifier ("more than") and its role (a year, hours,
//!   a stay, an age, a reference, or a figure the claim asserts).

mod numerals;
mod roles;
mod sentences;
mod text;

pub use text::{Form, Qualifier, Reading, Role, Text, MAX_CHARS, MAX_NUMBERS};
