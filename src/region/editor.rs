//! The region page's editing controls: the sites table's duplicate and remove buttons
//! ([`SiteActions`]) and the add-a-site form ([`AddSite`]). The changes themselves are the
//! pure functions of [`super::edit`]; [`Region::edit`] runs them and keeps the link in step.

use super::csv_import::{self, Problem, Why, COLUMNS};
use super::edit::{self, EditError, NewSite};
use super::Region;
use crate::i18n::{translate, Arg, I18n, Lang};
use leptos::prelude::*;

/// What an edit that could not be made says, in `lang`.
pub(super) fn message(lang: Lang, e: &EditError) -> String {
    let text = |s: &str| Arg::Text(s.to_owned());
    match e {
        EditError::NotPortfolio(why) => {
            translate(lang, "region-edit-not-portfolio", &[("why", text(why))])
        }
        EditError::NoSite(name) => translate(lang, "region-edit-no-site", &[("name", text(name))]),
        EditError::LastSite => translate(lang, "region-edit-last-site", &[]),
        EditError::NoNetwork(id) => translate(lang, "region-edit-no-network", &[("id", text(id))]),
        EditError::NothingToAdd => translate(lang, "region-csv-nothing", &[]),
        EditError::Coordinate(which, value) => translate(
            lang,
            if *which == "lat" {
                "region-edit-lat"
            } else {
                "region-edit-lon"
            },
            &[("value", text(value))],
        ),
    }
}

/// Runs `change` on the region's portfolio; a change that cannot be made is said in the
/// page's message line and changes nothing. Returns whether the change was made.
pub(super) fn apply(
    region: Region,
    change: impl FnOnce(&str, Lang) -> Result<(String, String), EditError>,
) -> bool {
    let lang = I18n::use_i18n().lang.get_untracked();
    match region.edit(|text| change(text, lang)) {
        Ok(()) => true,
        Err(e) => {
            region.notice.set(Some(message(lang, &e)));
            false
        }
    }
}

/// Loads site `name`'s equivalent scenario into the twin and shows the twin (src/region/open.rs);
/// `Err` says why it could not.
fn open_in_twin(region: Region, name: &str, lang: Lang) -> Result<(), String> {
    let twin = use_context::<crate::state::Twin>().ok_or("no twin")?;
    let route = use_context::<super::Route>().ok_or("no twin")?;
    let base = region.edit_base();
    let text = base.text().ok_or("no portfolio")?;
    let (json, preset) = super::open::site_scenario(&text, name)?;
    twin.load_json(&json)
        .map_err(|p| crate::problems::problems_text(lang, &p))?;
    twin.preset.set(preset.unwrap_or_default());
    twin.notice.set(Some(translate(
        lang,
        "region-opened",
        &[("name", Arg::Text(name.to_owned()))],
    )));
    let scenario = twin
        .scenario
        .with_untracked(|s| serde_json::to_value(s))
        .map_err(|e| e.to_string())?;
    super::open::remember(super::open::Opened {
        fragment: base.fragment(),
        site: name.to_owned(),
        scenario,
    });
    super::write_hash(&crate::share::current(twin, lang));
    route.0.set(false);
    Ok(())
}

/// The open, duplicate and remove buttons of one site's row, named after the site.
#[component]
pub fn SiteActions(
    /// The site's name (unique in the portfolio).
    name: String,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let (n1, n2, n3, n4, n5) = (
        name.clone(),
        name.clone(),
        name.clone(),
        name.clone(),
        name.clone(),
    );
    let n6 = name;
    let duplicate = move |_| {
        let name = n1.clone();
        apply(region, move |text, lang| {
            let out = edit::duplicate_site(text, &name)?;
            let copy = edit::site_names(&out)
                .into_iter()
                .find(|n| !edit::site_names(text).contains(n))
                .unwrap_or_default();
            let said = translate(
                lang,
                "region-edit-duplicated",
                &[("name", Arg::Text(copy)), ("of", Arg::Text(name.clone()))],
            );
            Ok((out, said))
        });
    };
    let remove = move |_| {
        let name = n2.clone();
        apply(region, move |text, lang| {
            let out = edit::remove_site(text, &name)?;
            let said = translate(lang, "region-edit-removed", &[("name", Arg::Text(name))]);
            Ok((out, said))
        });
    };
    let open = move |_| {
        let lang = I18n::use_i18n().lang.get_untracked();
        if let Err(why) = open_in_twin(region, &n5, lang) {
            region.notice.set(Some(translate(
                lang,
                "region-open-failed",
                &[("name", Arg::Text(n5.clone())), ("why", Arg::Text(why))],
            )));
        }
    };
    view! {
        <td class="region-actions">
            <button type="button" data-action="open-site" on:click=open
                aria-label=move || i18n.t_args("region-open-aria", &[("name", Arg::Text(n6.clone()))])>
                {move || i18n.t("region-open")}</button>
            <button type="button" data-action="duplicate-site" on:click=duplicate
                aria-label=move || i18n.t_args("region-duplicate-aria", &[("name", Arg::Text(n3.clone()))])>
                {move || i18n.t("region-duplicate")}</button>
            <button type="button" data-action="remove-site" on:click=remove
                aria-label=move || i18n.t_args("region-remove-aria", &[("name", Arg::Text(n4.clone()))])>
                {move || i18n.t("region-remove")}</button>
        </td>
    }
}

/// A coordinate typed in the form: blank is `None` (the network's); a decimal comma is
/// read as a point; anything else that is not a number is refused with what was typed.
fn coordinate(which: &'static str, typed: &str) -> Result<Option<f64>, EditError> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or_else(|| EditError::Coordinate(which, t.to_owned()))
}

/// Add a site: a name (blank: "New site", made unique), the network it feeds, the preset
/// that fills its data centre, recovery and economics, and its place (blank: the network's).
#[component]
pub fn AddSite() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let networks = Memo::new(move |_| {
        region
            .source
            .with(|s| s.text().map(|t| edit::networks(&t)).unwrap_or_default())
    });
    let name = RwSignal::new(String::new());
    let network = RwSignal::new(String::new());
    let preset = RwSignal::new(String::from(crate::presets::OPENING_PRESET));
    let lat = RwSignal::new(String::new());
    let lon = RwSignal::new(String::new());
    // The network chosen, or the first when the choice is not (or no longer) one of them.
    let chosen = move || {
        networks.with(|ns| {
            network.with(|n| {
                ns.iter()
                    .find(|c| &c.id == n)
                    .or(ns.first())
                    .map(|c| c.id.clone())
                    .unwrap_or_default()
            })
        })
    };
    let placeholder = move |lat_of: bool| {
        let id = chosen();
        networks.with(|ns| {
            ns.iter()
                .find(|c| c.id == id)
                .and_then(|c| if lat_of { c.lat } else { c.lon })
                .map(|v| v.to_string())
                .unwrap_or_default()
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let net = chosen();
        let (typed_lat, typed_lon) = (lat.get_untracked(), lon.get_untracked());
        let new_name = name.get_untracked();
        let stem = preset.get_untracked();
        let made = apply(region, move |text, lang| {
            let new = NewSite {
                name: new_name,
                fallback_name: translate(lang, "region-add-default-name", &[]),
                network: net,
                preset: Some(stem).filter(|s| !s.is_empty()),
                lat: coordinate("lat", &typed_lat)?,
                lon: coordinate("lon", &typed_lon)?,
            };
            let (out, given) = edit::add_site(text, &new)?;
            let said = translate(lang, "region-edit-added", &[("name", Arg::Text(given))]);
            Ok((out, said))
        });
        // What was typed stays when the change could not be made; cleared once made.
        if made {
            name.set(String::new());
            lat.set(String::new());
            lon.set(String::new());
        }
    };
    let preset_name = move |stem: &str| {
        crate::i18n::preset_text(i18n.lang.get(), stem, "name").unwrap_or_else(|| stem.to_owned())
    };
    view! {
        <form class="region-add" data-form="add-site" on:submit=add
            aria-labelledby="region-add-title">
            <h3 id="region-add-title">{move || i18n.t("region-add-title")}</h3>
            <p class="region-help">{move || i18n.t("region-help-edit")}</p>
            <div class="region-add-fields">
                <label>{move || i18n.t("region-add-name")}
                    <input type="text" data-control="add-name" maxlength="200"
                        placeholder=move || i18n.t("region-add-default-name")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <label>{move || i18n.t("region-add-network")}
                    <select data-control="add-network" prop:value=chosen
                        on:change=move |ev| network.set(event_target_value(&ev))>
                        {move || networks.get().into_iter().map(|c| view! {
                            <option value=c.id.clone()>{c.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{move || i18n.t("region-add-preset")}
                    <select data-control="add-preset" prop:value=move || preset.get()
                        on:change=move |ev| preset.set(event_target_value(&ev))>
                        {crate::presets::PRESETS.iter().map(|(stem, _)| view! {
                            <option value=*stem>{move || preset_name(stem)}</option>
                        }).collect_view()}
                        <option value="">{move || i18n.t("region-add-no-preset")}</option>
                    </select>
                </label>
                <label>{move || i18n.t("region-add-lat")}
                    <input type="text" inputmode="decimal" data-control="add-lat"
                        placeholder=move || placeholder(true)
                        prop:value=move || lat.get()
                        on:input=move |ev| lat.set(event_target_value(&ev)) />
                </label>
                <label>{move || i18n.t("region-add-lon")}
                    <input type="text" inputmode="decimal" data-control="add-lon"
                        placeholder=move || placeholder(false)
                        prop:value=move || lon.get()
                        on:input=move |ev| lon.set(event_target_value(&ev)) />
                </label>
            </div>
            <button type="submit" data-action="add-site">{move || i18n.t("region-add")}</button>
        </form>
    }
}

/// Why a CSV row was refused, in `lang`.
fn why_text(lang: Lang, why: &Why) -> String {
    let text = |s: &str| Arg::Text(s.to_owned());
    let columns = COLUMNS.join(", ");
    let (key, args): (&str, Vec<(&str, Arg)>) = match why {
        Why::Syntax(m) => ("region-csv-syntax", vec![("message", text(m))]),
        Why::Empty => ("region-csv-empty", vec![("columns", text(&columns))]),
        Why::MissingColumn(c) => (
            "region-csv-missing-column",
            vec![("column", text(c)), ("columns", text(&columns))],
        ),
        Why::UnknownColumn(c) => (
            "region-csv-unknown-column",
            vec![("column", text(c)), ("columns", text(&columns))],
        ),
        Why::RepeatedColumn(c) => ("region-csv-repeated-column", vec![("column", text(c))]),
        Why::Width { found, want } => (
            "region-csv-width",
            vec![
                ("found", text(&found.to_string())),
                ("want", text(&want.to_string())),
            ],
        ),
        Why::Blank => ("region-csv-blank", vec![]),
        Why::TooLong(n) => ("region-csv-too-long", vec![("count", text(&n.to_string()))]),
        Why::NotNumber(v) => ("region-csv-not-number", vec![("value", text(v))]),
        Why::NotWhole(v) => ("region-csv-not-whole", vec![("value", text(v))]),
        Why::OutOfRange { value, min, max } => (
            "region-csv-out-of-range",
            vec![
                ("value", text(value)),
                ("min", text(&min.to_string())),
                ("max", text(&max.to_string())),
            ],
        ),
        Why::UnknownNetwork(v, known) => (
            "region-csv-unknown-network",
            vec![("value", text(v)), ("known", text(known))],
        ),
        Why::UnknownPreset(v, known) => (
            "region-csv-unknown-preset",
            vec![("value", text(v)), ("known", text(known))],
        ),
        Why::UnknownCooling(v, known) => (
            "region-csv-unknown-cooling",
            vec![("value", text(v)), ("known", text(known))],
        ),
    };
    translate(lang, key, &args)
}

/// One problem of a CSV file, in `lang`: its line, its column and why.
pub(super) fn problem_text(lang: Lang, p: &Problem) -> String {
    let why = Arg::Text(why_text(lang, &p.why));
    let line = Arg::Text(p.line.to_string());
    match &p.column {
        Some((n, header)) => translate(
            lang,
            "region-csv-at",
            &[
                ("line", line),
                ("column", Arg::Text(n.to_string())),
                ("header", Arg::Text(header.clone())),
                ("why", why),
            ],
        ),
        None => translate(lang, "region-csv-line", &[("line", line), ("why", why)]),
    }
}

/// Adds the sites of a CSV file (csv_import.rs) to the portfolio shown; lists the rows
/// skipped and why.
#[component]
pub fn CsvSites() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let problems = RwSignal::new(Vec::<String>::new());
    let add_text = move |csv: String| {
        apply(region, move |text, lang| {
            let stems: Vec<&str> = crate::presets::PRESETS.iter().map(|(s, _)| *s).collect();
            let got = csv_import::read(&csv, &edit::networks(text), &stems);
            problems.set(got.problems.iter().map(|p| problem_text(lang, p)).collect());
            let skipped = got.rows - got.sites.len();
            let (out, names) = edit::add_sites(text, got.sites, false)?;
            let said = translate(
                lang,
                "region-csv-added",
                &[
                    ("added", Arg::Text(names.len().to_string())),
                    ("skipped", Arg::Text(skipped.to_string())),
                ],
            );
            Ok((out, said))
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(target_arch = "wasm32")]
        {
            let Some((input, file)) = crate::measured::load::chosen_file(&ev) else {
                return;
            };
            // The same file may be chosen again after it is corrected.
            input.set_value("");
            leptos::task::spawn_local(async move {
                match crate::measured::load::file_bytes(&file).await {
                    Some(bytes) => add_text(String::from_utf8_lossy(&bytes).into_owned()),
                    None => region
                        .notice
                        .set(Some(i18n.lang.with_untracked(|l| {
                            translate(*l, "region-file-not-text", &[])
                        }))),
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (ev, add_text);
    };
    view! {
        <div class="region-csv">
            <label class="button">{move || i18n.t("region-csv-open")}
                <input type="file" accept=".csv,text/csv,text/plain" data-control="sites-csv"
                    class="visually-hidden" on:change=on_file />
            </label>
            <p class="region-help">{move || i18n.t("region-csv-help")}</p>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <div data-region="csv-problems">
                    <p>{move || i18n.t("region-csv-problems")}</p>
                    <ul>{move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_coordinates() {
        assert_eq!(coordinate("lat", "  "), Ok(None));
        assert_eq!(coordinate("lat", "45,52"), Ok(Some(45.52)));
        assert_eq!(coordinate("lon", " 9.1 "), Ok(Some(9.1)));
        assert_eq!(
            coordinate("lon", "9°E"),
            Err(EditError::Coordinate("lon", "9°E".into()))
        );
        assert_eq!(
            coordinate("lat", "NaN"),
            Err(EditError::Coordinate("lat", "NaN".into()))
        );
    }

    #[test]
    fn every_csv_problem_has_a_message_in_every_language() {
        let whys = [
            Why::Syntax("x".into()),
            Why::Empty,
            Why::MissingColumn("preset"),
            Why::UnknownColumn("rack_k".into()),
            Why::RepeatedColumn("name".into()),
            Why::Width { found: 3, want: 8 },
            Why::Blank,
            Why::TooLong(300),
            Why::NotNumber("many".into()),
            Why::NotWhole("1.5".into()),
            Why::OutOfRange {
                value: "95".into(),
                min: -90.0,
                max: 90.0,
            },
            Why::UnknownNetwork("x".into(), "a, b".into()),
            Why::UnknownPreset("x".into(), "a, b".into()),
            Why::UnknownCooling("x".into(), "air".into()),
        ];
        for lang in [Lang::En, Lang::It, Lang::Fr, Lang::De] {
            for why in &whys {
                let p = Problem {
                    line: 7,
                    column: Some((4, "network".into())),
                    why: why.clone(),
                };
                let m = problem_text(lang, &p);
                assert!(m.contains('7') && m.contains("network"), "{lang:?}: {m}");
                assert!(!m.contains("region-"), "{lang:?} {why:?}: {m}");
            }
        }
        let en = problem_text(
            Lang::En,
            &Problem {
                line: 3,
                column: Some((4, "network".into())),
                why: Why::UnknownNetwork("milano-ovest".into(), "a2a-milano".into()),
            },
        );
        assert_eq!(
            en,
            "Line 3, column 4 (network): no network \"milano-ovest\" in this portfolio; known: a2a-milano."
        );
    }

    #[test]
    fn every_edit_error_has_a_message_in_every_language() {
        let errors = [
            EditError::NotPortfolio("x".into()),
            EditError::NoSite("A".into()),
            EditError::LastSite,
            EditError::NoNetwork("n".into()),
            EditError::Coordinate("lat", "91".into()),
            EditError::Coordinate("lon", "181".into()),
            EditError::NothingToAdd,
        ];
        for lang in [Lang::En, Lang::It, Lang::Fr, Lang::De] {
            for e in &errors {
                let m = message(lang, e);
                assert!(
                    !m.is_empty() && !m.starts_with("region-"),
                    "{lang:?} {e:?}: {m}"
                );
            }
        }
    }
}
