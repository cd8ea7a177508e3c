//! The commands: what `serve`, `test`, `dist` and `bench` run, in order.

use crate::size;
use crate::tools::{self, cmd, run};
use std::time::Instant;

/// Build and serve the app with live reload at http://127.0.0.1:8080.
pub fn serve() -> Result<(), String> {
    tools::ensure_web_build()?;
    eprintln!("xtask: serving at http://127.0.0.1:8080 (Ctrl-C stops)");
    run(cmd("trunk").args(["serve"]))
}

/// The release build into `dist/` (for a site's sub-path with `public_url`), then the
/// first-paint figures, the policy and service worker, and the precompressed files.
pub fn dist(public_url: Option<&str>, site_url: Option<&str>) -> Result<(), String> {
    tools::ensure_web_build()?;
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release"]);
    if let Some(url) = public_url {
        trunk.args(["--public-url", url]);
    }
    run(&mut trunk)?;
    post_build(site_url)?;
    let report = size::measure(&tools::root().join("dist"))?;
    eprintln!("xtask: {report}");
    Ok(())
}

/// After trunk: the opening preset's figures into dist/index.html, the start script out of
/// the page and the Content-Security-Policy in, the service worker's lists, then FILE.gz and
/// FILE.br.
fn post_build(site_url: Option<&str>) -> Result<(), String> {
    let root = tools::root();
    let dist = root.join("dist");
    let headline = crate::firstpaint::write(&root, &dist)?;
    eprintln!("xtask: dist/index.html shows before the wasm: {headline}");
    let version = crate::offline::finish(&dist, site_url)?;
    eprintln!("xtask: no inline script, Content-Security-Policy written; service worker version {version}");
    let (n, raw, gz, br) = crate::compress::precompress(&dist)?;
    eprintln!(
        "xtask: precompressed {n} files: {:.1} KB raw, {:.1} KB gzip, {:.1} KB brotli (docs/deploy.md)",
        raw as f64 / 1000.0,
        gz as f64 / 1000.0,
        br as f64 / 1000.0
    );
    Ok(())
}

/// Benchmarks: criterion natively, then the in-browser speed script against a release build.
pub fn bench() -> Result<(), String> {
    run(cmd("cargo").args(["bench", "-p", "heat-twin-model"]))?;
    dist(None, None)?;
    tools::ensure_chromium()?;
    run(cmd("node").args(["tests/bench/speed.mjs"]))
}

/// Crates the physics must never depend on (it runs natively and in the browser alike).
const WEB_CRATES: &[&str] = &[
    "leptos",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
    "plotters",
];

/// Every check, continuing past a failure where later steps do not depend on it.
pub fn test() -> Result<(), String> {
    let started = Instant::now();
    tools::ensure_web_build()?;
    tools::ensure_chromium()?;
    let mut results: Vec<(&str, Result<(), String>, f64)> = Vec::new();
    let mut step = |name: &'static str, f: &dyn Fn() -> Result<(), String>| -> bool {
        eprintln!("\nxtask: ── {name} ──");
        let t = Instant::now();
        let r = f();
        let ok = r.is_ok();
        results.push((name, r, t.elapsed().as_secs_f64()));
        ok
    };
    step("format", &|| {
        run(cmd("cargo").args(["fmt", "--all", "--", "--check"]))
    });
    step("clippy (host)", &|| {
        run(cmd("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step("clippy (wasm32)", &|| {
        // The app with its browser tests; the libraries alone (their native-only dev-deps,
        // e.g. proptest, do not build for wasm32).
        run(cmd("cargo").args([
            "clippy",
            "-p",
            "heat-twin",
            "--target",
            "wasm32-unknown-unknown",
            "--lib",
            "--bins",
            "--tests",
            "--",
            "-D",
            "warnings",
        ]))?;
        run(cmd("cargo").args([
            "clippy",
            "-p",
            "heat-twin-model",
            "-p",
            "heat-twin-charts",
            "--target",
            "wasm32-unknown-unknown",
            "--lib",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step("docs", &|| {
        run(cmd("cargo")
            .args(["doc", "--workspace", "--no-deps"])
            .env("RUSTDOCFLAGS", "-D warnings"))
    });
    step("native tests", &|| {
        run(cmd("cargo").args(["test", "--workspace"]))
    });
    step("model is web-free and builds for wasm32", &|| {
        let out = cmd("cargo")
            .args([
                "tree",
                "-p",
                "heat-twin-model",
                "-e",
                "normal",
                "--prefix",
                "none",
            ])
            .output()
            .map_err(|e| format!("cargo tree: {e}"))?;
        let tree = String::from_utf8_lossy(&out.stdout);
        let bad: Vec<&str> = tree
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| {
                WEB_CRATES
                    .iter()
                    .any(|w| name == w || name.starts_with("gloo"))
            })
            .collect();
        if !bad.is_empty() {
            return Err(format!(
                "heat-twin-model depends on web crates: {}",
                bad.join(", ")
            ));
        }
        run(cmd("cargo").args([
            "build",
            "-p",
            "heat-twin-model",
            "--target",
            "wasm32-unknown-unknown",
        ]))
    });
    step(
        "browser tests (wasm-bindgen-test, headless Chromium)",
        &|| {
            run(cmd("cargo")
                .args([
                    "test",
                    "-p",
                    "heat-twin",
                    "--target",
                    "wasm32-unknown-unknown",
                ])
                .env("CHROMEDRIVER", "/usr/bin/chromedriver"))
        },
    );
    let built = step("release build", &|| {
        run(cmd("trunk").args(["build", "--release"]))?;
        post_build(None)
    });
    if built {
        step("size budget", &|| {
            let dist = tools::root().join("dist");
            let report = size::measure(&dist)?;
            eprintln!("xtask: {report}");
            report.check(size::budget()?)
        });
        step("end-to-end tests (Playwright, headless Chromium)", &|| {
            run(cmd("node").args(["--test", "--test-concurrency=1", "tests/e2e/"]))
        });
    }
    eprintln!(
        "\nxtask: summary of `cargo xtask test` ({:.0} s)",
        started.elapsed().as_secs_f64()
    );
    let failed = results.iter().filter(|(_, r, _)| r.is_err()).count();
    for (name, r, secs) in &results {
        match r {
            Ok(()) => eprintln!("  ok    {name} ({secs:.0} s)"),
            Err(e) => eprintln!("  FAIL  {name} ({secs:.0} s): {e}"),
        }
    }
    println!(
        "xtask: {} passed, {} failed",
        results.len() - failed,
        failed
    );
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} check(s) failed"))
    }
}
