//! The runner against the model called directly (the page's answers are these).

use super::*;
use heat_twin_model::instruments::{kpi_index, summary_values, SweepAxis};
use heat_twin_model::scenario::{load_scenario, parse_scenario};
use heat_twin_model::{simulate, weather::load_weather};

fn clock() -> f64 {
    thread_local!(static T0: std::time::Instant = std::time::Instant::now());
    T0.with(|t| t.elapsed().as_secs_f64() * 1000.0)
}

fn replies(request: &Request) -> Vec<Reply> {
    let text = serde_json::to_string(request).expect("serialises");
    let mut out = Vec::new();
    answer_text(&text, &clock, &mut |r| out.push(r.clone()));
    out
}

fn summary(json: &str) -> heat_twin_model::Summary {
    let v = load_scenario(json).expect("valid");
    let t = load_weather(&v.weather, |_| Err("none".into())).expect("weather");
    simulate(&v.params, &t).summary
}

#[test]
fn a_goal_seek_answer_simulated_again_meets_the_target() {
    let replies = replies(&Request::Run {
        id: 7,
        scenario: "{}".into(),
        weather: None,
        job: Job::Seek {
            input: "data_centre.racks".into(),
            kpi: "homes_equivalent".into(),
            target: 5000.0,
        },
    });
    let Some(Reply::Seek { id, answer }) = replies.last() else {
        panic!("{replies:?}")
    };
    assert_eq!(*id, 7);
    assert_eq!(answer.status, "found");
    let racks = answer.value.expect("a value");
    let again = summary(&format!(r#"{{"data_centre":{{"racks":{racks}}}}}"#));
    assert!((again.homes_equivalent - 5000.0).abs() <= answer.tolerance);
    // Every reply before the answer is progress of the same request.
    assert!(replies[..replies.len() - 1]
        .iter()
        .all(|r| matches!(r, Reply::Progress { id: 7, .. })));
}

#[test]
fn a_reply_survives_json_bit_for_bit() {
    let reply = Reply::Seek {
        id: 3,
        answer: SeekAnswer {
            input: "a".into(),
            kpi: "b".into(),
            target: 0.1 + 0.2,
            status: "found".into(),
            value: Some(1.0 / 3.0),
            achieved: None,
            tolerance: 1e-9,
            evaluations: 3,
            elapsed_ms: 0.5,
        },
    };
    let text = serde_json::to_string(&reply).expect("serialises");
    assert_eq!(serde_json::from_str::<Reply>(&text).expect("reads"), reply);
    assert_eq!(reply.id(), Some(3));
    assert_eq!(Reply::Ready.id(), None);
}

#[test]
fn monte_carlo_percentiles_are_ordered_and_the_csv_has_a_row_per_run() {
    let replies = replies(&Request::Run {
        id: 1,
        scenario: "{}".into(),
        weather: None,
        job: Job::Uncertainty {
            runs: 20,
            seed: 1,
            tornado_kpi: "co2_avoided_t".into(),
        },
    });
    let Some(Reply::Uncertainty { answer, .. }) = replies.last() else {
        panic!("{replies:?}")
    };
    let [p10, p50, p90] = answer.percentiles["co2_avoided_t"];
    assert!(p10 <= p50 && p50 <= p90, "{p10} {p50} {p90}");
    // Header + 20 rows (no failed run with the default ranges).
    assert_eq!(answer.failed_runs, 0);
    assert_eq!(answer.csv.lines().count(), 21);
    // Tornado sorted by swing, largest first.
    let swing = |b: &Bar| match (b.kpi_low, b.kpi_high) {
        (Some(a), Some(b)) => (b - a).abs(),
        _ => 0.0,
    };
    assert!(answer
        .tornado
        .windows(2)
        .all(|w| swing(&w[0]) >= swing(&w[1])));
}

#[test]
fn a_sweep_cell_equals_a_direct_simulation_and_names_its_best() {
    let replies = replies(&Request::Run {
        id: 2,
        scenario: "{}".into(),
        weather: None,
        job: Job::Sweep {
            axes: vec![SweepAxis {
                input: "data_centre.racks".into(),
                from: 100.0,
                to: 400.0,
                steps: 4,
            }],
            kpis: vec!["homes_equivalent".into()],
            maximise: true,
        },
    });
    let Some(Reply::Sweep { answer, .. }) = replies.last() else {
        panic!("{replies:?}")
    };
    assert_eq!(
        answer.inputs,
        vec![vec![100.0], vec![200.0], vec![300.0], vec![400.0]]
    );
    let direct = summary(r#"{"data_centre":{"racks":200}}"#);
    let mut values = Vec::new();
    summary_values(&direct, &mut values);
    let k = kpi_index("homes_equivalent").expect("a kpi");
    assert_eq!(answer.values[1][0], values[k]);
    // More racks, more homes on the default network: the best is the last cell.
    assert_eq!(answer.best, Some(3));
}

#[test]
fn bad_requests_fail_with_the_model_s_words() {
    let failed = replies(&Request::Run {
        id: 4,
        scenario: "{}".into(),
        weather: None,
        job: Job::Seek {
            input: "data_centre.cooling".into(),
            kpi: "homes_equivalent".into(),
            target: 1.0,
        },
    });
    let Some(Reply::Failed { id: 4, message }) = failed.last() else {
        panic!("{failed:?}")
    };
    assert!(
        message.starts_with("data_centre.cooling: not a numeric input"),
        "{message}"
    );
    let mut out = Vec::new();
    answer_text("not json", &clock, &mut |r| out.push(r.clone()));
    assert!(matches!(out.as_slice(), [Reply::Failed { id: 0, .. }]));
    // Weather of the wrong length is refused.
    let short = replies(&Request::Run {
        id: 5,
        scenario: "{}".into(),
        weather: Some(vec![10.0; 3]),
        job: Job::Seek {
            input: "data_centre.racks".into(),
            kpi: "homes_equivalent".into(),
            target: 1.0,
        },
    });
    assert!(matches!(short.last(), Some(Reply::Failed { id: 5, .. })));
}

#[test]
fn the_page_s_scenario_text_runs_as_the_preset_file() {
    // The page sends serde_json::to_string(&Scenario) of the preset it loaded.
    let file = include_str!("../../../scenarios/brescia-pilot.json");
    let typed = parse_scenario(file).expect("preset");
    let text = serde_json::to_string(&typed).expect("serialises");
    let seek_on = |scenario: String| {
        let r = replies(&Request::Run {
            id: 1,
            scenario,
            weather: None,
            job: Job::Seek {
                input: "data_centre.racks".into(),
                kpi: "homes_equivalent".into(),
                target: 5000.0,
            },
        });
        match r.last() {
            Some(Reply::Seek { answer, .. }) => answer.value,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(seek_on(text.clone()), seek_on(file.to_string()), "{text}");
}
