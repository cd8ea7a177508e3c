//! The tank's figures, when there is a tank: its capacity (MWh), its full-cycle equivalents a
//! year and its standing losses.
//!
//! Cycles are `Σdischarge / E_max` (MODEL.md §6: the heat given back over the capacity, the
//! usual "equivalent full cycles"); losses are `storage_loss_mwh`, also as a share of the heat
//! put in (`Σcharge`). Hand check: a 6,000 m³ tank between 95 and 60 °C holds
//! 6,000 × 4.18 × 35 / 3,600 ≈ 244 MWh; giving back 24,400 MWh a year is 100 cycles.

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::Summary;
use leptos::prelude::*;

/// Equivalent full cycles a year, `discharge / capacity`; None without a tank.
pub fn cycles(s: &Summary) -> Option<f64> {
    (s.storage_capacity_mwh > 0.0).then(|| s.storage_discharge_mwh / s.storage_capacity_mwh)
}

/// The tank's cards (nothing without a tank).
#[component]
pub fn TankKpis() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let summary = Memo::new(move |_| {
        twin.snapshot
            .with(|s| s.as_ref().map(|s| s.summary))
            .filter(|s| s.storage_capacity_mwh > 0.0)
    });
    move || {
        summary.get().map(|s| {
            let n = |x: f64| i18n.num(x);
            let loss_share = if s.storage_charge_mwh > 0.0 {
                i18n.fixed(100.0 * s.storage_loss_mwh / s.storage_charge_mwh, 1)
            } else {
                "–".into()
            };
            let cycles = cycles(&s).unwrap_or(0.0);
            view! {
                <div class="kpi" data-kpi="storage_capacity_mwh" data-value=format!("{:?}", s.storage_capacity_mwh)>
                    <p class="label">{i18n.t("kpi-tank")}</p>
                    <p class="value">{n(s.storage_capacity_mwh)}<span class="u">"MWh"</span></p>
                    <p class="note">{i18n.t_args("kpi-tank-note", &[("mw", Arg::Text(n(s.storage_power_mw)))])}</p>
                </div>
                <div class="kpi" data-derived="storage_cycles" data-value=format!("{cycles:?}")>
                    <p class="label">{i18n.t("kpi-tank-cycles")}</p>
                    <p class="value">{n(cycles)}<span class="u">{i18n.t("unit-per-yr")}</span></p>
                    <p class="note">{i18n.t_args("kpi-tank-cycles-note", &[("mwh", Arg::Text(n(s.storage_discharge_mwh)))])}</p>
                </div>
                <div class="kpi" data-kpi="storage_loss_mwh" data-value=format!("{:?}", s.storage_loss_mwh)>
                    <p class="label">{i18n.t("kpi-tank-losses")}</p>
                    <p class="value">{n(s.storage_loss_mwh)}<span class="u">{i18n.t("unit-mwh-yr")}</span></p>
                    <p class="note">{i18n.t_args("kpi-tank-losses-note", &[("share", Arg::Text(loss_share))])}</p>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_by_hand() {
        // 24,400 MWh given back by a 244 MWh tank: 100 cycles (see the module's hand check).
        let s = Summary {
            storage_capacity_mwh: 244.0,
            storage_discharge_mwh: 24_400.0,
            ..Summary::default()
        };
        assert!((cycles(&s).unwrap_or(0.0) - 100.0).abs() < 1e-9);
        assert_eq!(cycles(&Summary::default()), None);
    }
}
