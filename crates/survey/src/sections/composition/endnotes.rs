//! What the report's endnotes say about these tables: zeros that mean "not collected", and the
//! notes that qualify whole rows (the table files carry none).

use super::model::NoShare;
use super::topic::Topic;
use crate::data::sex::Sex;

/// Zeros the report's endnotes say mean "not collected" rather than "none".
/// (jurisdiction, topic, sex, group key, endnote, words shown instead of the zeros)
pub const NOT_COLLECTED: &[(&str, Topic, Sex, &str, u32, &str)] = &[
    ("AL", Topic::Race, Sex::Men, "hispanic", 206, "not tracked"),
    (
        "AL",
        Topic::Race,
        Sex::Women,
        "hispanic",
        207,
        "not tracked",
    ),
    ("CA", Topic::Age, Sex::Men, "under_18", 201, "not provided"),
];

/// Endnotes that qualify whole rows of these tables (the table files carry none): endnote 201 on the
/// demographic answers of New Jersey, Hawaii, Arizona and Massachusetts (and California's ages),
/// endnote 199 on Hawaii's custodial total.
pub const ROW_NOTES: &[(&str, Topic, u32)] = &[
    ("HI", Topic::Race, 199),
    ("HI", Topic::Race, 201),
    ("NJ", Topic::Race, 201),
    ("AZ", Topic::Race, 201),
    ("MA", Topic::Race, 201),
    ("HI", Topic::Age, 199),
    ("HI", Topic::Age, 201),
    ("NJ", Topic::Age, 201),
    ("CA", Topic::Age, 201),
];

pub(super) fn not_collected(code: &str, topic: Topic, sex: Sex, group: &str) -> Option<NoShare> {
    NOT_COLLECTED
        .iter()
        .find(|(c, t, s, g, _, _)| *c == code && *t == topic && *s == sex && *g == group)
        .map(|&(_, _, _, _, endnote, words)| NoShare::NotCollected { words, endnote })
}
