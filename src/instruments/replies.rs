//! What the workers answer, as the page takes it: progress (summed over a pooled run's
//! parts), a part (handed on to be merged, the next part handed out), an answer, a failure.

use super::{worker, Lab, McResult, RunState};
use crate::perf::now_ms;
use heat_twin_worker::Reply;
use leptos::prelude::*;
use std::sync::Arc;

impl Lab {
    /// The worker could not start or crashed.
    pub fn on_worker_error(&self) {
        worker::stop();
        if self.state.get_untracked() == RunState::Running {
            self.fail("the worker stopped".into());
        }
    }

    /// A reply of worker `worker` of the pool: kept only if it answers the current request; a
    /// part's progress counts with the other parts'.
    pub fn on_reply_from(&self, worker: usize, reply: Reply) {
        if let Reply::Progress { id, done, total } = reply {
            if id == self.current.get_value() && self.state.get_untracked() == RunState::Running {
                let sum = self
                    .pooled
                    .try_update_value(|p| {
                        let p = p.as_mut()?;
                        let part = *p.running.get(worker)?.first()?;
                        *p.progress.get_mut(part)? = (done, total);
                        Some(p.progress())
                    })
                    .flatten();
                if let Some(sum) = sum {
                    self.progress.set(Some(sum));
                    return;
                }
            }
        }
        self.on_reply(reply);
    }

    /// Part `index` of pooled request `id` is in from worker `worker` (its reply as JSON
    /// text, unread): the worker takes the next part, and once every part is in, they go to
    /// the first worker to be merged into the answer.
    pub fn on_part(&self, worker: usize, id: u32, index: usize, text: String) {
        if id != self.current.get_value() || self.state.get_untracked() != RunState::Running {
            return;
        }
        let step = self
            .pooled
            .try_update_value(|p| {
                let p = p.as_mut()?;
                *p.parts.get_mut(index)? = Some(text);
                if let Some(queue) = p.running.get_mut(worker) {
                    queue.retain(|&i| i != index);
                }
                if let Some(slot) = p.progress.get_mut(index) {
                    // A part too small to report had run all its years.
                    slot.0 = slot.1;
                }
                let merge = if p.parts.iter().all(Option::is_some) {
                    // The parts' replies are JSON objects: put in the merge request as they
                    // came (`heat_twin_worker::Request::Merge`).
                    let job = serde_json::to_string(&p.job).ok()?;
                    let parts: Vec<String> = p.parts.iter_mut().flat_map(Option::take).collect();
                    Some(format!(
                        r#"{{"type":"merge","id":{id},"job":{job},"parts":[{}]}}"#,
                        parts.join(",")
                    ))
                } else {
                    None
                };
                Some((p.progress(), merge))
            })
            .flatten();
        let Some((progress, merge)) = step else {
            return;
        };
        self.progress.set(Some(progress));
        self.hand_out();
        if let Some(text) = merge {
            if let Err(e) = worker::post(*self, 0, text) {
                worker::stop();
                self.fail(e);
            }
        }
    }

    /// A reply of the worker: kept only if it answers the current request.
    pub fn on_reply(&self, reply: Reply) {
        if reply.id() != Some(self.current.get_value())
            || self.state.get_untracked() != RunState::Running
        {
            return;
        }
        // A pooled run's time: from the request to the merged answer, on the page's clock.
        let pooled_ms = self
            .pooled
            .with_value(|p| p.as_ref().map(|p| now_ms() - p.started_ms));
        match reply {
            // The region page's portfolio runs and the measured page's calibration use their
            // own workers (src/worker_bridge.rs); parts are read by `on_part`.
            Reply::Ready
            | Reply::Portfolio { .. }
            | Reply::Calibrated { .. }
            | Reply::Part { .. } => {}
            Reply::Progress { done, total, .. } => self.progress.set(Some((done, total))),
            Reply::Seek { answer, .. } => {
                self.elapsed_ms.set(Some(answer.elapsed_ms));
                self.seek.set(Some(answer));
                self.done();
            }
            Reply::Uncertainty { answer, .. } => {
                self.elapsed_ms
                    .set(Some(pooled_ms.unwrap_or(answer.elapsed_ms)));
                let scenario = self.pending_scenario.get_value().unwrap_or_default();
                self.mc.set(Some(Arc::new(McResult {
                    scenario,
                    answer: *answer,
                })));
                self.done();
            }
            Reply::Sweep { answer, .. } => {
                self.elapsed_ms
                    .set(Some(pooled_ms.unwrap_or(answer.elapsed_ms)));
                self.sweep.set(Some(Arc::from(answer)));
                self.done();
            }
            Reply::Failed { message, .. } => {
                // The other parts would fail alike: stop them.
                if pooled_ms.is_some() {
                    worker::stop();
                }
                self.fail(message)
            }
        }
    }

    fn done(&self) {
        self.progress.set(None);
        self.state.set(RunState::Done);
    }
}
