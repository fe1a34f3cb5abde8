//! A part-of-whole bar chart: one bar per row, the whole drawn light and the part dark, on one
//! scale (facility types with and without data; pregnant women in custody and in restricted housing).

use std::rc::Rc;
use survey::chart::bars::count_bars;
use survey::chart::Frame;
use survey::data::format::{coord, fixed};
use survey::sections::BarInput;
use yew::prelude::*;

/// Props for [`PartChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartChartProps {
    /// The bars, in order.
    pub bars: Rc<Vec<BarInput>>,
    /// Prefix of the ids of the chart's `<title>` and `<desc>`.
    pub id: AttrValue,
    /// The chart's title, with its table.
    pub title: AttrValue,
    /// `data-testid` of the `<svg>`.
    pub testid: AttrValue,
    /// The chart in words (the text alternative).
    pub alt: AttrValue,
    /// The figure printed after each bar, in the order of `bars`.
    pub labels: Rc<Vec<String>>,
}

/// The chart, with its text alternative in the SVG's description (one, not two).
#[function_component]
pub fn PartChart(props: &PartChartProps) -> Html {
    let node = use_node_ref();
    let width = crate::components::measure::use_width(node.clone(), 320.0).min(448.0);
    // Names above the bars, drawn at the measured width (one unit per CSS px: 12 px text).
    let mut frame = Frame::names_above(width);
    frame.label_row = 17.0;
    frame.bar = 13.0;
    let (bars, height) = count_bars(&props.bars, frame);
    let (title_id, desc_id) = (format!("{}-t", props.id), format!("{}-d", props.id));
    html! {
        <figure ref={node} class="chart-frame">
            <svg width={coord(frame.width)} height={coord(height.max(1.0))} viewBox={format!("0 0 {} {}", coord(frame.width), coord(height.max(1.0)))} role="img" aria-labelledby={format!("{title_id} {desc_id}")} class="bars section-bars fitted font-12" data-testid={props.testid.clone()}>
                <title id={title_id}>{ props.title.clone() }</title>
                <desc id={desc_id}>{ props.alt.clone() }</desc>
                { for bars.iter().zip(props.labels.iter()).map(|(b, label)| {
                    let mid = b.y + frame.bar / 2.0 + 4.3;
                    html! {
                        <g data-key={b.key.clone()}>
                            <text x="0" y={coord(b.y - 3.0)} class="bar-name">{ b.name.clone() }</text>
                            <rect x={coord(b.x)} y={coord(b.y)} width={fixed(b.whole_width, 2)} height={coord(frame.bar)} class="band-16" />
                            <rect x={coord(b.x)} y={coord(b.y)} width={fixed(b.part_width, 2)} height={coord(frame.bar)} class="band-22" />
                            <text x={fixed(b.x + b.whole_width + 4.0, 2)} y={coord(mid)} class="bar-value">{ label.clone() }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
