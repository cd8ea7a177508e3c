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
          `dist --public-url /sub/app/` builds for a site's sub-path; `--site-url
          https://example.org/sub/app/` makes the link preview's addresses absolute
  bench   the native criterion benchmarks and the in-browser speed benchmark (not part of test)";

/// `dist`'s options: `--public-url /sub/app/` and `--site-url https://example.org/sub/app/`.
fn dist_args(args: &[String]) -> Result<(Option<String>, Option<String>), String> {
    let (mut public, mut site) = (None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().cloned();
        match (flag.as_str(), value) {
            ("--public-url", Some(v)) if v.starts_with('/') && v.ends_with('/') => public = Some(v),
            ("--site-url", Some(v))
                if (v.starts_with("https://") || v.starts_with("http://")) && v.ends_with('/') =>
            {
                site = Some(v)
            }
            ("--public-url", _) => {
                return Err(
                    "--public-url needs a path that starts and ends with /, e.g. /sub/app/".into(),
                )
            }
            ("--site-url", _) => return Err(
                "--site-url needs an address that ends with /, e.g. https://example.org/heat-twin/"
                    .into(),
            ),
            (other, _) => return Err(format!("dist: unknown argument {other}\n{USAGE}")),
        }
    }
    Ok((public, site))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => steps::serve(),
        Some("test") => steps::test(),
        Some("dist") => dist_args(&args[1..])
            .and_then(|(public, site)| steps::dist(public.as_deref(), site.as_deref())),
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
