//! Cell renderers of the race and age views: counts, shares with small-base marks, printed
//! percents with errata flags, and the words for a topic.

use survey::data::format::{percent, thousands};
use survey::sections::composition::{PrintedGroupPercent, Share, Side, Topic};
use yew::prelude::*;

/// A count out of its base: "72 of 95", or why there is none.
pub fn people(side: &Side) -> Html {
    match &side.share {
        Ok(s) => {
            html! { <>{ thousands(s.count) }<span class="of">{ format!(" of {}", thousands(s.total)) }</span></> }
        }
        Err(g) => html! { <span class="missing">{ g.label() }</span> },
    }
}

/// A percent of a share, marked † when its base is under 100 people.
pub fn share_percent(share: Option<Share>) -> Html {
    match share {
        Some(s) => match s.percent() {
            Some(p) => html! { <>{ percent(p, 1) }{ small_base_mark(s) }</> },
            None => html! { <span class="missing">{ "no base" }</span> },
        },
        None => html! { <span class="missing">{ "—" }</span> },
    }
}

fn small_base_mark(s: Share) -> Html {
    if s.small_base() {
        html! { <span class="small-base" title={format!("Base of {} people: read with care", s.total)}>{ "†" }<span class="visually-hidden">{ format!(" (base of only {} people)", s.total) }</span></span> }
    } else {
        html! {}
    }
}

/// A printed percent exactly as printed, flagged when the report disagrees with itself there.
pub fn printed(p: Option<&PrintedGroupPercent>) -> Html {
    let Some(p) = p else {
        return html! { <span class="missing">{ "not printed" }</span> };
    };
    let value = match p.value {
        Some(v) => html! { { format!("{v}%") } },
        None => html! { <span class="missing">{ "blank" }</span> },
    };
    match &p.erratum {
        Some(e) => html! {
            <span class="erratum" data-testid="erratum-flag">{ value }
                <span class="erratum-tag">{ "erratum" }</span>
                <span class="erratum-text">{ if e.computed.is_empty() { "the counts give no percent".to_string() } else { format!("counts give {}%", e.computed) } }</span>
            </span>
        },
        None => value,
    }
}

/// The share behind a side, when there is one.
pub fn shares(side: &Side) -> Option<Share> {
    side.share.as_ref().ok().copied()
}

/// File-name and id stem for a topic.
pub fn slug(topic: Topic) -> &'static str {
    match topic {
        Topic::Race => "race-ethnicity",
        Topic::Age => "age",
    }
}

/// First letter upper-case.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The topic in words.
pub fn topic_words(topic: Topic) -> &'static str {
    match topic {
        Topic::Race => "race and ethnicity",
        Topic::Age => "age",
    }
}
