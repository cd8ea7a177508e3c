//! The page's side of the instruments' Web Workers (crates/worker): a pool of them, started
//! when a run is asked for; requests posted as JSON text, replies turned into the [`Lab`]'s
//! signals.
//!
//! The pool has one worker per core the browser reports (`navigator.hardwareConcurrency`, 1
//! to [`MAX_WORKERS`]): a Monte Carlo or a sweep is cut into parts handed to the workers as
//! they come free (`super::pool::Pooled`), and the parts are put back together in a worker
//! (crates/worker `pool`), so the answer is the one a single worker gives, bit for bit; a
//! goal seek runs in the first worker alone. Each worker
//! is started on first use, not when the page opens, so a visitor who never uses an
//! instrument never downloads it. Messages posted before a worker's wasm runs would be lost,
//! so a request waits until that worker says [`heat_twin_worker::Reply::Ready`]. A run is
//! cancelled, or superseded by a newer one, by terminating every worker; the next request
//! starts new ones. The loader's URL is relative, so it resolves against the page's address
//! (or its `<base>`): under a path prefix the workers are fetched from the same prefix.

use super::Lab;

/// The worker's loader script, written by trunk beside `index.html`.
pub const LOADER: &str = "heat-twin-worker_loader.js";

/// Most workers in the pool (more cores than this gain little for 1,000 runs and cost a
/// wasm instance each).
pub const MAX_WORKERS: usize = 8;

/// Workers in the pool: the browser's `navigator.hardwareConcurrency`, 1 to [`MAX_WORKERS`]
/// (1 outside the browser).
pub fn pool_size() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        let cores = web_sys::window()
            .map(|w| w.navigator().hardware_concurrency())
            .unwrap_or(1.0);
        // A NaN or absurd count gives 1.
        if cores.is_finite() && cores >= 1.0 {
            (cores as usize).min(MAX_WORKERS)
        } else {
            1
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        1
    }
}

/// What a worker said, as the page reads it.
pub enum Heard {
    /// Any reply but a part, read.
    Reply(heat_twin_worker::Reply),
    /// A part of a pooled run ([`heat_twin_worker::Reply::Part`]): its request's id, its
    /// index, and the reply's JSON text as it came, passed on to the merging worker unread.
    Part {
        /// The request's id.
        id: u32,
        /// The part's index.
        index: usize,
        /// The reply as JSON text.
        text: String,
    },
}

/// Reads a worker's message (JSON text). A part is only looked at for its id and index:
/// its numbers (about 1.5 MB of JSON for 1,000 runs) are read by the merging worker, not by
/// the page's thread.
pub fn hear(text: String) -> Option<Heard> {
    if text.starts_with(r#"{"type":"part""#) {
        #[derive(serde::Deserialize)]
        struct Head {
            id: u32,
            index: usize,
        }
        let head: Head = serde_json::from_str(&text).ok()?;
        return Some(Heard::Part {
            id: head.id,
            index: head.index,
            text,
        });
    }
    serde_json::from_str(&text).ok().map(Heard::Reply)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use heat_twin_worker::Reply;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    struct Bridge {
        worker: web_sys::Worker,
        ready: bool,
        /// Requests posted before the worker was ready, in order (the parts of one run; a
        /// newer run stops the workers first, so nothing older waits here).
        queued: Vec<String>,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    }

    thread_local! {
        static POOL: RefCell<Vec<Option<Bridge>>> = const { RefCell::new(Vec::new()) };
        /// The last stopped workers, kept alive until the next stop: `stop` may run inside
        /// one of their own message handlers (a reply that starts a newer request), and a
        /// closure dropped while it runs, or called by a message already queued, throws
        /// "closure invoked recursively or after being dropped".
        static RETIRED: RefCell<Vec<Bridge>> = const { RefCell::new(Vec::new()) };
    }

    fn on_message(lab: Lab, index: usize, event: web_sys::MessageEvent) {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match hear(text) {
            Some(Heard::Reply(Reply::Ready)) => {
                let queued = POOL.with(|p| {
                    let mut p = p.borrow_mut();
                    p.get_mut(index).and_then(Option::as_mut).map(|b| {
                        b.ready = true;
                        (b.worker.clone(), std::mem::take(&mut b.queued))
                    })
                });
                if let Some((worker, texts)) = queued {
                    for text in texts {
                        let _ = worker.post_message(&JsValue::from_str(&text));
                    }
                }
            }
            Some(Heard::Reply(reply)) => lab.on_reply_from(index, reply),
            Some(Heard::Part {
                id,
                index: part,
                text,
            }) => lab.on_part(index, id, part, text),
            None => {}
        }
    }

    fn spawn(lab: Lab, index: usize) -> Result<Bridge, String> {
        let worker = web_sys::Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                on_message(lab, index, e)
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
            lab.on_worker_error();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Bridge {
            worker,
            ready: false,
            queued: Vec::new(),
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Posts `text` to worker `index`, starting it if needed.
    pub fn post(lab: Lab, index: usize, text: String) -> Result<(), String> {
        POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() <= index {
                p.resize_with(index + 1, || None);
            }
            if p[index].is_none() {
                p[index] = Some(spawn(lab, index)?);
            }
            if let Some(bridge) = p[index].as_mut() {
                if bridge.ready {
                    bridge
                        .worker
                        .post_message(&JsValue::from_str(&text))
                        .map_err(|e| format!("{e:?}"))?;
                } else {
                    bridge.queued.push(text);
                }
            }
            Ok(())
        })
    }

    /// Starts every worker of the pool not yet started.
    pub fn warm(lab: Lab) {
        let n = pool_size();
        POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < n {
                p.resize_with(n, || None);
            }
            for (index, slot) in p.iter_mut().enumerate() {
                if slot.is_none() {
                    *slot = spawn(lab, index).ok();
                }
            }
        });
    }

    /// Stops whatever the workers run (the next request starts new ones).
    pub fn stop() {
        let stopped: Vec<Bridge> = POOL.with(|p| p.borrow_mut().drain(..).flatten().collect());
        if stopped.is_empty() {
            return;
        }
        for bridge in &stopped {
            bridge.worker.set_onmessage(None);
            bridge.worker.set_onerror(None);
            bridge.worker.terminate();
        }
        // Dropping the workers stopped before these is safe: their handlers were detached at
        // their own stop, and none can be running now.
        let older = RETIRED.with(|r| std::mem::replace(&mut *r.borrow_mut(), stopped));
        drop(older);
    }
}

/// Posts a request (JSON text) to worker `index` of the pool, starting it if needed.
pub fn post(lab: Lab, index: usize, text: String) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::post(lab, index, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (lab, index, text);
        Err("no Web Worker outside the browser".into())
    }
}

/// Starts the pool's workers ahead of a first run (the instruments' panel opened), so that
/// the first answer does not wait for their wasm to load.
pub fn warm(lab: Lab) {
    #[cfg(target_arch = "wasm32")]
    browser::warm(lab);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lab;
}

/// Terminates every worker and whatever it runs.
pub fn stop() {
    #[cfg(target_arch = "wasm32")]
    browser::stop();
}
