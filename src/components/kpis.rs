//! KPI cards: each carries `data-kpi="<summary field>"` and `data-value="<unrounded number>"`
//! (empty when the figure does not exist for the scenario); the text is rounded, with its unit.

use crate::format::{fixed, readable, NumberStyle};
use crate::run::Snapshot;
use crate::state::Twin;
use heat_twin_model::Summary;
use leptos::prelude::*;
use std::sync::Arc;

/// One card's definition.
struct Kpi {
    field: &'static str,
    label: &'static str,
    unit: &'static str,
    value: fn(&Summary) -> Option<f64>,
    /// Scale from the model's unit to the shown one (e.g. share → %).
    scale: f64,
    /// The note under the value: what it is measured against.
    note: fn(&Snapshot) -> String,
    headline: bool,
}

fn st() -> NumberStyle {
    NumberStyle::EN
}

const KPIS: &[Kpi] = &[
    Kpi {
        field: "heat_delivered_mwh",
        label: "Heat delivered",
        unit: "MWh/yr",
        value: |s| Some(s.heat_delivered_mwh),
        scale: 1.0,
        headline: true,
        note: |_| "to the district heating network in a year, heat-pump output included".into(),
    },
    Kpi {
        field: "homes_equivalent",
        label: "Homes heated",
        unit: "homes",
        value: |s| Some(s.homes_equivalent),
        scale: 1.0,
        headline: true,
        note: |x| {
            format!(
                "80 m² apartment-equivalents at {} MWh/yr each",
                readable(x.params.network.home_heat_mwh, st())
            )
        },
    },
    Kpi {
        field: "homes_from_dc_heat",
        label: "…from the data centre's own heat",
        unit: "homes",
        value: |s| Some(s.homes_from_dc_heat),
        scale: 1.0,
        headline: false,
        note: |_| "without the heat pumps' electricity".into(),
    },
    Kpi {
        field: "co2_avoided_t",
        label: "CO2 avoided",
        unit: "t/yr",
        value: |s| Some(s.co2_avoided_t),
        scale: 1.0,
        headline: true,
        note: |x| {
            format!("against boilers burning fuel at {} kg CO2/MWh (efficiency {}), minus the grid electricity used at {} g/kWh",
            readable(x.params.emissions.fuel_kg_per_mwh, st()), readable(x.params.emissions.boiler_efficiency, st()), readable(x.params.emissions.grid_g_per_kwh, st()))
        },
    },
    Kpi {
        field: "trees_equivalent",
        label: "Trees",
        unit: "trees",
        value: |s| Some(s.trees_equivalent),
        scale: 1.0,
        headline: false,
        note: |x| {
            format!(
                "that would absorb as much CO2, at {} kg per tree a year",
                readable(x.params.emissions.tree_kg_per_year, st())
            )
        },
    },
    Kpi {
        field: "dc_share_of_demand",
        label: "Share of the network's heat",
        unit: "%",
        value: |s| s.dc_share_of_demand,
        scale: 100.0,
        headline: false,
        note: |x| {
            if x.takes_all_heat {
                "not shown: the network takes all the heat (its demand is not modelled)".into()
            } else {
                "of the heat the network needs at the plant".into()
            }
        },
    },
    Kpi {
        field: "heat_reused_share",
        label: "Data-centre heat reused",
        unit: "%",
        value: |s| (s.dc_energy_mwh > 0.0).then(|| s.dc_heat_used_mwh / s.dc_energy_mwh),
        scale: 100.0,
        headline: false,
        note: |x| {
            format!(
                "of all the site's heat; {} of the captured heat",
                pct(x.summary.dc_heat_used_mwh, x.summary.heat_captured_mwh)
            )
        },
    },
    Kpi {
        field: "erf",
        label: "Energy reuse factor (ERF)",
        unit: "%",
        value: |s| Some(s.erf),
        scale: 100.0,
        headline: false,
        note: |_| "ISO/IEC 30134-6: heat reused ÷ the site's energy".into(),
    },
    Kpi {
        field: "pue",
        label: "Power usage effectiveness (PUE)",
        unit: "",
        value: |s| s.pue,
        scale: 1.0,
        headline: false,
        note: |_| {
            "the site's energy ÷ IT energy (heat-recovery heat pumps excluded, EnEfG §11)".into()
        },
    },
    Kpi {
        field: "heat_pump_scop",
        label: "Heat-pump seasonal COP",
        unit: "",
        value: |s| s.heat_pump_scop,
        scale: 1.0,
        headline: false,
        note: |x| {
            if x.summary.heat_pump_scop.is_none() {
                "no heat pump ran".into()
            } else {
                format!(
                    "heat out ÷ electricity in over {} hours",
                    fixed(x.summary.heat_pump_hours, 0, st())
                )
            }
        },
    },
    Kpi {
        field: "simple_payback_years",
        label: "Simple payback",
        unit: "years",
        value: |s| s.simple_payback_years,
        scale: 1.0,
        headline: false,
        note: |x| {
            if x.summary.simple_payback_years.is_none() {
                "never: the yearly benefit is not positive".into()
            } else {
                format!(
                    "investment of € {} ÷ yearly benefit",
                    fixed(x.summary.capex_eur, 0, st())
                )
            }
        },
    },
    Kpi {
        field: "lcoh_eur_per_mwh",
        label: "Cost of the recovered heat",
        unit: "€/MWh",
        value: |s| s.lcoh_eur_per_mwh,
        scale: 1.0,
        headline: false,
        note: |x| {
            format!(
                "against {} €/MWh from the boiler (fuel price ÷ efficiency)",
                readable(x.summary.boiler_heat_cost_eur_per_mwh, st())
            )
        },
    },
    Kpi {
        field: "utility_benefit_eur",
        label: "Utility gains",
        unit: "€/yr",
        value: |s| Some(s.utility_benefit_eur),
        scale: 1.0,
        headline: false,
        note: |_| "fuel saved − heat bought − its electricity and O&M".into(),
    },
    Kpi {
        field: "dc_benefit_eur",
        label: "Data centre gains",
        unit: "€/yr",
        value: |s| Some(s.dc_benefit_eur),
        scale: 1.0,
        headline: false,
        note: |_| "heat sold − its electricity and O&M + cooling saved".into(),
    },
    Kpi {
        field: "heat_revenue_eur",
        label: "Heat revenue",
        unit: "€/yr",
        value: |s| Some(s.heat_revenue_eur),
        scale: 1.0,
        headline: false,
        note: |x| {
            format!(
                "metered heat at {} €/MWh",
                readable(x.params.economics.heat_price_eur_per_mwh, st())
            )
        },
    },
];

fn pct(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{} %", fixed(100.0 * a / b, 0, st()))
    } else {
        "–".into()
    }
}

/// Number as shown: rounded to a precision that suits it, with grouped thousands.
fn shown(x: f64) -> String {
    readable(x, st())
}

/// The KPI cards.
#[component]
pub fn Kpis() -> impl IntoView {
    let twin = Twin::use_twin();
    let start_year = RwSignal::new(2026u32);
    let snap = move || twin.snapshot.get();
    view! {
        <section class="kpis" aria-label="Results for one year">
            {KPIS.iter().map(|k| {
                let value = move || snap().and_then(|s| (k.value)(&s.summary));
                let data_value = move || value().map(|v| format!("{v:?}")).unwrap_or_default();
                let text = move || match value() {
                    Some(v) => shown(v * k.scale),
                    None => "n/a".to_string(),
                };
                // Only MODEL.md summary fields carry data-kpi; derived figures carry data-derived.
                let is_summary = k.field != "heat_reused_share";
                let note = move || snap().map(|s: Arc<Snapshot>| (k.note)(&s)).unwrap_or_default();
                view! {
                    <div class="kpi" class:headline=k.headline data-kpi=is_summary.then_some(k.field)
                        data-derived=(!is_summary).then_some(k.field) data-value=data_value>
                        <p class="label">{k.label}</p>
                        <p class="value">{text}<span class="u">{move || (!k.unit.is_empty() && value().is_some()).then_some(k.unit)}</span></p>
                        <p class="note">{note}</p>
                    </div>
                }
            }).collect_view()}
            <Benchmarks start_year=start_year />
        </section>
    }
}

/// ERF and PUE beside Germany's EnEfG §11 and the EU EED, for a chosen start year.
#[component]
fn Benchmarks(start_year: RwSignal<u32>) -> impl IntoView {
    let twin = Twin::use_twin();
    let erf_need = move || match start_year.get() {
        y if y >= 2028 => 0.20,
        2027 => 0.15,
        _ => 0.10,
    };
    let verdict = move || {
        let s = twin.snapshot.get()?;
        let erf = s.summary.erf;
        let pue = s.summary.pue?;
        let it_kw = s.summary.it_energy_mwh * 1000.0 / 8760.0;
        let erf_ok = erf >= erf_need();
        let pue_ok = pue <= 1.2;
        let eed = if it_kw >= 1000.0 {
            "EU EED: over 1 MW, so it must use its waste heat or show why not (Art. 26) and report its KPIs (Art. 12)."
        } else if it_kw >= 500.0 {
            "EU EED: 500 kW or more of IT, so it reports PUE, ERF and other KPIs each year (Art. 12)."
        } else {
            "EU EED: under 500 kW of IT, so no reporting duty (Art. 12)."
        };
        Some(format!(
            "Germany's EnEfG §11 for a site starting in {}: ERF ≥ {} % ({}: {} %) and PUE ≤ 1.2 ({}: {}). {}",
            start_year.get(),
            fixed(erf_need() * 100.0, 0, st()),
            if erf_ok { "met" } else { "not met" },
            fixed(erf * 100.0, 1, st()),
            if pue_ok { "met" } else { "not met" },
            fixed(pue, 2, st()),
            eed
        ))
    };
    view! {
        <div class="kpi benchmark">
            <p class="label"><label for="start-year">"Benchmarks for a site starting in"</label></p>
            <select id="start-year" data-control="start-year" prop:value=move || start_year.get().to_string()
                on:change=move |ev| start_year.set(event_target_value(&ev).parse().unwrap_or(2026))>
                <option value="2026">"July 2026"</option>
                <option value="2027">"July 2027"</option>
                <option value="2028">"July 2028 or later"</option>
            </select>
            <p class="note">{verdict}</p>
        </div>
    }
}
