//! The preset selector: real projects from `scenarios/*.json`; choosing one sets every control
//! (after asking, when there are unsaved edits); the preset the scenario came from says
//! "(modified)" once the scenario differs from it.

use crate::i18n::{translate, Arg, I18n};
use crate::presets::PRESETS;
use crate::state::Twin;
use heat_twin_model::scenario::parse_scenario;
use leptos::prelude::*;

/// The name of a preset for the selector (its `name` field, else the file stem).
fn preset_name(stem: &str, json: &str) -> String {
    parse_scenario(json)
        .ok()
        .and_then(|s| s.name)
        .unwrap_or_else(|| stem.to_string())
}

/// Loads the preset `stem` into the twin; returns the message to show when it cannot, in the
/// page's language (problems too, through [`crate::problems`]).
pub fn load_preset(twin: Twin, stem: &str) -> Result<(), String> {
    let lang = I18n::use_i18n().lang.get_untracked();
    let stem_arg = ("stem", Arg::Text(stem.to_string()));
    let Some(json) = crate::presets::preset(stem) else {
        return Err(translate(lang, "notice-no-preset", &[stem_arg]));
    };
    twin.load_json(json).map_err(|problems| {
        let text = crate::problems::problems_text(lang, &problems);
        translate(
            lang,
            "notice-preset-failed",
            &[stem_arg.clone(), ("problems", Arg::Text(text))],
        )
    })?;
    twin.preset.set(stem.to_string());
    Ok(())
}

/// `select[data-control="preset"]`: option values are the file stems.
#[component]
pub fn PresetSelect() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let stem = event_target_value(&ev);
        if stem.is_empty() {
            return;
        }
        if !crate::components::identity::confirm_discard(twin) {
            // Stay on the scenario shown: the selector goes back to it.
            if let Some(select) = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
            {
                select.set_value(&twin.preset.get_untracked());
            }
            return;
        }
        twin.notice.set(load_preset(twin, &stem).err());
    };
    view! {
        <label>{move || i18n.t("toolbar-project")}
            <select data-control="preset" prop:value=move || twin.preset.get() on:change=on_change>
                <option value="">{move || i18n.t("toolbar-own-scenario")}</option>
                {PRESETS.iter().map(|(stem, json)| {
                    let fallback = preset_name(stem, json);
                    // The preset's name in the page's language; "(modified)" once the scenario
                    // loaded from it differs.
                    let text = move || {
                        let name = crate::i18n::preset_text(i18n.lang.get(), stem, "name")
                            .unwrap_or_else(|| fallback.clone());
                        if twin.modified.get() && twin.preset.with(|p| p == stem) {
                            format!("{name} {}", i18n.t("identity-modified-suffix"))
                        } else {
                            name
                        }
                    };
                    view! { <option value=*stem>{text}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
