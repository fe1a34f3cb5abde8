//! Age (Section VI.C, pp. 42–47): Charts 9 and 10 and the rates under 18.

use super::common::*;

#[test]
fn chart_9_p42_and_rates_5_9_percent_of_78_of_1326() {
    let d = data();
    let o = overall(&d, Topic::Age, Sex::Men);
    let printed = printed_percents(&o);
    assert_eq!(printed, ["0.1", "0.1", "79.6", "89.1", "20.3", "10.7"]);
    assert!(o
        .groups
        .iter()
        .flat_map(|g| [&g.custodial, &g.restricted])
        .flat_map(|s| &s.printed)
        .all(|p| p.agrees == Some(true)));
    let rates = age_rates(&d, Sex::Men);
    let got: Vec<(u64, u64, String)> = rates
        .iter()
        .map(|r| {
            (
                r.as_printed.count,
                r.as_printed.total,
                r.printed.as_ref().unwrap().value.unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (78, 1326, "5.9".into()),
            (52_636, 939_886, "5.6".into()),
            (6_335, 239_609, "2.6".into())
        ]
    );
    assert!(rates
        .iter()
        .all(|r| r.printed.as_ref().unwrap().agrees == Some(true)));
    assert_eq!(rates[0].printed_counts, Some((78, 1326)));
    // Arizona's blank under-18 count: the report's base still includes its 75 young men.
    assert_eq!(rates[0].left_out, vec!["AZ"]);
    assert_eq!(
        rates[0].like_for_like,
        Share {
            count: 78,
            total: 1251
        }
    );
}

#[test]
fn chart_10_p45_women_and_no_girls_in_restricted_housing() {
    let d = data();
    let o = overall(&d, Topic::Age, Sex::Women);
    let printed = printed_percents(&o);
    assert_eq!(printed, ["0.2", "0.0", "84.4", "92.2", "15.4", "7.8"]);
    let rates = age_rates(&d, Sex::Women);
    assert_eq!(
        (rates[0].as_printed.count, rates[0].as_printed.total),
        (0, 144)
    );
    assert!(
        rates[0].printed.is_none(),
        "the report prints no percent for girls"
    );
    let pcts: Vec<String> = rates[1..]
        .iter()
        .map(|r| r.printed.as_ref().unwrap().value.unwrap().to_string())
        .collect();
    assert_eq!(pcts, ["1.9", "0.9"]);
    assert_eq!(rates[1].printed_counts, Some((1345, 70_710)));
}

#[test]
fn arizona_under_18_not_reported_and_printed_0_flagged_p44_p47() {
    let d = data();
    for (sex, table) in [(Sex::Men, 12), (Sex::Women, 14)] {
        let rows = by_jurisdiction(&d, Topic::Age, sex);
        let az = rows.iter().find(|r| r.code == "AZ").unwrap();
        let u = share_of(az, "under_18");
        assert_eq!(u.restricted.share, Err(NoShare::NotReported));
        assert_eq!(u.in_restricted(), None);
        let p = &u.restricted.printed[0];
        assert_eq!(p.value.unwrap().to_string(), "0");
        assert_eq!(p.erratum.as_ref().unwrap().table, Some(table));
        // The row total leaves none for them (2,452 = 2,228 + 224 for men), but the blank stays blank.
        assert_eq!(az.implied_restricted(0), Some(0));
    }
    // California did not provide under-18 data (endnote 201): its zeros are not "none".
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let ca = rows.iter().find(|r| r.code == "CA").unwrap();
    assert!(matches!(
        share_of(ca, "under_18").custodial.share,
        Err(NoShare::NotCollected { endnote: 201, .. })
    ));
    let ak = rows.iter().find(|r| r.code == "AK").unwrap();
    let u = share_of(ak, "under_18").in_restricted().unwrap();
    assert_eq!((u.count, u.total, u.small_base()), (15, 67, true));
}
