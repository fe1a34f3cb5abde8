//! One lesson's printable handout (`handout=N`), with the teacher notes below it on screen.

use super::lab_view;
use super::text::total_text;
use crate::charts::lab::StackedBarMini;
use crate::components::download::full_url;
use crate::components::link::Link;
use crate::state::use_app;
use std::rc::Rc;
use survey::chart::lab::{mover_change_text, unit_text};
use survey::data::format::signed;
use survey::engine::decompose::{decompose, Decomposition, Unit};
use survey::engine::Summary;
use survey::sections::lab::{run, LESSONS, QUESTIONS, STEPS};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub(super) struct HandoutProps {
    pub(super) lesson: usize,
}

/// One lesson's printable handout, with the teacher notes below it on screen.
#[function_component]
pub(super) fn Handout(props: &HandoutProps) -> Html {
    let ctx = use_app();
    let view = ctx.view().clone();
    let lesson = LESSONS[props.lesson];
    let rows: Vec<(usize, Summary, Summary, Rc<Decomposition>)> = lesson
        .steps
        .iter()
        .map(|&i| {
            let (_, r) = run(&ctx.app.engine, i);
            let d = Rc::new(decompose(&r.from, &r.to));
            (i, r.from, r.to, d)
        })
        .collect();
    let print = Callback::from(|_| {
        #[cfg(target_arch = "wasm32")]
        let _ = gloo::utils::window().print();
    });
    let lead = |d: &Decomposition| -> String {
        match (d.unit, d.parts.first(), d.movers.first()) {
            (Unit::Points, _, Some(m)) => format!(
                "Count unchanged; {} moves {} ({} → {}).",
                m.name,
                mover_change_text(Unit::Points, m),
                m.before
                    .map(|v| unit_text(Unit::Points, v))
                    .unwrap_or_default(),
                m.after
                    .map(|v| unit_text(Unit::Points, v))
                    .unwrap_or_default()
            ),
            (_, None, _) => "The starting point.".into(),
            _ => d
                .parts
                .iter()
                .map(|p| format!("{}: {} ({})", p.label, signed(p.people), p.entries.len()))
                .collect::<Vec<_>>()
                .join("; "),
        }
    };
    html! {
        <article class="handout" data-testid="handout" aria-labelledby="handout-title">
            <div class="handout-tools screen-only">
                <button type="button" onclick={print} class="button primary">{ "Print this handout" }</button>
                <Link to={lab_view(&view, 0, None, None)} class="button">{ "Back to the lab" }</Link>
                { for LESSONS.iter().enumerate().filter(|(k, _)| *k != props.lesson).map(|(k, l)| html! {
                    <Link to={lab_view(&view, 0, None, Some(k + 1))} class="button">{ format!("Lesson {}: {}", k + 1, l.title) }</Link>
                }) }
            </div>
            <div class="handout-sheet">
                <p class="handout-kicker">{ format!("Definition lab · lesson {} of {}", props.lesson + 1, LESSONS.len()) }</p>
                <h1 id="handout-title">{ lesson.title }</h1>
                <p class="handout-aim">{ lesson.aim }</p>
                <table class="handout-steps">
                    <caption>{ "Each step changes one thing. Bars: grey = counted both times; coloured = the part that changes; | marks A and B." }</caption>
                    <thead><tr><th scope="col">{ "Step" }</th><th scope="col" class="num">{ "A" }</th><th scope="col" class="num">{ "B" }</th><th scope="col" class="num">{ "Change" }</th><th scope="col">{ "Where it comes from" }</th></tr></thead>
                    <tbody>
                        { for rows.iter().map(|(i, from, to, d)| html! {
                            <tr>
                                <th scope="row">{ format!("{}. {}", i + 1, STEPS[*i].title) }</th>
                                <td class="num">{ total_text(from) }</td>
                                <td class="num">{ total_text(to) }</td>
                                <td class="num">{ if d.unit == Unit::Points && d.total_change == 0 && !d.movers.is_empty() { "0".to_string() } else { signed(d.total_change) } }</td>
                                <td class="handout-where">
                                    <StackedBarMini decomposition={d.clone()} width={220.0} font={12.0} />
                                    <span>{ lead(d) }</span>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <section class="handout-questions" aria-labelledby="discuss-heading">
                    <h2 id="discuss-heading">{ "Discuss" }</h2>
                    <ol>
                        { for QUESTIONS.iter().map(|q| html! {
                            <li>
                                <p class="q">{ q.question }</p>
                                <p class="a">{ q.answer }<span class="src">{ format!(" (Report, {})", q.source) }</span></p>
                            </li>
                        }) }
                    </ol>
                </section>
                <p class="handout-source">{ "Source: ASCA and the Arthur Liman Public Interest Program, Yale Law School, Aiming to Reduce Time-In-Cell (2016); figures as of fall 2015. Totals marked “at least” leave out jurisdictions that did not report part of the definition. " }{ full_url(&crate::state::href(&lab_view(&view, 0, None, Some(props.lesson + 1)))) }</p>
            </div>
            <section class="teacher-notes screen-only" aria-labelledby="notes-heading" data-testid="teacher-notes">
                <h2 id="notes-heading">{ "Teacher notes" }</h2>
                <dl>
                    { for lesson.steps.iter().map(|&i| html! {
                        <>
                            <dt>{ format!("Step {}: {}", i + 1, STEPS[i].title) }</dt>
                            <dd><strong>{ "What it shows: " }</strong>{ STEPS[i].shows }</dd>
                            <dd><strong>{ "The usual misreading: " }</strong>{ STEPS[i].misreading }</dd>
                        </>
                    }) }
                </dl>
            </section>
        </article>
    }
}
