//! Pieces shared by the race and age views: the data hook, the men/women toggle, the group picker
//! and the two sections both views show; cell renderers in [`cells`], the three tables in
//! [`tables`].

pub mod cells;
pub mod tables;

use crate::platform::later::Later;
pub use cells::{capital, people, printed, share_percent, shares, slug, topic_words};
use std::rc::Rc;
use survey::data::sex::Sex;
use survey::sections::composition::{Composition, Group, Topic, SMALL_BASE};
use survey::url::Route;
use yew::prelude::*;

/// Props for [`SexToggle`].
#[derive(Properties, PartialEq, Clone)]
pub struct SexToggleProps {
    /// The sex shown.
    pub sex: Sex,
    /// Called with the sex chosen.
    pub onchange: Callback<Sex>,
}

/// Two pressed/unpressed buttons: Men, Women.
#[function_component]
pub fn SexToggle(props: &SexToggleProps) -> Html {
    let SexToggleProps { sex, onchange } = props.clone();
    html! {
        <div class="toggle" role="group" aria-label="Men or women">
            { for Sex::ALL.into_iter().map(|s| {
                let onchange = onchange.clone();
                html! { <button type="button" aria-pressed={(s == sex).to_string()} data-testid={format!("sex-{}", s.token())}
                    onclick={Callback::from(move |_| onchange.emit(s))}>{ s.label() }</button> }
            }) }
        </div>
    }
}

/// Props for [`GroupPicker`].
#[derive(Properties, PartialEq, Clone)]
pub struct GroupPickerProps {
    /// The groups, in the tables' order.
    pub groups: &'static [Group],
    /// Index of the group shown.
    pub selected: usize,
    /// Called with the index chosen.
    pub onselect: Callback<usize>,
}

/// One button per group.
#[function_component]
pub fn GroupPicker(props: &GroupPickerProps) -> Html {
    let GroupPickerProps {
        groups,
        selected,
        onselect,
    } = props.clone();
    html! {
        <div class="toggle group-picker" role="group" aria-label="Group shown">
            { for groups.iter().enumerate().map(|(i, g)| {
                let onselect = onselect.clone();
                html! { <button type="button" aria-pressed={(i == selected).to_string()} data-testid={format!("group-{}", g.key)}
                    onclick={Callback::from(move |_| onselect.emit(i))}><span class={classes!("swatch", format!("grp-{i}"))}></span>{ g.label }</button> }
            }) }
        </div>
    }
}

/// The legend line for † and erratum flags.
#[function_component]
pub fn MarksLegend() -> Html {
    html! {
        <p class="caveat marks-legend">{ format!("† base under {SMALL_BASE} people: one person moves the percent a lot. ") }
            <span class="erratum-tag">{ "erratum" }</span>{ " the printed percent disagrees with the report's own counts (see errata below)." }</p>
    }
}

/// What both views compute for the sex in the URL.
#[derive(Clone, PartialEq)]
pub struct CompositionData {
    /// Men or women.
    pub sex: Sex,
    /// Every reporting jurisdiction.
    pub rows: Rc<Vec<Composition>>,
    /// All reporting jurisdictions together.
    pub overall: Rc<Composition>,
    /// The overall row first, then every jurisdiction (for the chart).
    pub with_overall: Rc<Vec<Composition>>,
    /// "Table 7, p. 37; …".
    pub source: AttrValue,
    /// Switches men/women through the URL.
    pub onsex: Callback<Sex>,
}

/// The compositions for the current sex, memoised, and the callback that changes it.
#[hook]
pub fn use_composition(topic: Topic) -> CompositionData {
    let ctx = crate::state::use_app();
    let sex = match ctx.view().route {
        Route::Race { sex } | Route::Age { sex } => sex,
        _ => Sex::default(),
    };
    let data = ctx.app.data.clone();
    let (rows, with_overall, overall, source) = (*use_memo(sex, move |&sex| {
        let rows = Rc::new(survey::sections::composition::by_jurisdiction(
            &data, topic, sex,
        ));
        let overall = Rc::new(survey::sections::composition::overall(&data, topic, sex));
        let mut all = vec![(*overall).clone()];
        all.extend(rows.iter().cloned());
        (
            rows,
            Rc::new(all),
            overall,
            AttrValue::from(survey::sections::composition::source(&data, topic, sex)),
        )
    }))
    .clone();
    let onsex = {
        let (store, view) = (ctx.store.clone(), ctx.view().clone());
        Callback::from(move |s: Sex| {
            let route = match topic {
                Topic::Race => Route::Race { sex: s },
                Topic::Age => Route::Age { sex: s },
            };
            store.dispatch(crate::state::Action::Go(view.with_route(route)))
        })
    };
    CompositionData {
        sex,
        rows,
        overall,
        with_overall,
        source,
        onsex,
    }
}

/// Props for [`PageIntro`].
#[derive(Properties, PartialEq, Clone)]
pub struct PageIntroProps {
    /// The page's `<h1>`.
    pub title: AttrValue,
    /// What the page shows, in plain words.
    pub intro: AttrValue,
    /// From [`use_composition`] (source line, men/women).
    pub data: CompositionData,
    /// The page's endnote panel.
    pub notes: crate::components::endnotes::NotePanelState,
}

/// The top of the race and age pages: title, what the page shows, its source, the men/women
/// toggle, a permalink button and the endnote panel.
#[function_component]
pub fn PageIntro(props: &PageIntroProps) -> Html {
    let data = &props.data;
    let source = format!("Source: {}. Figures as of fall 2015; restricted housing = in-cell 22 hours or more for 15 days or more.", data.source);
    let tools = html! {
        <div class="view-tools">
            <SexToggle sex={data.sex} onchange={data.onsex.clone()} />
            <crate::components::download::CopyLink />
        </div>
    };
    html! {
        <crate::components::page_header::PageHeader title={props.title.clone()} intro={props.intro.clone()} {source} notes={props.notes.clone()} {tools} />
    }
}

/// Props for [`OverallSection`] and [`ByJurisdiction`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    /// Race or age.
    pub topic: Topic,
    /// From [`use_composition`].
    pub data: CompositionData,
    /// Show the percent of each group held in restricted housing.
    #[prop_or_default]
    pub show_rate: bool,
    /// Group shown first (by-jurisdiction section).
    #[prop_or_default]
    pub first_group: usize,
    /// Called when an endnote marker is activated.
    pub onnote: Callback<u32>,
    /// Extra content at the end of the section.
    #[prop_or_default]
    pub children: Html,
}

/// "All N reporting jurisdictions together": the stacked chart, the legend of marks, the table.
#[function_component]
pub fn OverallSection(props: &SectionProps) -> Html {
    let SectionProps {
        topic,
        data,
        show_rate,
        children,
        ..
    } = props.clone();
    let n = data.rows.len();
    let id = format!("{}-overall-heading", slug(topic));
    html! {
        <section aria-labelledby={id.clone()}>
            <h2 {id}>{ format!("All {n} reporting jurisdictions together ({})", data.sex.label().to_ascii_lowercase()) }</h2>
            <Later>
            <crate::components::download::ChartExport source={data.source.clone()} filename={format!("{}-{}-overall", slug(topic), data.sex.token())} testid="stacked-chart"
                subtitle={format!("Percent of the {} in custody and of those in restricted housing (in-cell 22 hours or more a day, 15 days or more)", data.sex.label().to_ascii_lowercase())}>
                <crate::charts::composition_chart::StackedChart overall={data.overall.clone()} {topic} sex={data.sex} jurisdictions={n} />
            </crate::components::download::ChartExport>
            </Later>
            <MarksLegend />
            // Each chart and table hydrates in a task of its own at start-up (`Later`).
            <Later><tables::OverallTable overall={data.overall.clone()} {topic} sex={data.sex} jurisdictions={n} source={data.source.clone()} {show_rate} /></Later>
            { children }
        </section>
    }
}

/// "By jurisdiction": the group picker, the dot-pair chart, the table and the printed table.
#[function_component]
pub fn ByJurisdiction(props: &SectionProps) -> Html {
    let SectionProps {
        topic,
        data,
        show_rate,
        first_group,
        onnote,
        ..
    } = props.clone();
    let group = use_state(|| first_group);
    let onselect = {
        let group = group.clone();
        Callback::from(move |i| group.set(i))
    };
    let id = format!("{}-by-heading", slug(topic));
    html! {
        <section aria-labelledby={id.clone()}>
            <h2 {id}>{ "By jurisdiction" }</h2>
            <GroupPicker groups={topic.groups()} selected={*group} {onselect} />
            <Later>
            <crate::components::download::ChartExport source={data.source.clone()} filename={format!("{}-{}-by-jurisdiction", slug(topic), data.sex.token())} testid="dumbbell-chart"
                subtitle={format!("Each jurisdiction's share of its {} in custody and in restricted housing", data.sex.label().to_ascii_lowercase())}>
                <crate::charts::composition_chart::DumbbellChart rows={data.with_overall.clone()} index={*group} sex={data.sex} />
            </crate::components::download::ChartExport>
            </Later>
            <Later><tables::JurisdictionTable rows={data.rows.clone()} index={*group} {topic} sex={data.sex} source={data.source.clone()} {show_rate} {onnote} /></Later>
            <Later><tables::PrintedTable rows={data.rows.clone()} {topic} sex={data.sex} /></Later>
        </section>
    }
}

/// Props for [`ErrataList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrataListProps {
    /// Race or age.
    pub topic: Topic,
    /// Men or women.
    pub sex: Sex,
}

/// The errata entries for this topic's tables.
#[function_component]
pub fn ErrataList(props: &ErrataListProps) -> Html {
    let ctx = crate::state::use_app();
    let errata = survey::sections::composition::errata(&ctx.app.data, props.topic, props.sex);
    if errata.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ "Where the report disagrees with itself here" }</h3>
            <ul class="errata" data-testid="errata">
                { for errata.iter().map(|e| html! { <li>{ e.description.clone() }{ format!(" (p. {})", e.page) }</li> }) }
            </ul>
        </>
    }
}
