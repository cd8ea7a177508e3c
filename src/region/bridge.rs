//! The region page's own instance of the instruments' Web Worker, through
//! [`crate::worker_bridge`]: started on the first portfolio run, so a visitor who never opens
//! the region never downloads it. A newer run supersedes an older one by terminating the worker
//! (as the instruments do); replies carry their request's id and [`super::Region::on_reply`]
//! drops any but the newest.

use super::Region;
use crate::worker_bridge::{Handlers, Slot};
use std::rc::Rc;

thread_local! {
    static SLOT: Slot = const { Slot::new() };
}

/// Posts a request (JSON text), starting the worker if needed.
pub fn post(region: Region, text: String) -> Result<(), String> {
    SLOT.with(|slot| {
        slot.post(
            || Handlers {
                on_reply: Rc::new(move |reply| region.on_reply(reply)),
                on_error: Rc::new(move || region.on_worker_error()),
            },
            text,
        )
    })
}

/// Terminates the worker and the run it holds (the next run starts a new one).
pub fn stop() {
    SLOT.with(Slot::stop);
}
