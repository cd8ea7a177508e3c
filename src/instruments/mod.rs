//! The planner's instruments on the page (issue 9): goal seek, design sweeps (a line chart or a
//! heat map) and uncertainty (Monte Carlo with a tornado), run in Web Workers ([`worker`],
//! crates/worker) so the page never blocks: a Monte Carlo or a sweep is cut into parts of a
//! few tens of milliseconds, handed to the workers of the pool as they come free, and put
//! back together in a worker (`pool::Pooled`). While a slider is dragged, one core is left to the
//! page: a worker that finishes a part then waits (issue 9: a drag drops no frame while an
//! instrument runs; on two cores, two busy workers made it drop one frame in twenty).
//!
//! [`Lab`] holds the instruments' state as signals: which request runs, its progress, the last
//! answers. It is one per page (a thread-local), so the KPI cards can read the Monte Carlo's
//! percentiles (`data-p10`/`data-p50`/`data-p90`, [`Lab::band`]) without a context. The panel
//! ([`Instruments`]) is mounted once, in `src/app.rs`.
//!
//! Contract for tests and scripts: `[data-status="instrument"]` has `data-state` `idle`,
//! `running`, `done`, `cancelled` or `failed`; buttons `data-action="seek-run"`,
//! `"sweep-run"`, `"uncertainty-run"`, `"cancel"`, `"seek-apply"`, `"sweep-apply"`,
//! `"sweep-csv"`, `"uncertainty-csv"`.

mod panel;
mod pool;
mod replies;
mod restore;
mod seek;
pub(crate) mod sweep;
mod uncertainty;
pub mod worker;

pub use panel::Instruments;
use pool::{parts_for, Pooled};
pub use restore::{on_restore, Restored};

use crate::perf::now_ms;
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::Scenario;
use heat_twin_worker::{Job, Request, SeekAnswer, SweepAnswer, UncertaintyAnswer};
use leptos::prelude::*;
use std::sync::Arc;

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    /// Nothing asked yet.
    Idle,
    /// A request is running in the worker.
    Running,
    /// The last request answered.
    Done,
    /// The last request was cancelled.
    Cancelled,
    /// The last request could not run (see [`Lab::message`]).
    Failed,
}

impl RunState {
    /// The `data-state` value.
    pub fn code(self) -> &'static str {
        match self {
            RunState::Idle => "idle",
            RunState::Running => "running",
            RunState::Done => "done",
            RunState::Cancelled => "cancelled",
            RunState::Failed => "failed",
        }
    }
}

/// Which instrument a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Goal seek.
    Seek,
    /// Monte Carlo.
    Uncertainty,
    /// A design sweep.
    Sweep,
}

/// A Monte Carlo's answer and the scenario it was run on.
#[derive(Debug, Clone, PartialEq)]
pub struct McResult {
    /// The scenario as it was when the run was asked for.
    pub scenario: Scenario,
    /// The worker's answer.
    pub answer: UncertaintyAnswer,
}

/// The instruments' state (signals only; cheap to copy).
#[derive(Debug, Clone, Copy)]
pub struct Lab {
    /// Where the last request is.
    pub state: RwSignal<RunState>,
    /// Which instrument the last request was for.
    pub kind: RwSignal<Option<Kind>>,
    /// Years run and to run of the current request, once it has run for a while.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// Why the last request failed.
    pub message: RwSignal<Option<String>>,
    /// The last goal seek's answer.
    pub seek: RwSignal<Option<SeekAnswer>>,
    /// The last Monte Carlo's answer.
    pub mc: RwSignal<Option<Arc<McResult>>>,
    /// The last sweep's answer.
    pub sweep: RwSignal<Option<Arc<SweepAnswer>>>,
    /// Time the last answer took in the worker, ms.
    pub elapsed_ms: RwSignal<Option<f64>>,
    /// What each instrument was last asked, the last asked at the end (the link's `i=` part).
    pub asked: RwSignal<Vec<Job>>,
    /// Requests from an opened link, for the forms to take (and the last one to run again).
    pub restored: RwSignal<Option<Restored>>,
    current: StoredValue<u32>,
    pending_scenario: StoredValue<Option<Scenario>>,
    pooled: StoredValue<Option<Pooled>>,
}

thread_local! {
    /// The page's one Lab, with the root owner of its signals (never disposed: no component
    /// owns them, so mounting or unmounting a card or the panel never drops them).
    static LAB: std::cell::OnceCell<(Owner, Lab)> = const { std::cell::OnceCell::new() };
}

impl Lab {
    /// The page's one instruments state.
    pub fn get() -> Lab {
        LAB.with(|l| {
            l.get_or_init(|| {
                // `new_root` makes itself the current owner: put the caller's back after.
                let caller = Owner::current();
                let owner = Owner::new_root(None);
                let lab = owner.with(|| Lab {
                    state: RwSignal::new(RunState::Idle),
                    kind: RwSignal::new(None),
                    progress: RwSignal::new(None),
                    message: RwSignal::new(None),
                    seek: RwSignal::new(None),
                    mc: RwSignal::new(None),
                    sweep: RwSignal::new(None),
                    elapsed_ms: RwSignal::new(None),
                    asked: RwSignal::new(Vec::new()),
                    restored: RwSignal::new(None),
                    current: StoredValue::new(0),
                    pending_scenario: StoredValue::new(None),
                    pooled: StoredValue::new(None),
                });
                match caller {
                    Some(caller) => caller.set(),
                    None => owner.clone().unset(),
                }
                (owner, lab)
            })
            .1
        })
    }

    /// Runs `job` on the twin's current scenario in the workers (a goal seek in the first
    /// alone; a Monte Carlo or a sweep cut into one part per worker when the pool has more
    /// than one); a run in progress is stopped first (a newer request supersedes an older one).
    pub fn start(&self, twin: Twin, kind: Kind, job: Job) {
        if self.state.get_untracked() == RunState::Running {
            worker::stop();
        }
        self.remember(&job);
        let id = self.current.get_value().wrapping_add(1).max(1);
        self.current.set_value(id);
        let scenario = twin.scenario.get_untracked();
        let weather = twin.valid.with_untracked(|v| match v {
            Ok(v) if matches!(v.weather, WeatherSpec::EpwFile(_) | WeatherSpec::CsvFile(_)) => twin
                .upload
                .with_untracked(|u| u.as_ref().map(|u| u.t_out_c.to_vec())),
            _ => None,
        });
        // Never the default scenario in its place: an answer would look like this one's.
        let scenario_text = match serde_json::to_string(&scenario) {
            Ok(text) => text,
            Err(e) => return self.fail(format!("the scenario could not be sent: {e}")),
        };
        self.pending_scenario.set_value(Some(scenario));
        self.kind.set(Some(kind));
        self.progress.set(None);
        self.message.set(None);
        self.elapsed_ms.set(None);
        self.state.set(RunState::Running);
        let workers = match kind {
            Kind::Seek => 1,
            Kind::Uncertainty | Kind::Sweep => worker::pool_size(),
        };
        if workers > 1 {
            let of = parts_for(&job, workers);
            self.pooled.set_value(Some(Pooled {
                id,
                job,
                scenario: scenario_text,
                weather,
                parts: vec![None; of],
                progress: vec![(0, 0); of],
                running: vec![Vec::new(); workers],
                next: 0,
                look_again: false,
                started_ms: now_ms(),
            }));
            self.hand_out();
        } else {
            self.pooled.set_value(None);
            self.post_all(vec![(
                0,
                Request::Run {
                    id,
                    scenario: scenario_text,
                    weather,
                    job,
                },
            )]);
        }
    }

    /// Posts each request to its worker; on an error, stops every worker and fails the run.
    fn post_all(&self, requests: Vec<(usize, Request)>) {
        for (index, request) in requests {
            let text = serde_json::to_string(&request).unwrap_or_default();
            if let Err(e) = worker::post(*self, index, text) {
                worker::stop();
                self.fail(e);
                return;
            }
        }
    }

    /// Hands the pooled run's next parts to its free workers ([`Pooled::hand_out`]); if one
    /// was held back because a slider moves, looks again when the drag may have ended.
    fn hand_out(&self) {
        let dragging = crate::components::drag::dragging();
        let Some((requests, look_again)) = self
            .pooled
            .try_update_value(|p| {
                let p = p.as_mut()?;
                let (requests, held) = p.hand_out(dragging);
                let look_again = held && !p.look_again;
                p.look_again |= look_again;
                Some((requests, look_again.then_some(p.id)))
            })
            .flatten()
        else {
            return;
        };
        self.post_all(requests);
        if let Some(id) = look_again {
            let lab = *self;
            set_timeout(
                move || {
                    let current = lab.current.try_get_value() == Some(id)
                        && lab.state.try_get_untracked() == Some(RunState::Running);
                    lab.pooled.try_update_value(|p| {
                        if let Some(p) = p.as_mut() {
                            p.look_again = false;
                        }
                    });
                    if current {
                        lab.hand_out();
                    }
                },
                std::time::Duration::from_millis(crate::components::drag::HELD_MS as u64),
            );
        }
    }

    /// Stops the run in progress (the worker is terminated).
    pub fn cancel(&self) {
        if self.state.get_untracked() == RunState::Running {
            worker::stop();
            self.current
                .set_value(self.current.get_value().wrapping_add(1));
            self.progress.set(None);
            self.state.set(RunState::Cancelled);
        }
    }

    fn fail(&self, message: String) {
        self.message.set(Some(message));
        self.progress.set(None);
        self.state.set(RunState::Failed);
    }

    /// P10, P50, P90 of summary field `field` from the last Monte Carlo, if it was run on the
    /// scenario now on the page (tracked).
    pub fn band(&self, twin: Twin, field: &str) -> Option<[f64; 3]> {
        self.mc.with(|m| {
            let m = m.as_ref()?;
            if !twin.scenario.with(|s| *s == m.scenario) {
                return None;
            }
            m.answer.percentiles.get(field).copied()
        })
    }
}
