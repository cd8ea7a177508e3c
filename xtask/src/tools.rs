//! Making sure the build and test tools are present, at the pinned versions.

use std::path::{Path, PathBuf};
use std::process::Command;

/// trunk's pinned version: 0.22 needs a newer rustc than this project's 1.95.
pub const TRUNK_VERSION: &str = "0.21.14";

/// The workspace root (the parent of this package's folder).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// cargo's bin folder, where `cargo install` puts trunk and wasm-bindgen.
fn cargo_bin() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME").unwrap_or_default();
    PathBuf::from(home).join(".cargo").join("bin")
}

/// PATH with cargo's bin folder and `node_modules/.bin` in front.
pub fn path_env() -> std::ffi::OsString {
    let mut paths = vec![root().join("node_modules").join(".bin"), cargo_bin()];
    if let Some(existing) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// A command in the workspace root with the tool PATH set.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", path_env());
    c
}

/// Runs a command, failing with its description when it fails.
pub fn run(c: &mut Command) -> Result<(), String> {
    let shown = format!("{c:?}");
    eprintln!("xtask: $ {}", shown.replace('"', ""));
    let status = c
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Runs a long install, saying what it installs, how long it usually takes and, every 30 s,
/// how long it has been running; at the end, how long it took.
pub fn run_long(c: &mut Command, what: &str, usually: &str) -> Result<(), String> {
    let shown = format!("{c:?}");
    eprintln!("xtask: installing {what} (usually {usually} on a 2-core machine; once)");
    eprintln!("xtask: $ {}", shown.replace('"', ""));
    let started = std::time::Instant::now();
    let mut child = c
        .spawn()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    let mut next_note = 30;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                std::thread::sleep(std::time::Duration::from_millis(500));
                let secs = started.elapsed().as_secs();
                if secs >= next_note {
                    eprintln!(
                        "xtask: … still installing {what}: {}:{:02} so far (usually {usually})",
                        secs / 60,
                        secs % 60
                    );
                    next_note += 30;
                }
            }
            Err(e) => return Err(format!("{shown}: {e}")),
        }
    };
    let secs = started.elapsed().as_secs();
    eprintln!(
        "xtask: {what}: {} after {}:{:02}",
        if status.success() {
            "installed"
        } else {
            "FAILED"
        },
        secs / 60,
        secs % 60
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The first line a command prints, or None when it cannot run.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + needle.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")? + start;
    Ok(lock[start..end].to_string())
}

/// The wasm32 target of the active toolchain.
pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// trunk at [`TRUNK_VERSION`].
pub fn ensure_trunk() -> Result<(), String> {
    let have = output_of("trunk", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        return Ok(());
    }
    run_long(
        cmd("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]),
        &format!("trunk {TRUNK_VERSION} from crates.io (compiles ~400 crates)"),
        "7–9 minutes",
    )
}

/// wasm-bindgen-cli (and its test runner) equal to the wasm-bindgen crate in Cargo.lock.
pub fn ensure_wasm_bindgen() -> Result<String, String> {
    let want = locked_version("wasm-bindgen")?;
    let have = output_of("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = output_of("wasm-bindgen-test-runner", &["--version"]).unwrap_or_default();
    let ok = |s: &str| s.split_whitespace().nth(1) == Some(want.as_str());
    if !(ok(&have) && ok(&runner)) {
        // Without --locked: its lock file names a crate version the registry may lack.
        run_long(
            cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]),
            &format!("wasm-bindgen-cli {want} from crates.io"),
            "2.5–4 minutes",
        )?;
    }
    Ok(want)
}

/// The npm packages of package.json (binaryen's wasm-opt, playwright-core, axe-core).
pub fn ensure_npm() -> Result<(), String> {
    let root = root();
    let stamp = root.join("node_modules").join(".heat-twin-stamp");
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    let want = format!("{:x}", fnv1a(&lock));
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(want.as_str()) {
        return Ok(());
    }
    if output_of("npm", &["--version"]).is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)".into());
    }
    run_long(
        cmd("npm").args(["ci", "--no-audit", "--no-fund"]),
        "the npm packages (binaryen's wasm-opt, playwright-core, axe-core)",
        "under a minute",
    )?;
    std::fs::write(&stamp, want).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

/// Debian's Chromium and ChromeDriver (and poppler-utils, whose pdftotext reads the printed
/// report in the end-to-end tests), installed when missing and we may (root or sudo).
pub fn ensure_chromium() -> Result<(), String> {
    let have = |p: &str| Path::new(p).exists();
    if have("/usr/bin/chromium") && have("/usr/bin/chromedriver") && have("/usr/bin/pdftotext") {
        return Ok(());
    }
    let is_root = output_of("id", &["-u"]).as_deref() == Some("0");
    let sudo_ok = !is_root
        && cmd("sudo")
            .args(["-n", "true"])
            .status()
            .is_ok_and(|s| s.success());
    let hint = "install Debian's Chromium, its driver and poppler-utils: sudo apt-get install -y chromium chromium-driver poppler-utils";
    if !is_root && !sudo_ok {
        return Err(format!(
            "Chromium is missing and I cannot install it without root: {hint}"
        ));
    }
    let apt = |args: &[&str]| {
        let mut c = if is_root { cmd("apt-get") } else { cmd("sudo") };
        if !is_root {
            c.args(["-n", "apt-get"]);
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut c)
    };
    eprintln!("xtask: installing Debian's chromium, chromium-driver and poppler-utils (usually 1–3 minutes; once)");
    let started = std::time::Instant::now();
    apt(&["update"])?;
    let done = apt(&[
        "install",
        "-y",
        "chromium",
        "chromium-driver",
        "poppler-utils",
    ])
    .map_err(|e| format!("{e}; {hint}"));
    let secs = started.elapsed().as_secs();
    eprintln!("xtask: chromium: done after {}:{:02}", secs / 60, secs % 60);
    done
}

/// Everything the web build needs (trunk, wasm-bindgen, wasm-opt).
pub fn ensure_web_build() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_npm()?;
    ensure_wasm_bindgen()?;
    ensure_trunk()?;
    // trunk's own `cargo metadata` may try the network for a crate not yet downloaded.
    run(cmd("cargo").args(["fetch", "--quiet"]))
}

/// A small stable hash for the npm stamp.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
