//! heat-twin's instruments off the main thread: the messages between the page and its Web
//! Worker, and the runner that answers them (issue 9; docs/model/instruments.md).
//!
//! The page posts one [`Request`] per message, as JSON text; the worker answers with
//! [`Reply`] messages, also JSON text: [`Reply::Ready`] once its wasm runs, then for each
//! request [`Reply::Progress`] at most every [`PROGRESS_MS`] while it runs, and one answer
//! ([`Reply::Seek`], [`Reply::Uncertainty`], [`Reply::Sweep`]) or [`Reply::Failed`]; a
//! [`Request::Portfolio`] (the region page) is answered by [`Reply::Portfolio`].
//!
//! A run is synchronous inside the worker (the model's instruments are plain loops), so the
//! page cancels a run, or supersedes it with a newer one, by terminating the worker and
//! starting a new one (about 20 ms with the wasm in the HTTP cache); every reply carries its
//! request's id, so a late reply of an older request is recognised and dropped.
//!
//! Everything here is plain Rust, tested natively; `src/main.rs` is the browser glue. The
//! messages are in `protocol/` (the request, the reply), the runner that answers them in
//! `runner.rs`.

mod answers;
pub mod calibrate;
pub mod drive;
pub mod packed;
pub mod pool;
pub mod portfolio;
pub use answers::{Bar, SeekAnswer, SweepAnswer, UncertaintyAnswer};
mod protocol;
mod runner;
pub use protocol::{Job, Reply, Request};
pub use runner::{answer, answer_text};
use runner::{sweep_answer, uncertainty_answer};

/// Least time between two progress messages, ms.
pub const PROGRESS_MS: f64 = 50.0;

#[cfg(test)]
mod tests;
