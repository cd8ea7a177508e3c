//! Where each language's messages come from, and its Fluent bundle.
//!
//! English and Italian are compiled into the wasm (`include_str!`); French and German are
//! served beside the page as `locales/<code>/<part>.ftl` (index.html copies the folders with
//! trunk's `copy-dir`) and installed here once fetched ([`super::load`]), so that a first
//! visit downloads neither (size-budget.txt). In the native unit tests they are read from
//! disk, so that every test that runs over [`Lang::ALL`] checks them too.

use super::Lang;
use fluent_bundle::{FluentBundle, FluentResource};
use std::cell::RefCell;

// `PARTS` (the `.ftl` files of each language, in order; the list is build.rs's) and
// `MESSAGES`: English and Italian, (part, English chunk, Italian chunk), written by build.rs
// from locales/{en,it}/*.ftl without comments and interleaved for a smaller download.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The relative URL of a served language's part (relative to the page, so that a build under
/// a path prefix finds it).
pub fn url(lang: Lang, part: &str) -> String {
    format!("locales/{}/{part}.ftl", lang.code())
}

thread_local! {
    static BUNDLES: RefCell<Vec<(Lang, FluentBundle<FluentResource>)>> = const { RefCell::new(Vec::new()) };
}

/// A bundle of `lang` from its files' texts. Parse errors are reported by the tests; a
/// message that fails to parse is simply missing. A duplicate id (a bug caught by the tests)
/// keeps the first.
fn build(lang: Lang, texts: &[&str]) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for src in texts {
        let res = match FluentResource::try_new((*src).to_string()) {
            Ok(r) => r,
            Err((r, _errors)) => r,
        };
        let _ = bundle.add_resource(res);
    }
    bundle
}

/// The texts of a language that needs no fetching: compiled in (English, Italian), or, in
/// the native unit tests, read from `locales/<code>/` on disk.
fn local_texts(lang: Lang) -> Option<Vec<String>> {
    match lang {
        Lang::En => Some(MESSAGES.iter().map(|m| m.1.to_string()).collect()),
        Lang::It => Some(MESSAGES.iter().map(|m| m.2.to_string()).collect()),
        #[cfg(all(test, not(target_arch = "wasm32")))]
        Lang::Fr | Lang::De => Some(disk_texts(lang)),
        #[cfg(not(all(test, not(target_arch = "wasm32"))))]
        Lang::Fr | Lang::De => None,
    }
}

/// The 15 files of a language as they are on disk (a missing file reads as empty: the tests
/// then name every message it lacks).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn disk_texts(lang: Lang) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/");
    PARTS
        .iter()
        .map(|p| {
            std::fs::read_to_string(format!("{dir}{}/{p}.ftl", lang.code())).unwrap_or_default()
        })
        .collect()
}

/// Installs a fetched language's texts (one per part, in [`PARTS`] order), replacing any
/// earlier copy.
pub fn install(lang: Lang, texts: &[String]) {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let bundle = build(lang, &refs);
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        bundles.retain(|(l, _)| *l != lang);
        bundles.push((lang, bundle));
    });
}

/// Whether `lang`'s messages are available (compiled in, or fetched and installed).
pub fn is_ready(lang: Lang) -> bool {
    with_bundle(lang, |b| b.is_some())
}

/// Builds `lang`'s bundle on first use when its texts need no fetching (one copy of this
/// code, not one per caller of [`with_bundle`]).
#[inline(never)]
fn ensure(lang: Lang) {
    BUNDLES.with(|cell| {
        if cell.borrow().iter().any(|(l, _)| *l == lang) {
            return;
        }
        if let Some(texts) = local_texts(lang) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let bundle = build(lang, &refs);
            cell.borrow_mut().push((lang, bundle));
        }
    });
}

/// Runs `f` with `lang`'s bundle (built on first use for a compiled language), or None when
/// the language has not been fetched yet.
pub fn with_bundle<R>(lang: Lang, f: impl FnOnce(Option<&FluentBundle<FluentResource>>) -> R) -> R {
    ensure(lang);
    BUNDLES.with(|cell| {
        let bundles = cell.borrow();
        f(bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b))
    })
}

/// Whether a fetched file is Fluent messages: it parses without error and is not empty (a
/// web server's "not found" page sent with status 200, or an HTML fallback page, is not).
/// The native tests refuse any syntax error in the files, so a real file always passes.
pub fn looks_like_fluent(text: &str) -> bool {
    matches!(FluentResource::try_new(text.to_string()), Ok(r) if r.entries().next().is_some())
}
