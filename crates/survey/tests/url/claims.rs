//! A claim to check lives in the address's fragment, kept as far as the check reads it.

use super::common::*;

/// A claim link survives hosts and link fields: a short claim stays in the query, a long one
/// (a pasted article) goes after `#`, which never reaches the server, and is kept as far as the
/// check reads it; both forms, and old links with the claim in the query, open the same check.
#[test]
fn a_long_claim_lives_in_the_fragment_and_is_kept_as_far_as_it_is_read() {
    use survey::checks::claim_text::MAX_CHARS;
    let claim_view = |claim: &str| ViewState {
        route: Route::ClaimCheck {
            claim: claim.to_string(),
        },
        ..ViewState::default()
    };
    // As the browser gives it: the folder, then the query and the claim's fragment.
    let open = |address: &str| {
        let cut = address.find(['?', '#']).unwrap_or(address.len());
        let (path, rest) = address.split_at(cut);
        parse_address(path, rest, CODES)
    };

    let short = claim_view("Texas held 5,832 people in solitary");
    let a = to_address(&short);
    assert_eq!(a, "claim-check/?claim=Texas+held+5,832+people+in+solitary");
    assert_eq!(open(&a).0, short);

    // An article of about 51,000 characters, with line breaks and non-ASCII letters.
    let paragraph = "In 2015, 67,442 people were held in restricted housing — “solitary” — for 22 hours or more.\n";
    let article = paragraph.repeat(560);
    assert!(article.chars().count() > MAX_CHARS);
    let long = claim_view(&article);
    let a = to_address(&long);
    let (before, fragment) = a.split_once('#').expect("a long claim is written after #");
    assert_eq!(before, "claim-check/", "nothing of the claim in the query");
    assert!(fragment.starts_with("claim="));
    let (v, notices) = open(&a);
    assert!(notices.is_empty(), "{notices:?}");
    let read: String = article.chars().take(MAX_CHARS).collect();
    assert_eq!(v, claim_view(&read), "the link holds what the check reads");
    // Other settings stay in the query beside it.
    let mut with_hours = claim_view(&article);
    with_hours.definition.hours = survey::engine::definition::Hours::H16;
    let a = to_address(&with_hours);
    assert!(
        a.starts_with("claim-check/?hours=16#claim="),
        "{}",
        &a[..40]
    );
    let mut expected = claim_view(&read);
    expected.definition.hours = survey::engine::definition::Hours::H16;
    assert_eq!(open(&a).0, expected);

    // Just over and under the threshold, by the encoded length.
    let at = |n: usize| to_address(&claim_view(&"a".repeat(n)));
    assert!(!at(CLAIM_IN_FRAGMENT_OVER).contains('#'));
    assert!(at(CLAIM_IN_FRAGMENT_OVER + 1).contains("#claim="));

    // The fragment as the browser passes it after the query (`platform::address::current`).
    let (v, n) = parse("?view=claim-check#claim=Texas+held+5,832", CODES);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(v, claim_view("Texas held 5,832"));

    // An old link with a long claim in the query opens the same check (the query is read as far
    // as the check reads, not cut at the 500 bytes other settings are).
    let old = format!("?view=claim-check&claim={}", percent_encode(&article));
    assert_eq!(parse(&old, CODES).0, claim_view(&read));
}

/// What the browser's address gives the parser: the fragment only when it holds a claim.
#[test]
fn the_address_query_keeps_only_a_claim_fragment() {
    assert_eq!(address_query("?hours=16", ""), "?hours=16");
    assert_eq!(address_query("?hours=16", "#content"), "?hours=16");
    assert_eq!(address_query("", "#claim=Texas"), "#claim=Texas");
    assert_eq!(
        address_query("?hours=16", "#claim=Texas"),
        "?hours=16#claim=Texas"
    );
}
