//! Whose scenario it is: its name and description, "modified from `<preset>`", a new scenario,
//! and the cooling switch that brings the technology's own values.
//!
//! Rules (issue 14):
//! - a preset is "modified" as soon as the scenario differs from the preset's own file in any
//!   way ([`crate::state::Twin::modified`]);
//! - when the figures of a preset change while the scenario still carries the preset's name,
//!   the name becomes "My scenario (from `<short name>`)" in the page's language, and the
//!   preset's description and sources are dropped from the scenario (the report shows them
//!   as "based on" only): a real company's name never heads numbers it did not publish;
//! - choosing a cooling technology removes the given capture share, loop temperatures and
//!   site cooling EER, so that the technology's defaults apply, and says so in one line;
//! - a new scenario, or another preset, asks first when there are unsaved edits.

use crate::i18n::{translate, Arg, I18n, Lang};
use crate::state::{Twin, COOLING};
use heat_twin_model::scenario::{resolved_value, FieldValue, Scenario};
use leptos::prelude::*;

/// The fields whose defaults follow the cooling technology.
pub const COOLING_FOLLOWERS: [&str; 4] = [
    "data_centre.capture_share",
    "data_centre.loop_out_c",
    "data_centre.loop_delta_k",
    "emissions.site_cooling_eer",
];

/// A preset's name without what follows its first " (" or ", " (partners, phase…):
/// "Settimo Milanese (Equinix + A2A, Milan)" → "Settimo Milanese".
pub fn short_name(name: &str) -> String {
    let cut = [" (", ", "]
        .iter()
        .filter_map(|sep| name.find(sep))
        .min()
        .unwrap_or(name.len());
    let short = name[..cut].trim();
    if short.is_empty() {
        name.trim().to_string()
    } else {
        short.to_string()
    }
}

/// The `name` of the preset `stem` (its file stem when it has none); `None` for no preset.
pub fn preset_name(stem: &str) -> Option<String> {
    let json = crate::presets::preset(stem)?;
    Some(
        heat_twin_model::scenario::parse_scenario(json)
            .ok()
            .and_then(|s| s.name)
            .unwrap_or_else(|| stem.to_string()),
    )
}

/// The scenario's own name, else "Untitled scenario" in `lang`.
pub fn title(scenario: &Scenario, lang: Lang) -> String {
    scenario
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| translate(lang, "identity-untitled", &[]))
}

/// What a modified preset becomes: the user's name kept, else "My scenario (from …)"; the
/// preset's description and sources dropped when they are still the preset's.
pub fn detach(scenario: &mut Scenario, base: &Scenario, lang: Lang) {
    if scenario.name.is_some() && scenario.name == base.name {
        let short = short_name(base.name.as_deref().unwrap_or_default());
        scenario.name = Some(translate(
            lang,
            "identity-my-scenario",
            &[("preset", Arg::Text(short))],
        ));
    }
    if scenario.description.is_some() && scenario.description == base.description {
        scenario.description = None;
    }
    if scenario.sources.is_some() && scenario.sources == base.sources {
        scenario.sources = None;
    }
}

/// Whether the figures (everything but name, description, sources and the measured profiles)
/// differ. The profiles are the plant's own measurements driving the same project
/// (docs/model/measured.md §9), not a change of its figures: they keep its identity.
fn figures_differ(a: &Scenario, b: &Scenario) -> bool {
    let strip = |s: &Scenario| {
        let mut t = Scenario {
            name: None,
            description: None,
            sources: None,
            ..s.clone()
        };
        for d in heat_twin_model::Driver::ALL {
            t.set_profile(d, None);
        }
        t
    };
    strip(a) != strip(b)
}

/// Starts the two reactions of the identity rules (called once by the app after [`Twin::new`],
/// inside the mounted view: effects need the browser's executor, which mounting starts).
pub fn install(twin: Twin) {
    // A preset whose figures changed gets the user's identity.
    Effect::new(move |_| {
        if !twin.modified.get() {
            return;
        }
        let Some(base) = twin.base.get_untracked() else {
            return;
        };
        let needs = twin.scenario.with_untracked(|s| {
            figures_differ(s, &base)
                && ((s.name.is_some() && s.name == base.name)
                    || (s.description.is_some() && s.description == base.description)
                    || (s.sources.is_some() && s.sources == base.sources))
        });
        if needs {
            let lang = I18n::use_i18n().lang.get_untracked();
            twin.scenario.update(|s| detach(s, &base, lang));
        }
    });
    // The user switched the cooling: its own capture share, loop and EER apply.
    Effect::new(move |_| {
        let now = twin.scenario.with(|s| s.get(COOLING));
        let before = twin.swap_cooling(now.clone());
        if now == before {
            return;
        }
        let Some(FieldValue::Choice(code)) = now else {
            twin.cooling_note.set(None);
            return;
        };
        let given = twin
            .scenario
            .with_untracked(|s| COOLING_FOLLOWERS.iter().any(|p| s.get(p).is_some()));
        if given {
            twin.scenario.update(|s| {
                for p in COOLING_FOLLOWERS {
                    s.clear(p);
                }
            });
        }
        twin.cooling_note.set(Some(code));
    });
}

/// Asks "discard your unsaved edits?" when there are some; true to go on.
pub fn confirm_discard(twin: Twin) -> bool {
    if !twin.is_dirty() {
        return true;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let lang = I18n::use_i18n().lang.get_untracked();
        let ask = translate(lang, "identity-confirm-discard", &[]);
        web_sys::window()
            .and_then(|w| w.confirm_with_message(&ask).ok())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// The line beside the cooling control after a switch: the values that now apply.
#[component]
pub fn CoolingNote() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let text = move || {
        let code = twin.cooling_note.get()?;
        let params = twin.valid.with(|v| v.as_ref().ok().map(|v| v.params))?;
        let num = |path: &str| match resolved_value(&params, path) {
            Some(FieldValue::Number(x)) => Some(x),
            _ => None,
        };
        let cooling = i18n.t(&format!("choice-{}", code.replace('_', "-")));
        let exact = |x: f64| crate::components::report::exact(x, i18n.style());
        let args = [
            ("cooling", Arg::Text(cooling)),
            (
                "share",
                Arg::Text(format!("{} %", exact(num(COOLING_FOLLOWERS[0])? * 100.0))),
            ),
            (
                "out",
                Arg::Text(format!("{} °C", exact(num(COOLING_FOLLOWERS[1])?))),
            ),
            (
                "delta",
                Arg::Text(format!("{} K", exact(num(COOLING_FOLLOWERS[2])?))),
            ),
            ("eer", Arg::Text(exact(num(COOLING_FOLLOWERS[3])?))),
        ];
        Some(i18n.t_args("identity-cooling-note", &args))
    };
    view! {
        <Show when=move || twin.cooling_note.with(Option::is_some)>
            <p class="cooling-note meta" data-status="cooling-set" role="status">{text}</p>
        </Show>
    }
}

/// The scenario's name and description, "modified from", and "New scenario".
#[component]
pub fn Identity() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    // Memos: a slider moved elsewhere does not rewrite these boxes.
    let name = Memo::new(move |_| twin.scenario.with(|s| s.name.clone().unwrap_or_default()));
    let description = Memo::new(move |_| {
        twin.scenario
            .with(|s| s.description.clone().unwrap_or_default())
    });
    let set_name = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        twin.scenario
            .update(|s| s.name = (!v.trim().is_empty()).then_some(v));
    };
    let set_description = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        twin.scenario
            .update(|s| s.description = (!v.trim().is_empty()).then_some(v));
    };
    let modified_from = move || {
        if !twin.modified.get() {
            return None;
        }
        let preset = twin.preset.with(|p| preset_name(p))?;
        Some(i18n.t_args("identity-modified-from", &[("preset", Arg::Text(preset))]))
    };
    let new_scenario = move |_| {
        if confirm_discard(twin) {
            twin.replace(Scenario::default(), "");
            twin.notice.set(None);
        }
    };
    view! {
        <section class="identity group" aria-label=move || i18n.t("identity-aria")>
            <div class="fields">
                <label class="identity-name">
                    <span>{move || i18n.t("identity-name")}</span>
                    <input type="text" data-field="name" maxlength="200"
                        placeholder=move || i18n.t("identity-untitled")
                        prop:value=move || name.get() on:input=set_name />
                </label>
                <label class="identity-description">
                    <span>{move || i18n.t("identity-description")}</span>
                    <textarea data-field="description" rows="2" maxlength="4000"
                        placeholder=move || i18n.t("identity-description-placeholder")
                        prop:value=move || description.get() on:input=set_description></textarea>
                </label>
                {move || modified_from().map(|t| view! {
                    <p class="meta" data-status="modified-from">{t}</p>
                })}
                <button type="button" data-action="new-scenario" title=move || i18n.t("identity-new-title")
                    on:click=new_scenario>{move || i18n.t("identity-new")}</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_drop_partners_and_phases() {
        assert_eq!(
            short_name("Settimo Milanese (Equinix + A2A, Milan)"),
            "Settimo Milanese"
        );
        assert_eq!(
            short_name("Brescia pilot, full build-out (A2A + Qarnot, Centrale Lamarmora)"),
            "Brescia pilot"
        );
        // A thousands comma without a space is not a cut.
        assert_eq!(
            short_name("Vision: Lombardy data centres heating 150,000 homes (not a project)"),
            "Vision: Lombardy data centres heating 150,000 homes"
        );
        assert_eq!(short_name("(odd)"), "(odd)");
    }

    #[test]
    fn a_modified_preset_loses_the_preset_name_description_and_sources() {
        let base = Scenario {
            name: Some("Settimo Milanese (Equinix + A2A, Milan)".into()),
            description: Some("Equinix's data centre…".into()),
            sources: Some(vec!["A2A press release".into()]),
            ..Scenario::default()
        };
        let mut s = base.clone();
        assert_eq!(s.set("data_centre.racks", FieldValue::Number(7.0)), Ok(()));
        assert!(figures_differ(&s, &base));
        detach(&mut s, &base, Lang::En);
        assert_eq!(
            s.name.as_deref(),
            Some("My scenario (from Settimo Milanese)")
        );
        assert_eq!(s.description, None);
        assert_eq!(s.sources, None);
        // The user's own name and words are kept.
        let mut own = base.clone();
        own.name = Some("Milan north".into());
        own.description = Some("Mine".into());
        detach(&mut own, &base, Lang::It);
        assert_eq!(own.name.as_deref(), Some("Milan north"));
        assert_eq!(own.description.as_deref(), Some("Mine"));
        let mut it = base.clone();
        detach(&mut it, &base, Lang::It);
        assert_eq!(
            it.name.as_deref(),
            Some("Il mio scenario (da Settimo Milanese)")
        );
    }

    #[test]
    fn measured_profiles_keep_the_presets_identity() {
        let base = Scenario {
            name: Some("Settimo Milanese (Equinix + A2A, Milan)".into()),
            ..Scenario::default()
        };
        let mut s = base.clone();
        s.set_profile(heat_twin_model::Driver::ItKw, Some(&[100.0; 8760]));
        assert!(!figures_differ(&s, &base));
        assert_eq!(s.set("data_centre.racks", FieldValue::Number(7.0)), Ok(()));
        assert!(figures_differ(&s, &base));
    }

    #[test]
    fn titles_fall_back_to_untitled() {
        let s = Scenario::default();
        assert_eq!(title(&s, Lang::En), "Untitled scenario");
        assert_eq!(title(&s, Lang::It), "Scenario senza nome");
    }
}
