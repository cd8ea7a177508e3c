//! Embeds every `scenarios/*.json` preset in the app at build time: writes `presets.rs` into
//! OUT_DIR with one `(file stem, JSON text)` pair per file, sorted by stem.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut stems: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                stems.push((stem.to_string(), path.display().to_string()));
            }
        }
    }
    stems.sort();
    let mut out =
        String::from("/// Presets embedded from scenarios/*.json: (file stem, JSON text).\n");
    out.push_str("pub const PRESETS: &[(&str, &str)] = &[\n");
    for (stem, path) in &stems {
        let _ = writeln!(out, "    ({stem:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("presets.rs"), out) {
        panic!("cannot write presets.rs: {e}");
    }
}
