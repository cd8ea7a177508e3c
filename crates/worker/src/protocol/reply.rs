//! What the worker tells the page: [`Reply`](crate::Reply).

use crate::answers::{SeekAnswer, SweepAnswer, UncertaintyAnswer};
use crate::{calibrate, pool, portfolio};
use serde::{Deserialize, Serialize};

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// The worker's wasm runs: requests are answered from now on.
    Ready,
    /// Years run so far of request `id`.
    Progress {
        /// The request's id.
        id: u32,
        /// Years run.
        done: usize,
        /// Years to run (an upper bound for a goal seek).
        total: usize,
    },
    /// A goal seek's answer.
    Seek {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: SeekAnswer,
    },
    /// A Monte Carlo's answer.
    Uncertainty {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<UncertaintyAnswer>,
    },
    /// A sweep's answer.
    Sweep {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<SweepAnswer>,
    },
    /// A calibration's answer.
    Calibrated {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: calibrate::CalibrationAnswer,
    },
    /// A portfolio run's answer.
    Portfolio {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<portfolio::PortfolioAnswer>,
    },
    /// One part's answer ([`Request::Part`](crate::Request::Part)), for [`pool::Merge`](crate::pool::Merge). The page reads only its
    /// `id` and `index` (the answer is skipped when read as a `Reply`: the page passes the
    /// text on to the merging worker, which reads it as a [`pool::PartReply`](crate::pool::PartReply)).
    Part {
        /// The request's id.
        id: u32,
        /// Which part.
        index: usize,
        /// The part's runs, bars or cells.
        #[serde(skip_deserializing, default)]
        answer: Box<pool::PartAnswer>,
    },
    /// The request could not run: the model's message (naming field, value and range).
    Failed {
        /// The request's id.
        id: u32,
        /// What was wrong.
        message: String,
    },
}

impl Reply {
    /// The id of the request this answers (`None` for [`Reply::Ready`](crate::Reply::Ready)).
    pub fn id(&self) -> Option<u32> {
        match self {
            Reply::Ready => None,
            Reply::Progress { id, .. }
            | Reply::Seek { id, .. }
            | Reply::Uncertainty { id, .. }
            | Reply::Sweep { id, .. }
            | Reply::Portfolio { id, .. }
            | Reply::Calibrated { id, .. }
            | Reply::Part { id, .. }
            | Reply::Failed { id, .. } => Some(*id),
        }
    }
}

impl Reply {
    /// The answer with its `elapsed_ms` set (other replies unchanged).
    pub fn with_elapsed(mut self, ms: f64) -> Reply {
        match &mut self {
            Reply::Seek { answer, .. } => answer.elapsed_ms = ms,
            Reply::Uncertainty { answer, .. } => answer.elapsed_ms = ms,
            Reply::Sweep { answer, .. } => answer.elapsed_ms = ms,
            _ => {}
        }
        self
    }
}
