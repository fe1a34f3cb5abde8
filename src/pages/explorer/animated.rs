//! A number that counts to its new value — unless the reader asked for reduced motion.
//!
//! The count-up writes the digits straight into the existing text node on each animation frame
//! instead of re-rendering through Yew (issue 8: a re-render per frame competed with the next
//! definition change on a slow phone). The virtual DOM always holds the final value, so server
//! rendering, hydration and screen readers see it, and the last frame writes exactly that text.

use survey::data::format::thousands;
use yew::prelude::*;

/// Props for [`AnimatedNumber`].
#[derive(Properties, PartialEq, Clone)]
pub struct AnimatedNumberProps {
    /// The value to show.
    pub value: u64,
    /// `data-testid` of the element.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// Shows `value` with separators; animates changes over ~300 ms when motion is allowed.
#[function_component]
pub fn AnimatedNumber(props: &AnimatedNumberProps) -> Html {
    let node = use_node_ref();
    // The value on screen (mid-animation: the last frame's).
    let painted = use_mut_ref(|| props.value);
    #[cfg(target_arch = "wasm32")]
    {
        let (node, painted) = (node.clone(), painted.clone());
        use_effect_with(props.value, move |&to| {
            let from = *painted.borrow();
            let text = node
                .cast::<web_sys::Element>()
                .and_then(|el| el.first_child());
            let animation = match text {
                Some(text) if from != to && !browser::reduced_motion() => {
                    // Yew has just written `to`; show `from` again before this frame paints.
                    text.set_node_value(Some(&thousands(from)));
                    Some(browser::count(text, from, to, painted))
                }
                _ => {
                    *painted.borrow_mut() = to;
                    None
                }
            };
            move || drop(animation)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = &painted;
    // Screen readers get the final value at once; the animation is visual only.
    html! {
        <>
            <span ref={node} class="number" aria-hidden="true" data-testid={props.testid.clone()} data-value={props.value.to_string()}>{ thousands(props.value) }</span>
            <span class="visually-hidden">{ thousands(props.value) }</span>
        </>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;
    use survey::data::format::thousands;

    /// The reader asked for reduced motion.
    pub fn reduced_motion() -> bool {
        gloo::utils::window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    }

    /// A running count-up; dropping it stops the animation where it is.
    pub type Running = Rc<RefCell<Option<gloo::render::AnimationFrame>>>;

    /// Counts `text` from `from` to `to` over 300 ms (ease-out), recording each frame's value.
    pub fn count(text: web_sys::Node, from: u64, to: u64, painted: Rc<RefCell<u64>>) -> Running {
        let slot: Running = Rc::new(RefCell::new(None));
        let start = crate::platform::frames::now();
        step(text, start, from, to, painted, slot.clone());
        slot
    }

    fn step(
        text: web_sys::Node,
        start: f64,
        from: u64,
        to: u64,
        painted: Rc<RefCell<u64>>,
        slot: Running,
    ) {
        let next = slot.clone();
        *slot.borrow_mut() = Some(gloo::render::request_animation_frame(move |now| {
            let t = ((now - start) / 300.0).clamp(0.0, 1.0);
            let eased = 1.0 - (1.0 - t).powi(3);
            let v = if t >= 1.0 {
                to
            } else {
                (from as f64 + (to as f64 - from as f64) * eased).round() as u64
            };
            text.set_node_value(Some(&thousands(v)));
            *painted.borrow_mut() = v;
            if t < 1.0 {
                step(text, start, from, to, painted, next);
            }
        }));
    }
}
