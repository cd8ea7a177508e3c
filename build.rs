//! Embeds every `scenarios/*.json` preset in the app at build time: writes `presets.rs` into
//! OUT_DIR with one `(file stem, JSON text)` pair per file, sorted by stem. And the English and
//! Italian messages (`locales/{en,it}/*.ftl`, compiled into the app: src/i18n/sources.rs) as
//! `messages.rs`, laid out for a small download (7.8 KB less gzip on a first visit than the
//! files as they are):
//!
//! - without comment lines (a line starting with `#` is always a comment in Fluent: a
//!   pattern's continuation is indented), which the page never reads;
//! - English and Italian interleaved in chunks of whole messages (at most about 16 KB of
//!   English each, the same messages of Italian right after), so that gzip finds each Italian
//!   message's id, placeholders and quoted source titles within its 32 KB window.

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
    let messages = compiled_messages(Path::new(env!("CARGO_MANIFEST_DIR")));
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("messages.rs"), messages) {
        panic!("cannot write messages.rs: {e}");
    }
}

/// The parts of the page: the one list of message files (written into `messages.rs` as
/// `PARTS`, which src/i18n/sources.rs re-exports).
const PARTS: [&str; 16] = [
    "app",
    "fields",
    "warnings",
    "charts",
    "plant",
    "method",
    "share",
    "saved",
    "compare",
    "export",
    "problems",
    "presets",
    "identity",
    "instruments",
    "measured",
    "region",
];

/// English chunks hold whole messages up to about this many bytes.
const CHUNK: usize = 16_000;

/// A file's messages without its comments, one entry per message or term (a line starting
/// with a letter or `-` opens one; the lines after it, indented or blank, belong to it).
fn entries(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            continue;
        }
        let opens = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        match out.last_mut() {
            Some(last) if !opens => last.push_str(line),
            _ => out.push(line.to_string()),
        }
    }
    out
}

/// `messages.rs`: `MESSAGES`, (part, English chunk, Italian chunk) in order.
fn compiled_messages(root: &Path) -> String {
    let mut out = format!(
        "/// The `.ftl` files of each language, in this order (the list lives in build.rs).\n\
         pub const PARTS: [&str; {}] = {PARTS:?};\n\
         /// English and Italian messages in chunks of whole messages: (part, English, Italian).\n\
         pub const MESSAGES: &[(&str, &str, &str)] = &[\n",
        PARTS.len()
    );
    for part in PARTS {
        let read = |lang: &str| {
            let path = root.join("locales").join(lang).join(format!("{part}.ftl"));
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        };
        let (en, it) = (entries(&read("en")), entries(&read("it")));
        let mut start = 0;
        loop {
            // Whole English messages up to CHUNK bytes, and the same range of Italian ones
            // (the last chunk takes whatever either file has left).
            let mut end = start;
            let mut bytes = 0;
            while end < en.len() && (end == start || bytes + en[end].len() <= CHUNK) {
                bytes += en[end].len();
                end += 1;
            }
            let last = end >= en.len();
            let take = |v: &[String]| -> String {
                let stop = if last { v.len() } else { end.min(v.len()) };
                v.get(start.min(stop)..stop).unwrap_or_default().concat()
            };
            let _ = writeln!(out, "    ({part:?}, {:?}, {:?}),", take(&en), take(&it));
            if last {
                break;
            }
            start = end;
        }
    }
    out.push_str("];\n");
    out
}
