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
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let trigger = open(&node);
            move || {
                // Focus goes back to the control that opened the panel.
                if let Some(t) = trigger {
                    let _ = t.focus();
                }
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
    let width = window.inner_width().ok()?.as_f64()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let style = dialog.style();
    // Phone: a bottom sheet, placed by CSS. Wider screens: beside the trigger.
    if let (true, Some(t)) = (width >= 600.0, &trigger) {
        // Beside the trigger: below it if there is room, else above; always inside the viewport.
        let r = t.get_bounding_client_rect();
        let d = dialog.get_bounding_client_rect();
        let (w, h) = (d.width(), d.height());
        let margin = 8.0;
        let left = r.left().min(width - w - margin).max(margin);
        let below = r.bottom() + margin;
        let top = if below + h <= height - margin {
            below
        } else if r.top() - margin - h >= margin {
            r.top() - margin - h
        } else {
            ((height - h) / 2.0).max(margin)
        };
        let _ = style.set_property("left", &format!("{left}px"));
        let _ = style.set_property("top", &format!("{top}px"));
        let _ = style.set_property("margin", "0");
    }
    // Focus the panel's heading region so a screen reader starts at its name.
    let _ = dialog.focus();
    trigger
}
