//! Many independent years at once: the instruments' runs shared over the machine's cores
//! (natively), in order, with the same results as one after another.
//!
//! A Monte Carlo run or a sweep cell is a pure function of its settings: the [`Evaluator`]'s
//! reused workspace never changes a result (the goldens and `same_results_on_any_threads`
//! check it). So the runs `0..n` are cut into contiguous chunks, one per thread, each thread
//! with its own copy of the evaluator; the chunks' results are put back in run order. The
//! calling thread runs the first chunk itself and reports `progress(done, total)` after each
//! of its years with the count of years done on every thread, and while it waits for the
//! others; returning false stops every thread before its next year. On wasm32 (no threads in
//! a Web Worker without shared memory) and for a few runs, everything runs on the calling
//! thread, year by year.

use super::{Evaluator, InstrumentError};

/// Fewest runs per thread worth a thread of its own (a thread costs about one year to start).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const MIN_RUNS_PER_THREAD: usize = 8;
/// Most threads used.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const MAX_THREADS: usize = 8;

/// How many threads for `n` runs on this machine (1 on wasm32).
pub fn threads_for(n: usize) -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = n;
        1
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
        cores.min(MAX_THREADS).min(n / MIN_RUNS_PER_THREAD).max(1)
    }
}

/// `f(eval, i)` for `i` in `0..n`, in order, on `threads` threads (see the module docs).
/// `done_before` and `total` are passed on to `progress`. The first error that is not
/// [`InstrumentError::Scenario`]-like in run order stops everything (`f` decides what it
/// returns as an error).
pub fn map_runs<T: Send>(
    eval: &mut Evaluator,
    n: usize,
    threads: usize,
    done_before: usize,
    total: usize,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    f: &(dyn Fn(&mut Evaluator, usize) -> Result<T, InstrumentError> + Sync),
) -> Result<Vec<T>, InstrumentError> {
    let threads = threads.clamp(1, n.max(1));
    #[cfg(not(target_arch = "wasm32"))]
    if threads > 1 {
        return threaded(eval, n, threads, done_before, total, progress, f);
    }
    let _ = threads;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(f(eval, i)?);
        if !progress(done_before + i + 1, total) {
            return Err(InstrumentError::Cancelled);
        }
    }
    Ok(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn threaded<T: Send>(
    eval: &mut Evaluator,
    n: usize,
    threads: usize,
    done_before: usize,
    total: usize,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    f: &(dyn Fn(&mut Evaluator, usize) -> Result<T, InstrumentError> + Sync),
) -> Result<Vec<T>, InstrumentError> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let done = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // Chunk k holds runs bounds[k]..bounds[k + 1]: sizes differ by at most one.
    let bounds: Vec<usize> = (0..=threads).map(|k| k * n / threads).collect();
    let run_chunk = |eval: &mut Evaluator, from: usize, to: usize| {
        let mut out = Vec::with_capacity(to - from);
        for i in from..to {
            if stop.load(Ordering::Relaxed) {
                return Err(InstrumentError::Cancelled);
            }
            match f(eval, i) {
                Ok(t) => out.push(t),
                Err(e) => {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
            done.fetch_add(1, Ordering::Relaxed);
        }
        Ok(out)
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads)
            .map(|k| {
                let mut own = eval.clone();
                let (from, to) = (bounds[k], bounds[k + 1]);
                let run_chunk = &run_chunk;
                scope.spawn(move || run_chunk(&mut own, from, to))
            })
            .collect();
        // The first chunk here, reporting everyone's progress after each year.
        let mut first = Vec::with_capacity(bounds[1]);
        let mut result = Ok(());
        for i in 0..bounds[1] {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            match f(eval, i) {
                Ok(t) => first.push(t),
                Err(e) => {
                    stop.store(true, Ordering::Relaxed);
                    result = Err(e);
                    break;
                }
            }
            done.fetch_add(1, Ordering::Relaxed);
            if !progress(done_before + done.load(Ordering::Relaxed), total) {
                stop.store(true, Ordering::Relaxed);
                result = Err(InstrumentError::Cancelled);
                break;
            }
        }
        // Then wait for the others, still reporting (and honouring a cancel).
        while result.is_ok() && handles.iter().any(|h| !h.is_finished()) {
            std::thread::sleep(std::time::Duration::from_millis(2));
            if !progress(done_before + done.load(Ordering::Relaxed), total) {
                stop.store(true, Ordering::Relaxed);
                result = Err(InstrumentError::Cancelled);
            }
        }
        let mut out = first;
        let mut errors: Vec<InstrumentError> = result.err().into_iter().collect();
        for h in handles {
            // A thread that panicked is a bug of the model: a failed run, not a crash.
            let part = h.join().unwrap_or_else(|_| {
                Err(InstrumentError::Setting {
                    setting: "threads".to_string(),
                    message: "a worker thread stopped unexpectedly".to_string(),
                })
            });
            match part {
                Ok(mut p) => out.append(&mut p),
                Err(e) => errors.push(e),
            }
        }
        // The first real error in run order; "cancelled" only when nothing else went wrong
        // (a chunk stopped because another failed says only "cancelled").
        match errors
            .iter()
            .find(|e| **e != InstrumentError::Cancelled)
            .or(errors.first())
        {
            Some(e) => Err(e.clone()),
            None => Ok(out),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruments::Bound;

    fn eval() -> Evaluator {
        Evaluator::from_json("{}", |_| Err("no files".into())).expect("the default scenario")
    }

    /// Run `i` sets the racks to 10 + 7·i and reads the heat delivered and the LCOH.
    fn year(eval: &mut Evaluator, i: usize) -> Result<[u64; 2], InstrumentError> {
        let racks = Bound::new("data_centre.racks")?;
        let s = eval.run(&[(racks, 10.0 + 7.0 * i as f64)])?;
        Ok([
            s.heat_delivered_mwh.to_bits(),
            s.lcoh_eur_per_mwh.unwrap_or(f64::NAN).to_bits(),
        ])
    }

    #[test]
    fn same_results_on_any_threads() {
        let serial = map_runs(&mut eval(), 13, 1, 0, 13, &mut |_, _| true, &year).expect("runs");
        // Every run differs (the racks grow), so a row out of place would show.
        assert!(serial.windows(2).all(|w| w[0] != w[1]));
        for threads in [2, 3, 5] {
            let mut seen = Vec::new();
            let parallel = map_runs(
                &mut eval(),
                13,
                threads,
                4,
                20,
                &mut |d, t| {
                    seen.push((d, t));
                    true
                },
                &year,
            )
            .expect("runs");
            assert_eq!(parallel, serial, "{threads} threads");
            // Progress counts every thread's years after the ones done before, never backwards,
            // and the calling thread reports at least its own chunk.
            assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "{seen:?}");
            assert!(
                seen.iter().all(|&(d, t)| (5..=17).contains(&d) && t == 20),
                "{seen:?}"
            );
            assert!(seen.len() >= 13 / threads);
        }
    }

    #[test]
    fn a_cancel_stops_every_thread() {
        for threads in [1, 2, 4] {
            let mut calls = 0;
            let got = map_runs(
                &mut eval(),
                40,
                threads,
                0,
                40,
                &mut |_, _| {
                    calls += 1;
                    calls < 3
                },
                &year,
            );
            assert_eq!(got, Err(InstrumentError::Cancelled), "{threads} threads");
        }
    }

    #[test]
    fn the_first_real_error_wins_over_cancelled() {
        let failing = |eval: &mut Evaluator, i: usize| {
            if i == 11 {
                Err(InstrumentError::Setting {
                    setting: "x".into(),
                    message: "run 11".into(),
                })
            } else {
                year(eval, i)
            }
        };
        for threads in [1, 2, 3] {
            let got = map_runs(&mut eval(), 16, threads, 0, 16, &mut |_, _| true, &failing);
            assert_eq!(
                got,
                Err(InstrumentError::Setting {
                    setting: "x".into(),
                    message: "run 11".into()
                }),
                "{threads} threads"
            );
        }
    }

    #[test]
    fn threads_follow_the_work() {
        assert_eq!(threads_for(0), 1);
        assert_eq!(threads_for(MIN_RUNS_PER_THREAD - 1), 1);
        assert!(threads_for(10_000) <= MAX_THREADS);
        assert!(threads_for(10_000) >= 1);
    }
}
