//! Warnings in words, where the physics says so, plus the page's own (the climate changed but
//! the heat per home did not; the scenario cannot run).

use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use leptos::prelude::*;

/// The warnings list of the current run.
#[component]
pub fn Warnings() -> impl IntoView {
    let twin = Twin::use_twin();
    let items = move || {
        let mut out: Vec<(String, String)> = twin
            .snapshot
            .with(|s| {
                s.as_ref().map(|s| {
                    s.warnings
                        .iter()
                        .map(|w| (w.code.to_string(), w.message.clone()))
                        .collect()
                })
            })
            .unwrap_or_default();
        if let Some(msg) = climate_warning(twin) {
            out.push(("climate_changed_home_heat_unchanged".into(), msg));
        }
        match twin.valid.get() {
            Err(problems) => out.extend(
                problems
                    .iter()
                    .map(|p| ("invalid".to_string(), p.to_string())),
            ),
            Ok(_) => {
                if let Err(e) = twin.weather.get() {
                    out.push((
                        "weather".into(),
                        format!("The weather cannot be used: {e}."),
                    ));
                }
            }
        }
        out
    };
    view! {
        <ul class="warnings" aria-label="Warnings">
            {move || items().into_iter().map(|(code, msg)| view! { <li data-warning=code>{msg}</li> }).collect_view()}
        </ul>
    }
}

/// The climate differs from the loaded preset's while the heat per home is still the preset's.
fn climate_warning(twin: Twin) -> Option<String> {
    let stem = twin.preset.get();
    let base = crate::presets::preset(&stem)
        .and_then(|json| heat_twin_model::scenario::load_scenario(json).ok());
    let (base_weather, base_heat) = match base {
        Some(b) => (b.weather, b.params.network.home_heat_mwh),
        None => (
            WeatherSpec::default(),
            heat_twin_model::params::Params::default()
                .network
                .home_heat_mwh,
        ),
    };
    let now = twin.valid.get().ok()?;
    (now.weather != base_weather && now.params.network.home_heat_mwh == base_heat).then(|| {
        format!(
            "The climate changed but the heat per home is still {} MWh/yr: heat per home depends on the climate \
             (Italy 11.85; a Danish house 13–18), so set it for this place.",
            now.params.network.home_heat_mwh
        )
    })
}
