//! Golden tests of every real-project preset in `scenarios/`, run through the command line as a
//! user would, and the Brescia pilot against its published figures (REFERENCE.md §1).
//!
//! Each preset's summary is compared with `tests/golden/<stem>.json` to 1e-9 relative: a change
//! in the physics that moves a preset must be deliberate. To accept a deliberate change, run
//! `HEAT_TWIN_UPDATE_GOLDEN=1 cargo test -p heat-twin-cli --test presets` and review the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn presets() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("scenarios"))
        .expect("scenarios/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn simulate(path: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_heat-twin-cli"))
        .arg("simulate")
        .arg(path)
        .output()
        .expect("run heat-twin-cli");
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

#[test]
fn every_preset_matches_its_golden_summary() {
    let files = presets();
    assert!(
        files.len() >= 7,
        "expected the seven presets, found {}",
        files.len()
    );
    let update = std::env::var_os("HEAT_TWIN_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for file in &files {
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        let got = simulate(file)["summary"].clone();
        let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(format!("{stem}.json"));
        if update {
            std::fs::write(&golden, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(&golden).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (run with HEAT_TWIN_UPDATE_GOLDEN=1)",
                    golden.display()
                )
            }))
            .unwrap();
        for (field, w) in want.as_object().unwrap() {
            let g = &got[field];
            let same = match (w.as_f64(), g.as_f64()) {
                (Some(w), Some(g)) => close(w, g),
                _ => w == g,
            };
            if !same {
                failures.push(format!("{stem}: {field} golden {w} now {g}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn brescia_pilot_reproduces_the_published_figures() {
    // A2A + Qarnot, full build-out: 16 GWh/yr, 1,350 homes, 3,500 t CO2, 22,000 trees
    // (REFERENCE.md §1: e-gazette.it, sky.it, innovazionepa.soiel.it), each within 3 %.
    let file = presets()
        .into_iter()
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.contains("brescia") && !name.contains("phase")
        })
        .expect("a brescia preset");
    let s = simulate(&file)["summary"].clone();
    let within = |field: &str, published: f64| {
        let v = s[field].as_f64().unwrap();
        assert!(
            (v - published).abs() / published <= 0.03,
            "{field}: {v} vs published {published}"
        );
    };
    within("heat_delivered_mwh", 16_000.0);
    within("homes_equivalent", 1_350.0);
    within("co2_avoided_t", 3_500.0);
    within("trees_equivalent", 22_000.0);
}

#[test]
fn brescia_phase_one_is_about_800_mwh() {
    let file = repo().join("scenarios/brescia-phase1.json");
    let s = simulate(&file)["summary"].clone();
    let v = s["heat_delivered_mwh"].as_f64().unwrap();
    assert!(
        (v - 800.0).abs() / 800.0 <= 0.05,
        "phase 1 heat {v} MWh vs about 800 (serviziarete.it)"
    );
}
