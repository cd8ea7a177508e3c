//! The rules beside the figures: Germany's EnEfG §11, the EU's Energy Efficiency Directive
//! (EED, Directive (EU) 2023/1791, Articles 12 and 26) and, for a site in Italy, D.Lgs.
//! 102/2014's "efficient district heating", chosen by the site's country. The country is the
//! climate's (`weather.builtin`), until a scenario field names it.

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use leptos::prelude::*;

/// The share of waste heat that makes a district heating network "efficient": 50 %, in
/// D.Lgs. 102/2014 art. 2, comma 2, lettera tt) (Italy, transposing Directive 2012/27/EU art. 2
/// point 41) and in Directive (EU) 2023/1791 art. 26(1)(a) until 31 December 2027.
pub const EFFICIENT_DH_WASTE_HEAT_SHARE: f64 = 0.5;

/// The site's country (English name), from its built-in climate; None for uploaded weather or
/// monthly means.
pub fn site_country(weather: &WeatherSpec) -> Option<&'static str> {
    match weather {
        WeatherSpec::Builtin(id) => heat_twin_model::weather::climate(id).map(|c| c.country),
        _ => None,
    }
}

/// ERF and PUE beside Germany's EnEfG §11 and the EU EED, for a chosen start year.
#[component]
pub fn Benchmarks(start_year: RwSignal<u32>) -> impl IntoView {
    let twin = Twin::use_twin();
    let erf_need = move || match start_year.get() {
        y if y >= 2028 => 0.20,
        2027 => 0.15,
        _ => 0.10,
    };
    let i18n = I18n::use_i18n();
    let verdict = move || {
        let s = twin.snapshot.get()?;
        let erf = s.summary.erf;
        let pue = s.summary.pue?;
        let it_kw = s.summary.it_energy_mwh * 1000.0 / 8760.0;
        let verdict = |ok: bool| {
            Arg::Text(if ok {
                i18n.t("bench-met")
            } else {
                i18n.t("bench-not-met")
            })
        };
        let eed = if it_kw >= 1000.0 {
            i18n.t("bench-eed-large")
        } else if it_kw >= 500.0 {
            i18n.t("bench-eed-medium")
        } else {
            i18n.t("bench-eed-small")
        };
        let enefg = i18n.t_args(
            "bench-enefg",
            &[
                ("year", Arg::Text(start_year.get().to_string())),
                ("erf_need", Arg::Text(i18n.fixed(erf_need() * 100.0, 0))),
                ("erf_verdict", verdict(erf >= erf_need())),
                ("erf", Arg::Text(i18n.fixed(erf * 100.0, 1))),
                ("pue_need", Arg::Text(i18n.fixed(1.2, 1))),
                ("pue_verdict", verdict(pue <= 1.2)),
                ("pue", Arg::Text(i18n.fixed(pue, 2))),
            ],
        );
        let country = twin
            .valid
            .with(|v| v.as_ref().ok().and_then(|v| site_country(&v.weather)));
        let italy = (country == Some("Italy")).then(|| match s.summary.dc_share_of_demand {
            Some(share) => i18n.t_args(
                "bench-italy",
                &[
                    ("share", Arg::Text(i18n.fixed(share * 100.0, 0))),
                    (
                        "need",
                        Arg::Text(i18n.fixed(EFFICIENT_DH_WASTE_HEAT_SHARE * 100.0, 0)),
                    ),
                    ("verdict", verdict(share >= EFFICIENT_DH_WASTE_HEAT_SHARE)),
                ],
            ),
            None => i18n.t("bench-italy-all"),
        });
        let lines = [italy, Some(eed), Some(enefg)];
        Some(lines.into_iter().flatten().collect::<Vec<_>>().join(" "))
    };
    view! {
        <div class="kpi benchmark">
            <p class="label"><label for="start-year">{move || i18n.t("bench-label")}</label></p>
            <select id="start-year" data-control="start-year" prop:value=move || start_year.get().to_string()
                on:change=move |ev| start_year.set(event_target_value(&ev).parse().unwrap_or(2026))>
                <option value="2026">{move || i18n.t("bench-2026")}</option>
                <option value="2027">{move || i18n.t("bench-2027")}</option>
                <option value="2028">{move || i18n.t("bench-2028")}</option>
            </select>
            <p class="note">{verdict}</p>
        </div>
    }
}
