//! A pooled run's bookkeeping (issue 9): a Monte Carlo or a sweep cut into small parts, handed
//! to the pool's workers as they come free, one core left to the page while a slider moves.

use heat_twin_worker::{Job, Request};

/// Parts per worker of a pooled run: 1,000 Monte Carlo runs in 32 parts on two workers are
/// about 30 ms of work each, so a worker told to wait while a slider moves is free within two
/// frames; each part costs its worker about a millisecond more (reading the scenario).
pub const PARTS_PER_WORKER: usize = 16;

/// Parts sent to a worker and not yet answered, at most: the next one waits in the worker's
/// queue and starts the moment the last ends, not when the page (busy with a drag) has read
/// the answer and posted another.
pub const QUEUED: usize = 2;

/// How many parts a pooled `job` is cut into on `workers` workers: [`PARTS_PER_WORKER`] each,
/// no more than the sweep's rows (a part holds whole rows) or the Monte Carlo's runs.
pub fn parts_for(job: &Job, workers: usize) -> usize {
    let most = match job {
        Job::Sweep { axes, .. } => axes.first().map_or(1, |a| a.steps),
        Job::Uncertainty { runs, .. } => *runs,
        Job::Seek { .. } => 1,
    };
    (PARTS_PER_WORKER * workers).min(most).max(1)
}

/// A run cut into parts over the pool of workers (a Monte Carlo or a sweep, with more than
/// one worker): each part goes to a worker when one is free (and allowed to work, see
/// [`Pooled::hand_out`]); the parts' replies wait here until all are in, then go to the first
/// worker to be merged (`heat_twin_worker::pool::Merge`).
#[derive(Debug, Clone)]
pub struct Pooled {
    /// The request's id.
    pub(super) id: u32,
    /// The job the parts run.
    pub(super) job: Job,
    /// The scenario as JSON text, and the uploaded weather, sent with each part.
    pub(super) scenario: String,
    pub(super) weather: Option<Vec<f64>>,
    /// Each part's reply (JSON text, unread), once in.
    pub(super) parts: Vec<Option<String>>,
    /// Each part's last progress: years done, years to run (0, 0 until it reports).
    pub(super) progress: Vec<(usize, usize)>,
    /// The parts each worker has been sent and not answered, in order (the first is running).
    pub(super) running: Vec<Vec<usize>>,
    /// The first part not yet handed out.
    pub(super) next: usize,
    /// A later look for a free worker is asked for (a worker was held while a slider moved).
    pub(super) look_again: bool,
    /// When the run was asked for (the page's clock, ms).
    pub(super) started_ms: f64,
}

impl Pooled {
    /// Years done and to run, over every part: a part that has not reported yet counts as
    /// long as the mean of those that have (the parts are cut nearly equal).
    pub(super) fn progress(&self) -> (usize, usize) {
        let (done, total, known) = self
            .progress
            .iter()
            .filter(|p| p.1 > 0)
            .fold((0, 0, 0), |(d, t, k), &(pd, pt)| (d + pd, t + pt, k + 1));
        let unknown = self.progress.len() - known;
        let guess = total.checked_div(known).unwrap_or(0);
        (done, total + unknown * guess)
    }

    /// The parts to post now, as (worker, request): up to [`QUEUED`] unanswered parts per
    /// worker while parts remain (one each at the start, so that a drag begun just after the
    /// click finds the last worker busy for one short part at most), but none to the last
    /// worker while a slider is being dragged (`dragging`) unless it is the only one; true
    /// with them if a worker was held back that way. Workers with the fewest parts are served
    /// first.
    pub(super) fn hand_out(&mut self, dragging: bool) -> (Vec<(usize, Request)>, bool) {
        let queued = if self.next == 0 { 1 } else { QUEUED };
        let workers = self.running.len();
        let allowed = if dragging {
            workers.saturating_sub(1).max(1)
        } else {
            workers
        };
        let of = self.parts.len();
        let mut out = Vec::new();
        while self.next < of {
            let Some(free) = (0..allowed)
                .filter(|&w| self.running[w].len() < queued)
                .min_by_key(|&w| self.running[w].len())
            else {
                break;
            };
            self.running[free].push(self.next);
            out.push((
                free,
                Request::Part {
                    id: self.id,
                    index: self.next,
                    of,
                    scenario: self.scenario.clone(),
                    weather: self.weather.clone(),
                    job: self.job.clone(),
                },
            ));
            self.next += 1;
        }
        let held = self.next < of && allowed < workers;
        (out, held)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pooled(of: usize, workers: usize) -> Pooled {
        Pooled {
            id: 7,
            job: Job::Uncertainty {
                runs: 1000,
                seed: 1,
                tornado_kpi: "lcoh_eur_per_mwh".into(),
            },
            scenario: "{}".into(),
            weather: None,
            parts: vec![None; of],
            progress: vec![(0, 0); of],
            running: vec![Vec::new(); workers],
            next: 0,
            look_again: false,
            started_ms: 0.0,
        }
    }

    fn indices(requests: &[(usize, Request)]) -> Vec<(usize, usize)> {
        requests
            .iter()
            .map(|(w, r)| match r {
                Request::Part { index, of, id, .. } => {
                    assert_eq!((*of, *id), (32, 7));
                    (*w, *index)
                }
                _ => panic!("not a part"),
            })
            .collect()
    }

    #[test]
    fn every_worker_holds_two_parts_and_takes_the_next_when_one_is_answered() {
        let mut p = pooled(32, 2);
        // One part each at the start, then two.
        let (out, held) = p.hand_out(false);
        assert_eq!(indices(&out), [(0, 0), (1, 1)]);
        assert!(!held);
        assert_eq!(indices(&p.hand_out(false).0), [(0, 2), (1, 3)]);
        // Nothing more while both hold two.
        assert!(p.hand_out(false).0.is_empty());
        // Worker 1 answers part 1: it takes part 4.
        p.running[1].retain(|&i| i != 1);
        assert_eq!(indices(&p.hand_out(false).0), [(1, 4)]);
        // The last part handed out, a free worker gets nothing.
        p.next = 31;
        p.running[0].clear();
        assert_eq!(indices(&p.hand_out(false).0), [(0, 31)]);
        p.running[0].clear();
        assert_eq!(p.hand_out(false), (Vec::new(), false));
    }

    #[test]
    fn a_drag_leaves_one_core_to_the_page_but_never_stops_the_run() {
        let mut p = pooled(32, 2);
        let (out, held) = p.hand_out(true);
        assert_eq!(indices(&out), [(0, 0)]);
        assert!(held, "worker 1 waits and the page looks again later");
        assert_eq!(indices(&p.hand_out(true).0), [(0, 1)]);
        // The drag over, the held worker starts.
        assert_eq!(indices(&p.hand_out(false).0), [(1, 2), (1, 3)]);
        // One worker alone always works, dragging or not.
        let mut one = pooled(32, 1);
        assert_eq!(indices(&one.hand_out(true).0), [(0, 0)]);
        // Four workers: three work during a drag.
        let mut four = pooled(32, 4);
        four.next = 1;
        let out = four.hand_out(true).0;
        assert_eq!(out.len(), 6);
        assert!(out.iter().all(|(w, _)| *w < 3));
    }

    #[test]
    fn progress_counts_the_parts_not_yet_heard_as_the_mean_of_the_others() {
        let mut p = pooled(4, 2);
        assert_eq!(p.progress(), (0, 0));
        p.progress[0] = (10, 100);
        p.progress[1] = (30, 102);
        // Two parts heard of (202 years), two not: 101 each.
        assert_eq!(p.progress(), (40, 404));
        p.progress[2] = (100, 100);
        p.progress[3] = (0, 100);
        assert_eq!(p.progress(), (140, 402));
    }

    #[test]
    fn parts_are_whole_rows_of_a_sweep_and_at_most_one_per_run() {
        let mc = |runs| Job::Uncertainty {
            runs,
            seed: 1,
            tornado_kpi: "lcoh_eur_per_mwh".into(),
        };
        assert_eq!(parts_for(&mc(1000), 2), 2 * PARTS_PER_WORKER);
        assert_eq!(parts_for(&mc(5), 2), 5);
        assert_eq!(parts_for(&mc(0), 2), 1);
        let axis = |steps| heat_twin_model::instruments::SweepAxis {
            input: "data_centre.racks".into(),
            from: 100.0,
            to: 1000.0,
            steps,
        };
        let sweep = |rows| Job::Sweep {
            axes: vec![axis(rows), axis(40)],
            kpis: vec!["lcoh_eur_per_mwh".into()],
            maximise: false,
        };
        assert_eq!(parts_for(&sweep(40), 2), 32);
        assert_eq!(parts_for(&sweep(10), 2), 10);
        assert_eq!(parts_for(&sweep(40), 1), 16);
    }
}
