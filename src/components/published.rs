//! Published beside modelled: the figures a preset's project announced (`"published":
//! {summary_field: value}` in its file) next to what the twin computes for the preset as
//! published, with the gap, the unit, the source and the preset's "What this preset is"
//! statement (which inputs were published, derived, calibrated or assumed). Used by the page
//! (under the KPIs) and by the printable report.
//!
//! Rows carry `data-published="<summary field>"` and `data-value="<unrounded modelled value>"`.
//!
//! **When the user changes an input** the table is replaced by one line saying that the
//! comparison is for the preset as published. A utility engineer reads "published 16,000,
//! modelled 5,400, −66 %" as a statement about the project; after an edit the modelled column
//! is another scenario's, and a gap against the project's press figure would be a comparison
//! nobody made (the report does the same).

use crate::components::report::abridged;
use crate::i18n::{preset_text, I18n};
use crate::state::Twin;
use heat_twin_model::Summary;
use leptos::prelude::*;

/// The published figures of a preset (`"published": {summary_field: value}` in its file),
/// read from the JSON text so that a model without the field still shows them; empty when
/// there are none. Only numbers are kept.
pub fn published(json: &str) -> Vec<(String, f64)> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    v.get("published")
        .and_then(serde_json::Value::as_object)
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_f64().map(|x| (k.clone(), x)))
                .collect()
        })
        .unwrap_or_default()
}

/// The modelled value of the summary field `field`, if it has one.
pub fn modelled(s: &Summary, field: &str) -> Option<f64> {
    serde_json::to_value(s).ok()?.get(field)?.as_f64()
}

/// The signed gap of `model` against `published`, %: `100 · (model − published) / |published|`
/// (16,083.4 against 16,000: +0.52 %); None when the published figure is 0.
pub fn gap_percent(published: f64, model: f64) -> Option<f64> {
    (published != 0.0 && published.is_finite() && model.is_finite())
        .then(|| 100.0 * (model - published) / published.abs())
}

/// How a summary field is shown: its label and unit message keys and the scale from the
/// model's unit to the shown one (a share → %). Unknown fields show their name, no unit.
pub fn figure_display(field: &str) -> (&'static str, &'static str, f64) {
    match field {
        "heat_delivered_mwh" => ("kpi-heat-delivered", "unit-mwh-yr", 1.0),
        "homes_equivalent" => ("kpi-homes", "unit-homes", 1.0),
        "co2_avoided_t" => ("kpi-co2", "unit-t-yr", 1.0),
        "trees_equivalent" => ("kpi-trees", "unit-trees", 1.0),
        "dc_share_of_demand" => ("kpi-dc-share", "", 100.0),
        _ => ("", "", 1.0),
    }
}

/// Ways a source may write the published figure `value` of `field`: `16,000` and `16 GWh` for
/// 16,000 MWh, `40 %` for a share of 0.4.
fn spellings(field: &str, value: f64) -> Vec<String> {
    let grouped = crate::format::fixed(value, 0, crate::format::NumberStyle::EN);
    let mut out = vec![grouped];
    if field == "dc_share_of_demand" {
        out = vec![format!("{:.0} %", value * 100.0)];
    } else if field.ends_with("_mwh") {
        if value >= 1000.0 {
            let gwh = value / 1000.0;
            out.push(format!("{} GWh", crate::components::field::input_text(gwh)));
        }
        out.push(format!(
            "{} MWh",
            crate::format::fixed(value, 0, crate::format::NumberStyle::EN)
        ));
    }
    out
}

/// The first of `sources` that names the published figure (see `spellings`), abridged.
pub fn source_of(field: &str, value: f64, sources: &[String]) -> Option<String> {
    let ways = spellings(field, value);
    sources
        .iter()
        .find(|s| ways.iter().any(|w| s.contains(w.as_str())))
        .map(|s| abridged(s, 140))
}

/// The preset's "What this preset is" statement in `lang`: the `preset-<stem>-what` message,
/// else the part of the file's description from "What this preset is" on.
pub fn what_it_is(lang: crate::i18n::Lang, stem: &str, description: &str) -> Option<String> {
    preset_text(lang, stem, "what").or_else(|| {
        const LEAD: &str = "What this preset is:";
        description
            .find(LEAD)
            .map(|i| description[i + LEAD.len()..].trim().to_string())
    })
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishedRow {
    /// Summary field.
    pub field: String,
    /// Published value, in the model's unit.
    pub published: f64,
    /// Modelled value, in the model's unit.
    pub modelled: f64,
    /// Signed gap, %.
    pub gap: Option<f64>,
    /// The source naming the published figure, abridged.
    pub source: Option<String>,
}

/// The rows for a preset's `json` text and a run's summary.
pub fn rows(json: &str, s: &Summary) -> Vec<PublishedRow> {
    let sources: Vec<String> = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| {
            v.get("sources").and_then(|s| {
                s.as_array().map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
            })
        })
        .unwrap_or_default();
    // The KPI cards' order (the file's keys come sorted by name).
    const ORDER: [&str; 5] = [
        "heat_delivered_mwh",
        "homes_equivalent",
        "co2_avoided_t",
        "trees_equivalent",
        "dc_share_of_demand",
    ];
    let mut figures = published(json);
    figures.sort_by_key(|(f, _)| ORDER.iter().position(|o| o == f).unwrap_or(ORDER.len()));
    figures
        .into_iter()
        .filter_map(|(field, value)| {
            let model = modelled(s, &field)?;
            Some(PublishedRow {
                source: source_of(&field, value, &sources),
                gap: gap_percent(value, model),
                published: value,
                modelled: model,
                field,
            })
        })
        .collect()
}

/// The table for the current run and preset; None without a preset with published figures.
/// `with_about`: also the "What this preset is" statement and the sources column (the page);
/// the report, whose sources are printed below, shows the four number columns only.
#[component]
pub fn PublishedTable(
    /// Show the statement and the source of each figure (the page).
    #[prop(default = true)]
    with_about: bool,
) -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let view_of = move || {
        let stem = twin.preset.get();
        let json = crate::presets::preset(&stem)?;
        if published(json).is_empty() {
            return None;
        }
        if twin.modified.get() {
            // Not comparable any more: say why rather than show a gap nobody measured.
            return with_about.then(|| {
                view! {
                    <section class="published published-modified" data-published-state="modified">
                        <p>{i18n.t("published-modified")}</p>
                    </section>
                }
                .into_any()
            });
        }
        let snap = twin.snapshot.get()?;
        let rows = rows(json, &snap.summary);
        if rows.is_empty() {
            return None;
        }
        let lang = i18n.lang.get();
        let about = with_about
            .then(|| {
                let description = serde_json::from_str::<serde_json::Value>(json)
                    .ok()
                    .and_then(|v| v.get("description")?.as_str().map(str::to_string))
                    .unwrap_or_default();
                what_it_is(lang, &stem, &description)
            })
            .flatten();
        let body: Vec<_> = rows
            .into_iter()
            .map(|r| {
                let (label_key, unit_key, scale) = figure_display(&r.field);
                let label = if label_key.is_empty() {
                    r.field.clone()
                } else {
                    i18n.t(label_key)
                };
                let unit = if r.field == "dc_share_of_demand" {
                    "%".to_string()
                } else if unit_key.is_empty() {
                    String::new()
                } else {
                    i18n.t(unit_key)
                };
                let gap = r
                    .gap
                    .map(|g| {
                        let text = format!("{} %", i18n.fixed(g.abs(), 1));
                        if g < 0.0 {
                            format!("−{text}")
                        } else {
                            format!("+{text}")
                        }
                    })
                    .unwrap_or_else(|| "–".into());
                let value = format!("{}", r.modelled);
                let source = r.source.clone().unwrap_or_else(|| "–".into());
                view! {
                    <tr data-published=r.field.clone() data-value=value>
                        <th scope="row">{label}</th>
                        <td class="num">{format!("{} {unit}", i18n.num(r.published * scale)).trim().to_string()}</td>
                        <td class="num">{format!("{} {unit}", i18n.num(r.modelled * scale)).trim().to_string()}</td>
                        <td class="num" data-gap=r.gap.map(|g| format!("{g}"))>{gap}</td>
                        {with_about.then(|| view! { <td class="published-source">{source}</td> })}
                    </tr>
                }
            })
            .collect();
        Some(
            view! {
                <section class="published" data-published-state="as-published">
                    <h2>{i18n.t("report-published")}</h2>
                    <table class="report-inputs report-published">
                        <thead><tr>
                            <th scope="col">{i18n.t("report-published-figure")}</th>
                            <th scope="col">{i18n.t("report-published-value")}</th>
                            <th scope="col">{i18n.t("report-modelled-value")}</th>
                            <th scope="col">{i18n.t("report-published-diff")}</th>
                            {with_about.then(|| view! { <th scope="col">{i18n.t("published-source")}</th> })}
                        </tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                    {about.map(|text| view! {
                        <p class="published-about"><strong>{i18n.t("published-what")}</strong>" "{text}</p>
                    })}
                </section>
            }
            .into_any(),
        )
    };
    view! { {view_of} }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_figures_are_read_from_the_preset_text() {
        let json = r#"{"name": "x", "published": {"heat_delivered_mwh": 16000, "homes_equivalent": 1350, "note": "text"}}"#;
        let p = published(json);
        assert_eq!(
            p,
            vec![
                ("heat_delivered_mwh".to_string(), 16000.0),
                ("homes_equivalent".to_string(), 1350.0)
            ]
        );
        assert!(published("{}").is_empty());
        let s = Summary {
            heat_delivered_mwh: 16083.4,
            ..Summary::default()
        };
        assert_eq!(modelled(&s, "heat_delivered_mwh"), Some(16083.4));
        assert_eq!(modelled(&s, "no_such_field"), None);
    }

    #[test]
    fn the_gap_is_signed_against_the_published_figure() {
        // (16,083.4 − 16,000) / 16,000 = +0.52125 %; (1,990 − 3,500) / 3,500 = −43.14 %.
        assert!((gap_percent(16_000.0, 16_083.4).unwrap_or(0.0) - 0.52125).abs() < 1e-9);
        assert!((gap_percent(3_500.0, 1_990.0).unwrap_or(0.0) + 43.142_857).abs() < 1e-5);
        assert_eq!(gap_percent(0.0, 5.0), None);
    }

    #[test]
    fn each_brescia_figure_finds_its_source() {
        let json = crate::presets::preset("brescia-pilot").unwrap_or("{}");
        let s = Summary {
            heat_delivered_mwh: 5_000.0,
            homes_equivalent: 420.0,
            co2_avoided_t: 1_000.0,
            trees_equivalent: 6_000.0,
            ..Summary::default()
        };
        let rows = rows(json, &s);
        assert_eq!(rows.len(), 4);
        for r in &rows {
            let src = r.source.as_deref().unwrap_or("");
            assert!(
                src.starts_with("16 GWh/yr of heat at full build-out"),
                "{}: {src}",
                r.field
            );
        }
        // 5,000 against 16,000: −68.75 %.
        assert_eq!(rows[0].field, "heat_delivered_mwh");
        assert!((rows[0].gap.unwrap_or(0.0) + 68.75).abs() < 1e-9);
    }

    #[test]
    fn what_this_preset_is_comes_from_the_description_in_english() {
        let text = what_it_is(
            crate::i18n::Lang::En,
            "no-such-preset",
            "Intro. What this preset is: x.",
        );
        assert_eq!(text.as_deref(), Some("x."));
    }
}
