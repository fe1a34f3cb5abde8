//! The later editions' figures: every figure is carried by a stored passage under the address the
//! CSV cites (or, for 2014–2015, by the 2016 report's own text), and the list has both kinds.

use survey::data::later::NOTE;
use survey::Dataset;

const PASSAGES: &[(&str, &str)] = &[
    (
        "2017",
        include_str!("source/later/2017-data_ReformingRestrictiveHousing2018.txt"),
    ),
    (
        "2019",
        include_str!("source/later/2019-data_TimeInCell2019.txt"),
    ),
    (
        "2021",
        include_str!("source/later/2021-data_TimeInCell2021.txt"),
    ),
];
const REPORT: &str = include_str!("source/asca-liman-2016.txt");

fn digits(n: u64) -> String {
    survey::data::format::thousands(n)
}

#[test]
fn every_later_figure_is_in_a_passage_under_its_address() {
    let f = Dataset::embedded().unwrap().later;
    assert_eq!(
        f.len(),
        9,
        "four editions besides this one, count and estimate each (2015: count)"
    );
    for fig in &f {
        let year = &fig.data_as_of[fig.data_as_of.len() - 4..];
        let mut numbers = vec![digits(fig.low)];
        numbers.extend(fig.high.map(digits));
        if matches!(year, "2014" | "2015") {
            for n in &numbers {
                assert!(
                    REPORT.contains(n.as_str()),
                    "{year}: {n} not in the 2016 report"
                );
            }
            continue;
        }
        let text = PASSAGES
            .iter()
            .find(|(y, _)| *y == year)
            .map(|(_, t)| *t)
            .unwrap();
        // The block under the cited address must carry the figure.
        let block = text
            .split("=====")
            .find(|b| b.contains(&format!("URL: {}", fig.source_url)))
            .unwrap_or_else(|| panic!("{year}: no passage under {}", fig.source_url));
        for n in &numbers {
            assert!(
                block.contains(n.as_str()),
                "{year}: {n} not under {}",
                fig.source_url
            );
        }
        assert!(
            fig.definition.contains("22") || fig.definition == "as above",
            "{fig:?}"
        );
    }
    assert!(
        f.iter().any(|x| x.kind == "national estimate")
            && f.iter().any(|x| x.kind == "reported count")
    );
    assert!(NOTE.contains("25,083") && NOTE.contains("not a trend"));
}
