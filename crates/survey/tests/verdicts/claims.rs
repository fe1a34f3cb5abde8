//! The claims and the verdicts they deserve, one row each: the report's prose, and the same
//! figures phrased as news stories phrase them (some wrong on purpose).

use survey::checks::verdict::Verdict;
use Verdict::{Caveat as C, Contradicted as X, NotInReport as N, Supported as S};

/// (claim, [(verdict, deciding figure as shown, its source)] for each claimed number in order).
/// An empty shown/source means "not checked" (Not in the report has no deciding figure).
/// A number's expected verdict, deciding figure as shown, and its source.
pub type Want = (Verdict, &'static str, &'static str);

pub const CLAIMS: &[(&str, &[Want])] = &[
    // The examples.
    (
        "Women made up 1.6% of the people in restricted housing",
        &[(X, "2.4%", "computed from Tables 5 and 6 (pp. 32, 34)")],
    ),
    (
        "45% of men in restricted housing were Black",
        &[(S, "45%", "Table 8, p. 38")],
    ),
    (
        "More than 80,000 people were held in their cells at least 16 hours a day",
        &[(S, "83,897", "")],
    ),
    (
        "Louisiana had the highest rate, 8.2%",
        &[(X, "28.3%", "Table 2, p. 23")],
    ),
    // Two clauses in one sentence: who and men/women stay in their own clause; the definition
    // carries over to a clause that names none.
    (
        "Louisiana had the highest rate, 8.2%, while women made up 1.6% of the people in restricted housing",
        &[
            (X, "28.3%", "Table 2, p. 23"),
            (X, "2.4%", "computed from Tables 5 and 6 (pp. 32, 34)"),
        ],
    ),
    (
        "Texas held 5,832 people in solitary, compared with 1,104 in California",
        &[
            (S, "5,832", "Table 2, p. 23"),
            (S, "1,104", "Table 2, p. 22"),
        ],
    ),
    (
        "Texas held 5,832 people in solitary, while California held 1,104",
        &[
            (S, "5,832", "Table 2, p. 23"),
            (S, "1,104", "Table 2, p. 22"),
        ],
    ),
    // A bound that only a wider count meets is held against the claim's own definition.
    (
        "More than 4,000 people had been in solitary for six years or more",
        &[(X, "2,933", "")],
    ),
    // A zero that the report prints for something else (Colorado's suicides) is not a match.
    (
        "Colorado held 0 people in solitary",
        &[(X, "217", "Table 2, p. 22")],
    ),
    (
        "There were 0 suicides in Colorado's restricted housing in 2015",
        &[(S, "0", "Section VII.F.2, p. 63")],
    ),
    // Outside the report's reach: never a match by number alone.
    ("Canada held 500 people in segregation", &[(N, "", "")]),
    ("Rikers held 2,000 people in solitary", &[(N, "", "")]),
    // Table 2, by name, abbreviation, "the federal prisons".
    (
        "Texas held 5,832 people in solitary",
        &[(S, "5,832", "Table 2, p. 23")],
    ),
    (
        "TX held 5,832 people in solitary confinement",
        &[(S, "5,832", "Table 2, p. 23")],
    ),
    (
        "California held 1,104 people in solitary, 0.9% of its prisoners",
        &[
            (S, "1,104", "Table 2, p. 22"),
            (S, "0.9%", "Table 2, p. 22"),
        ],
    ),
    (
        "The federal prisons held 8,942 people in restricted housing",
        &[(S, "8,942", "Table 2, p. 23")],
    ),
    (
        "The BOP held about 9,000 people in solitary",
        &[(S, "8,942", "Table 2, p. 23")],
    ),
    (
        "Virginia held 854 people in solitary",
        &[(S, "854", "Table 2, p. 23")],
    ),
    (
        "New York held about 4,500 people in solitary",
        &[(S, "4,498", "Table 2, p. 22")],
    ),
    (
        "Texas held 4% of its prisoners in solitary",
        &[(S, "3.9%", "Table 2, p. 23")],
    ),
    // Wrong on purpose: near, but not at the claim's precision.
    (
        "Texas held 5,833 people in solitary",
        &[(X, "5,832", "Table 2, p. 23")],
    ),
    (
        "Texas held 4.2% of its prisoners in solitary",
        &[(X, "3.9%", "Table 2, p. 23")],
    ),
    (
        "Texas held 45 people in solitary",
        &[(X, "5,832", "Table 2, p. 23")],
    ),
    (
        "Colorado held 317 people in solitary",
        &[(X, "217", "Table 2, p. 22")],
    ),
    (
        "About 60,000 people were in solitary",
        &[(X, "67,442", "Table 2, p. 23")],
    ),
    (
        "Women made up nearly 2% of those held in restricted housing",
        &[(X, "2.4%", "")],
    ),
    // National figures, with qualifiers.
    (
        "67,442 people were held in solitary confinement in the fall of 2015",
        &[(S, "67,442", "Table 2, p. 23")],
    ),
    (
        "About 67,000 people were in solitary",
        &[(S, "67,442", "Table 2, p. 23")],
    ),
    (
        "Nearly 70,000 people were in solitary confinement",
        &[(S, "67,442", "Table 2, p. 23")],
    ),
    (
        "67 442 people were in isolation",
        &[(S, "67,442", "Table 2, p. 23")],
    ),
    (
        "67.442 people were in isolation",
        &[(S, "67,442", "Table 2, p. 23")],
    ),
    (
        "More than 10,000 people were in solitary",
        &[(C, "67,442", "Table 2, p. 23")],
    ),
    (
        "Nationally, 4.9% of prisoners were in restricted housing",
        &[(S, "4.9%", "Table 2, p. 23")],
    ),
    (
        "One in twenty prisoners were held in solitary",
        &[(S, "4.9%", "Table 2, p. 23")],
    ),
    (
        "One in ten prisoners were held in solitary",
        &[(X, "4.9%", "Table 2, p. 23")],
    ),
    (
        "The median was 5.1% of prisoners in restricted housing",
        &[(S, "5.1%", "")],
    ),
    ("The median rate was 4.9%", &[(X, "5.1%", "")]),
    (
        "On average, 5.1% of prisoners were in solitary",
        &[(C, "5.1%", "")],
    ),
    (
        "The report covered 48 jurisdictions holding 96.4% of U.S. prisoners",
        &[(S, "48", ""), (S, "96.4%", "")],
    ),
    // Definitions: wider than the words.
    (
        "83,897 people were held in solitary confinement",
        &[(C, "83,897", "")],
    ),
    (
        "At least 83,897 people were held in-cell 16 hours a day or more",
        &[(S, "83,897", "")],
    ),
    (
        "67,442 people were held in their cells 16 hours a day or more",
        &[(X, "83,897", "")],
    ),
    (
        "16,455 prisoners were held in-cell for 16 to 21 hours per day",
        &[(S, "16,455", "")],
    ),
    (
        "11,827 prisoners were held in-cell for 20 to 21 hours per day",
        &[(S, "11,827", "")],
    ),
    (
        "Nearly 3,000 people had been in solitary for six years or more",
        &[(S, "2,933", "")],
    ),
    (
        "13,041 people had been in restricted housing for a year or more",
        &[(S, "13,041", "")],
    ),
    (
        "About 24% of those in solitary had been there a year or more",
        &[(S, "24%", "")],
    ),
    // Alternatives and later updates.
    (
        "Louisiana held 8.2% of its prisoners in restricted housing",
        &[(C, "8.2%", "Table 2, p. 22")],
    ),
    (
        "Louisiana held 14.5% of its prisoners in restricted housing",
        &[(S, "14.5%", "Table 2, p. 22")],
    ),
    (
        "Utah held 912 people in restricted housing",
        &[(S, "912", "Table 2, p. 23")],
    ),
    // Ranks.
    (
        "The Virgin Islands had the highest rate, 28.3%",
        &[(S, "28.3%", "Table 2, p. 23")],
    ),
    (
        "Hawaii had the lowest share, 0.5%",
        &[(S, "0.5%", "Table 2, p. 22")],
    ),
    (
        "Hawaii had the highest rate, 0.5%",
        &[(X, "28.3%", "Table 2, p. 23")],
    ),
    (
        "The Bureau of Prisons held the most people in restricted housing, 8,942",
        &[(S, "8,942", "Table 2, p. 23")],
    ),
    (
        "Texas held the most people in solitary, 5,832",
        &[(X, "8,942", "Table 2, p. 23")],
    ),
    (
        "Louisiana had the highest share of women in restricted housing, 11.3%",
        &[(S, "11.3%", "Table 6, p. 34")],
    ),
    // Men, women, race.
    (
        "About 1.7% of women prisoners were in restricted housing",
        &[(S, "1.7%", "Table 6, p. 34")],
    ),
    (
        "Women made up about 2.4% of the people in restricted housing",
        &[(S, "2.4%", "")],
    ),
    (
        "The median share of women in restricted housing was 1.6%",
        &[(S, "1.6%", "")],
    ),
    (
        "Women in Louisiana: 106 held in restricted housing",
        &[(S, "106", "Table 6, p. 34")],
    ),
    (
        "40% of male prisoners were Black",
        &[(S, "40%", "Table 8, p. 38")],
    ),
    (
        "31% of men in restricted housing were Black",
        &[(X, "45%", "Table 8, p. 38")],
    ),
    // Outside the report.
    (
        "In 2019, 41,000 people were held in solitary",
        &[(N, "", "")],
    ),
    ("Maine held 50 people in solitary", &[(N, "", "")]),
    ("West Virginia held 200 people in solitary", &[(N, "", "")]),
    ("Texas executed 13 people", &[(N, "", "")]),
    ("The US has 2.3 million people behind bars", &[(N, "", "")]),
    ("½ of those in solitary were Black", &[(N, "", "")]),
];
