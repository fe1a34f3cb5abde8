//! The one mechanism for source and endnote panels on every page: a modal `<dialog>` that opens
//! next to the control that asked for it (a bottom sheet on a phone), takes focus, closes on
//! Escape, on a click outside it or on its Close button, and gives focus back to that control.
//! Mounting it opens it; unmounting it closes it.

use yew::prelude::*;

/// Props for [`SourceDialog`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceDialogProps {
    /// Accessible name.
    pub label: AttrValue,
    /// `data-testid` of the dialog.
    pub testid: AttrValue,
    /// Extra classes.
    #[prop_or_default]
    pub class: Classes,
    /// Called when the reader closes it (Escape, outside click, Close).
    pub onclose: Callback<()>,
    /// The panel's content.
    #[prop_or_default]
    pub children: Html,
}

/// A source or endnote panel, opened where the reader is looking.
#[function_component]
pub fn SourceDialog(props: &SourceDialogProps) -> Html {
    let node = use_node_ref();
    #[cfg(target_arch = "wasm32")]
    let trigger = use_mut_ref(|| None::<web_sys::HtmlElement>);
    #[cfg(target_arch = "wasm32")]
    {
        let (node, kept) = (node.clone(), trigger.clone());
        use_effect_with((), move |_| {
            let dialog = node.cast::<web_sys::HtmlDialogElement>();
            let trigger = open(&node);
            kept.borrow_mut().clone_from(&trigger);
            move || {
                // A modal dialog makes the rest of the page inert, so it must be closed before
                // focus can go back to the control that opened it (Yew runs this cleanup before it
                // removes the element).
                if let Some(d) = dialog {
                    d.close();
                }
                if let Some(t) = trigger {
                    let _ = t.focus();
                }
            }
        });
    }
    // Placed again when its content changes (an endnote's text arriving after "Loading…"), so a
    // grown panel stays beside its trigger and inside the window.
    #[cfg(target_arch = "wasm32")]
    {
        let node = node.clone();
        use_effect_with(props.children.clone(), move |_| {
            if let (Some(d), Some(t)) = (
                node.cast::<web_sys::HtmlDialogElement>(),
                trigger.borrow().as_ref(),
            ) {
                place(&d, t);
            }
        });
    }
    let oncancel = props.onclose.reform(|e: Event| e.prevent_default());
    let onclick = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: MouseEvent| {
            // A click on the backdrop lands on the <dialog> itself, outside its inner box.
            #[cfg(target_arch = "wasm32")]
            {
                use wasm_bindgen::JsCast;
                let Some(d) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                if d.tag_name().eq_ignore_ascii_case("dialog") {
                    let r = d.get_bounding_client_rect();
                    let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
                    if x < r.left() || x > r.right() || y < r.top() || y > r.bottom() {
                        onclose.emit(());
                    }
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&e, &onclose);
        })
    };
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={node} tabindex="-1" class={classes!("source-dialog", props.class.clone())} aria-label={props.label.clone()}
            data-testid={props.testid.clone()} {oncancel} {onclick}>
            <div class="source-dialog-body">
                { props.children.clone() }
                <button type="button" class="source-dialog-close" onclick={close}>{ "Close" }</button>
            </div>
        </dialog>
    }
}

/// Opens the dialog modally beside the focused control; returns that control.
#[cfg(target_arch = "wasm32")]
fn open(node: &NodeRef) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let dialog = node.cast::<web_sys::HtmlDialogElement>()?;
    let window = web_sys::window()?;
    let document = window.document()?;
    let trigger = document
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| !e.tag_name().eq_ignore_ascii_case("body"));
    let _ = dialog.show_modal();
    if let Some(t) = &trigger {
        place(&dialog, t);
    }
    // Focus the panel's heading region so a screen reader starts at its name.
    let _ = dialog.focus();
    trigger
}

/// Places the open dialog beside `t`, the control that opened it (wider screens only: on a phone
/// it is a bottom sheet, placed by CSS).
#[cfg(target_arch = "wasm32")]
fn place(dialog: &web_sys::HtmlDialogElement, t: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
    let (Some(width), Some(height)) = (size(window.inner_width()), size(window.inner_height()))
    else {
        return;
    };
    let style = dialog.style();
    if width >= 600.0 {
        // Measured at its full height, not at the cap of an earlier placement.
        let _ = style.remove_property("max-height");
        // Beside the trigger: on the side (below or above) with more room, never over it. When
        // the panel is taller than that room it is capped to it and scrolls inside.
        let r = t.get_bounding_client_rect();
        let d = dialog.get_bounding_client_rect();
        let w = d.width();
        let margin = 8.0;
        let left = r.left().min(width - w - margin).max(margin);
        let room_below = height - r.bottom() - 2.0 * margin;
        let room_above = r.top() - 2.0 * margin;
        let (top, room) = place_vertically(
            r.top(),
            r.bottom(),
            d.height(),
            room_above,
            room_below,
            margin,
        );
        // `coord`, not `f64` formatting: keeps float formatting out of the bundles (issue 13).
        use survey::data::format::coord;
        let _ = style.set_property("left", &format!("{}px", coord(left)));
        let _ = style.set_property("top", &format!("{}px", coord(top)));
        let _ = style.set_property("max-height", &format!("{}px", coord(room.max(120.0))));
        let _ = style.set_property("margin", "0");
        // Whatever the panel's final height, it stays inside the window.
        let placed = dialog.get_bounding_client_rect();
        if placed.bottom() > height - margin {
            let top = (height - margin - placed.height()).max(margin);
            let _ = style.set_property("top", &format!("{}px", coord(top)));
        }
    }
}

/// Where a panel of height `h` goes beside a trigger spanning `top..bottom`: below it when it fits
/// there, else above it when it fits there, else on the roomier side capped to that room.
/// Returns the panel's top and its maximum height.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn place_vertically(
    top: f64,
    bottom: f64,
    h: f64,
    room_above: f64,
    room_below: f64,
    margin: f64,
) -> (f64, f64) {
    if h <= room_below {
        (bottom + margin, room_below)
    } else if h <= room_above {
        (top - margin - h, room_above)
    } else if room_below >= room_above {
        (bottom + margin, room_below)
    } else {
        let h = room_above;
        (top - margin - h, room_above)
    }
}

#[cfg(test)]
mod tests {
    use super::place_vertically;

    #[test]
    fn the_panel_never_covers_its_trigger() {
        // Trigger 437..461 in a 900 px window, panel 515 px tall: neither side fits; above is roomier.
        let (top, cap) = place_vertically(437.0, 461.0, 515.0, 421.0, 423.0, 8.0);
        assert_eq!((top, cap), (469.0, 423.0));
        let (top, cap) = place_vertically(600.0, 624.0, 700.0, 584.0, 260.0, 8.0);
        assert_eq!((top, cap), (8.0, 584.0));
        assert!(top + cap <= 600.0 - 8.0 + 0.01);
        // Fits below: placed just under the trigger.
        assert_eq!(
            place_vertically(100.0, 124.0, 300.0, 84.0, 760.0, 8.0).0,
            132.0
        );
        // Fits only above.
        assert_eq!(
            place_vertically(700.0, 724.0, 300.0, 684.0, 160.0, 8.0).0,
            392.0
        );
    }
}
