//! Fetching a served language (French, German) when it is chosen, and the two sentences the
//! page shows meanwhile.
//!
//! The 15 files `locales/<code>/<part>.ftl` are fetched in parallel (public/boot.js) from the
//! page's own origin at relative URLs (so a build under a path prefix finds them); the service worker
//! keeps each one once fetched, so the language also opens offline afterwards (public/sw.js).
//! Until every file has arrived the page stays in the language it shows; if one fails, the
//! page says so and stays there.
//!
//! The sentences are written here, not in the `.ftl` files, because they must be readable
//! when a language's files cannot be loaded: the failure is said in the page's language and
//! in the chosen one, both compiled in.

use super::Lang;

/// Why a language could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// No answer (offline, or the server is unreachable).
    Network {
        /// The file's relative URL.
        url: String,
    },
    /// An answer that is not the file: an HTTP error status.
    Status {
        /// The file's relative URL.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// An answer that is not Fluent messages (e.g. an HTML page).
    NotMessages {
        /// The file's relative URL.
        url: String,
    },
}

impl LoadError {
    /// The file and what went wrong, in `lang`'s words.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { url } => format!("{url}: {}", words(lang).no_answer),
            LoadError::Status { url, status } => format!("{url}: HTTP {status}"),
            LoadError::NotMessages { url } => format!("{url}: {}", words(lang).not_messages),
        }
    }
}

/// The sentences of the language switch in one language.
struct Words {
    loading: &'static str,
    failed: &'static str,
    no_answer: &'static str,
    not_messages: &'static str,
}

/// `{name}` stands for the chosen language's name (in itself), `{reason}` for
/// [`LoadError::reason`].
fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            loading: "Loading {name}…",
            failed: "{name} could not be loaded ({reason}); the page keeps its current language.",
            no_answer: "no answer from the server",
            not_messages: "not a file of messages",
        },
        Lang::It => Words {
            loading: "Caricamento di {name}…",
            failed: "Impossibile caricare {name} ({reason}); la pagina resta nella lingua attuale.",
            no_answer: "nessuna risposta dal server",
            not_messages: "non è un file di messaggi",
        },
        Lang::Fr => Words {
            loading: "Chargement : {name}…",
            failed: "Impossible de charger {name} ({reason}) ; la page reste dans sa langue actuelle.",
            no_answer: "pas de réponse du serveur",
            not_messages: "ce n'est pas un fichier de messages",
        },
        Lang::De => Words {
            loading: "{name} wird geladen …",
            failed: "{name} konnte nicht geladen werden ({reason}); die Seite bleibt in ihrer bisherigen Sprache.",
            no_answer: "keine Antwort vom Server",
            not_messages: "keine Datei mit Meldungen",
        },
    }
}

/// "Loading Deutsch…" in `shown`, the language the page shows.
pub fn loading_text(shown: Lang, wanted: Lang) -> String {
    words(shown).loading.replace("{name}", wanted.name())
}

/// The failure in `lang`.
pub fn failed_text(lang: Lang, wanted: Lang, error: &LoadError) -> String {
    words(lang)
        .failed
        .replace("{name}", wanted.name())
        .replace("{reason}", &error.reason(lang))
}

/// Fetches the 15 files of `lang` (in parallel, by `heatTwinFetchTexts` of public/boot.js:
/// a few lines of JavaScript instead of 15 futures compiled into the wasm) and installs them;
/// the first error otherwise.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(lang: Lang) -> Result<(), LoadError> {
    use wasm_bindgen::{JsCast, JsValue};
    let urls: Vec<String> = super::sources::PARTS
        .iter()
        .map(|p| super::sources::url(lang, p))
        .collect();
    let first = LoadError::Network {
        url: urls[0].clone(),
    };
    let list: js_sys::Array = urls.iter().map(|u| JsValue::from_str(u)).collect();
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("heatTwinFetchTexts")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &list).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(first)?;
    let texts = match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(v) => js_sys::Array::from(&v),
        // [url, status]: status 0 when no answer came.
        Err(e) => {
            let e = js_sys::Array::from(&e);
            let url = e.get(0).as_string().unwrap_or_else(|| urls[0].clone());
            return Err(match e.get(1).as_f64() {
                Some(s) if s > 0.0 => LoadError::Status {
                    url,
                    status: s as u16,
                },
                _ => LoadError::Network { url },
            });
        }
    };
    let mut out = Vec::with_capacity(urls.len());
    for (i, url) in urls.iter().enumerate() {
        let text = texts.get(i as u32).as_string().unwrap_or_default();
        if !super::sources::looks_like_fluent(&text) {
            return Err(LoadError::NotMessages { url: url.clone() });
        }
        out.push(text);
    }
    super::sources::install(lang, &out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_says_what_it_loads_and_why_it_failed_in_each_language() {
        assert_eq!(loading_text(Lang::En, Lang::De), "Loading Deutsch…");
        assert_eq!(loading_text(Lang::It, Lang::Fr), "Caricamento di Français…");
        let e = LoadError::Status {
            url: "locales/de/app.ftl".into(),
            status: 404,
        };
        assert_eq!(
            failed_text(Lang::En, Lang::De, &e),
            "Deutsch could not be loaded (locales/de/app.ftl: HTTP 404); the page keeps its current language."
        );
        let offline = LoadError::Network {
            url: "locales/fr/fields.ftl".into(),
        };
        let de = failed_text(Lang::De, Lang::Fr, &offline);
        assert!(
            de.starts_with(
                "Français konnte nicht geladen werden (locales/fr/fields.ftl: keine Antwort"
            ),
            "{de}"
        );
        for lang in Lang::ALL {
            let t = failed_text(lang, Lang::Fr, &offline);
            assert!(!t.contains('{') && t.contains("Français"), "{t}");
        }
    }
}
