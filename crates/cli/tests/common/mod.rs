//! What the command-line test files share: running the release binary under test, a scratch
//! folder of the test file's own, and the JSON a successful command prints.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test file uses a part

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// The repository's root.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Runs `heat-twin-cli` with `args`.
pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heat-twin-cli"))
        .args(args)
        .output()
        .expect("run heat-twin-cli")
}

/// A scratch folder for this test file and process.
pub fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "heat-twin-cli-{}-{}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Writes `text` to the scratch file `name`; its path.
pub fn tmp(name: &str, text: &str) -> String {
    let p = dir().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// The JSON on stdout of a command that succeeded (its stderr in the failure otherwise).
pub fn json_out(o: &Output) -> Value {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}
