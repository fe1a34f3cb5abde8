//! The word lists a clause is read with: words that name restricted housing, places and kinds of
//! custody the report does not cover, and words that count deaths rather than people.

/// Words in a sentence that name restricted housing.
pub const RH_WORDS: [&str; 15] = [
    "solitary",
    "isolation",
    "restricted housing",
    "restrictive housing",
    "segregation",
    "segregated",
    "in-cell",
    "in cell",
    "in their cells",
    "confined",
    "lockdown",
    "supermax",
    "locked in",
    "isolated",
    "confinement",
];

/// Places and kinds of custody outside the report: it counts U.S. state and federal prison
/// systems (and the territories and D.C. among them), not other countries, jails or detention.
pub const ELSEWHERE: [(&str, &str); 22] = [
    ("canada", "Canada"),
    ("canadian", "Canada"),
    ("mexico", "Mexico"),
    ("england", "England"),
    ("britain", "Britain"),
    ("british", "Britain"),
    ("united kingdom", "the United Kingdom"),
    ("u.k.", "the U.K."),
    ("australia", "Australia"),
    ("europe", "Europe"),
    ("european", "Europe"),
    ("france", "France"),
    ("germany", "Germany"),
    ("norway", "Norway"),
    ("china", "China"),
    ("rikers", "Rikers Island (a New York City jail)"),
    ("county jail", "a county jail"),
    ("county jails", "county jails"),
    ("city jail", "a city jail"),
    ("immigration detention", "immigration detention"),
    ("ice detention", "immigration detention"),
    ("juvenile detention", "juvenile detention"),
];

/// Words that count deaths: events in restricted housing, not people held there.
pub const EVENT_WORDS: [&str; 4] = ["suicide", "suicides", "died", "deaths"];
