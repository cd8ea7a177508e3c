//! The portfolios the page offers, embedded: every `portfolios/*.json` (a test checks the list
//! against the folder), by file stem (the values of `select[data-control="portfolio"]`).

/// `(stem, JSON text)` of each embedded portfolio, Lombardy first (the page opens on it).
pub const PORTFOLIOS: &[(&str, &str)] = &[
    ("lombardy", include_str!("../../portfolios/lombardy.json")),
    (
        "example-shared",
        include_str!("../../portfolios/example-shared.json"),
    ),
];

/// The stem the page opens on.
pub const DEFAULT: &str = "lombardy";

/// The JSON text of the portfolio `stem`, if embedded.
pub fn text(stem: &str) -> Option<&'static str> {
    PORTFOLIOS.iter().find(|(s, _)| *s == stem).map(|(_, t)| *t)
}

/// The portfolio's `name` field (the option's label), or the stem.
pub fn name(stem: &str) -> String {
    text(stem)
        .and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok())
        .and_then(|v| v.get("name").and_then(|n| n.as_str()).map(str::to_owned))
        .unwrap_or_else(|| stem.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_portfolio_file_is_embedded_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/portfolios");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("portfolios/")
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.strip_suffix(".json").map(str::to_owned)
            })
            .collect();
        files.sort();
        let mut ours: Vec<&str> = PORTFOLIOS.iter().map(|(s, _)| *s).collect();
        ours.sort();
        assert_eq!(ours, files);
        assert!(text(DEFAULT).is_some());
        assert_eq!(
            name("example-shared"),
            "Example: two data centres sharing one small network"
        );
        assert_eq!(name("nope"), "nope");
    }
}
