//! What a browser downloads for the release build, gzip-compressed, against the budget.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::fmt;
use std::io::Write;
use std::path::Path;

/// Sizes of the release build by kind, in bytes after gzip.
pub struct SizeReport {
    files: Vec<(String, u64, u64)>,
}

impl SizeReport {
    /// Total gzip bytes.
    pub fn total_gzip(&self) -> u64 {
        self.files.iter().map(|(_, _, g)| g).sum()
    }

    /// Fails when the total is above `budget_kb` (1 KB = 1,000 bytes).
    pub fn check(&self, budget_kb: u64) -> Result<(), String> {
        let total = self.total_gzip();
        if total > budget_kb * 1000 {
            Err(format!(
                "the app weighs {:.1} KB gzip, over the budget of {budget_kb} KB (size-budget.txt)",
                total as f64 / 1000.0
            ))
        } else {
            eprintln!("xtask: within the size budget of {budget_kb} KB gzip");
            Ok(())
        }
    }
}

impl fmt::Display for SizeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "download size of the release build (dist/):")?;
        for (name, raw, gz) in &self.files {
            writeln!(
                f,
                "  {name:<48} {:>9.1} KB raw {:>8.1} KB gzip",
                *raw as f64 / 1000.0,
                *gz as f64 / 1000.0
            )?;
        }
        write!(
            f,
            "  total (wasm + js + css + html)                    {:>8.1} KB gzip",
            self.total_gzip() as f64 / 1000.0
        )
    }
}

/// Measures the files a browser downloads from `dist` (wasm, js, css, html).
pub fn measure(dist: &Path) -> Result<SizeReport, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "wasm" | "js" | "css" | "html") {
            continue;
        }
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut enc = GzEncoder::new(Vec::new(), Compression::best());
        enc.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz = enc.finish().map_err(|e| e.to_string())?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        files.push((name, bytes.len() as u64, gz.len() as u64));
    }
    if !files.iter().any(|(n, _, _)| n.ends_with(".wasm")) {
        return Err(format!(
            "no .wasm in {}: did the release build run?",
            dist.display()
        ));
    }
    files.sort();
    Ok(SizeReport { files })
}

/// The budget in KB gzip, from `size-budget.txt` at the workspace root.
pub fn budget_kb() -> Result<u64, String> {
    let path = crate::tools::root().join("size-budget.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| format!("{} has no budget number", path.display()))
}
