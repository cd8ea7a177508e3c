//! Precompressed copies of the release build: `FILE.gz` (gzip level 9, flate2) and `FILE.br`
//! (brotli quality 11, window 2^22) beside every text and wasm file in `dist/`, so that a web
//! server can send them as they are (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`,
//! Apache rewrite rules: docs/deploy.md). A copy is kept only when it is smaller than the file.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions worth compressing (text and wasm; images are compressed already).
pub const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "mjs",
    "css",
    "wasm",
    "json",
    "svg",
    "txt",
    "map",
    "webmanifest",
    // French and German messages (locales/fr, locales/de), fetched when chosen.
    "ftl",
];

/// gzip level 9 of `data`, with no file name and a zero time stamp (reproducible).
pub fn gzip(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(data).map_err(|e| format!("gzip: {e}"))?;
    enc.finish().map_err(|e| format!("gzip: {e}"))
}

/// brotli quality 11, window 2^22, of `data`.
pub fn brotli(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        w.write_all(data).map_err(|e| format!("brotli: {e}"))?;
        w.flush().map_err(|e| format!("brotli: {e}"))?;
    }
    Ok(out)
}

/// Every file under `dir` (recursively) whose extension is in [`COMPRESSIBLE`].
fn compressible_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| COMPRESSIBLE.contains(&e))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes `FILE.gz` and `FILE.br` beside every compressible file of `dist`, removing stale
/// copies first; returns (files, raw bytes, gzip bytes, brotli bytes).
pub fn precompress(dist: &Path) -> Result<(usize, u64, u64, u64), String> {
    let files = compressible_files(dist)?;
    let (mut raw, mut gz_total, mut br_total) = (0u64, 0u64, 0u64);
    for path in &files {
        let data =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        raw += data.len() as u64;
        for (ext, packed) in [("gz", gzip(&data)?), ("br", brotli(&data)?)] {
            let target = sibling(path, ext);
            let _ = std::fs::remove_file(&target);
            if packed.len() < data.len() {
                if ext == "gz" {
                    gz_total += packed.len() as u64;
                } else {
                    br_total += packed.len() as u64;
                }
                std::fs::write(&target, &packed)
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            } else if ext == "gz" {
                gz_total += data.len() as u64;
            } else {
                br_total += data.len() as u64;
            }
        }
    }
    Ok((files.len(), raw, gz_total, br_total))
}

/// `path` with `.ext` appended (`app.wasm` → `app.wasm.br`).
pub fn sibling(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut out)
            .expect("valid gzip");
        out
    }

    fn unbrotli(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(data, 4096)
            .read_to_end(&mut out)
            .expect("valid brotli");
        out
    }

    #[test]
    fn precompressed_files_decompress_to_the_originals() {
        let dir = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).expect("temp dir");
        // Repetitive text compresses; 3 random-ish bytes do not (no copy is kept for them).
        let html = "<p>heat-twin</p>\n".repeat(500);
        let wasm: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.join("index.html"), &html).expect("write");
        std::fs::write(dir.join("sub/app.wasm"), &wasm).expect("write");
        std::fs::write(dir.join("tiny.js"), [7u8, 200, 13]).expect("write");
        std::fs::write(dir.join("photo.png"), &html).expect("write");
        let (n, raw, gz, br) = precompress(&dir).expect("precompress");
        assert_eq!(n, 3, "html, wasm and js; not png");
        assert_eq!(raw, (html.len() + wasm.len() + 3) as u64);
        assert!(gz < raw && br < raw, "{gz} {br} {raw}");
        let read = |p: &str| std::fs::read(dir.join(p)).expect("read");
        assert_eq!(gunzip(&read("index.html.gz")), html.as_bytes());
        assert_eq!(unbrotli(&read("index.html.br")), html.as_bytes());
        assert_eq!(gunzip(&read("sub/app.wasm.gz")), wasm);
        assert_eq!(unbrotli(&read("sub/app.wasm.br")), wasm);
        assert!(!dir.join("tiny.js.gz").exists() && !dir.join("tiny.js.br").exists());
        assert!(!dir.join("photo.png.gz").exists());
        // Running again replaces the copies instead of compressing them.
        precompress(&dir).expect("again");
        assert!(!dir.join("index.html.gz.gz").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
