//! URL state: the query string ⇄ a validated [`ViewState`], as pure functions.
//!
//! Parsing never fails: anything unknown or malformed falls back to the default for that setting
//! and yields a [`Notice`] the page shows. Encoding writes only what differs from the defaults, so
//! the default view's URL is the bare page.

use crate::data::report::ReformKind;
use crate::data::sex::Sex;
use crate::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use crate::engine::explore::{Measure, Sort};
use crate::url::page::Page;

/// The whole state of the page, as the URL holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// Which page.
    pub page: Page,
    /// The definition in force.
    pub definition: Definition,
    /// Explorer table order.
    pub sort: Sort,
    /// Pinned jurisdictions, in the order pinned.
    pub compare: Vec<String>,
    /// The jurisdiction of a profile page.
    pub jurisdiction: Option<String>,
    /// Explorer search text.
    pub search: String,
    /// Chart/map measure.
    pub measure: Measure,
    /// Definition-lab step (0-based).
    pub step: usize,
    /// Embed mode: one view, no chrome.
    pub embed: bool,
    /// Large type for projectors.
    pub large: bool,
    /// Claim-check text.
    pub claim: String,
    /// Reforms view: the kind of change shown (all kinds when `None`).
    pub kind: Option<ReformKind>,
    /// Men or women on the race and age pages (`sex=`; written only there).
    pub sex: Sex,
    /// The lab's comparison of two definitions, A and B (`a=22h-15d&b=16h-15d`; lab page only).
    pub pair: Option<(Definition, Definition)>,
    /// The lab's printable handout for a lesson (`handout=1`, 1-based; lab page only).
    pub handout: Option<usize>,
}

/// Something in the URL that could not be used, shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice(pub String);

/// Longest value read from any parameter; longer ones are cut (a URL is not a document).
const MAX_VALUE: usize = 500;
/// Most jurisdictions that can be pinned.
pub const MAX_COMPARE: usize = 6;

/// Decodes `%XX` and `+`; invalid escapes stay literal, invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query string (unreserved characters kept).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn shown(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

/// Parses a query string (with or without `?`) against the known jurisdiction codes.
pub fn parse(query: &str, codes: &[&str]) -> (ViewState, Vec<Notice>) {
    let mut v = ViewState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let q = query.strip_prefix('?').unwrap_or(query);
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(k);
        let mut value = percent_decode(val);
        if value.len() > MAX_VALUE {
            let mut cut = MAX_VALUE;
            while !value.is_char_boundary(cut) {
                cut -= 1;
            }
            value.truncate(cut);
        }
        if seen.contains(&key) {
            notices.push(Notice(format!(
                "“{}” appears more than once; the first value was used.",
                shown(&key)
            )));
            continue;
        }
        if seen.len() < 64 {
            seen.push(key.clone());
        }
        let bad = |what: &str, notices: &mut Vec<Notice>| {
            notices.push(Notice(format!(
                "Unknown {what} “{}”; showing the default instead.",
                shown(&value)
            )));
        };
        match key.as_str() {
            "hours" => match Hours::from_token(&value) {
                Some(h) => v.definition.hours = h,
                None => bad("hours value", &mut notices),
            },
            "stay" => match Stay::from_token(&value) {
                Some(s) => v.definition.stay = s,
                None => bad("length of stay", &mut notices),
            },
            "denominator" => match Denominator::from_token(&value) {
                Some(d) => v.definition.denominator = d,
                None => bad("denominator", &mut notices),
            },
            "population" => match Population::from_token(&value) {
                Some(p) => v.definition.population = p,
                None => bad("population", &mut notices),
            },
            "alt" => match value.as_str() {
                "1" => v.definition.alternatives = true,
                "0" => {}
                _ => bad("alternatives setting", &mut notices),
            },
            "sort" => match Sort::from_token(&value) {
                Some(s) => v.sort = s,
                None => bad("sort order", &mut notices),
            },
            "measure" => match value.as_str() {
                "percent" => v.measure = Measure::Percent,
                "count" => v.measure = Measure::Count,
                _ => bad("measure", &mut notices),
            },
            "compare" => {
                for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let up = code.to_ascii_uppercase();
                    match codes.iter().find(|c| **c == up) {
                        Some(c) if v.compare.iter().any(|x| x == c) => {}
                        Some(_) if v.compare.len() >= MAX_COMPARE => {
                            notices.push(Notice(format!("At most {MAX_COMPARE} jurisdictions can be pinned; “{}” was left out.", shown(code))));
                        }
                        Some(c) => v.compare.push(c.to_string()),
                        None => notices.push(Notice(format!(
                            "Unknown jurisdiction “{}” in the comparison; it was left out.",
                            shown(code)
                        ))),
                    }
                }
            }
            "j" => {
                let up = value.trim().to_ascii_uppercase();
                match codes.iter().find(|c| **c == up) {
                    Some(c) => v.jurisdiction = Some(c.to_string()),
                    None => {
                        notices.push(Notice(format!("Unknown jurisdiction “{}”.", shown(&value))))
                    }
                }
            }
            "view" => match Page::from_token(&value) {
                Some(p) => v.page = p,
                None => bad("page", &mut notices),
            },
            "q" => {
                v.search = value
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(100)
                    .collect()
            }
            "claim" => {
                v.claim = value
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n')
                    .take(MAX_VALUE)
                    .collect()
            }
            "step" => match value.parse::<usize>() {
                Ok(n) if n < 100 => v.step = n,
                _ => bad("lab step", &mut notices),
            },
            "kind" => match ReformKind::from_token(&value) {
                Some(k) => v.kind = Some(k),
                None => bad("kind of reform", &mut notices),
            },
            "sex" => match Sex::from_token(&value) {
                Some(s) => v.sex = s,
                None => bad("sex", &mut notices),
            },
            "a" | "b" => {
                let (d, problems) = crate::url::pair::parse_token(&value);
                let pair = v
                    .pair
                    .get_or_insert((Definition::default(), Definition::default()));
                if key == "a" {
                    pair.0 = d;
                } else {
                    pair.1 = d;
                }
                if !problems.is_empty() {
                    notices.push(Notice(format!(
                        "Definition {} in the comparison: “{}” not understood; the report's setting was used instead.",
                        key.to_uppercase(),
                        problems.iter().map(|p| shown(p)).collect::<Vec<_>>().join("”, “")
                    )));
                }
            }
            "handout" => match value.parse::<usize>() {
                Ok(n) if (1..=crate::sections::lab::LESSONS.len()).contains(&n) => {
                    v.handout = Some(n)
                }
                _ => bad("handout", &mut notices),
            },
            "embed" => v.embed = value == "1",
            "large" => v.large = value == "1",
            _ => notices.push(Notice(format!(
                "Unknown setting “{}” was ignored.",
                shown(&key)
            ))),
        }
    }
    if v.page == Page::Profile && v.jurisdiction.is_none() {
        notices.push(Notice(
            "No jurisdiction was given for the profile page; showing the explorer.".into(),
        ));
        v.page = Page::Explorer;
    }
    if v.page != Page::Lab && (v.pair.is_some() || v.handout.is_some()) {
        notices.push(Notice(
            "A comparison or handout belongs to the definition lab (view=lab); it was ignored here."
                .into(),
        ));
        v.pair = None;
        v.handout = None;
    }
    (v, notices)
}

/// Encodes a view as a query string (starting with `?`, or empty for the default view).
pub fn to_query(v: &ViewState) -> String {
    let d = Definition::default();
    let mut parts: Vec<String> = Vec::new();
    if v.page != Page::Explorer {
        parts.push(format!("view={}", v.page.token()));
    }
    if let Some(j) = &v.jurisdiction {
        if v.page == Page::Profile {
            parts.push(format!("j={j}"));
        }
    }
    if let Some(k) = v.kind {
        if v.page == Page::Reforms {
            parts.push(format!("kind={}", k.token()));
        }
    }
    if v.sex != Sex::default() && matches!(v.page, Page::Race | Page::Age) {
        parts.push(format!("sex={}", v.sex.token()));
    }
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
    if v.sort != Sort::default() {
        parts.push(format!("sort={}", v.sort.token()));
    }
    if v.measure == Measure::Count {
        parts.push("measure=count".into());
    }
    if !v.compare.is_empty() {
        parts.push(format!("compare={}", v.compare.join(",")));
    }
    if !v.search.is_empty() {
        parts.push(format!("q={}", percent_encode(&v.search)));
    }
    if !v.claim.is_empty() {
        parts.push(format!("claim={}", percent_encode(&v.claim)));
    }
    if let (Some((a, b)), Page::Lab) = (&v.pair, v.page) {
        parts.push(format!(
            "a={}&b={}",
            crate::url::pair::token(a),
            crate::url::pair::token(b)
        ));
    }
    if let (Some(n), Page::Lab) = (v.handout, v.page) {
        parts.push(format!("handout={n}"));
    }
    if v.step > 0 {
        parts.push(format!("step={}", v.step));
    }
    if v.embed {
        parts.push("embed=1".into());
    }
    if v.large {
        parts.push("large=1".into());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
