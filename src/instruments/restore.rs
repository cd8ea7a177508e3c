//! The instruments' requests in an opened link (`&i=`): each form takes its request once, as
//! soon as the scenario has its first results, and the last one asked runs again.

use super::Lab;
use crate::state::Twin;
use heat_twin_worker::Job;
use leptos::prelude::*;

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

impl Lab {
    /// Keeps `job` as what its instrument was last asked (one per instrument, latest last).
    pub(super) fn remember(&self, job: &Job) {
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
}
