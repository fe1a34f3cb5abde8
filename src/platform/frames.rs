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

/// The page's clock (`performance.now()`), in ms; 0 if the page has none.
#[cfg(target_arch = "wasm32")]
pub fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Resolves in a new task (a zero timeout), so the browser can handle input and paint in between:
/// start-up's steps are separate tasks instead of one long one.
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Measures from the latest mark `since_mark` until now as an entry `name` on the page's
/// performance timeline (each start-up part's hydration, `tic:part`), read by traces.
#[cfg(target_arch = "wasm32")]
pub fn measure(name: &str, since_mark: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.measure_with_start_mark(name, since_mark);
    }
}

/// Marks a moment of start-up on the page's performance timeline (`tic:text`, `tic:parsed`), read
/// by traces and the benchmark.
#[cfg(target_arch = "wasm32")]
pub fn mark(name: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(name);
    }
}
