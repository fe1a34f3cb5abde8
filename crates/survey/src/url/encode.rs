//! A view written as an address: its folder and query ([`to_address`]), or the old form with the
//! page in `view=` ([`to_query`]); only what differs from the defaults is written. Read back by
//! `url::query::parse_address`. A long claim is written after `#` ([`CLAIM_IN_FRAGMENT_OVER`]).

use crate::engine::definition::{Choice, Definition};
use crate::engine::explore::{Measure, Sort};
use crate::url::escape::percent_encode;
use crate::url::query::{ViewState, CLAIM_FRAGMENT, CLAIM_IN_FRAGMENT_OVER};

/// Encodes a view as a query string at the site root, the page in `view=` (starting with `?`, or
/// empty for the default view): the form of old links, still read by [`crate::url::parse`].
pub fn to_query(v: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let segment = v.route.path_segment();
    if !segment.is_empty() {
        parts.push(format!("view={segment}"));
    }
    for (k, value) in v.route.params() {
        parts.push(format!("{k}={}", percent_encode(&value)));
    }
    settings_query(v, parts)
}

/// Encodes a view as its address relative to the site root: the route's folder and the query
/// (`reforms/?kind=time_caps&hours=16`, `profile/TX/`, `?hours=16`; empty for the default view).
/// Read back by [`crate::url::parse_address`].
///
/// A claim is written as far as the check reads it ([`crate::checks::claim_text::MAX_CHARS`]
/// characters), after `#` when it is long ([`CLAIM_IN_FRAGMENT_OVER`]).
pub fn to_address(v: &ViewState) -> String {
    let mut fragment = String::new();
    let mut parts = Vec::new();
    for (k, value) in v.route.query_params() {
        if k == "claim" {
            let read: String = value
                .chars()
                .take(crate::checks::claim_text::MAX_CHARS)
                .collect();
            let encoded = percent_encode(&read);
            if encoded.len() > CLAIM_IN_FRAGMENT_OVER {
                fragment = format!("#{CLAIM_FRAGMENT}{encoded}");
                continue;
            }
            parts.push(format!("{CLAIM_FRAGMENT}{encoded}"));
        } else {
            parts.push(format!("{k}={}", percent_encode(&value)));
        }
    }
    format!("{}{}{fragment}", v.route.path(), settings_query(v, parts))
}

/// The query string: the route's `parts` already written, then the settings that differ from the
/// defaults.
fn settings_query(v: &ViewState, mut parts: Vec<String>) -> String {
    let d = Definition::default();
    let def = &v.definition;
    if def.hours != d.hours {
        parts.push(format!("hours={}", def.hours.token()));
    }
    if def.stay != d.stay {
        parts.push(format!("stay={}", def.stay.token()));
    }
    if def.denominator != d.denominator {
        parts.push(format!("denominator={}", def.denominator.token()));
    }
    if def.population != d.population {
        parts.push(format!("population={}", def.population.token()));
    }
    if def.alternatives {
        parts.push("alt=1".into());
    }
    let ex = &v.explorer;
    if ex.sort != Sort::default() {
        parts.push(format!("sort={}", ex.sort.token()));
    }
    if ex.measure == Measure::Count {
        parts.push("measure=count".into());
    }
    if !ex.compare.is_empty() {
        parts.push(format!("compare={}", ex.compare.join(",")));
    }
    if !ex.search.is_empty() {
        parts.push(format!("q={}", percent_encode(&ex.search)));
    }
    if ex.all_columns {
        parts.push("cols=all".into());
    }
    if !v.open.is_empty() {
        parts.push(format!("open={}", v.open.join(",")));
    }
    if v.display.embed {
        parts.push("embed=1".into());
    }
    if v.display.large {
        parts.push("large=1".into());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
