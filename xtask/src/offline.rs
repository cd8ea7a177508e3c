//! The locked-down, offline release build (issue 12), after trunk and the first-paint figures:
//!
//! 1. **No inline script.** trunk starts the app with an inline `<script type="module">`; it is
//!    moved into a file of its own, `heat-twin-start-<hash>.js`, loaded by
//!    `<script type="module" src=…>`, so that the page's Content-Security-Policy needs no
//!    `'unsafe-inline'` and no hash for scripts.
//! 2. **The Content-Security-Policy** ([`POLICY`]) as a `<meta http-equiv>` at the marker
//!    `<!--content-security-policy-->` of index.html (docs/deploy.md gives the same policy as a
//!    response header, which a server should send as well: `frame-ancestors` only works there).
//!    `trunk serve` (debug) keeps the marker and no policy, so that its live-reload script runs.
//! 3. **The service worker's lists**: `sw.js` (public/sw.js) gets its `VERSION` (a hash of every
//!    file's name and content, so any change makes a new version), `FILES` (what it caches at
//!    install: every file a first visit loads, relative to `sw.js`, so the same build works
//!    under any path prefix) and `HASHED` (names carrying trunk's content hash, served from the
//!    cache first). The instruments' worker is not precached (it would add its 255 KB to every
//!    first visit): the service worker keeps it when it is first fetched. Nor are French and
//!    German (`locales/fr/`, `locales/de/`, fetched by the page when chosen, src/i18n/load.rs):
//!    the service worker keeps each file once fetched, and a new version fetches again, at
//!    install, the ones the old version had kept; they count in `VERSION`.

use std::path::Path;

/// The page's Content-Security-Policy: only its own origin; `'wasm-unsafe-eval'` compiles the
/// model; styles may be set inline by the app (Leptos writes `style` attributes; styles cannot
/// run code and, with every other directive at `'self'`, cannot load anything from elsewhere);
/// images may be `data:`/`blob:` (the exported charts and the QR code).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; \
connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'none'";

/// The marker in index.html where the policy goes.
pub const CSP_MARKER: &str = "<!--content-security-policy-->";

/// Files the service worker does not keep: the link preview is for crawlers, not the page.
pub const NOT_PRECACHED: &[&str] = &["preview.png"];

/// The three placeholders of public/sw.js.
const VERSION_SLOT: &str = "__HEAT_TWIN_VERSION__";
const FILES_SLOT: &str = "/*__HEAT_TWIN_FILES__*/";
const HASHED_SLOT: &str = "/*__HEAT_TWIN_HASHED__*/";

/// FNV-1a, 64 bits: a stable fingerprint of the build (not a security hash: it only has to
/// change when a file changes).
pub fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// FNV-1a's offset basis.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Moves the inline module script into `heat-twin-start-<hash>.js`; returns the new index.html
/// and the script file (name, content). Fails when there is not exactly one inline script.
pub fn extract_inline_script(html: &str) -> Result<(String, String, String), String> {
    let open = "<script type=\"module\">";
    let starts: Vec<usize> = html.match_indices(open).map(|(i, _)| i).collect();
    if starts.len() != 1 {
        return Err(format!(
            "index.html should have one inline module script from trunk, found {}",
            starts.len()
        ));
    }
    let start = starts[0];
    let body_start = start + open.len();
    let end = html[body_start..]
        .find("</script>")
        .map(|i| i + body_start)
        .ok_or("trunk's module script is not closed")?;
    let body = html[body_start..end].trim().to_string();
    let name = format!(
        "heat-twin-start-{:016x}.js",
        fnv1a(body.as_bytes(), FNV_START)
    );
    let tag = format!(
        "<script type=\"module\" src=\"{}\"></script>",
        beside_app(&name, &body)
    );
    let out = format!(
        "{}{}{}",
        &html[..start],
        tag,
        &html[end + "</script>".len()..]
    );
    // No other inline script may remain (the page's own boot script is public/boot.js).
    if out.contains("<script>") || out.contains("<script type=\"module\">") {
        return Err("index.html still has an inline <script>: move it into public/".into());
    }
    Ok((out, name, body + "\n"))
}

/// The URL of `name` beside the app's script that trunk's loader imports (`/name` for the
/// root, `/sub/app/name` under `--public-url`).
fn beside_app(name: &str, body: &str) -> String {
    let prefix = body
        .find(" from ")
        .map(|i| &body[i + 6..])
        .and_then(|rest| {
            let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
            let path = &rest[1..rest[1..].find(quote)? + 1];
            path.rfind('/').map(|slash| path[..=slash].to_string())
        })
        .unwrap_or_default();
    format!("{prefix}{name}")
}

/// index.html with the policy's `<meta>` at the marker.
pub fn write_policy(html: &str) -> Result<String, String> {
    if !html.contains(CSP_MARKER) {
        return Err(format!("index.html has no {CSP_MARKER} marker"));
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\" />");
    Ok(html.replacen(CSP_MARKER, &meta, 1))
}

/// index.html with trunk's preloads of the app (`<link rel="modulepreload">` of its script and
/// `<link rel="preload" … as="fetch">` of its wasm, which trunk writes at the end of `<head>`)
/// moved before the first stylesheet: on HTTP/1.1 a browser opens six connections per origin,
/// and the eleven stylesheets ahead of it kept the wasm, the largest download, waiting for
/// two round trips on a slow link. Unchanged when there is no stylesheet or no preload.
pub fn preload_first(html: &str) -> String {
    let Some(first_css) = html.find("<link rel=\"stylesheet\"") else {
        return html.to_string();
    };
    let mut rest = html.to_string();
    let mut moved = Vec::new();
    for open in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        let Some(start) = rest.find(open) else {
            continue;
        };
        let Some(len) = rest[start..].find('>') else {
            continue;
        };
        if start < first_css {
            continue; // already before the stylesheets
        }
        moved.push(rest[start..=start + len].to_string());
        rest.replace_range(start..=start + len, "");
    }
    if moved.is_empty() {
        return html.to_string();
    }
    let at = rest.find("<link rel=\"stylesheet\"").unwrap_or(first_css);
    rest.insert_str(at, &format!("{}\n    ", moved.join("\n    ")));
    rest
}

/// index.html with its stylesheets (`<link rel="stylesheet" …>`, which trunk writes in
/// `<head>`) moved to the end of `<body>`, after the loading message and the boot script: a
/// stylesheet in `<head>` holds back the first paint until it has arrived, and on a slow link
/// the eleven of them, sharing the line with the wasm, kept the loading message off the screen
/// for about a second (issue 14). The message has its own few rules inline in index.html; the
/// app starts only after its wasm, long after the stylesheets. Unchanged when there is no
/// stylesheet or no `</body>`.
pub fn styles_last(html: &str) -> String {
    const OPEN: &str = "<link rel=\"stylesheet\"";
    let Some(body_end) = html.rfind("</body>") else {
        return html.to_string();
    };
    let Some(head_end) = html.find("</head>") else {
        return html.to_string();
    };
    let mut links = Vec::new();
    let mut head = String::with_capacity(head_end);
    let mut rest = &html[..head_end];
    while let Some(start) = rest.find(OPEN) {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        // The link, and the indentation before it, leave the head.
        let kept = rest[..start].trim_end_matches([' ', '\t']);
        head.push_str(kept.strip_suffix('\n').unwrap_or(kept));
        links.push(rest[start..=start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    if links.is_empty() {
        return html.to_string();
    }
    head.push_str(rest);
    format!(
        "{head}{}\n    {}\n  {}",
        html[head_end..body_end].trim_end(),
        links.join("\n    "),
        &html[body_end..]
    )
}

/// The embeddable card's page (src/embed/): index.html marked `<html … data-mode="embed">`,
/// so that the same app mounts the card.
pub fn embed_page(index_html: &str) -> Result<String, String> {
    let open = index_html
        .find("<html")
        .ok_or("index.html has no <html> element")?;
    let end = index_html[open..]
        .find('>')
        .map(|i| i + open)
        .ok_or("index.html's <html> is not closed")?;
    Ok(format!(
        "{} data-mode=\"embed\"{}",
        &index_html[..end],
        &index_html[end..]
    )
    .replacen(
        "<title>heat-twin — data-centre heat for district heating</title>",
        "<title>heat-twin — a scenario's heat, homes and CO2</title>",
        1,
    ))
}

/// Whether a file name carries trunk's content hash (`-` and 16 hex digits before the
/// extension, or before `_bg`).
pub fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| {
        (12..=16).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// sw.js with its version and lists filled from `names` (relative paths, sorted) and the
/// build's `version`.
pub fn fill_service_worker(
    template: &str,
    names: &[String],
    version: &str,
) -> Result<String, String> {
    for slot in [VERSION_SLOT, FILES_SLOT, HASHED_SLOT] {
        if !template.contains(slot) {
            return Err(format!("sw.js has no {slot}"));
        }
    }
    let quoted = |n: &String| format!("\"{n}\"");
    let precached: Vec<String> = std::iter::once("./".to_string())
        .chain(
            names
                .iter()
                .filter(|n| !n.starts_with("heat-twin-worker"))
                .cloned(),
        )
        .collect();
    let files = precached.iter().map(quoted).collect::<Vec<_>>().join(", ");
    let hashed = names
        .iter()
        .filter(|n| is_hashed(n))
        .map(quoted)
        .collect::<Vec<_>>()
        .join(", ");
    Ok(template
        .replacen(VERSION_SLOT, version, 1)
        .replacen(FILES_SLOT, &files, 1)
        .replacen(HASHED_SLOT, &hashed, 1))
}

/// The files of the build that the service worker lists: every file in `dist/` (not in
/// folders) but `sw.js` and the precompressed copies, sorted.
fn build_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n != "sw.js" && !n.ends_with(".gz") && !n.ends_with(".br"))
        .collect();
    names.sort();
    Ok(names)
}

/// The served languages' files, `locales/<code>/<part>.ftl` relative to `dist`, sorted (none
/// when the build has no `locales/` folder).
pub fn served_languages(dist: &Path) -> Result<Vec<String>, String> {
    let dir = dist.join("locales");
    let mut out = Vec::new();
    let Ok(langs) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    for lang in langs.flatten().filter(|e| e.path().is_dir()) {
        let code = lang.file_name().to_string_lossy().to_string();
        let files = std::fs::read_dir(lang.path())
            .map_err(|e| format!("cannot read {}: {e}", lang.path().display()))?;
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().to_string();
            if name.ends_with(".ftl") {
                out.push(format!("locales/{code}/{name}"));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The link preview's addresses made absolute under `site_url` (which ends with `/`):
/// `og:image` and an `og:url` for the page.
pub fn absolute_preview(html: &str, site_url: &str) -> String {
    html.replacen(
        "<meta property=\"og:image\" content=\"preview.png\" />",
        &format!(
            "<meta property=\"og:image\" content=\"{site_url}preview.png\" />\n    <meta property=\"og:url\" content=\"{site_url}\" />"
        ),
        1,
    )
}

/// Steps 1–3 on `dist/` (with the link preview's absolute addresses when `site_url` is
/// given); returns the build's version.
pub fn finish(dist: &Path, site_url: Option<&str>) -> Result<String, String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let html = match site_url {
        Some(url) => absolute_preview(&html, url),
        None => html,
    };
    let (html, start_name, start_js) = extract_inline_script(&html)?;
    let html = styles_last(&preload_first(&write_policy(&html)?));
    std::fs::write(dist.join(&start_name), start_js)
        .map_err(|e| format!("cannot write {start_name}: {e}"))?;
    std::fs::write(&index, &html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    std::fs::write(dist.join("embed.html"), embed_page(&html)?)
        .map_err(|e| format!("cannot write embed.html: {e}"))?;

    let names = build_files(dist)?;
    let mut h = FNV_START;
    for n in &names {
        let bytes = std::fs::read(dist.join(n)).map_err(|e| format!("cannot read {n}: {e}"))?;
        h = fnv1a(n.as_bytes(), h);
        h = fnv1a(&[0], h);
        h = fnv1a(&bytes, h);
    }
    for n in served_languages(dist)? {
        let bytes = std::fs::read(dist.join(&n)).map_err(|e| format!("cannot read {n}: {e}"))?;
        h = fnv1a(n.as_bytes(), h);
        h = fnv1a(&[0], h);
        h = fnv1a(&bytes, h);
    }
    let version = format!("{h:016x}");
    let sw = dist.join("sw.js");
    let template = std::fs::read_to_string(&sw).map_err(|e| {
        format!(
            "cannot read {}: {e} (public/sw.js is copied by trunk)",
            sw.display()
        )
    })?;
    std::fs::write(&sw, fill_service_worker(&template, &names, &version)?)
        .map_err(|e| format!("cannot write {}: {e}", sw.display()))?;
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><!--content-security-policy--><link rel=\"modulepreload\" \
href=\"/sub/heat-twin-0123456789abcdef.js\"></head><body><p>x</p><script type=\"module\">\n\
import init from '/sub/heat-twin-0123456789abcdef.js';\nawait init();\n</script></body>";

    #[test]
    fn the_inline_module_moves_to_a_file_under_the_same_prefix() {
        let (html, name, js) = extract_inline_script(TRUNK).expect("one script");
        assert!(
            name.starts_with("heat-twin-start-") && name.ends_with(".js"),
            "{name}"
        );
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/sub/{name}\"></script>"
        )));
        assert!(!html.contains("await init"), "{html}");
        assert!(
            js.starts_with("import init") && js.contains("await init();"),
            "{js}"
        );
        // The name follows the content.
        let other = TRUNK.replace("await init();", "await init({});");
        assert_ne!(extract_inline_script(&other).expect("one").1, name);
    }

    #[test]
    fn the_preloads_move_before_the_first_stylesheet() {
        let html = "<head><meta charset=\"utf-8\" />\n    <link rel=\"stylesheet\" href=\"/a.css\"/>\n    \
<link rel=\"stylesheet\" href=\"/b.css\"/>\n<link rel=\"modulepreload\" href=\"/app.js\">\
<link rel=\"preload\" href=\"/app_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>";
        let out = preload_first(html);
        let at = |s: &str| out.find(s).unwrap_or(usize::MAX);
        assert!(at("modulepreload") < at("/a.css"), "{out}");
        assert!(at("app_bg.wasm") < at("/a.css"), "{out}");
        assert!(at("modulepreload") < at("app_bg.wasm"), "{out}");
        // Each moved once, nothing lost.
        assert_eq!(out.matches("<link").count(), 4);
        assert_eq!(out.matches("app_bg.wasm").count(), 1);
        assert!(out.ends_with("</head>"));
        // A page without stylesheets is left as it is; a second pass changes nothing.
        let plain = "<head><link rel=\"preload\" href=\"/x.wasm\"></head>";
        assert_eq!(preload_first(plain), plain);
        assert_eq!(preload_first(&out), out);
    }

    #[test]
    fn the_stylesheets_move_after_the_loading_message() {
        let html = "<head>\n    <link rel=\"preload\" href=\"/x.wasm\">\n    <link rel=\"stylesheet\" href=\"/a.css\"/>\n    \
<link rel=\"stylesheet\" href=\"/b.css\"/>\n  </head>\n  <body>\n    <div id=\"boot\">Loading</div>\n    \
<script src=\"boot.js\"></script>\n  </body>\n</html>";
        let out = styles_last(html);
        let at = |s: &str| out.find(s).unwrap_or(usize::MAX);
        // Both stylesheets after the message and the boot script, in their order, before </body>.
        assert!(
            at("/a.css") > at("boot.js") && at("/a.css") > at("Loading"),
            "{out}"
        );
        assert!(
            at("/a.css") < at("/b.css") && at("/b.css") < at("</body>"),
            "{out}"
        );
        assert!(at("/x.wasm") < at("</head>"), "{out}");
        assert_eq!(out.matches("<link").count(), 3, "{out}");
        assert!(!out[..at("</head>")].contains("stylesheet"), "{out}");
        // No blank line left where they were.
        assert!(!out.contains("\n\n"), "{out}");
        // A page without stylesheets in its head is left as it is.
        assert_eq!(styles_last(&out), out);
        let plain = "<head></head><body></body>";
        assert_eq!(styles_last(plain), plain);
    }

    #[test]
    fn a_second_inline_script_is_refused() {
        let two = TRUNK.replace("<p>x</p>", "<script>alert(1)</script>");
        assert!(extract_inline_script(&two).is_err());
        assert!(extract_inline_script("<body></body>").is_err());
    }

    #[test]
    fn the_policy_replaces_the_marker_once() {
        let html = write_policy(TRUNK).expect("marker");
        assert!(html.contains("http-equiv=\"Content-Security-Policy\""));
        assert!(html.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!html.contains(CSP_MARKER));
        assert!(write_policy("<head></head>").is_err());
        // Nothing in the policy lets a script in from anywhere but the page's origin.
        assert!(!POLICY.contains("script-src 'self' 'unsafe-inline'"));
        assert!(!POLICY.contains("http") && !POLICY.contains('*'));
    }

    #[test]
    fn the_card_is_the_page_marked_embed() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>heat-twin — data-centre heat for district heating</title></head></html>";
        let card = embed_page(page).expect("html");
        assert!(
            card.contains("<html lang=\"en\" data-mode=\"embed\">"),
            "{card}"
        );
        assert!(card.contains("<title>heat-twin — a scenario's heat, homes and CO2</title>"));
        assert!(embed_page("<body></body>").is_err());
    }

    #[test]
    fn the_preview_gets_absolute_addresses_when_the_site_is_known() {
        let html = "<meta property=\"og:image\" content=\"preview.png\" />";
        let out = absolute_preview(html, "https://example.org/heat-twin/");
        assert!(
            out.contains("content=\"https://example.org/heat-twin/preview.png\""),
            "{out}"
        );
        assert!(
            out.contains("<meta property=\"og:url\" content=\"https://example.org/heat-twin/\" />")
        );
    }

    #[test]
    fn hashed_names_are_trunks() {
        assert!(is_hashed("heat-twin-34b0686e7d89c0c3.js"));
        assert!(is_hashed("heat-twin-34b0686e7d89c0c3_bg.wasm"));
        assert!(is_hashed("main-67acd660e1d698f8.css"));
        assert!(!is_hashed("heat-twin-worker.js"));
        assert!(!is_hashed("heat-twin-worker_bg.wasm"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("icon-192.png"));
    }

    #[test]
    fn the_service_worker_lists_the_page_but_not_the_instruments_worker() {
        let template = "const VERSION = \"__HEAT_TWIN_VERSION__\";\nconst FILES = [/*__HEAT_TWIN_FILES__*/];\nconst HASHED = [/*__HEAT_TWIN_HASHED__*/];";
        let names: Vec<String> = [
            "heat-twin-34b0686e7d89c0c3.js",
            "heat-twin-worker.js",
            "index.html",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let sw = fill_service_worker(template, &names, "00ff").expect("slots");
        assert!(sw.contains("const VERSION = \"00ff\";"));
        assert!(
            sw.contains(
                "const FILES = [\"./\", \"heat-twin-34b0686e7d89c0c3.js\", \"index.html\"];"
            ),
            "{sw}"
        );
        assert!(
            sw.contains("const HASHED = [\"heat-twin-34b0686e7d89c0c3.js\"];"),
            "{sw}"
        );
        assert!(fill_service_worker("const VERSION = 1;", &names, "x").is_err());
    }

    #[test]
    fn the_fingerprint_changes_with_any_byte() {
        let a = fnv1a(b"heat-twin", FNV_START);
        assert_ne!(a, fnv1a(b"heat-twiN", FNV_START));
        // FNV-1a of the empty input is the offset basis; of "a", the published test vector.
        assert_eq!(fnv1a(b"", FNV_START), FNV_START);
        assert_eq!(fnv1a(b"a", FNV_START), 0xaf63_dc4c_8601_ec8c);
    }
}
