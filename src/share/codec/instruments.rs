//! The `i=` part: what the planner's instruments were last asked (issue 9: "all three in the
//! link state — what was asked, not the results").
//!
//! The value is `1.` + base64url(zlib(JSON)), the JSON an array of the instruments' requests
//! exactly as the page sends them to the worker ([`Job`]: `{"kind":"seek",…}`,
//! `{"kind":"sweep",…}`, `{"kind":"uncertainty",…}`), at most one per instrument, the one
//! asked last at the end. Opening the link fills the three forms and runs the last one again;
//! the results are recomputed, never carried. Every request is checked before anything is
//! shown (known input paths and KPI names, finite numbers, steps and runs in range); a link
//! that fails is refused like any other damaged part, with the reason.

use super::{pack, unpack, version, LinkError, Part, VERSION};
use heat_twin_model::instruments::{kpi_index, Bound, SweepAxis, MAX_CELLS, MAX_RUNS};
use heat_twin_worker::Job;

/// Largest JSON an `i=` part may unpack to, bytes (three requests are a few hundred).
const MAX_INSTRUMENTS_BYTES: usize = 16 * 1024;

/// Which instrument a request is for (`seek`, `sweep`, `uncertainty`).
pub fn job_kind(job: &Job) -> &'static str {
    match job {
        Job::Seek { .. } => "seek",
        Job::Sweep { .. } => "sweep",
        Job::Uncertainty { .. } => "uncertainty",
    }
}

/// The `i=` value of the requests (`None` when there is none).
pub fn encode_instruments(jobs: &[Job]) -> Option<String> {
    if jobs.is_empty() {
        return None;
    }
    let json = serde_json::to_string(jobs).ok()?;
    Some(format!("{VERSION}.{}", pack(json.as_bytes())))
}

/// Reads an `i=` value into checked requests.
pub fn decode_instruments(value: &str) -> Result<Vec<Job>, LinkError> {
    let data = version(value, Part::Instruments)?;
    let bytes = unpack(data, Part::Instruments, MAX_INSTRUMENTS_BYTES)?;
    // From text, as the worker's replies are read (`from_slice` would compile a second
    // JSON reader into the page).
    let text = String::from_utf8(bytes).map_err(|_| LinkError::Shape(Part::Instruments))?;
    let jobs = read_jobs(&text).map_err(LinkError::Instrument)?;
    let mut seen: Vec<&str> = Vec::new();
    for job in &jobs {
        let kind = job_kind(job);
        if seen.contains(&kind) {
            return Err(LinkError::Instrument(format!("{kind} is asked twice")));
        }
        seen.push(kind);
        check(job).map_err(|m| LinkError::Instrument(format!("{kind}: {m}")))?;
    }
    Ok(jobs)
}

/// The requests of the JSON text, read through `serde_json::Value` by hand: a derived
/// `Deserialize` of the internally tagged [`Job`] would add about 30 KB to the page's wasm.
fn read_jobs(text: &str) -> Result<Vec<Job>, String> {
    use serde_json::Value;
    let not_list = |detail: String| format!("not a list of requests ({detail})");
    let value: Value = serde_json::from_str(text).map_err(|e| not_list(e.to_string()))?;
    let Value::Array(items) = value else {
        return Err(not_list("not an array".into()));
    };
    let text_of = |o: &serde_json::Map<String, Value>, k: &str| -> Result<String, String> {
        o.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| not_list(format!("\"{k}\" is not text")))
    };
    let number = |o: &serde_json::Map<String, Value>, k: &str| -> Result<f64, String> {
        o.get(k)
            .and_then(Value::as_f64)
            .ok_or_else(|| not_list(format!("\"{k}\" is not a number")))
    };
    let count = |o: &serde_json::Map<String, Value>, k: &str| -> Result<u64, String> {
        o.get(k)
            .and_then(Value::as_u64)
            .ok_or_else(|| not_list(format!("\"{k}\" is not a whole number")))
    };
    let known = |o: &serde_json::Map<String, Value>, keys: &[&str]| -> Result<(), String> {
        match o.keys().find(|k| !keys.contains(&k.as_str())) {
            Some(k) => Err(not_list(format!("unknown field \"{k}\""))),
            None => Ok(()),
        }
    };
    let mut jobs = Vec::with_capacity(items.len());
    for item in &items {
        let Value::Object(o) = item else {
            return Err(not_list("a request is not an object".into()));
        };
        let job = match text_of(o, "kind")?.as_str() {
            "seek" => {
                known(o, &["kind", "input", "kpi", "target"])?;
                Job::Seek {
                    input: text_of(o, "input")?,
                    kpi: text_of(o, "kpi")?,
                    target: number(o, "target")?,
                }
            }
            "uncertainty" => {
                known(o, &["kind", "runs", "seed", "tornado_kpi"])?;
                Job::Uncertainty {
                    runs: usize::try_from(count(o, "runs")?).unwrap_or(usize::MAX),
                    seed: count(o, "seed")?,
                    tornado_kpi: text_of(o, "tornado_kpi")?,
                }
            }
            "sweep" => {
                known(o, &["kind", "axes", "kpis", "maximise"])?;
                let axes = o
                    .get("axes")
                    .and_then(Value::as_array)
                    .ok_or_else(|| not_list("\"axes\" is not a list".into()))?
                    .iter()
                    .map(|a| {
                        let Value::Object(a) = a else {
                            return Err(not_list("an axis is not an object".into()));
                        };
                        known(a, &["input", "from", "to", "steps"])?;
                        Ok(SweepAxis {
                            input: text_of(a, "input")?,
                            from: number(a, "from")?,
                            to: number(a, "to")?,
                            steps: usize::try_from(count(a, "steps")?).unwrap_or(usize::MAX),
                        })
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                let kpis = o
                    .get("kpis")
                    .and_then(Value::as_array)
                    .ok_or_else(|| not_list("\"kpis\" is not a list".into()))?
                    .iter()
                    .map(|k| {
                        k.as_str()
                            .map(str::to_string)
                            .ok_or_else(|| not_list("a KPI is not text".into()))
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                Job::Sweep {
                    axes,
                    kpis,
                    maximise: o
                        .get("maximise")
                        .and_then(Value::as_bool)
                        .ok_or_else(|| not_list("\"maximise\" is not true or false".into()))?,
                }
            }
            other => return Err(not_list(format!("unknown instrument \"{other}\""))),
        };
        jobs.push(job);
    }
    Ok(jobs)
}

/// A request the worker would take: the same checks it makes before running.
fn check(job: &Job) -> Result<(), String> {
    let kpi = |name: &str| kpi_index(name).map(|_| ()).map_err(|e| e.to_string());
    let input = |path: &str| Bound::new(path).map(|_| ()).map_err(|e| e.to_string());
    let finite = |name: &str, x: f64| {
        if x.is_finite() {
            Ok(())
        } else {
            Err(format!("{name} is not a finite number"))
        }
    };
    match job {
        Job::Seek {
            input: i,
            kpi: k,
            target,
        } => {
            input(i)?;
            kpi(k)?;
            finite("target", *target)
        }
        Job::Sweep { axes, kpis, .. } => {
            if axes.is_empty() || axes.len() > 2 {
                return Err(format!("{} inputs; a sweep has 1 or 2", axes.len()));
            }
            if kpis.is_empty() {
                return Err("no KPI".to_string());
            }
            for k in kpis {
                kpi(k)?;
            }
            let mut cells = 1usize;
            for axis in axes {
                finite("from", axis.from)?;
                finite("to", axis.to)?;
                axis.values().map_err(|e| e.to_string())?;
                cells = cells.saturating_mul(axis.steps);
            }
            if cells > MAX_CELLS {
                return Err(format!("{cells} cells; at most {MAX_CELLS}"));
            }
            Ok(())
        }
        Job::Uncertainty {
            runs, tornado_kpi, ..
        } => {
            if *runs == 0 || *runs > MAX_RUNS {
                return Err(format!(
                    "runs {runs} is out of range; allowed 1 to {MAX_RUNS}"
                ));
            }
            kpi(tornado_kpi)
        }
    }
}
