//! The languages' tests: every message in every language, every key the code asks for,
//! the glossaries, one name per figure.

use super::sources::{disk_texts, MESSAGES, PARTS};
use super::*;
use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;

fn ids(src: &str, file: &str) -> BTreeSet<String> {
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{file}: Fluent syntax errors: {errors:?}"),
    };
    res.body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The 15 files of a language as they are on disk.
fn texts_of(lang: Lang) -> Vec<String> {
    disk_texts(lang)
}

#[test]
fn files_pair_up_and_every_message_exists_in_every_language() {
    let mut all = BTreeSet::new();
    let mut problems = Vec::new();
    let english = texts_of(Lang::En);
    for (i, part) in PARTS.iter().enumerate() {
        let en = ids(&english[i], &format!("en/{part}.ftl"));
        for lang in [Lang::It, Lang::Fr, Lang::De] {
            let text = &texts_of(lang)[i];
            let file = format!("{}/{part}.ftl", lang.code());
            if text.trim().is_empty() {
                problems.push(format!("{file}: missing or empty"));
                continue;
            }
            let other = ids(text, &file);
            let only_en: Vec<_> = en.difference(&other).collect();
            let only_other: Vec<_> = other.difference(&en).collect();
            if !only_en.is_empty() {
                problems.push(format!("{file}: missing {only_en:?}"));
            }
            if !only_other.is_empty() {
                problems.push(format!("{file}: not in English {only_other:?}"));
            }
        }
        for id in en {
            assert!(
                all.insert(id.clone()),
                "message {id} is defined in two files"
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_compiled_english_and_italian_hold_every_message_of_their_files() {
    // build.rs drops comments and cuts the files into chunks of whole messages: per part, the
    // chunks together have exactly the file's messages, and each chunk parses on its own.
    for lang in [Lang::En, Lang::It] {
        let files = texts_of(lang);
        for (i, part) in PARTS.iter().enumerate() {
            let chunks: Vec<&str> = MESSAGES
                .iter()
                .filter(|m| m.0 == *part)
                .map(|m| if lang == Lang::En { m.1 } else { m.2 })
                .collect();
            let mut got = BTreeSet::new();
            for c in &chunks {
                got.extend(ids(c, &format!("{}/{part}.ftl (compiled)", lang.code())));
                assert!(!c.lines().any(|l| l.starts_with('#')), "a comment kept");
            }
            assert_eq!(got, ids(&files[i], part), "{lang:?} {part}");
        }
    }
    // Chunks exist for every part, in PARTS order, and more than one for the largest files.
    let order: Vec<&str> = MESSAGES.iter().map(|m| m.0).collect();
    let mut dedup = order.clone();
    dedup.dedup();
    assert_eq!(dedup, PARTS);
    assert!(
        order.len() > PARTS.len(),
        "method.ftl and fields.ftl are cut"
    );
}

#[test]
fn french_and_german_are_served_not_compiled_and_load_from_their_files() {
    // Served languages parse as Fluent (what the page checks before installing them) and,
    // once installed from their texts, give their own words.
    for lang in [Lang::Fr, Lang::De] {
        let texts = disk_texts(lang);
        for (t, part) in texts.iter().zip(PARTS) {
            assert!(
                sources::looks_like_fluent(t),
                "{}/{part}.ftl is not Fluent",
                lang.code()
            );
        }
        sources::install(lang, &texts);
        assert!(sources::is_ready(lang));
        assert_ne!(
            translate(lang, "kpi-heat-delivered", &[]),
            translate(Lang::En, "kpi-heat-delivered", &[]),
            "{lang:?}"
        );
    }
    // What a misconfigured server might send instead of a file is refused.
    assert!(!sources::looks_like_fluent(
        "<!DOCTYPE html>\n<html><body>Not found</body></html>"
    ));
    assert!(!sources::looks_like_fluent(""));
    assert!(sources::looks_like_fluent("app-language = Sprache\n"));
    assert_eq!(sources::url(Lang::De, "app"), "locales/de/app.ftl");
}

#[test]
fn every_key_the_code_asks_for_exists() {
    // Keys are written as string literals passed to t(…), t_args(…), translate(…, …) or
    // tr!(…); find them in the sources and check English has each.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs")
                && !p.components().any(|c| c.as_os_str() == "i18n")
            {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                for key in keys_in(&text) {
                    if !has(Lang::En, &key) {
                        missing.push(format!("{}: {key}", p.display()));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages missing in locales/en: {missing:#?}"
    );
}

/// String literals right after `.t("`, `.t_args("`, `translate(lang, "`.
fn keys_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in [
        ".t(\"",
        ".t_args(\"",
        "Lang::En, \"",
        "Lang::It, \"",
        "tr!(\"",
    ] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                let key = &rest[..end];
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    out.push(key.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn languages_from_codes() {
    assert_eq!(Lang::from_code("it-IT"), Some(Lang::It));
    assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("fr_CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("de"), Some(Lang::De));
    assert_eq!(Lang::from_code("de-DE"), Some(Lang::De));
    assert_eq!(Lang::from_code("de-CH"), Some(Lang::De));
    assert_eq!(Lang::from_code("es-ES"), None);
    assert_eq!(Lang::from_code(""), None);
    // The selector's order and names.
    let codes: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["en", "it", "fr", "de"]);
    assert_eq!(Lang::Fr.name(), "Français");
    assert_eq!(Lang::De.name(), "Deutsch");
    for l in Lang::ALL {
        assert_eq!(Lang::from_code(l.code()), Some(l));
    }
}

#[test]
fn messages_differ_between_languages_and_take_arguments() {
    for lang in [Lang::It, Lang::Fr, Lang::De] {
        assert_ne!(
            translate(Lang::En, "app-language", &[]),
            translate(lang, "app-language", &[]),
            "{lang:?}"
        );
    }
    assert_eq!(translate(Lang::En, "no-such-key", &[]), "no-such-key");
    assert_eq!(translate(Lang::De, "no-such-key", &[]), "no-such-key");
    assert!(!has(Lang::Fr, "no-such-key"));
}

/// Every Italian message, as (file, line) pairs without comments.
fn italian_lines() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, part) in PARTS.iter().enumerate() {
        for line in texts_of(Lang::It)[i].lines() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            out.push((format!("it/{part}.ftl"), line.to_string()));
        }
    }
    out
}

/// locales/glossary.md, "Forbidden in Italian": phrases (any case) and words (whole words;
/// capitalised ones case-sensitive, as "Lei" is only formal with a capital).
const FORBIDDEN_PHRASES: &[&str] = &[
    "data centre",
    "datacenter",
    "/yr",
    "/year",
    "non ha funzionato",
    "la preghiamo",
];
const FORBIDDEN_WORDS: &[&str] = &[
    // the plural "voi"
    "vostro",
    "vostra",
    "vostri",
    "vostre",
    "scegliete",
    "vedete",
    "correggete",
    "impostatelo",
    "potete",
    "dovete",
    "avete",
    "caricatelo",
    "provate",
    // the formal "Lei"
    "Lei",
    "scelga",
    "corregga",
    "verifichi",
    "inserisca",
    "consulti",
    "desidera",
    "Suo",
    "Sua",
    "riprovi",
];

#[test]
fn italian_follows_the_glossary() {
    let mut bad = Vec::new();
    for (file, line) in italian_lines() {
        let lower = line.to_lowercase();
        for p in FORBIDDEN_PHRASES {
            if lower.contains(p) {
                bad.push(format!("{file}: «{p}» in: {line}"));
            }
        }
        for word in line.split(|c: char| !c.is_alphabetic()) {
            for f in FORBIDDEN_WORDS {
                let hit = if f.chars().next().is_some_and(char::is_uppercase) {
                    word == *f
                } else {
                    word.to_lowercase() == *f
                };
                if hit {
                    bad.push(format!("{file}: «{f}» in: {line}"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "Italian against locales/glossary.md:\n{}",
        bad.join("\n")
    );
    // The glossary's units and the words for a component that was simply not used.
    assert_eq!(translate(Lang::It, "unit-mwh-yr", &[]), "MWh/anno");
    assert!(translate(Lang::It, "kpi-scop-note-none", &[])
        .starts_with("la pompa di calore non è servita"));
    // The test's own check can fail: a line with "data centre" is caught.
    assert!("Il data centre"
        .to_lowercase()
        .contains(FORBIDDEN_PHRASES[0]));
}

/// Every message line of a served language (French, German) as (file, line), without
/// comments and without the sources' titles (`…-source` messages quote publications in their
/// own language, as the glossaries say).
fn served_lines(lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (text, part) in disk_texts(lang).iter().zip(PARTS) {
        for line in text.lines() {
            let t = line.trim_start();
            let id = t.split(" =").next().unwrap_or("");
            if t.starts_with('#') || id.ends_with("-source") {
                continue;
            }
            out.push((format!("{}/{part}.ftl", lang.code()), line.to_string()));
        }
    }
    out
}

/// What a glossary forbids: phrases (any case), whole words and word beginnings (any case).
struct Forbidden {
    phrases: &'static [&'static str],
    words: &'static [&'static str],
    starts: &'static [&'static str],
}

impl Forbidden {
    /// The offences in `line`.
    fn in_line(&self, line: &str) -> Vec<String> {
        let lower = line.to_lowercase();
        let mut out: Vec<String> = self
            .phrases
            .iter()
            .filter(|p| lower.contains(*p))
            .map(|p| p.to_string())
            .collect();
        for word in lower.split(|c: char| !c.is_alphabetic()) {
            if self.words.contains(&word) || self.starts.iter().any(|s| word.starts_with(s)) {
                out.push(word.to_string());
            }
        }
        out
    }
}

/// locales/fr/glossary.md: *vous*, never *tu*; « centre de données », never *data center*;
/// `/an`, never `/yr`; a component not needed is not « en panne ».
const FRENCH: Forbidden = Forbidden {
    phrases: &[
        "data center",
        "data centre",
        "datacenter",
        "/yr",
        "/year",
        "n'a pas fonctionné",
        "n\u{2019}a pas fonctionné",
        "en panne",
    ],
    // The *tu* forms that are never anything else.
    words: &["tu", "toi", "ta", "tes", "ton", "tien", "tienne"],
    starts: &[],
};

/// locales/de/glossary.md: *Sie*, never *du*; `/a`, never `/yr`; „Fernwärmenetz“ or „Netz“,
/// never „Wärmenetz“; a component not needed has not failed.
const GERMAN: Forbidden = Forbidden {
    phrases: &["/yr", "/year", "ist ausgefallen", "hat nicht funktioniert"],
    // The *du* forms (and the plural *euch*, *euer*) that are never anything else.
    words: &[
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch",
        "euer", "eure",
    ],
    // „Wärmenetz“ as a word of its own (not inside „Fernwärmenetz“).
    starts: &["wärmenetz"],
};

#[test]
fn french_and_german_follow_their_glossaries() {
    let mut bad = Vec::new();
    for (lang, rules) in [(Lang::Fr, &FRENCH), (Lang::De, &GERMAN)] {
        for (file, line) in served_lines(lang) {
            for what in rules.in_line(&line) {
                bad.push(format!("{file}: «{what}» in: {line}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "against the glossaries:\n{}",
        bad.join("\n")
    );
    // The glossaries' units and figures.
    assert_eq!(translate(Lang::Fr, "unit-mwh-yr", &[]), "MWh/an");
    assert_eq!(translate(Lang::De, "unit-mwh-yr", &[]), "MWh/a");
    assert_eq!(
        translate(Lang::Fr, "kpi-heat-delivered", &[]),
        "Chaleur livrée"
    );
    assert_eq!(
        translate(Lang::De, "kpi-heat-delivered", &[]),
        "Gelieferte Wärme"
    );
    // The checks can fail: a tutoiement, a *du*, a bare „Wärmenetz“ are caught; „vous“ and
    // „Fernwärmenetz“ are not.
    assert_eq!(FRENCH.in_line("Choisis ton projet"), ["ton"]);
    assert!(FRENCH.in_line("Choisissez votre projet").is_empty());
    assert_eq!(FRENCH.in_line("le Data Center"), ["data center"]);
    assert_eq!(GERMAN.in_line("Wähle du"), ["du"]);
    assert_eq!(GERMAN.in_line("Das Wärmenetz"), ["wärmenetz"]);
    assert!(GERMAN.in_line("Das Fernwärmenetz, wählen Sie").is_empty());
}

/// One name per figure: the page's KPI, the comparison table and the report use the same
/// words, in both languages (locales/glossary.md, "Figures").
#[test]
fn one_name_per_figure_on_the_page_in_compare_and_in_the_report() {
    let figures = [
        ("kpi-heat-delivered", "compare-heat", "report-kpi-heat"),
        ("kpi-homes", "compare-homes", "report-kpi-homes"),
        ("kpi-co2", "compare-co2", "report-kpi-co2"),
        ("kpi-dc-share", "compare-share", "report-kpi-share"),
        ("kpi-erf", "compare-erf", "report-kpi-erf"),
        ("kpi-pue", "compare-pue", "report-kpi-pue"),
        ("kpi-scop", "compare-scop", "report-kpi-scop"),
        ("kpi-payback", "compare-payback", "report-kpi-payback"),
        ("kpi-lcoh", "compare-lcoh", "report-kpi-lcoh"),
        ("kpi-utility", "compare-utility", "report-kpi-utility"),
        ("kpi-dc", "compare-dc", "report-kpi-dc"),
    ];
    for lang in Lang::ALL {
        for (page, compare, report) in figures {
            let name = translate(lang, page, &[]);
            assert_eq!(
                name,
                translate(lang, compare, &[]),
                "{lang:?} {page} vs {compare}"
            );
            assert_eq!(
                name,
                translate(lang, report, &[]),
                "{lang:?} {page} vs {report}"
            );
        }
    }
}

#[test]
fn every_preset_has_its_name_description_and_story_in_every_language() {
    for (stem, _) in crate::presets::PRESETS {
        for lang in Lang::ALL {
            for part in ["name", "description", "story"] {
                let text = preset_text(lang, stem, part);
                assert!(text.is_some_and(|t| t.len() > 10), "{lang:?} {stem} {part}");
            }
        }
        assert_ne!(
            preset_text(Lang::En, stem, "name"),
            preset_text(Lang::It, stem, "name"),
            "{stem}: the Italian name is the English one"
        );
    }
}
