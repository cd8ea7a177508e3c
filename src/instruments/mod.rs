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
mod seek;
pub(crate) mod sweep;
mod uncertainty;
pub mod worker;

pub use panel::Instruments;
use pool::{parts_for, Pooled};

use crate::perf::now_ms;
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::Scenario;
use heat_twin_worker::{Job, Reply, Request, SeekAnswer, SweepAnswer, UncertaintyAnswer};
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

/// The requests of an opened link, numbered so that each form takes them once.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The requests, the last asked at the end.
    pub jobs: Vec<Job>,
    /// Counts the links opened in this page.
    pub generation: u32,
}

impl Restored {
    /// The request for instrument `kind` (`seek`, `sweep`, `uncertainty`), and whether it is
    /// the one to run again (the last).
    pub fn job(&self, kind: &str) -> Option<(&Job, bool)> {
        let last = self.jobs.len().checked_sub(1)?;
        self.jobs
            .iter()
            .enumerate()
            .find(|(_, j)| crate::share::codec::job_kind(j) == kind)
            .map(|(i, j)| (j, i == last))
    }
}

/// Calls `take(job, run_again)` once per opened link that asks instrument `kind`, as soon as
/// the scenario has its first results (the forms need them for their defaults and markers).
pub fn on_restore(kind: &'static str, take: impl Fn(&Job, bool) + 'static) {
    restore_effect(kind, Box::new(take));
}

/// A form's part of [`on_restore`]: the request, and whether to run it again.
type TakeRequest = Box<dyn Fn(&Job, bool)>;

/// [`on_restore`] with the form's part boxed, so the effect is compiled once for the three
/// forms.
fn restore_effect(kind: &'static str, take: TakeRequest) {
    let lab = Lab::get();
    let twin = Twin::use_twin();
    let done = StoredValue::new(0u32);
    Effect::new(move |_| {
        let ready = twin.snapshot.with(Option::is_some);
        let asked = lab.restored.with(|r| {
            let r = r
                .as_ref()
                .filter(|r| ready && r.generation != done.get_value())?;
            done.set_value(r.generation);
            r.job(kind).map(|(job, again)| (job.clone(), again))
        });
        if let Some((job, again)) = asked {
            untrack(|| take(&job, again));
        }
    });
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

    /// Keeps `job` as what its instrument was last asked (one per instrument, latest last).
    fn remember(&self, job: &Job) {
        let kind = crate::share::codec::job_kind(job);
        let unchanged = self.asked.with_untracked(|a| a.last() == Some(job));
        if !unchanged {
            self.asked.update(|a| {
                a.retain(|j| crate::share::codec::job_kind(j) != kind);
                a.push(job.clone());
            });
        }
    }

    /// Takes the requests of an opened link: the forms fill themselves from them and the
    /// last one runs again once the scenario has its first results. A link without
    /// requests forgets the earlier ones.
    pub fn restore(&self, jobs: Vec<Job>) {
        let generation = self
            .restored
            .with_untracked(|r| r.as_ref().map_or(0, |r| r.generation))
            .wrapping_add(1);
        self.asked.set(jobs.clone());
        self.restored.set(if jobs.is_empty() {
            None
        } else {
            Some(Restored { jobs, generation })
        });
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
