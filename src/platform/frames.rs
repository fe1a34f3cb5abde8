//! Frames: run work after the next frame is painted, so it does not delay that frame.

/// Runs `f` in a task after the next frame has been produced (an animation frame, then a zero
/// timeout), so the work does not delay that frame. Dropping the handle before the frame cancels it.
#[cfg(target_arch = "wasm32")]
pub fn after_next_frame(f: impl FnOnce() + 'static) -> gloo::render::AnimationFrame {
    use wasm_bindgen::JsCast;
    gloo::render::request_animation_frame(move |_| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    })
}
