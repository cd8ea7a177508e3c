//! The page's side of the instruments' Web Worker (crates/worker): start it when a run is
//! asked for, post requests as JSON text, turn its replies into the [`Lab`]'s signals.
//!
//! The worker is started on first use, not when the page opens, so a visitor who never uses an
//! instrument never downloads it. Messages posted before the worker's wasm runs would be lost,
//! so the request waits until the worker says [`heat_twin_worker::Reply::Ready`]. A run is cancelled, or
//! superseded by a newer one, by terminating the worker; the next request starts a new one.
//! The loader's URL is relative, so it resolves against the page's address (or its `<base>`):
//! under a path prefix the worker is fetched from the same prefix.

use super::Lab;
#[cfg(target_arch = "wasm32")]
use heat_twin_worker::Reply;

/// The worker's loader script, written by trunk beside `index.html`.
pub const LOADER: &str = "heat-twin-worker_loader.js";

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    struct Bridge {
        worker: web_sys::Worker,
        ready: bool,
        queued: Option<String>,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    }

    thread_local! {
        static BRIDGE: RefCell<Option<Bridge>> = const { RefCell::new(None) };
        /// The last stopped bridge, kept alive until the next stop: `stop` may run inside its
        /// own message handler (a reply that starts a newer request), and a closure dropped
        /// while it runs, or called by a message already queued, throws "closure invoked
        /// recursively or after being dropped".
        static RETIRED: RefCell<Option<Bridge>> = const { RefCell::new(None) };
    }

    fn on_message(lab: Lab, event: web_sys::MessageEvent) {
        let Some(text) = event.data().as_string() else {
            return;
        };
        let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
            return;
        };
        if let Reply::Ready = reply {
            let queued = BRIDGE.with(|b| {
                let mut b = b.borrow_mut();
                b.as_mut().and_then(|b| {
                    b.ready = true;
                    b.queued.take().map(|q| (b.worker.clone(), q))
                })
            });
            if let Some((worker, text)) = queued {
                let _ = worker.post_message(&JsValue::from_str(&text));
            }
            return;
        }
        lab.on_reply(reply);
    }

    fn spawn(lab: Lab) -> Result<Bridge, String> {
        let worker = web_sys::Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                on_message(lab, e)
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
            lab.on_worker_error();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Bridge {
            worker,
            ready: false,
            queued: None,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Posts `text` to the worker, starting it if needed.
    pub fn post(lab: Lab, text: String) -> Result<(), String> {
        BRIDGE.with(|b| {
            let mut b = b.borrow_mut();
            if b.is_none() {
                *b = Some(spawn(lab)?);
            }
            if let Some(bridge) = b.as_mut() {
                if bridge.ready {
                    bridge
                        .worker
                        .post_message(&JsValue::from_str(&text))
                        .map_err(|e| format!("{e:?}"))?;
                } else {
                    // Only the newest request waits: an older one is superseded.
                    bridge.queued = Some(text);
                }
            }
            Ok(())
        })
    }

    /// Stops whatever the worker runs (the next request starts a new worker).
    pub fn stop() {
        if let Some(bridge) = BRIDGE.with(|b| b.borrow_mut().take()) {
            bridge.worker.set_onmessage(None);
            bridge.worker.set_onerror(None);
            bridge.worker.terminate();
            // Dropping the bridge stopped before this one is safe: its handlers were detached
            // at its own stop, and it cannot be running now.
            let older = RETIRED.with(|r| r.borrow_mut().replace(bridge));
            drop(older);
        }
    }
}

/// Posts a request (JSON text) to the worker, starting it if needed.
pub fn post(lab: Lab, text: String) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::post(lab, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (lab, text);
        Err("no Web Worker outside the browser".into())
    }
}

/// Terminates the worker and whatever it runs.
pub fn stop() {
    #[cfg(target_arch = "wasm32")]
    browser::stop();
}
