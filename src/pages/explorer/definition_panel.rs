//! The definition panel: hours, length of stay, denominator, population — with what each means.

use survey::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use yew::prelude::*;

/// Props for [`DefinitionPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct DefinitionPanelProps {
    /// The definition shown.
    pub definition: Definition,
    /// Called with the new definition when the reader changes a setting.
    pub ondefine: Callback<Definition>,
}

/// One radio group of a [`Choice`].
#[derive(Properties, PartialEq, Clone)]
struct GroupProps<C: Choice + PartialEq> {
    name: AttrValue,
    legend: AttrValue,
    value: C,
    onpick: Callback<C>,
}

#[function_component]
fn Group<C: Choice + PartialEq>(props: &GroupProps<C>) -> Html {
    let GroupProps {
        name,
        legend,
        value,
        onpick,
    } = props.clone();
    html! {
        <fieldset class="choice-group">
            <legend>{ legend }</legend>
            <div class="choices">
                { for C::ALL.iter().map(|&c| {
                    let onpick = onpick.clone();
                    let id = format!("{name}-{}", c.token());
                    html! {
                        <label for={id.clone()} class={classes!("choice", (c == value).then_some("selected"))}>
                            <input type="radio" id={id} name={name.clone()} value={c.token()} checked={c == value}
                                onchange={Callback::from(move |_| onpick.emit(c))} />
                            { c.label() }
                        </label>
                    }
                }) }
            </div>
            <p class="meaning">{ value.meaning() }</p>
        </fieldset>
    }
}

/// The always-visible panel of definition settings.
#[function_component]
pub fn DefinitionPanel(props: &DefinitionPanelProps) -> Html {
    let DefinitionPanelProps {
        definition: d,
        ondefine,
    } = props.clone();
    let set = |f: fn(Definition, usize) -> Definition| {
        let ondefine = ondefine.clone();
        move |i: usize| ondefine.emit(f(d, i))
    };
    let hours = {
        let s = set(|d, i| Definition {
            hours: Hours::ALL[i],
            ..d
        });
        Callback::from(move |h: Hours| s(Hours::ALL.iter().position(|x| *x == h).unwrap_or(0)))
    };
    let stay = {
        let s = set(|d, i| Definition {
            stay: Stay::ALL[i],
            ..d
        });
        Callback::from(move |v: Stay| s(Stay::ALL.iter().position(|x| *x == v).unwrap_or(0)))
    };
    let den = {
        let s = set(|d, i| Definition {
            denominator: Denominator::ALL[i],
            ..d
        });
        Callback::from(move |v: Denominator| {
            s(Denominator::ALL.iter().position(|x| *x == v).unwrap_or(0))
        })
    };
    let pop = {
        let s = set(|d, i| Definition {
            population: Population::ALL[i],
            ..d
        });
        Callback::from(move |v: Population| {
            s(Population::ALL.iter().position(|x| *x == v).unwrap_or(0))
        })
    };
    let alt = {
        let ondefine = ondefine.clone();
        Callback::from(move |_| {
            ondefine.emit(Definition {
                alternatives: !d.alternatives,
                ..d
            })
        })
    };
    let reset = {
        let ondefine = ondefine.clone();
        Callback::from(move |_| ondefine.emit(Definition::default()))
    };
    html! {
        <section class="definition-panel" aria-labelledby="definition-heading">
            <h2 id="definition-heading">{ "What counts as restricted housing?" }</h2>
            <p class="panel-intro">{ "The survey counted people held in their cells 22 hours or more a day for 15 days or more — the line the UN Mandela Rules draw for prolonged solitary confinement. Change the line and watch the numbers move." }</p>
            <div class="panel-groups">
                <Group<Hours> name="hours" legend="Hours a day in the cell" value={d.hours} onpick={hours} />
                <Group<Stay> name="stay" legend="Held for at least" value={d.stay} onpick={stay} />
                <Group<Population> name="population" legend="Who" value={d.population} onpick={pop} />
                <Group<Denominator> name="denominator" legend="Percent of" value={d.denominator} onpick={den} />
            </div>
            <div class="panel-extra">
                <label class="check">
                    <input type="checkbox" checked={d.alternatives} onchange={alt} />
                    { "Use the report's alternatives for Louisiana (incl. state prisoners in parish jails) and Utah (August 2016)" }
                </label>
                if d != Definition::default() {
                    <button type="button" class="reset" onclick={reset}>{ "Back to the survey's definition" }</button>
                }
            </div>
        </section>
    }
}
