//! The region page's own instance of the instruments' Web Worker (crates/worker, the same
//! binary and loader as src/instruments/worker.rs): started on the first portfolio run, so a
//! visitor who never opens the region never downloads it. A newer run supersedes an older one
//! by terminating the worker (as the instruments do); replies carry their request's id and
//! [`super::Region::on_reply`] drops any but the newest.

use super::Region;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Region;
    use crate::instruments::worker::LOADER;
    use heat_twin_worker::Reply;
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
        /// The last stopped bridge, kept alive until the next stop (its closures may still be
        /// on the stack: see src/instruments/worker.rs).
        static RETIRED: RefCell<Option<Bridge>> = const { RefCell::new(None) };
    }

    fn on_message(region: Region, event: web_sys::MessageEvent) {
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
        region.on_reply(reply);
    }

    fn spawn(region: Region) -> Result<Bridge, String> {
        let worker = web_sys::Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                on_message(region, e)
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
            region.on_worker_error();
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

    pub fn post(region: Region, text: String) -> Result<(), String> {
        BRIDGE.with(|b| {
            let mut b = b.borrow_mut();
            if b.is_none() {
                *b = Some(spawn(region)?);
            }
            if let Some(bridge) = b.as_mut() {
                if bridge.ready {
                    bridge
                        .worker
                        .post_message(&JsValue::from_str(&text))
                        .map_err(|e| format!("{e:?}"))?;
                } else {
                    bridge.queued = Some(text);
                }
            }
            Ok(())
        })
    }

    pub fn stop() {
        if let Some(bridge) = BRIDGE.with(|b| b.borrow_mut().take()) {
            bridge.worker.set_onmessage(None);
            bridge.worker.set_onerror(None);
            bridge.worker.terminate();
            let older = RETIRED.with(|r| r.borrow_mut().replace(bridge));
            drop(older);
        }
    }
}

/// Posts a request (JSON text), starting the worker if needed.
pub fn post(region: Region, text: String) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::post(region, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (region, text);
        Err("no Web Worker outside the browser".into())
    }
}

/// Terminates the worker and the run it holds (the next run starts a new one).
pub fn stop() {
    #[cfg(target_arch = "wasm32")]
    browser::stop();
}
