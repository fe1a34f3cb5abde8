//! What a URL held that could not be used, said to the reader.

/// Something in the URL that could not be used, shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice(pub String);

/// A value as quoted in a notice: control characters dropped, cut at 40 characters.
pub fn shown(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}
