//! A number that counts to its new value — unless the reader asked for reduced motion.

use survey::format::thousands;
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
    let shown = use_state_eq(|| props.value);
    #[cfg(target_arch = "wasm32")]
    {
        let target = props.value;
        let shown = shown.clone();
        use_effect_with(target, move |&target| {
            let from = *shown;
            let reduced = gloo::utils::window()
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            let mut handle = None;
            if reduced || from == target {
                shown.set(target);
            } else {
                let start = js_sys::Date::now();
                let step = std::rc::Rc::new(std::cell::RefCell::new(None::<gloo::render::AnimationFrame>));
                let step2 = step.clone();
                fn tick(start: f64, from: u64, to: u64, shown: UseStateHandle<u64>, slot: std::rc::Rc<std::cell::RefCell<Option<gloo::render::AnimationFrame>>>) {
                    let slot2 = slot.clone();
                    *slot.borrow_mut() = Some(gloo::render::request_animation_frame(move |now| {
                        let t = ((now - start) / 300.0).clamp(0.0, 1.0);
                        let eased = 1.0 - (1.0 - t).powi(3);
                        let v = from as f64 + (to as f64 - from as f64) * eased;
                        shown.set(if t >= 1.0 { to } else { v.round() as u64 });
                        if t < 1.0 {
                            tick(start, from, to, shown, slot2);
                        }
                    }));
                }
                let perf_start = gloo::utils::window().performance().map(|p| p.now()).unwrap_or(start);
                tick(perf_start, from, target, shown, step2);
                handle = Some(step);
            }
            move || drop(handle)
        });
    }
    let testid = props.testid.clone();
    // Screen readers get the final value at once; the animation is visual only.
    html! {
        <>
            <span class="number" aria-hidden="true" data-testid={testid} data-value={props.value.to_string()}>{ thousands(*shown) }</span>
            <span class="visually-hidden">{ thousands(props.value) }</span>
        </>
    }
}
