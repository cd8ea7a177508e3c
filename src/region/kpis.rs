//! The portfolio's aggregate KPI cards and its progress toward `target_homes`.
//!
//! Each card carries `data-scope="portfolio"`, `data-kpi="<summary field>"` and
//! `data-value="<unrounded number>"` (empty when the aggregate has no value), as the site
//! page's cards do; the numbers are the aggregate `summary` of `heat-twin-cli portfolio`.

use super::Region;
use crate::i18n::{Arg, I18n};
use leptos::prelude::*;

/// One aggregate card: the summary field, its label and unit messages, the scale to the shown
/// unit.
struct Card {
    field: &'static str,
    label: &'static str,
    unit: &'static str,
    scale: f64,
}

const CARDS: &[Card] = &[
    Card {
        field: "heat_delivered_mwh",
        label: "region-kpi-heat",
        unit: "unit-mwh-yr",
        scale: 1.0,
    },
    Card {
        field: "homes_equivalent",
        label: "region-kpi-homes",
        unit: "unit-homes",
        scale: 1.0,
    },
    Card {
        field: "co2_avoided_t",
        label: "region-kpi-co2",
        unit: "unit-t-yr",
        scale: 1.0,
    },
    Card {
        field: "trees_equivalent",
        label: "region-kpi-trees",
        unit: "unit-trees",
        scale: 1.0,
    },
    Card {
        field: "network_demand_mwh",
        label: "region-kpi-demand",
        unit: "unit-mwh-yr",
        scale: 1.0,
    },
    Card {
        field: "dc_share_of_demand",
        label: "region-kpi-share",
        unit: "region-unit-percent",
        scale: 100.0,
    },
    Card {
        field: "heat_offered_not_taken_mwh",
        label: "region-kpi-not-taken",
        unit: "unit-mwh-yr",
        scale: 1.0,
    },
    Card {
        field: "backup_heat_mwh",
        label: "region-kpi-backup",
        unit: "unit-mwh-yr",
        scale: 1.0,
    },
    Card {
        field: "capex_eur",
        label: "region-kpi-capex",
        unit: "region-unit-eur",
        scale: 1.0,
    },
    Card {
        field: "annual_benefit_eur",
        label: "region-kpi-benefit",
        unit: "unit-eur-yr",
        scale: 1.0,
    },
];

/// The aggregate value of `field` in the newest answer.
fn value(region: Region, field: &str) -> Option<f64> {
    region.answer.with(|a| {
        a.as_ref()
            .and_then(|a| a.summary.get(field))
            .and_then(serde_json::Value::as_f64)
    })
}

/// The aggregate KPI cards.
#[component]
pub fn RegionKpis() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    view! {
        <section class="kpis region-kpis" data-scope="portfolio"
            aria-label=move || i18n.t("region-kpis-aria")>
            {CARDS.iter().map(|c| {
                let v = move || value(region, c.field);
                view! {
                    <div class="kpi" data-scope="portfolio" data-kpi=c.field
                        data-value=move || v().map(|x| format!("{x:?}")).unwrap_or_default()>
                        <p class="label">{move || i18n.t(c.label)}</p>
                        <p class="value">
                            {move || v().map(|x| i18n.num(x * c.scale)).unwrap_or_else(|| "–".into())}
                            <span class="u">{move || i18n.t(c.unit)}</span>
                        </p>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// Homes heated against the portfolio's `target_homes`: a bar, the numbers and the target's
/// provenance as the file states it.
#[component]
pub fn Target() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let homes = move || value(region, "homes_equivalent").unwrap_or(0.0);
    let target = move || {
        region
            .answer
            .with(|a| a.as_ref().and_then(|a| a.target_homes))
    };
    let provenance = move || {
        region
            .answer
            .with(|a| a.as_ref().and_then(|a| a.target_provenance.clone()))
    };
    view! {
        <section class="region-target" data-region="target"
            aria-label=move || i18n.t("region-target-aria")>
            {move || match target() {
                Some(t) if t > 0.0 => {
                    let h = homes();
                    let share = 100.0 * h / t;
                    view! {
                        <progress data-target-homes=format!("{t:?}") data-homes=format!("{h:?}")
                            max=format!("{t}") value=format!("{}", h.min(t))
                            aria-label=i18n.t("region-target-aria")></progress>
                        <p class="region-target-number">{i18n.t_args("region-target", &[
                            ("homes", Arg::Text(i18n.fixed(h, 0))),
                            ("target", Arg::Text(i18n.fixed(t, 0))),
                            ("share", Arg::Text(i18n.fixed(share, 1))),
                        ])}</p>
                    }.into_any()
                }
                _ => view! { <p>{i18n.t("region-target-none")}</p> }.into_any(),
            }}
            {move || provenance().map(|p| view! {
                <p class="region-provenance" data-region="target-provenance">
                    {i18n.t("region-target-provenance")}" "<q lang="en">{p}</q>
                </p>
            })}
        </section>
    }
}
