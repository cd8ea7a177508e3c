//! What a browser downloads for the release build, gzip-compressed, against the budget.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::fmt;
use std::io::Write;
use std::path::Path;

/// Sizes of the release build by kind, in bytes after gzip.
pub struct SizeReport {
    files: Vec<(String, u64, u64)>,
    /// Per served language (`locales/<code>/`, fetched when chosen): its code and gzip bytes.
    languages: Vec<(String, u64)>,
}

/// The instruments' Web Worker's files (`heat-twin-worker*`): fetched only when an instrument
/// first runs, never on a first visit.
fn is_worker(name: &str) -> bool {
    name.starts_with("heat-twin-worker")
}

impl SizeReport {
    /// Gzip bytes of what a first visit downloads (everything but the worker, the embeddable
    /// card's page, `embed.html`, which only another site's iframe loads instead of
    /// `index.html`, and the link preview image, which only crawlers fetch; French and German,
    /// in the `locales/` folder, are fetched only when chosen and are not in `files`).
    pub fn first_visit_gzip(&self) -> u64 {
        self.files
            .iter()
            .filter(|(n, _, _)| {
                !is_worker(n)
                    && n != "embed.html"
                    && !crate::offline::NOT_PRECACHED.contains(&n.as_str())
            })
            .map(|(_, _, g)| g)
            .sum()
    }

    /// Gzip bytes of the worker, downloaded when an instrument first runs.
    pub fn worker_gzip(&self) -> u64 {
        self.files
            .iter()
            .filter(|(n, _, _)| is_worker(n))
            .map(|(_, _, g)| g)
            .sum()
    }

    /// Fails when a first visit weighs more than `budget.page` or the worker more than
    /// `budget.worker` (1 KB = 1,000 bytes).
    pub fn check(&self, budget: Budget) -> Result<(), String> {
        let (page, worker) = (self.first_visit_gzip(), self.worker_gzip());
        let mut over = Vec::new();
        if page > budget.page * 1000 {
            over.push(format!(
                "a first visit downloads {:.1} KB gzip, over the budget of {} KB",
                page as f64 / 1000.0,
                budget.page
            ));
        }
        if worker > budget.worker * 1000 {
            over.push(format!(
                "the instruments' worker weighs {:.1} KB gzip, over its budget of {} KB",
                worker as f64 / 1000.0,
                budget.worker
            ));
        }
        if over.is_empty() {
            eprintln!(
                "xtask: within the size budget: first visit {:.1} of {} KB gzip, worker {:.1} of {} KB",
                page as f64 / 1000.0,
                budget.page,
                worker as f64 / 1000.0,
                budget.worker
            );
            Ok(())
        } else {
            Err(format!("{} (size-budget.txt)", over.join("; ")))
        }
    }
}

/// The two budgets of size-budget.txt, KB gzip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// What a first visit downloads.
    pub page: u64,
    /// The instruments' worker, fetched on first use.
    pub worker: u64,
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
        writeln!(
            f,
            "  first visit (wasm + js + css + html)              {:>8.1} KB gzip",
            self.first_visit_gzip() as f64 / 1000.0
        )?;
        write!(
            f,
            "  the instruments' worker, on first use             {:>8.1} KB gzip",
            self.worker_gzip() as f64 / 1000.0
        )?;
        for (code, gz) in &self.languages {
            write!(
                f,
                "\n  language {code:<3} (locales/{code}/), when chosen      {:>8.1} KB gzip",
                *gz as f64 / 1000.0
            )?;
        }
        Ok(())
    }
}

/// Measures the files a browser downloads from `dist` (wasm, js, css, html, and the
/// manifest and icons that a browser fetches to offer installing the page).
pub fn measure(dist: &Path) -> Result<SizeReport, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(
            ext,
            "wasm" | "js" | "css" | "html" | "webmanifest" | "svg" | "png"
        ) {
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
    let mut languages: Vec<(String, u64)> = Vec::new();
    for name in crate::offline::served_languages(dist)? {
        let code = name.split('/').nth(1).unwrap_or("?").to_string();
        let bytes =
            std::fs::read(dist.join(&name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        let gz = crate::compress::gzip(&bytes)?.len() as u64;
        match languages.iter_mut().find(|(c, _)| *c == code) {
            Some((_, total)) => *total += gz,
            None => languages.push((code, gz)),
        }
    }
    Ok(SizeReport { files, languages })
}

/// The budgets in KB gzip, from `size-budget.txt` at the workspace root: its first two lines
/// that are not comments, `page N` (a first visit) and `worker N` (the instruments' worker).
pub fn budget() -> Result<Budget, String> {
    let path = crate::tools::root().join("size-budget.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_budget(&text).ok_or_else(|| {
        format!(
            "{} needs two lines, `page N` and `worker N` (KB gzip)",
            path.display()
        )
    })
}

fn parse_budget(text: &str) -> Option<Budget> {
    let mut page = None;
    let mut worker = None;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once(char::is_whitespace)?;
        let n: u64 = value.trim().parse().ok()?;
        match key {
            "page" => page = Some(n),
            "worker" => worker = Some(n),
            _ => return None,
        }
    }
    Some(Budget {
        page: page?,
        worker: worker?,
    })
}

#[cfg(test)]
mod budget_tests {
    use super::*;

    #[test]
    fn the_budget_file_names_both_budgets() {
        let b = parse_budget("# comment\npage 760\nworker 240\n").expect("valid");
        assert_eq!(
            b,
            Budget {
                page: 760,
                worker: 240
            }
        );
        assert_eq!(parse_budget("1000\n"), None);
        assert_eq!(parse_budget("page 700\n"), None);
        assert_eq!(parse_budget("page x\nworker 1\n"), None);
    }

    #[test]
    fn the_worker_is_not_part_of_a_first_visit() {
        let r = SizeReport {
            files: vec![
                ("heat-twin-abc_bg.wasm".into(), 0, 700_000),
                ("heat-twin-worker-def_bg.wasm".into(), 0, 220_000),
                ("index.html".into(), 0, 5_000),
                ("embed.html".into(), 0, 2_000),
            ],
            languages: vec![("fr".into(), 45_000)],
        };
        // embed.html is another entry (an iframe's), not part of a visit to index.html; a
        // served language is fetched when chosen.
        assert_eq!(r.first_visit_gzip(), 705_000);
        assert_eq!(r.worker_gzip(), 220_000);
        assert!(r
            .check(Budget {
                page: 706,
                worker: 220
            })
            .is_ok());
        assert!(r
            .check(Budget {
                page: 704,
                worker: 220
            })
            .is_err());
        assert!(r
            .check(Budget {
                page: 706,
                worker: 219
            })
            .is_err());
    }
}
