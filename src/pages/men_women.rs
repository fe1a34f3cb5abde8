//! Men and women (Section VI.A: Tables 5–6, Charts 5–6): the share of each custodial population in
//! restricted housing, side by side, with the medians, the ratio and the totals.

use crate::components::download::{CopyLink, DownloadCsv};
use crate::components::endnotes::NoteMarkers;
use crate::components::measure::ChartPart;
use crate::components::page_data::use_computed;
use crate::components::page_header::PageHeader;
use crate::components::printed::{printed_list, printed_value, PrintedItem, TABLES_GIVE};
use crate::platform::later::{in_parts, Later};
use survey::chart::bars::paired_bars;
use survey::checks::printed::PrintedFigure;
use survey::data::format::{coord, fixed, round_half_up, thousands};
use survey::sections::men_women::{sort, MenWomen, SexCounts, SexRow, SexSort, Women};
use yew::prelude::*;

/// The men-and-women page (`?view=sex`).
#[function_component]
pub fn MenWomenPage() -> Html {
    let (data, mw) = use_computed(MenWomen::from_data);
    let order = use_state(|| (SexSort::Report, false));
    let notes = crate::components::endnotes::use_note_panel();
    let onnote = notes.onopen.clone();
    let onsort = {
        let order = order.clone();
        Callback::from(move |o| order.set(o))
    };
    let mut rows = mw.rows.clone();
    sort(&mut rows, order.0, order.1);
    let men = mw.men_checks(&data);
    let women = mw.women_checks(&data);
    let labels = |checks: &[PrintedFigure], sex: &str| -> Vec<PrintedItem> {
        checks
            .iter()
            .map(|p| PrintedItem {
                label: label(&p.id, sex),
                figure: p.clone(),
            })
            .collect()
    };
    let erratum = data
        .errata
        .iter()
        .find(|e| e.id == "t05_prose_male_rh_total")
        .cloned();
    let name = |c: &String| data.name_of(c);
    let (both, double, women_higher) = mw.ratio_summary();
    let ca_20_21 = data
        .figure("vi_a_ca_women_20_21h")
        .map(|f| f.value.to_string());
    html! {
        <article class="sex-view" data-testid="sex-view">
            <PageHeader title="Men and women in restricted housing" intro={format!("Of the {both} jurisdictions that reported both, {double} held men in restricted housing at least twice as often as women, and {women_higher} held a larger share of women than of men. Each percent below is of that sex's own custodial population, so the two can be compared even though far fewer women are in prison.")} source={"Source: Table 5, p. 32 and Chart 5, p. 31 (men); Table 6, p. 34 and Chart 6, p. 33 (women); Section VI.A, pp. 30 and 33. Restricted housing: in-cell 22 hours or more a day for 15 consecutive days or more, fall 2015."} notes={notes.clone()} />
            <section aria-labelledby="sex-headline">
                <h2 id="sex-headline">{ "The report's figures" }</h2>
                <div class="sex-cards">
                    <div class="sex-card" data-testid="men-figures"><h3><span class="swatch sex-men"></span>{ "Men" }</h3>{ printed_list(&labels(&men, "men")) }</div>
                    <div class="sex-card" data-testid="women-figures"><h3><span class="swatch sex-women"></span>{ "Women" }</h3>{ printed_list(&labels(&women, "women")) }</div>
                </div>
                if let Some(e) = erratum {
                    <p class="caveat erratum" data-erratum={e.id.clone()}>{ format!("Report inconsistency (p. {}): {}", e.page, e.description) }</p>
                }
                <p class="caveat">{ "The medians are of the jurisdictions' printed percentages, each jurisdiction counting once; the pooled percentages add up everyone, so large systems weigh more." }<NoteMarkers notes={vec![200]} onopen={onnote.clone()} /></p>
            </section>
            // Below the figures, each section (and the table's rows, a part at a time) hydrates
            // in a task of its own at start-up (`Later`).
            <Later>
            <section aria-labelledby="sex-chart-h">
                <h2 id="sex-chart-h">{ "Side by side" }</h2>
                <crate::components::download::ChartExport source="Table 5, p. 32; Table 6, p. 34" filename="men-and-women" testid="sex-chart"
                    subtitle="In-cell 22 hours or more a day for 15 days or more; percent of the men and of the women in custody"
                    notes={vec!["Labels read men / women. “none” = no women in restricted housing (not in Table 6). † custodial population under 100.".to_string()]}>
                    <ul class="legend" aria-label="Legend"><li><span class="swatch sex-men"></span>{ "Men" }</li><li><span class="swatch sex-women"></span>{ "Women" }</li></ul>
                    // Laid out for its own measured width: drawn again once near view (`ChartPart`).
                    <ChartPart render={{ let rows = rows.clone(); Callback::from(move |width| paired_chart(&rows, width)) }} />
                </crate::components::download::ChartExport>
            </section>
            </Later>
            <Later>
            <section aria-labelledby="sex-table-h">
                <h2 id="sex-table-h">{ "Every jurisdiction" }</h2>
                { sex_table(&rows, *order, &onsort, &onnote, &men, &women) }
            </section>
            </Later>
            <Later>
            <section aria-labelledby="sex-caveats">
                <h2 id="sex-caveats">{ "Read with care" }</h2>
                <ul class="caveats">
                    <li class="caveat">{ format!("Table 6 lists only jurisdictions with at least one woman in restricted housing, so {} are absent from it. California held no women 22 hours a day, but {} women 20–21 hours a day.", and_list(&mw.without_women().iter().map(|r| r.name.clone()).collect::<Vec<_>>()), ca_20_21.unwrap_or_else(|| "some".into())) }<NoteMarkers notes={vec![202, 204]} onopen={onnote.clone()} /></li>
                    <li class="caveat">{ "Some custodial populations here differ from those in Table 2 (Hawaii, New Jersey); Arizona and Massachusetts counted some people held under 15 days; Louisiana's split by sex is from its fall 2015 figures." }<NoteMarkers notes={vec![198, 199, 201, 203]} onopen={onnote.clone()} /></li>
                    <li class="caveat">{ "A percent marked † rests on a custodial population under 100: one person moves it a lot. The ratio divides the counts, not the rounded percents." }</li>
                    <li class="caveat">{ format!("No figures by sex: {}.", mw.not_reporting.iter().map(name).collect::<Vec<_>>().join(", ")) }</li>
                </ul>
            </section>
            </Later>
        </article>
    }
}

fn label(id: &str, sex: &str) -> String {
    match id {
        i if i.ends_with("n_jurisdictions") => "Jurisdictions".into(),
        i if i.ends_with("median_pct") => format!("Median share of {sex} in restricted housing"),
        i if i.ends_with("total_custodial_population") => {
            format!("{} in custody (total row)", capital(sex))
        }
        i if i.ends_with("total_rh_population") => {
            format!("{} in restricted housing (total row)", capital(sex))
        }
        i if i.ends_with("total_rh_percent") => "Pooled share (total row)".into(),
        "vi_a_male_rh_total" => "Men in restricted housing, as the text says".into(),
        other => other.into(),
    }
}

/// `A, B and C`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn pct_text(s: &SexCounts) -> String {
    match s.printed {
        Some(p) => format!("{p}%"),
        None => s
            .percent()
            .map(|p| format!("{}%", round_half_up(p, 1)))
            .unwrap_or_else(|| "not reported".into()),
    }
}

/// Charts 5 and 6 together: a men's bar over a women's bar per jurisdiction.
fn paired_chart(rows: &[SexRow], width: Option<f64>) -> Html {
    let input: Vec<(String, Option<f64>, Option<f64>)> = rows
        .iter()
        .map(|r| {
            (
                r.name.clone(),
                r.men.value(),
                r.women_share().and_then(SexCounts::value),
            )
        })
        .collect();
    let text = |r: &SexRow| {
        let w = match &r.women {
            Women::Listed(w) => format!("{}{}", pct_text(w), if w.small() { " †" } else { "" }),
            Women::NoneInRestrictedHousing => "none".into(),
        };
        (pct_text(&r.men), w)
    };
    let names: Vec<&str> = input.iter().map(|(n, _, _)| n.as_str()).collect();
    let values: Vec<String> = rows
        .iter()
        .map(|r| {
            let (m, w) = text(r);
            format!("{m} / {w}")
        })
        .collect();
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    let alt = rows
        .iter()
        .map(|r| {
            let (m, w) = text(r);
            format!(
                "{}: men {m}, women {}",
                r.name,
                if w == "none" {
                    "no women in restricted housing".into()
                } else {
                    w
                }
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let draw = |width: f64, variant: Option<crate::charts::Variant>| {
        let id = |base: &str| crate::charts::variant_id(base, variant);
        let fit = survey::chart::fit::fit(width, &names, &values);
        // Two bars a row, each about half a line of text high.
        let mut frame = fit.frame;
        frame.bar = (fit.font * 0.6).round();
        frame.gap = fit.frame.gap - (2.0 * frame.bar - fit.frame.bar).max(0.0) + 2.0;
        let (mut bars, height) = paired_bars(&input, frame);
        let extra = survey::chart::fit::shift_for_names(
            &fit,
            &mut bars
                .iter_mut()
                .flat_map(|b| [&mut b.y, &mut b.y2])
                .collect::<Vec<_>>(),
        );
        let height = height + extra;
        html! {
                    <svg width={coord(frame.width)} height={coord(height)} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height))} role="img" aria-labelledby={format!("{} {}", id("sex-chart-title"), id("sex-chart-desc"))} class={classes!("bars", "sex-bars", "fitted", "font-12", variant)} data-wide-from={crate::charts::Variant::wide_from_attr(variant)} data-testid={id("sex-chart")}>
                    <title id={id("sex-chart-title")}>{ "Percent of men and of women in custody who were in restricted housing, by jurisdiction" }</title>
                    <desc id={id("sex-chart-desc")}>{ alt.as_str() }</desc>
                    { for bars.iter().zip(rows.iter()).map(|(b, r)| {
                        let (m, w) = text(r);
                        let (nx, ny, anchor) = survey::chart::fit::name_at(&fit, b.y, 2.0 * frame.bar);
                        let vy = survey::chart::fit::centred_baseline(&fit, b.y, 2.0 * frame.bar);
                        html! {
                            <g class="bar" data-code={r.code.clone()}>
                                <text x={coord(nx)} y={fixed(ny, 1)} text-anchor={anchor}>{ b.label.clone() }</text>
                                <rect x={coord(frame.label_width)} y={coord(b.y)} width={fixed(b.first, 2)} height={coord(frame.bar)} class="sex-men" />
                                <rect x={coord(frame.label_width)} y={coord(b.y2)} width={fixed(b.second, 2)} height={coord(frame.bar)} class="sex-women" />
                                <text x={fixed(frame.label_width + b.first.max(b.second) + 4.0, 2)} y={fixed(vy, 1)} class="bar-value">{ format!("{m} / {w}") }</text>
                            </g>
                        }
                    }) }
                </svg>
        }
    };
    html! {
        <figure class="sex-chart">
            { crate::charts::fitted(width, survey::chart::fit::PAGE_LAYOUTS, draw) }
            <figcaption class="hint">{ "Men above, women below; labels read men / women. “none” = no women in restricted housing (not in Table 6). † custodial population under 100." }</figcaption>
        </figure>
    }
}

fn count(n: Option<u64>) -> Html {
    match n {
        Some(n) => html! { { thousands(n) } },
        None => html! { <span class="missing">{ "not reported" }</span> },
    }
}

fn share_cells(s: &SexCounts, who: &str, code: &str) -> Html {
    html! {
        <>
            <td class="num">{ count(s.restricted) }</td>
            <td class="num">{ count(s.custodial) }</td>
            <td class="num" data-testid={format!("{who}-pct-{code}")}>{ pct_text(s) }
                if s.small() { <span class="caution" title="Custodial population under 100">{ " †" }<span class="visually-hidden">{ " (fewer than 100 in custody)" }</span></span> }
            </td>
        </>
    }
}

fn csv_row(r: &SexRow) -> Vec<String> {
    let opt = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    let w = r.women_share();
    vec![
        r.code.clone(),
        r.name.clone(),
        opt(r.men.restricted),
        opt(r.men.custodial),
        r.men.printed.map(|p| p.to_string()).unwrap_or_default(),
        w.map(|w| opt(w.restricted)).unwrap_or_default(),
        w.map(|w| opt(w.custodial)).unwrap_or_default(),
        w.and_then(|w| w.printed)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        r.ratio()
            .value()
            .map(|x| round_half_up(x, 2))
            .unwrap_or_default(),
        if w.is_none() {
            "not in Table 6: no women in restricted housing".into()
        } else {
            String::new()
        },
        r.notes
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" "),
    ]
}

const CSV_HEADER: [&str; 11] = [
    "jurisdiction",
    "name",
    "men_rh_population",
    "men_custodial_population",
    "men_rh_percent",
    "women_rh_population",
    "women_custodial_population",
    "women_rh_percent",
    "ratio_men_to_women",
    "women_note",
    "endnotes",
];

/// The sortable table of both sexes, with the printed totals below.
fn sex_table(
    rows: &[SexRow],
    order: (SexSort, bool),
    onsort: &Callback<(SexSort, bool)>,
    onnote: &Callback<u32>,
    men: &[PrintedFigure],
    women: &[PrintedFigure],
) -> Html {
    let header = |label: &'static str, by: SexSort, numeric: bool, testid: &'static str| {
        let active = order.0 == by;
        let aria = match (active, order.1) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let next = (
            by,
            if active {
                !order.1
            } else {
                by != SexSort::Name
            },
        );
        let onsort = onsort.clone();
        html! {
            <th scope="col" aria-sort={aria} class={classes!(numeric.then_some("num"))}>
                <button type="button" class="sort" onclick={Callback::from(move |_| onsort.emit(next))} data-testid={testid}>
                    { label }<span aria-hidden="true" class="arrow">{ match aria { "descending" => "▼", "ascending" => "▲", _ => "↕" } }</span>
                </button>
            </th>
        }
    };
    let total = |list: &[PrintedFigure], id: &str| {
        list.iter()
            .find(|p| p.id == id)
            .cloned()
            .map(|f| printed_value(&f, "", TABLES_GIVE))
            .unwrap_or_default()
    };
    html! {
        <>
        <div class="view-tools">
            <DownloadCsv filename="men-and-women.csv" title="Tables 5 and 6: men and women in restricted housing by jurisdiction"
                source="Table 5, p. 32; Table 6, p. 34" definition="In-cell 22+ hours a day for 15+ consecutive days"
                header={CSV_HEADER.to_vec()} rows={rows.iter().map(csv_row).collect::<Vec<_>>()} />
            <CopyLink />
            if order.0 != SexSort::Report {
                <button type="button" onclick={{ let onsort = onsort.clone(); Callback::from(move |_| onsort.emit((SexSort::Report, false))) }}>{ "Report order" }</button>
            }
        </div>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Men and women by jurisdiction, scrolls sideways">
        <table class="data sex-table" data-testid="sex-table">
            <caption>{ "Men (Table 5, p. 32) and women (Table 6, p. 34) in restricted housing, with each sex's custodial population and printed percent, and men's percent divided by women's. Click a column to sort." }</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="colgroup" colspan="3" class="group sex-men-head">{ "Men" }</th>
                    <th scope="colgroup" colspan="3" class="group sex-women-head">{ "Women" }</th>
                    <td></td>
                </tr>
                <tr>
                    { header("Jurisdiction", SexSort::Name, false, "sort-name") }
                    <th scope="col" class="num">{ "In restricted housing" }</th>
                    <th scope="col" class="num">{ "In custody" }</th>
                    { header("Percent", SexSort::Men, true, "sort-men") }
                    <th scope="col" class="num">{ "In restricted housing" }</th>
                    <th scope="col" class="num">{ "In custody" }</th>
                    { header("Percent", SexSort::Women, true, "sort-women") }
                    { header("Men ÷ women", SexSort::Ratio, true, "sort-ratio") }
                </tr>
            </thead>
            <tbody>
                { in_parts(rows, |r| html! {
                    <tr key={r.code.clone()} data-code={r.code.clone()}>
                        <th scope="row">{ r.name.clone() }<NoteMarkers notes={r.notes.clone()} onopen={onnote.clone()} /></th>
                        { share_cells(&r.men, "men", &r.code) }
                        { match &r.women {
                            Women::Listed(w) => share_cells(w, "women", &r.code),
                            Women::NoneInRestrictedHousing => html! { <td colspan="3" class="missing" data-testid={format!("women-pct-{}", r.code)}>{ "none in restricted housing (not in Table 6)" }</td> },
                        } }
                        <td class={if r.ratio().value().is_some() { classes!("num") } else { classes!("missing", "ratio-none") }} data-testid={format!("ratio-{}", r.code)}>{ r.ratio().text() }</td>
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ "Total as printed" }</th>
                    <td class="num" data-testid="men-total">{ total(men, "t05_total_rh_population") }</td>
                    <td class="num">{ total(men, "t05_total_custodial_population") }</td>
                    <td class="num">{ total(men, "t05_total_rh_percent") }</td>
                    <td class="num" data-testid="women-total">{ total(women, "t06_total_rh_population") }</td>
                    <td class="num">{ total(women, "t06_total_custodial_population") }</td>
                    <td class="num">{ total(women, "t06_total_rh_percent") }</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
        </div>
        <p class="hint">{ "✓ = recomputed from the rows, same as printed. † custodial population under 100." }</p>
        </>
    }
}
