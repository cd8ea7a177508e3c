//! The text alternative of each chart: a one-sentence summary and the data as a table.

use super::{month_names, ChartKind};
use crate::i18n::{Arg, I18n};
use crate::run::Snapshot;
use heat_twin_charts as hc;
use leptos::prelude::*;
use std::sync::Arc;

/// A one-sentence summary of a chart for screen readers, in `i18n`'s language.
pub fn summary(i18n: &I18n, kind: ChartKind, s: &Snapshot) -> String {
    let sum = &s.summary;
    let n = |x: f64| Arg::Text(i18n.num(x));
    match kind {
        ChartKind::Year => {
            let peak = s
                .daily
                .direct_mwh
                .iter()
                .zip(&s.daily.storage_mwh)
                .map(|(a, b)| a + b)
                .fold(0.0, f64::max);
            let mut args = vec![
                ("total", n(sum.heat_delivered_mwh)),
                ("peak", n(peak)),
                ("rejected", n(sum.heat_rejected_mwh)),
            ];
            if s.takes_all_heat {
                args.push(("it", n(sum.it_energy_mwh)));
                i18n.t_args("summary-year-all", &args)
            } else {
                i18n.t_args("summary-year", &args)
            }
        }
        ChartKind::Duration => match sum.full_load_hours {
            Some(h) => i18n.t_args(
                "summary-duration",
                &[("peak", n(sum.peak_recovery_output_mw)), ("hours", n(h))],
            ),
            None => i18n.t_args(
                "summary-duration-none",
                &[("peak", n(sum.peak_recovery_output_mw))],
            ),
        },
        ChartKind::Monthly => {
            let best = s
                .monthly
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.heat_delivered_mwh.total_cmp(&b.1.heat_delivered_mwh));
            let months = month_names(i18n.lang.get());
            let month = best
                .map(|(m, _)| months[m].clone())
                .unwrap_or_else(|| "–".into());
            i18n.t_args("summary-monthly", &[("month", Arg::Text(month))])
        }
        ChartKind::Flows => i18n.t_args(
            "summary-flows",
            &[
                ("it", n(sum.it_energy_mwh)),
                ("captured", n(sum.heat_captured_mwh)),
                ("used", n(sum.dc_heat_used_mwh)),
                ("delivered", n(sum.heat_delivered_mwh)),
            ],
        ),
        ChartKind::Cop => {
            let range = [("min", n(sum.min_supply_c)), ("max", n(sum.max_supply_c))];
            match sum.heat_pump_scop {
                Some(scop) => {
                    let mut a = range.to_vec();
                    a.push(("scop", n(scop)));
                    i18n.t_args("summary-cop", &a)
                }
                None => i18n.t_args("summary-cop-none", &range),
            }
        }
    }
}

/// The data behind a chart as a table, in the page's language.
pub(super) fn table(i18n: &I18n, kind: ChartKind, s: &Arc<Snapshot>) -> AnyView {
    let n = |x: f64| i18n.num(x);
    match kind {
        ChartKind::Year | ChartKind::Monthly | ChartKind::Duration => {
            let months = month_names(i18n.lang.get());
            view! {
            <table>
                <caption class="visually-hidden">{i18n.t("table-caption-monthly")}</caption>
                <thead><tr><th scope="col">{i18n.t("table-month")}</th><th scope="col">{i18n.t("table-delivered")}</th><th scope="col">{i18n.t("table-demand")}</th>
                    <th scope="col">{i18n.t("table-backup")}</th><th scope="col">{i18n.t("table-rejected")}</th><th scope="col">{i18n.t("table-co2")}</th></tr></thead>
                <tbody>
                    {s.monthly.iter().enumerate().map(|(i, m)| view! {
                        <tr><th scope="row">{months[i].clone()}</th><td>{n(m.heat_delivered_mwh)}</td>
                            <td>{m.network_demand_mwh.map(n).unwrap_or_else(|| "–".into())}</td>
                            <td>{m.backup_heat_mwh.map(n).unwrap_or_else(|| "–".into())}</td>
                            <td>{n(m.heat_rejected_mwh)}</td><td>{n(m.co2_avoided_t)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            }
            .into_any()
        }
        ChartKind::Flows => {
            // One row per band of the chart (from, to, MWh/yr), then the nodes shown without a
            // band: every node with both inflows and outflows balances (heat_twin_charts::graph).
            let links = hc::flow_links(&s.flows);
            let values = hc::node_values(&s.flows, &links);
            let (inflow, outflow) = hc::node_totals(&links);
            let name = |node: hc::FlowNode| i18n.t(&format!("flow-node-{}", node.key()));
            let rows = links
                .into_iter()
                .filter(|l| l.mwh > 0.0)
                .map(|l| {
                    view! {
                        <tr data-from=l.from.key() data-to=l.to.key() data-mwh=l.mwh.to_string()>
                            <th scope="row">{name(l.from)}</th><td>{name(l.to)}</td><td>{n(l.mwh)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let alone = hc::FlowNode::ALL
                .iter()
                .filter(|node| {
                    let i = node.index();
                    values[i] > 0.0 && inflow[i] == 0.0 && outflow[i] == 0.0
                })
                .map(|node| {
                    let v = values[node.index()];
                    view! {
                        <tr data-node=node.key() data-mwh=v.to_string()>
                            <th scope="row">{name(*node)}</th><td>{i18n.t("flow-not-linked")}</td><td>{n(v)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <thead><tr><th scope="col">{i18n.t("table-flow-from")}</th><th scope="col">{i18n.t("table-flow-to")}</th><th scope="col">{i18n.t("table-mwh-yr")}</th></tr></thead>
                    <tbody>{rows}{alone}</tbody>
                </table>
            }
            .into_any()
        }
        ChartKind::Cop => {
            let b = &s.cop_bins;
            view! {
                <table>
                    <thead><tr><th scope="col">{i18n.t("table-outdoor")}</th><th scope="col">{i18n.t("table-supply")}</th><th scope="col">{i18n.t("table-cop")}</th></tr></thead>
                    <tbody>{b.outdoor_c.iter().zip(&b.supply_c).zip(&b.cop).map(|((t, sup), c)| view! {
                        <tr><th scope="row">{n(*t)}</th><td>{n(*sup)}</td><td>{if c.is_finite() { n(*c) } else { "–".into() }}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }
    }
}
