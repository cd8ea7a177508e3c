//! Measured data and the share link (issue 10: "the measured series travel with it or, if too
//! large for a link, the page says so and offers the JSON export instead").
//!
//! They do not travel: a year of one hourly series is 8,760 values, and the synthetic example's
//! six series of noisy 15-minute data average to about 52,000 hourly values, which no address
//! holds (the link's scenario part is a few hundred characters; the weather file's 8,760
//! temperatures, smooth and in tenths, are the largest part a link carries today). So while
//! measured data is loaded, the share control says that the link leaves them out
//! (`data-status="measured-share"`, `data-state="not-in-link"`) and offers them as a JSON file
//! (`data-action="measured-download"`): the parsed hourly series exactly as
//! `heat-twin-cli compare` prints them under `measured`. The link itself is unchanged.
//!
//! The loaded data lives in one page-wide signal ([`loaded`]) that the panel writes and the
//! share control reads.

use super::load::Loaded;
use crate::i18n::{Arg, I18n};
use heat_twin_measured::Measured;
use leptos::prelude::*;

thread_local! {
    /// The page's loaded measured data, with the root owner of its signal (never disposed).
    static LOADED: std::cell::OnceCell<(Owner, RwSignal<Option<Loaded>>)> =
        const { std::cell::OnceCell::new() };
}

/// The page's loaded measured data (`None` until a file loads).
pub fn loaded() -> RwSignal<Option<Loaded>> {
    LOADED.with(|l| {
        l.get_or_init(|| {
            // `new_root` makes itself the current owner: put the caller's back after.
            let caller = Owner::current();
            let owner = Owner::new_root(None);
            let signal = owner.with(|| RwSignal::new(None));
            match caller {
                Some(caller) => caller.set(),
                None => owner.clone().unset(),
            }
            (owner, signal)
        })
        .1
    })
}

/// Hourly values present, over all series (what the note counts).
pub fn hourly_values(m: &Measured) -> usize {
    m.series.iter().map(|s| s.hours_present()).sum()
}

/// The download's file name: the uploaded name without `.csv`, then `-hourly.json`.
pub fn download_name(name: &str) -> String {
    let stem = name
        .strip_suffix(".csv")
        .or_else(|| name.strip_suffix(".CSV"))
        .unwrap_or(name);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = if stem.is_empty() {
        "measured".into()
    } else {
        stem
    };
    format!("{stem}-hourly.json")
}

/// The JSON of the download: the parsed series and the loading report, pretty-printed.
pub fn download_json(m: &Measured) -> Result<String, String> {
    serde_json::to_string_pretty(m).map_err(|e| e.to_string())
}

/// Offers `json` to the user as the file `name`.
#[cfg(target_arch = "wasm32")]
fn save(name: &str, json: &str) -> Result<(), String> {
    crate::components::export::download::save(name, "application/json", json.as_bytes())
}

/// Natively there is no browser to save to.
#[cfg(not(target_arch = "wasm32"))]
fn save(_name: &str, _json: &str) -> Result<(), String> {
    Err("no browser".into())
}

/// The share control's line about measured data: nothing while none is loaded; otherwise the
/// sentence that the link leaves it out, and the download.
#[component]
pub fn ShareNote() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let loaded = loaded();
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    let on_download = move |_| {
        let Some(l) = loaded.get_untracked() else {
            return;
        };
        let outcome = download_json(&l.data).and_then(|json| save(&download_name(&l.name), &json));
        failed.set(
            outcome.err().map(|reason| {
                i18n.t_args("measured-share-failed", &[("reason", Arg::Text(reason))])
            }),
        );
    };
    move || {
        loaded.get().map(|l| {
            let note = i18n.t_args(
                "measured-share-note",
                &[
                    ("file", Arg::Text(l.name.clone())),
                    (
                        "values",
                        Arg::Text(i18n.fixed(hourly_values(&l.data) as f64, 0)),
                    ),
                ],
            );
            view! {
                <p class="measured-share meta" data-status="measured-share" data-state="not-in-link"
                    data-measured-file=l.name.clone()>
                    {note}" "
                    <button type="button" data-action="measured-download" on:click=on_download>
                        {move || i18n.t("measured-share-download")}</button>
                    {move || failed.get().map(|m| view! { <span role="alert">" "{m}</span> })}
                </p>
            }
        })
    }
}

/// The share control's line when the scenario's measured profiles do not fit in its link
/// (longer than [`crate::share::codec::MAX_LINK_CHARS`]): the link leaves them out, so the
/// scenario JSON, which carries them, is offered instead (`data-state="too-long"`).
#[component]
pub fn ProfilesNote(
    /// The link the share control last showed or copied.
    shown: RwSignal<String>,
) -> impl IntoView {
    let twin = crate::state::Twin::use_twin();
    let i18n = I18n::use_i18n();
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    let on_export =
        move |_| {
            let outcome = twin
                .scenario
                .with_untracked(serde_json::to_string_pretty)
                .map_err(|e| e.to_string())
                .and_then(|json| save("heat-twin-scenario.json", &json));
            if outcome.is_ok() {
                twin.mark_saved();
            }
            failed.set(outcome.err().map(|reason| {
                i18n.t_args("measured-share-failed", &[("reason", Arg::Text(reason))])
            }));
        };
    move || {
        let left_out = shown.with(|url| !url.is_empty() && !url.contains("&d="))
            && twin.scenario.with(|s| s.has_profiles());
        left_out.then(|| {
            view! {
                <p class="measured-share meta" data-status="profiles-share" data-state="too-long">
                    {move || i18n.t("profiles-share-too-long")}" "
                    <button type="button" data-action="profiles-export-json" on:click=on_export>
                        {move || i18n.t("profiles-share-export")}</button>
                    {move || failed.get().map(|m| view! { <span role="alert">" "{m}</span> })}
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_measured::{load_csv, LoadOptions};

    #[test]
    fn download_names_keep_the_stem_and_lose_odd_characters() {
        assert_eq!(
            download_name("example-15min.csv"),
            "example-15min-hourly.json"
        );
        assert_eq!(
            download_name("Brescia 2023.CSV"),
            "Brescia-2023-hourly.json"
        );
        assert_eq!(download_name("../x.csv"), "---x-hourly.json");
        assert_eq!(download_name(".csv"), "measured-hourly.json");
    }

    #[test]
    fn the_download_is_the_parsed_series_and_reads_back_equal() {
        // Two hours of one series (1 000 and 1 100 kW) and one gap hour between them.
        let csv = "timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,1000\n2023-01-01T02:00:00+01:00,1100\n";
        let m = load_csv(csv.as_bytes(), &LoadOptions::default()).expect("loads");
        assert_eq!(hourly_values(&m), 2);
        let json = download_json(&m).expect("serialises");
        let back: Measured = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, m);
        assert!(
            json.contains("\"heat_delivered_kw\""),
            "series by contract name"
        );
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(v["series"][0]["values"][0], 1000.0);
        assert!(v["series"][0]["values"][1].is_null(), "a gap is null");
    }
}
