//! One page-side channel to an instance of the instruments' Web Worker (crates/worker, the
//! same binary and loader as src/instruments/worker.rs), for a view that runs one request at a
//! time: the region page's portfolio runs and the measured page's calibration. Each view keeps
//! its own [`Slot`] (a thread-local), so each starts its own worker on its first request and a
//! visitor who never uses it never downloads it. A newer request supersedes an older one by
//! terminating the worker ([`Slot::stop`]); replies carry their request's id and the view drops
//! any but the newest.

use heat_twin_worker::Reply;
use std::rc::Rc;

/// What a view does with its worker's messages.
#[derive(Clone)]
pub struct Handlers {
    /// Every reply but [`Reply::Ready`] (which the slot handles: it sends the queued request).
    pub on_reply: Rc<dyn Fn(Reply)>,
    /// The worker failed to load or crashed.
    pub on_error: Rc<dyn Fn()>,
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Handlers;
    use crate::instruments::worker::LOADER;
    use heat_twin_worker::Reply;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    pub struct Bridge {
        worker: web_sys::Worker,
        ready: Rc<std::cell::Cell<bool>>,
        queued: Rc<RefCell<Vec<Rc<str>>>>,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    }

    use std::rc::Rc;

    pub fn spawn(handlers: Handlers) -> Result<Bridge, String> {
        let worker = web_sys::Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
        let ready = Rc::new(std::cell::Cell::new(false));
        let queued: Rc<RefCell<Vec<Rc<str>>>> = Rc::new(RefCell::new(Vec::new()));
        let on_reply = handlers.on_reply.clone();
        let (ready_m, queued_m, worker_m) = (ready.clone(), queued.clone(), worker.clone());
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(text) = e.data().as_string() else {
                    return;
                };
                let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
                    return;
                };
                if let Reply::Ready = reply {
                    ready_m.set(true);
                    let next = std::mem::take(&mut *queued_m.borrow_mut());
                    for text in next {
                        let _ = worker_m.post_message(&JsValue::from_str(&text));
                    }
                    return;
                }
                on_reply(reply);
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error_handler = handlers.on_error.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
            on_error_handler();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Bridge {
            worker,
            ready,
            queued,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    impl Bridge {
        /// Posts `texts` in order, or queues them (in place of what was queued: a newer
        /// request supersedes) until the worker is ready.
        pub fn post(&self, texts: Vec<Rc<str>>) -> Result<(), String> {
            if self.ready.get() {
                for text in texts {
                    self.worker
                        .post_message(&JsValue::from_str(&text))
                        .map_err(|e| format!("{e:?}"))?;
                }
                Ok(())
            } else {
                *self.queued.borrow_mut() = texts;
                Ok(())
            }
        }

        pub fn terminate(&self) {
            self.worker.set_onmessage(None);
            self.worker.set_onerror(None);
            self.worker.terminate();
        }
    }
}

/// A view's worker: none until the first request.
#[derive(Default)]
pub struct Slot {
    #[cfg(target_arch = "wasm32")]
    current: std::cell::RefCell<Option<browser::Bridge>>,
    /// The last stopped bridge, kept alive until the next stop (its closures may still be on
    /// the stack: see src/instruments/worker.rs).
    #[cfg(target_arch = "wasm32")]
    retired: std::cell::RefCell<Option<browser::Bridge>>,
}

impl Slot {
    /// An empty slot.
    pub const fn new() -> Slot {
        Slot {
            #[cfg(target_arch = "wasm32")]
            current: std::cell::RefCell::new(None),
            #[cfg(target_arch = "wasm32")]
            retired: std::cell::RefCell::new(None),
        }
    }

    /// Posts a request (JSON text), starting the worker with `handlers` if there is none.
    pub fn post(&self, handlers: impl FnOnce() -> Handlers, text: String) -> Result<(), String> {
        self.post_all(handlers, vec![Rc::from(text)])
    }

    /// Posts several requests in order (e.g. the measured series, then the calibration that
    /// uses them), starting the worker with `handlers` if there is none.
    pub fn post_all(
        &self,
        handlers: impl FnOnce() -> Handlers,
        texts: Vec<Rc<str>>,
    ) -> Result<(), String> {
        #[cfg(target_arch = "wasm32")]
        {
            let mut current = self.current.borrow_mut();
            if current.is_none() {
                *current = Some(browser::spawn(handlers())?);
            }
            match current.as_ref() {
                Some(bridge) => bridge.post(texts),
                None => Err("no worker".into()),
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = (handlers, texts);
            Err("no Web Worker outside the browser".into())
        }
    }

    /// Terminates the worker and the run it holds (the next request starts a new one).
    pub fn stop(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let bridge = self.current.borrow_mut().take();
            if let Some(bridge) = bridge {
                bridge.terminate();
                let older = self.retired.borrow_mut().replace(bridge);
                drop(older);
            }
        }
    }
}
