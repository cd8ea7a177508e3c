//! heat-twin's project commands (the cargo-xtask convention): `cargo xtask serve|test|dist`.
//!
//! Each command first makes sure the tools it needs are present at the pinned versions,
//! installing only what is missing, and only from the package registries (crates.io, npm,
//! Debian): the wasm32 target, trunk, wasm-bindgen-cli equal to the crate in Cargo.lock,
//! the npm packages of `package.json` (wasm-opt from `binaryen`, playwright-core, axe-core)
//! and, for the tests, Debian's `chromium` and `chromium-driver`.

mod compress;
mod firstpaint;
mod offline;
mod size;
mod steps;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve   install what is missing, build, and serve the app at http://127.0.0.1:8080 (live reload)
  test    run every check: fmt, clippy (host, wasm32), native tests, model for wasm32,
          browser tests (headless Chromium), release build, size budget, end-to-end tests
  dist    the release build into dist/ (wasm-opt applied), the opening preset's figures in
          index.html, the Content-Security-Policy, the service worker's file list and
          FILE.gz / FILE.br beside every text and wasm file (docs/deploy.md);
          `dist --public-url /sub/app/` builds for a site's sub-path
  bench   the native criterion benchmarks and the in-browser speed benchmark (not part of test)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => steps::serve(),
        Some("test") => steps::test(),
        Some("dist") => match args.get(1).map(String::as_str) {
            None => steps::dist(None),
            Some("--public-url") => match args.get(2) {
                Some(url) if url.starts_with('/') && url.ends_with('/') => steps::dist(Some(url)),
                _ => Err(
                    "--public-url needs a path that starts and ends with /, e.g. /sub/app/".into(),
                ),
            },
            Some(other) => Err(format!("dist: unknown argument {other}\n{USAGE}")),
        },
        Some("bench") => steps::bench(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
