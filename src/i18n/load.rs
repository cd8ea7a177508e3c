//! Fetching a served language (French, German) when it is chosen, and the two sentences the
//! page shows meanwhile.
//!
//! The 15 files `locales/<code>/<part>.ftl` are fetched in parallel from the page's own
//! origin at relative URLs (so a build under a path prefix finds them); the service worker
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

/// Fetches the 15 files of `lang` and installs them; the first error otherwise.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(lang: Lang) -> Result<(), LoadError> {
    let urls: Vec<String> = super::sources::PARTS
        .iter()
        .map(|p| super::sources::url(lang, p))
        .collect();
    let texts = futures_join(urls.iter().map(|u| fetch_text(u.clone())).collect()).await;
    let mut out = Vec::with_capacity(texts.len());
    for (url, t) in urls.iter().zip(texts) {
        let t = t?;
        if !super::sources::looks_like_fluent(&t) {
            return Err(LoadError::NotMessages { url: url.clone() });
        }
        out.push(t);
    }
    super::sources::install(lang, &out);
    Ok(())
}

/// Awaits every future (the fetches run in parallel: each has been sent when it was made).
#[cfg(target_arch = "wasm32")]
async fn futures_join<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut out = Vec::with_capacity(futures.len());
    for f in futures {
        out.push(f.await);
    }
    out
}

/// One file's text.
#[cfg(target_arch = "wasm32")]
fn fetch_text(url: String) -> impl std::future::Future<Output = Result<String, LoadError>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    // The request leaves now; the future only waits for its answer.
    let promise = web_sys::window().map(|w| w.fetch_with_str(&url));
    async move {
        let network = || LoadError::Network { url: url.clone() };
        let resp = JsFuture::from(promise.ok_or_else(network)?)
            .await
            .map_err(|_| network())?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| network())?;
        if !resp.ok() {
            return Err(LoadError::Status {
                url: url.clone(),
                status: resp.status(),
            });
        }
        let text = JsFuture::from(resp.text().map_err(|_| network())?)
            .await
            .map_err(|_| network())?;
        text.as_string().ok_or_else(network)
    }
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
