//! Bytes in: an uploaded file or the shipped example, parsed by `heat_twin_measured::load_csv`
//! in the browser (the data never leaves it). A refused file becomes a sentence naming the line
//! and the column; the caller keeps what was loaded before.

use crate::i18n::{translate, Arg, Lang};
use heat_twin_measured::{load_csv, LoadError, LoadOptions, Measured};
use std::sync::Arc;

/// Where the example is served from, relative to the page: index.html copies
/// `data/measured/` into the build's `measured/` folder (kept out of the service worker's
/// precache, which lists only the build's top-level files: the example is 2.1 MB).
pub const EXAMPLE_URL: &str = "measured/example-15min.csv";

/// The example's file name as shown.
pub const EXAMPLE_NAME: &str = "example-15min.csv";

/// A loaded file.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Its name as uploaded.
    pub name: String,
    /// Its hourly series.
    pub data: Arc<Measured>,
    /// The worker's [`heat_twin_worker::Request::Measured`] of these series, written once when
    /// the file loads (about 16 ms in headless Chromium) so that a calibration's click sends it
    /// as it is and writes only the scenario. Empty when it could not be written (the
    /// calibration then says so).
    pub worker_request: Arc<str>,
}

/// The sentence for a refused file, in `lang`: its name, the line, the column (with the
/// header's text when known) and the reason (the crate's English wording).
pub fn refused(lang: Lang, name: &str, e: &LoadError) -> String {
    let header = e
        .header
        .as_ref()
        .map(|h| format!(" ({h})"))
        .unwrap_or_default();
    translate(
        lang,
        "measured-bad-file",
        &[
            ("file", Arg::Text(name.to_string())),
            ("line", Arg::Text(e.line.to_string())),
            ("column", Arg::Text(format!("{}{header}", e.column))),
            ("reason", Arg::Text(e.kind.to_string())),
        ],
    )
}

/// Parses `bytes` named `name` as `options` say: its series, or the sentence saying why not.
pub fn parse_measured(
    lang: Lang,
    name: &str,
    bytes: &[u8],
    options: &LoadOptions,
) -> Result<Measured, String> {
    crate::perf::time("measured file", || load_csv(bytes, options))
        .map_err(|e| refused(lang, name, &e))
}

/// The loaded data named `name`, with the worker's request written once.
pub fn loaded(name: String, m: Measured) -> Loaded {
    let data = Arc::new(m);
    let worker_request = crate::perf::time("measured worker request", || {
        serde_json::to_string(&heat_twin_worker::Request::Measured {
            measured: Box::new((*data).clone()),
        })
    })
    .unwrap_or_default();
    Loaded {
        name,
        data,
        worker_request: Arc::from(worker_request),
    }
}

/// The file input an `input`/`change` event came from and the first file chosen in it (none
/// when the event has no file input or nothing was chosen).
#[cfg(target_arch = "wasm32")]
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// Every file chosen in the file input an `input`/`change` event came from.
#[cfg(target_arch = "wasm32")]
pub fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    use wasm_bindgen::JsCast;
    let Some(list) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|i| i.files())
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The bytes of an uploaded file.
#[cfg(target_arch = "wasm32")]
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The bytes of the example, fetched from the page's own origin.
#[cfg(target_arch = "wasm32")]
pub async fn example_bytes() -> Option<Vec<u8>> {
    crate::fetch::bytes(EXAMPLE_URL).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_number_names_its_line_and_column_in_both_languages() {
        // Line 3 (header = line 1), column 2: "12x" is not a number.
        let csv = "timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,10\n2023-01-01T01:00:00+01:00,12x\n";
        for lang in [Lang::En, Lang::It] {
            let e = parse_measured(lang, "bad.csv", csv.as_bytes(), &LoadOptions::default())
                .expect_err("refused");
            assert!(e.contains("bad.csv"), "{e}");
            assert!(
                e.contains(" 3") && e.contains("2 (heat_delivered_kw)"),
                "{e}"
            );
        }
        let good = "timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,10\n";
        let ok = parse_measured(
            Lang::En,
            "good.csv",
            good.as_bytes(),
            &LoadOptions::default(),
        )
        .expect("loads");
        assert_eq!(loaded("good.csv".into(), ok).data.series.len(), 1);
    }
}
