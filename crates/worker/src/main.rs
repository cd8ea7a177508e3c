//! The Web Worker: reads each message (a [`heat_twin_worker::Request`] as JSON text), runs it
//! and posts the replies back as JSON text. trunk builds this binary with `data-type="worker"`
//! (index.html) into `heat-twin-worker.js`, `heat-twin-worker_bg.wasm` and the loader
//! `heat-twin-worker_loader.js`, all at relative URLs, so the worker follows any path prefix.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let post = move |reply: &heat_twin_worker::Reply| {
        if let Ok(text) = serde_json::to_string(reply) {
            let _ = post_scope.post_message(&JsValue::from_str(&text));
        }
    };
    let clock = scope.clone();
    let now = move || clock.performance().map(|p| p.now()).unwrap_or_default();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            heat_twin_worker::answer_text(&text, &now, &mut |r| post(r));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    if let Ok(text) = serde_json::to_string(&heat_twin_worker::Reply::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

/// Natively there is no worker: the runner is the library (`heat_twin_worker::answer`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("heat-twin-worker runs in a browser; see heat_twin_worker::answer for the runner");
}
