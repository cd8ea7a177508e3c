//! Warnings in words, where the physics says so, plus the page's own (the climate changed but
//! the heat per home did not; the scenario cannot run).
//!
//! The model names each warning by a stable code and keeps its numbers in
//! [`heat_twin_model::Warnings`]; the sentences here are made from those, in the page's
//! language, with the language's number format (the model's own English sentences are not
//! shown).

use crate::components::field::field_label;
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::network::plants::{PlantKind, PlantName};
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::warnings::{not_taken_groups, MonthNotTaken, NotTakenReason, StorageIgnored};
use heat_twin_model::Warnings as Numbers;
use leptos::prelude::*;

/// The warnings list of the current run.
#[component]
pub fn Warnings() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    // A memo: the list is rewritten only when a warning's text changes, not on every run of a
    // drag (issue 14: fewer DOM writes per input).
    let items = Memo::new(move |_| {
        let mut out: Vec<(String, String)> = twin
            .snapshot
            .with(|s| {
                s.as_ref().map(|s| {
                    // The snapshot is the last run, whose numbers the run module keeps.
                    let numbers = crate::run::with_results(|r| r.warnings);
                    s.warnings
                        .iter()
                        .map(|w| {
                            let text = sentence(&i18n, w.code, &numbers)
                                .unwrap_or_else(|| w.message.clone());
                            (w.code.to_string(), text)
                        })
                        .collect()
                })
            })
            .unwrap_or_default();
        if let Some(msg) = climate_warning(&i18n, twin) {
            out.push(("climate_changed_home_heat_unchanged".into(), msg));
        }
        if let Some(msg) = takes_all_warning(&i18n, twin) {
            out.push(("takes_all_heat_implausible".into(), msg));
        }
        twin.valid.with(|valid| match valid {
            Err(problems) => out.extend(problems.iter().map(|p| {
                let field = heat_twin_model::scenario::field(&p.path)
                    .map(|spec| field_label(&i18n, spec))
                    .unwrap_or_else(|| p.path.clone());
                let text = i18n.t_args(
                    "warning-invalid",
                    &[
                        ("field", Arg::Text(field)),
                        (
                            "message",
                            Arg::Text(crate::problems::problem_message(i18n.lang.get(), p)),
                        ),
                    ],
                );
                ("invalid".to_string(), text)
            })),
            Ok(v) => {
                if let Err(e) = twin.weather.get() {
                    let missing = match &v.weather {
                        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p)
                            if twin.upload.with(Option::is_none) =>
                        {
                            Some(p.clone())
                        }
                        _ => None,
                    };
                    let text = match missing {
                        Some(file) => i18n
                            .t_args("warning-weather-not-uploaded", &[("file", Arg::Text(file))]),
                        None => i18n.t_args("warning-weather", &[("reason", Arg::Text(e))]),
                    };
                    out.push(("weather".into(), text));
                }
            }
        });
        out
    });
    view! {
        <ul class="warnings" aria-label=move || i18n.t("warnings-aria")>
            {move || items.get().into_iter().map(|(code, msg)| view! { <li data-warning=code>{msg}</li> }).collect_view()}
        </ul>
    }
}

/// A share as a percentage, one decimal below 10 % (as the model writes it).
fn percent(i18n: &I18n, share: f64) -> String {
    let p = share * 100.0;
    let decimals = if p.abs() < 10.0 { 1 } else { 0 };
    format!("{} %", i18n.fixed(p, decimals))
}

fn share_of(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
}

/// The sentence of the warning `code` from the run's numbers; None for a code this page does
/// not know (the model's English sentence is shown then).
fn sentence(i18n: &I18n, code: &str, w: &Numbers) -> Option<String> {
    let t1 = |x: f64| Arg::Text(i18n.fixed(x, 1));
    let whole = |x: f64| Arg::Text(i18n.fixed(x, 0));
    let hours = |h: u32| whole(f64::from(h));
    let pc = |x: f64| Arg::Text(percent(i18n, x));
    let hp = w.heat_pump_hours;
    let lost = w.fallback_hours + w.none_hours;
    let loop_args = || {
        vec![
            ("source", t1(w.source_c)),
            ("hot_end", t1(w.source_c - w.approach_k)),
            ("approach", t1(w.approach_k)),
        ]
    };
    let lost_args = || {
        vec![
            ("lost", hours(lost)),
            ("share", pc(f64::from(lost) / 8760.0)),
            ("fallback", hours(w.fallback_hours)),
            ("none", hours(w.none_hours)),
        ]
    };
    let hp_args = |n: u32| {
        vec![
            ("hours", hours(n)),
            ("hp_hours", hours(hp)),
            ("share", pc(share_of(n, hp))),
        ]
    };
    let text = match code {
        "return_line_too_cold" => {
            let mut a = loop_args();
            a.push(("return", t1(w.return_c)));
            a.push(("none", hours(w.none_hours)));
            i18n.t_args("warning-return-line-too-cold", &a)
        }
        "heat_pump_cop_below_one" => i18n.t_args("warning-heat-pump-cop-below-one", &lost_args()),
        "source_too_cold" => {
            let mut a = lost_args();
            a.extend(loop_args());
            i18n.t_args("warning-source-too-cold", &a)
        }
        "exchanger_cold_end" => i18n.t_args(
            "warning-exchanger-cold-end",
            &[
                ("cold_end", t1(w.return_c + w.approach_k)),
                ("return", t1(w.return_c)),
                ("approach", t1(w.approach_k)),
                ("share", pc(w.f_cold)),
                ("hours", hours(w.cold_end_hours)),
                ("mwh", whole(w.cold_end_mwh)),
            ],
        ),
        "heat_pump_capacity" => i18n.t_args(
            "warning-heat-pump-capacity",
            &[
                ("mw", Arg::Text(i18n.num(w.heat_pump_max_mw))),
                ("hours", hours(w.cap_binding_hours)),
            ],
        ),
        "heat_pump_at_max_cop" => {
            let mut a = hp_args(w.max_cop_hours);
            a.push(("cop", Arg::Text(i18n.num(w.max_cop))));
            i18n.t_args("warning-heat-pump-at-max-cop", &a)
        }
        "heat_pump_co2_above_boiler" => i18n.t_args(
            "warning-heat-pump-co2-above-boiler",
            &hp_args(w.co2_breakeven_hours),
        ),
        "heat_pump_cost_above_boiler" => {
            let mut a = hp_args(w.cost_breakeven_hours);
            match w.cost_breakeven_cop {
                Some(cop) => {
                    a.push(("cop", Arg::Text(i18n.fixed(cop, 2))));
                    i18n.t_args("warning-heat-pump-cost-above-boiler", &a)
                }
                None => i18n.t_args("warning-heat-pump-cost-above-boiler-free-fuel", &a),
            }
        }
        "high_rejection" => i18n.t_args(
            "warning-high-rejection",
            &[
                ("share", pc(share_or_zero(w.rejected_mwh, w.captured_mwh))),
                ("rejected", whole(w.rejected_mwh)),
                ("captured", whole(w.captured_mwh)),
            ],
        ),
        "utilisation_clamped" => i18n.t_args(
            "warning-utilisation-clamped",
            &[
                ("set", pc(w.utilisation_set)),
                ("swing", pc(w.daily_swing)),
                ("mean", pc(w.utilisation_mean)),
            ],
        ),
        "high_pumping" => i18n.t_args("warning-high-pumping", &[("share", pc(w.pumping_share))]),
        "high_network_losses" => i18n.t_args(
            "warning-high-network-losses",
            &[("share", pc(w.loss_share.unwrap_or(0.0)))],
        ),
        "storage_ignored" => {
            let a = [("volume", whole(w.storage_volume_m3))];
            match w.storage_ignored {
                StorageIgnored::ReturnLine => {
                    i18n.t_args("warning-storage-ignored-return-line", &a)
                }
                StorageIgnored::TakesAllHeat => {
                    i18n.t_args("warning-storage-ignored-takes-all-heat", &a)
                }
                StorageIgnored::No => return None,
            }
        }
        "heat_not_taken" => not_taken_sentence(i18n, &w.not_taken)?,
        "no_space_heating" => i18n.t_args(
            "warning-no-space-heating",
            &[("base", t1(w.heating_base_c))],
        ),
        _ => return None,
    };
    Some(text)
}

/// The message key of a plant kind's words: `plant-kind-<kind, '_' as '-'><suffix>`.
pub fn kind_key(kind: PlantKind, suffix: &str) -> String {
    format!("plant-kind-{}{suffix}", kind.as_str().replace('_', "-"))
}

/// `["a", "b", "c"]` → "a, b and c" in the page's language.
fn and_list(i18n: &I18n, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => i18n.t_args(
            "warning-heat-not-taken-and",
            &[
                ("head", Arg::Text(head.join(", "))),
                ("last", Arg::Text(last.clone())),
            ],
        ),
    }
}

/// The reason of one group of months in the page's language (MODEL.md §7: no room, because a
/// must-run or cheaper plant covers the demand, or too dear).
fn not_taken_reason(i18n: &I18n, reason: &NotTakenReason) -> String {
    let plant = |key: &str, name: &PlantName, kind: PlantKind| {
        let name = if name.as_str().is_empty() {
            String::new()
        } else {
            format!(
                " {}",
                i18n.t_args(
                    "warning-heat-not-taken-name",
                    &[("name", Arg::Text(name.as_str().to_string()))]
                )
            )
        };
        i18n.t_args(
            key,
            &[
                ("kind", Arg::Text(i18n.t(&kind_key(kind, "-words")))),
                ("the", Arg::Text(i18n.t(&kind_key(kind, "-the")))),
                ("name", Arg::Text(name)),
            ],
        )
    };
    match reason {
        NotTakenReason::MustRunCovers { name, kind } => {
            plant("warning-not-taken-must-run", name, *kind)
        }
        NotTakenReason::MeritOrderCovers { name, kind } => {
            plant("warning-not-taken-merit-order", name, *kind)
        }
        NotTakenReason::CheaperPlant { name, kind } => {
            plant("warning-not-taken-cheaper-plant", name, *kind)
        }
        NotTakenReason::Baseload => i18n.t("warning-not-taken-baseload"),
        NotTakenReason::CheaperBoilers => i18n.t("warning-not-taken-cheaper-boilers"),
        NotTakenReason::Nothing => i18n.t("warning-not-taken-nothing"),
    }
}

/// "1,100 MWh of the data centre's heat (35 %) is not taken. June, July and August: the
/// must-run waste-to-energy plant “…” already covers the network's demand (1,000 MWh); …":
/// the months grouped by reason, as the model groups them ([`not_taken_groups`]); None when
/// no month is worth naming.
pub fn not_taken_sentence(i18n: &I18n, months: &[MonthNotTaken; 12]) -> Option<String> {
    let (groups, total, offered) = not_taken_groups(months);
    if groups.is_empty() {
        return None;
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|g| {
            let names: Vec<String> = g
                .months
                .iter()
                .map(|m| i18n.t(&format!("problem-month-{}", m + 1)))
                .collect();
            i18n.t_args(
                "warning-heat-not-taken-group",
                &[
                    ("months", Arg::Text(and_list(i18n, &names))),
                    ("reason", Arg::Text(not_taken_reason(i18n, &g.reason))),
                    ("mwh", Arg::Text(i18n.fixed(g.mwh, 0))),
                ],
            )
        })
        .collect();
    // Italian month names are lower case: the sentence after the first full stop starts with
    // a capital.
    let joined = parts.join("; ");
    let mut chars = joined.chars();
    let groups_text = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect::<String>())
        .unwrap_or_default();
    Some(i18n.t_args(
        "warning-heat-not-taken",
        &[
            ("total", Arg::Text(i18n.fixed(total, 0))),
            (
                "share",
                Arg::Text(percent(i18n, share_or_zero(total, offered))),
            ),
            ("groups", Arg::Text(groups_text)),
        ],
    ))
}

fn share_or_zero(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

/// How far the space-heating need of two climates may differ before the preset's heat per home
/// no longer fits the new one: a ratio of heating degree-hours above 1.25 (or below 1 / 1.25).
/// Assumed \[A\]: space heating scales with degree-hours (MODEL.md §4, the demand model), and 25 %
/// is about half the step between the middles of two neighbouring Italian climate zones (DPR
/// 412/1993, art. 2: zone D 1,401–2,100 and zone E 2,101–3,000 degree-days, middles 1,750 and
/// 2,550, a ratio of 1.46). Brescia and Milan (both zone E, Po Valley) stay well inside it.
pub const CLIMATE_RATIO_LIMIT: f64 = 1.25;

/// Heating degree-hours of a year below `base_c`, K·h (Σ max(0, base − T)).
pub fn degree_hours(t_out_c: &[f64], base_c: f64) -> f64 {
    t_out_c
        .iter()
        .filter(|t| t.is_finite())
        .map(|t| (base_c - t).max(0.0))
        .sum()
}

/// True when the climates `now` and `base` truly disagree for space heating: their degree-hours
/// below `base_c` differ by more than [`CLIMATE_RATIO_LIMIT`]. A climate without any heating
/// hours disagrees with one that has them.
pub fn climates_disagree(now: &[f64], base: &[f64], base_c: f64) -> bool {
    let (a, b) = (degree_hours(now, base_c), degree_hours(base, base_c));
    if a <= 0.0 || b <= 0.0 {
        return (a > 0.0) != (b > 0.0);
    }
    let ratio = if a > b { a / b } else { b / a };
    ratio > CLIMATE_RATIO_LIMIT
}

/// The climate differs from the loaded preset's, enough to change the heat a home needs, while
/// the heat per home is still the preset's.
fn climate_warning(i18n: &I18n, twin: Twin) -> Option<String> {
    let (base_weather, base_heat) = twin.preset.with(|stem| preset_base(stem));
    let (heat, base_c) = twin.valid.with(|v| {
        v.as_ref()
            .ok()
            .filter(|now| now.weather != base_weather)
            .map(|now| {
                (
                    now.params.network.home_heat_mwh,
                    now.params.network.heating_base_c,
                )
            })
    })?;
    if heat != base_heat {
        return None;
    }
    let now = twin.weather.with(|w| w.as_ref().ok().cloned())?;
    let base = crate::state::weather_for(&base_weather, None).ok()?;
    climates_disagree(&now, &base, base_c).then(|| {
        i18n.t_args(
            "warning-climate-changed-home-heat-unchanged",
            &[
                ("mwh", Arg::Text(i18n.fixed(heat, 2))),
                ("italy", Arg::Text(i18n.fixed(11.85, 2))),
            ],
        )
    })
}

/// The largest share of a network's annual heat demand that a data centre's steady heat can
/// plausibly cover while the network still takes all of it, every hour: 40 %. Source: the
/// Espoo project (scenarios/espoo-microsoft-fortum.json): Fortum expects the data centres to
/// cover about 40 % of the area's district heating and, because the network needs little heat
/// in summer, to use only about 75 % of their waste heat over a year. A steady source covering
/// more than this share would have to be rejected in summer, not taken.
pub const TAKES_ALL_MAX_SHARE: f64 = 0.4;

/// The network's annual demand at the plant for its homes, MWh (homes × heat per home, MODEL.md
/// §4), and whether `delivered` is more than [`TAKES_ALL_MAX_SHARE`] of it.
pub fn takes_all_implausible(delivered_mwh: f64, homes: f64, home_heat_mwh: f64) -> bool {
    let demand = homes * home_heat_mwh;
    delivered_mwh > 0.0 && (demand <= 0.0 || delivered_mwh > TAKES_ALL_MAX_SHARE * demand)
}

/// "The network takes all the heat" is on, but the heat is more than a network of this size could
/// take every hour.
fn takes_all_warning(i18n: &I18n, twin: Twin) -> Option<String> {
    twin.snapshot.with(|s| {
        let s = s.as_ref()?;
        if !s.takes_all_heat {
            return None;
        }
        let n = &s.params.network;
        let delivered = s.summary.heat_delivered_mwh;
        takes_all_implausible(delivered, n.homes, n.home_heat_mwh).then(|| {
            let demand = n.homes * n.home_heat_mwh;
            let share = if demand > 0.0 {
                delivered / demand
            } else {
                0.0
            };
            i18n.t_args(
                "warning-takes-all-heat-implausible",
                &[
                    ("delivered", Arg::Text(i18n.fixed(delivered, 0))),
                    ("homes", Arg::Text(i18n.fixed(n.homes, 0))),
                    ("demand", Arg::Text(i18n.fixed(demand, 0))),
                    ("share", Arg::Text(percent(i18n, share))),
                    ("limit", Arg::Text(percent(i18n, TAKES_ALL_MAX_SHARE))),
                ],
            )
        })
    })
}

/// The weather and heat per home of the preset `stem` (the defaults' without one), read once
/// per preset rather than on every change of the scenario.
fn preset_base(stem: &str) -> (WeatherSpec, f64) {
    thread_local! {
        static CACHE: std::cell::RefCell<Vec<(String, (WeatherSpec, f64))>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(s, _)| s == stem)
            .map(|(_, b)| b.clone())
    }) {
        return hit;
    }
    let base = crate::presets::preset(stem)
        .and_then(|json| heat_twin_model::scenario::load_scenario(json).ok())
        .map(|b| (b.weather, b.params.network.home_heat_mwh))
        .unwrap_or_else(|| {
            (
                WeatherSpec::default(),
                heat_twin_model::params::Params::default()
                    .network
                    .home_heat_mwh,
            )
        });
    CACHE.with(|c| c.borrow_mut().push((stem.to_string(), base.clone())));
    base
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::params::WeatherSpec;

    fn builtin(id: &str) -> std::sync::Arc<[f64]> {
        crate::state::weather_for(&WeatherSpec::Builtin(id.into()), None).expect("built-in climate")
    }

    #[test]
    fn takes_all_heat_is_plausible_for_brescia_not_for_a_small_network() {
        // Brescia: 16,083 MWh into 179,000 homes × 11.85 = 2,121,150 MWh: 0.8 %, plausible.
        assert!(!takes_all_implausible(16_083.0, 179_000.0, 11.85));
        // 1,000 homes × 11.85 = 11,850 MWh; 40 % is 4,740 MWh: 16,083 is far more.
        assert!(takes_all_implausible(16_083.0, 1_000.0, 11.85));
        assert!(!takes_all_implausible(4_740.0, 1_000.0, 11.85));
        assert!(takes_all_implausible(1.0, 0.0, 11.85));
        assert!(!takes_all_implausible(0.0, 0.0, 11.85));
    }

    #[test]
    fn degree_hours_by_hand() {
        // base 16: 10 °C gives 6 K·h, 20 °C gives 0, 15 °C gives 1: 7 K·h.
        assert_eq!(degree_hours(&[10.0, 20.0, 15.0, f64::NAN], 16.0), 7.0);
    }

    #[test]
    fn brescia_to_milan_agree_brescia_to_a_nordic_city_does_not() {
        let po = builtin("po-valley");
        assert!(!climates_disagree(&builtin("milan"), &po, 16.0));
        assert!(!climates_disagree(
            &builtin("brescia"),
            &builtin("milan"),
            16.0
        ));
        let nordic = "copenhagen";
        assert!(climates_disagree(&builtin(nordic), &po, 16.0), "{nordic}");
        // Symmetric, and a year with no heating hours disagrees with one that has them.
        assert!(climates_disagree(&po, &builtin(nordic), 16.0));
        assert!(climates_disagree(&[30.0; 24], &po, 16.0));
    }
    #[test]
    fn heat_not_taken_reads_in_both_languages_with_months_grouped() {
        use crate::i18n::Lang;
        use heat_twin_model::warnings::NotTakenBy;
        let wte = NotTakenBy::Plant {
            name: PlantName::new("WtE"),
            kind: PlantKind::WasteToEnergy,
            must_run: true,
        };
        let mut months = [MonthNotTaken::default(); 12];
        // June–August: 1,000 of 1,000 MWh each, no room; December: 200 of 1,000, too dear.
        for m in [5, 6, 7] {
            months[m] = MonthNotTaken {
                mwh: 1000.0,
                too_dear_mwh: 0.0,
                offered_mwh: 1000.0,
                by: wte,
            };
        }
        months[11] = MonthNotTaken {
            mwh: 200.0,
            too_dear_mwh: 200.0,
            offered_mwh: 1000.0,
            by: NotTakenBy::Boilers,
        };
        let en = not_taken_sentence(&I18n::new(Lang::En), &months).unwrap_or_default();
        // 3,200 of 4,000 MWh = 80 %.
        assert_eq!(
            en,
            "3,200 MWh of the data centre's heat (80 % of what it offered) is not taken. June, \
             July and August: the must-run waste-to-energy plant “WtE” already covers the \
             network's demand (3,000 MWh); December: the network's boilers make that heat for \
             less than the data centre's heat costs (200 MWh)."
        );
        let it = not_taken_sentence(&I18n::new(Lang::It), &months).unwrap_or_default();
        assert!(
            it.starts_with("3.200 MWh del calore del data center (80 % di quanto offerto)"),
            "{it}"
        );
        assert!(
            it.contains(
                "Giugno, luglio e agosto: il termovalorizzatore «WtE», che deve \
                 funzionare comunque, copre già la domanda della rete (3.000 MWh); dicembre: le \
                 caldaie della rete"
            ),
            "{it}"
        );
        assert!(
            not_taken_sentence(&I18n::new(Lang::En), &[MonthNotTaken::default(); 12]).is_none()
        );
    }
}
