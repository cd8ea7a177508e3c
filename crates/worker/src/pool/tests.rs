//! The pool's cuts cover every run, bar and row once, and the merged parts give the one-worker
//! answer bit for bit, after the same JSON round trip as between the page and its workers.

use super::*;
use crate::{answer_text, Request};
use heat_twin_model::instruments::SweepAxis;

fn clock() -> f64 {
    0.0
}

/// Every reply to `text` (a request as JSON, as the worker receives it), as JSON text, as the
/// page receives it.
fn texts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    answer_text(text, &clock, &mut |r| {
        out.push(serde_json::to_string(r).expect("serialises"))
    });
    out
}

/// The last reply's text (the answer).
fn last_text(request: &Request) -> String {
    let text = serde_json::to_string(request).expect("serialises");
    texts(&text).pop().expect("an answer")
}

/// The answer read as the page reads it, with its time zeroed.
fn read(text: &str) -> Reply {
    serde_json::from_str::<Reply>(text)
        .expect("reads")
        .with_elapsed(0.0)
}

fn whole(job: &Job) -> Reply {
    read(&last_text(&Request::Run {
        id: 5,
        scenario: "{}".into(),
        weather: None,
        job: job.clone(),
    }))
}

/// Part `index` of `of` of `job` for request `id`, as the text the page receives.
fn part(job: &Job, id: u32, index: usize, of: usize) -> String {
    let text = last_text(&Request::Part {
        id,
        index,
        of,
        scenario: "{}".into(),
        weather: None,
        job: job.clone(),
    });
    assert!(text.starts_with(r#"{"type":"part""#), "{text}");
    text
}

/// The merge request as the page writes it (src/instruments/mod.rs `on_part`), answered.
fn merged(job: &Job, id: u32, parts: &[String]) -> Reply {
    let job = serde_json::to_string(job).expect("serialises");
    let text = format!(
        r#"{{"type":"merge","id":{id},"job":{job},"parts":[{}]}}"#,
        parts.join(",")
    );
    read(&texts(&text).pop().expect("an answer"))
}

/// The job cut into `of` parts, run part by part (the last part first: the order must not
/// matter), then merged.
fn pooled(job: &Job, of: usize) -> Reply {
    let parts: Vec<String> = (0..of).rev().map(|index| part(job, 5, index, of)).collect();
    merged(job, 5, &parts)
}

#[test]
fn the_cuts_by_hand() {
    // 10 runs and 3 bars are 16 years; 2 parts cut at year 8: runs 0–7 | runs 8–9, bars 0–2.
    assert_eq!(uncertainty_bounds(10, 3, 0, 2), (0..8, 0..0));
    assert_eq!(uncertainty_bounds(10, 3, 1, 2), (8..10, 0..3));
    // 3 parts cut at years 5 and 10: bar 0 starts at year 10, so it falls in the last part.
    assert_eq!(uncertainty_bounds(10, 3, 1, 3), (5..10, 0..0));
    assert_eq!(uncertainty_bounds(10, 3, 2, 3), (10..10, 0..3));
    // 4 parts cut at 4, 8, 12: bars 0 (year 10) | bars 1–2 (years 12, 14).
    assert_eq!(uncertainty_bounds(10, 3, 2, 4), (8..10, 0..1));
    assert_eq!(uncertainty_bounds(10, 3, 3, 4), (10..10, 1..3));
    // 40 rows in 2 parts; 3 rows in 5 parts leave some parts empty.
    assert_eq!(sweep_bounds(40, 0, 2), 0..20);
    assert_eq!(sweep_bounds(40, 1, 2), 20..40);
    assert_eq!(
        (0..5).map(|k| sweep_bounds(3, k, 5)).collect::<Vec<_>>(),
        vec![0..0, 0..1, 1..1, 1..2, 2..3]
    );
}

#[test]
fn the_parts_cover_everything_once_in_order() {
    for runs in [1, 2, 7, 1000] {
        for bars in [0, 1, 13] {
            for of in 1..=9 {
                let mut next_run = 0;
                let mut next_bar = 0;
                for k in 0..of {
                    let (r, b) = uncertainty_bounds(runs, bars, k, of);
                    assert_eq!(
                        (r.start, b.start),
                        (next_run, next_bar),
                        "{runs} {bars} {of} {k}"
                    );
                    assert!(r.start <= r.end && b.start <= b.end);
                    next_run = r.end;
                    next_bar = b.end;
                }
                assert_eq!((next_run, next_bar), (runs, bars), "{runs} {bars} {of}");
                let mut next_row = 0;
                for k in 0..of {
                    let r = sweep_bounds(runs, k, of);
                    assert_eq!(r.start, next_row);
                    next_row = r.end;
                }
                assert_eq!(next_row, runs);
            }
        }
    }
    // The years are shared evenly: 1,000 runs and 13 bars (1,026 years) in 2 parts of 513.
    let (r0, b0) = uncertainty_bounds(1000, 13, 0, 2);
    let (r1, b1) = uncertainty_bounds(1000, 13, 1, 2);
    assert_eq!(r0.len() + 2 * b0.len(), 513);
    assert_eq!(r1.len() + 2 * b1.len(), 513);
}

#[test]
fn a_pooled_monte_carlo_equals_one_worker_bit_for_bit() {
    let job = Job::Uncertainty {
        runs: 24,
        seed: 7,
        tornado_kpi: "lcoh_eur_per_mwh".into(),
    };
    let one = whole(&job);
    let Reply::Uncertainty { answer: a, .. } = &one else {
        panic!("{one:?}")
    };
    // Enough to show a misplaced row: every run differs, and the tornado has its bars.
    assert_eq!(a.csv.lines().count(), 25);
    assert!(a.tornado.len() >= 10, "{}", a.tornado.len());
    // 1 part, an even cut, an odd cut, more parts than bars fit in.
    for of in [1, 2, 3, 5, 30] {
        assert_eq!(pooled(&job, of), one, "{of} parts");
    }
}

#[test]
fn a_pooled_sweep_equals_one_worker_bit_for_bit() {
    let job = Job::Sweep {
        axes: vec![
            SweepAxis {
                input: "data_centre.racks".into(),
                from: 100.0,
                to: 900.0,
                steps: 5,
            },
            SweepAxis {
                input: "data_centre.utilisation".into(),
                from: 0.4,
                to: 1.0,
                steps: 3,
            },
        ],
        kpis: vec!["lcoh_eur_per_mwh".into(), "co2_avoided_t".into()],
        maximise: false,
    };
    let one = whole(&job);
    let Reply::Sweep { answer: a, .. } = &one else {
        panic!("{one:?}")
    };
    assert_eq!(a.values.len(), 15);
    assert!(a.best.is_some());
    for of in [1, 2, 3, 4, 7] {
        assert_eq!(pooled(&job, of), one, "{of} parts");
    }
}

#[test]
fn parts_that_do_not_fit_are_refused() {
    let job = Job::Sweep {
        axes: vec![SweepAxis {
            input: "data_centre.racks".into(),
            from: 100.0,
            to: 200.0,
            steps: 2,
        }],
        kpis: vec!["homes_equivalent".into()],
        maximise: true,
    };
    let part = |id, index| part(&job, id, index, 2);
    // Another request's part, the same part twice, a missing part, no parts.
    for parts in [
        vec![part(5, 0), part(6, 1)],
        vec![part(5, 0), part(5, 0)],
        vec![part(5, 1)],
        vec![],
    ] {
        let got = merged(&job, 5, &parts);
        assert!(matches!(got, Reply::Failed { id: 5, .. }), "{got:?}");
    }
    let fits = merged(&job, 5, &[part(5, 1), part(5, 0)]);
    assert!(matches!(fits, Reply::Sweep { id: 5, .. }), "{fits:?}");
    // The page reads a part for its id and index only.
    let Reply::Part { id, index, answer } = read(&part(5, 1)) else {
        panic!("a part")
    };
    assert_eq!((id, index, *answer), (5, 1, PartAnswer::default()));
}

#[test]
fn a_part_reuses_the_evaluator_of_its_own_request_only() {
    let job = Job::Uncertainty {
        runs: 12,
        seed: 3,
        tornado_kpi: "heat_delivered_mwh".into(),
    };
    let request = |id: u32, scenario: &str| {
        serde_json::to_string(&Request::Part {
            id,
            index: 1,
            of: 2,
            scenario: scenario.into(),
            weather: None,
            job: job.clone(),
        })
        .expect("serialises")
    };
    let other = r#"{"data_centre":{"racks":40}}"#;
    // Part 1 of the other scenario, in a worker that has run nothing before.
    let fresh = std::thread::spawn({
        let text = request(9, other);
        move || texts(&text).pop()
    })
    .join()
    .expect("runs");
    assert!(
        fresh
            .as_deref()
            .is_some_and(|t| t.starts_with(r#"{"type":"part""#)),
        "{fresh:?}"
    );
    // The same after a part of the default scenario with the same id, and after one of
    // another request: the kept evaluator (the default scenario's) must not be used.
    texts(&request(9, "{}"));
    assert_eq!(texts(&request(9, other)).pop(), fresh);
    texts(&request(8, "{}"));
    assert_eq!(texts(&request(9, other)).pop(), fresh);
    // And the same request again reuses it, with the same answer.
    assert_eq!(texts(&request(9, other)).pop(), fresh);
}
