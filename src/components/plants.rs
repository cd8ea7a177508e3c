//! The network's own plants (`network.plants`, MODEL.md §5.1), edited as a table in the
//! Network section: add, remove, and edit each plant's name, kind, capacity, must-run flag,
//! must-run months, marginal cost and CO2.
//!
//! - Every control carries `data-field="network.plants[i].<key>"`; the buttons carry
//!   `data-action="add-plant"` and `data-action="remove-plant"`.
//! - A change is applied when the whole scenario stays valid; otherwise the model's own message
//!   (naming `network.plants[i].<key>`, the value and the range) is shown under the row, what was
//!   typed stays in the box and the last valid plants stay in the model (as for every field).
//! - Changing the kind puts in the kind's reference cost and CO2
//!   ([`PlantKind::reference`], DEA technology catalogue; docs/REFERENCE.md §8).
//! - The plants live in the scenario, so they travel in share links, saved scenarios and the
//!   exported JSON like every other input.
//! - A version-1 network (`baseload_mw`, `takes_all_heat`) cannot have a list (the model refuses
//!   both together): adding the first plant maps it as MODEL.md §5.1 says — a baseload of `B` MW
//!   becomes a must-run `waste_heat` plant of `B` MW at cost 0 and CO2 0 — and turns
//!   `takes_all_heat` off (a listed network is a bounded one).

use crate::components::field::input_text;
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::network::plants::{PlantKind, MAX_PLANTS};
use heat_twin_model::scenario::{PlantGiven, Problem, Scenario};
use leptos::prelude::*;

/// The message key of a plant kind's name: `plant-kind-<kind, '_' as '-'>`.
fn kind_label(i18n: &I18n, kind: &str) -> String {
    i18n.t(&format!("plant-kind-{}", kind.replace('_', "-")))
}

/// The plant a user adds: a gas boiler of 10 MW at the kind's reference cost and CO2 [A: the
/// commonest peak plant of European networks; the user sets its size].
pub fn new_plant() -> PlantGiven {
    let (cost, co2) = PlantKind::GasBoiler.reference();
    PlantGiven {
        name: None,
        kind: Some(PlantKind::GasBoiler.as_str().to_string()),
        capacity_mw: Some(10.0),
        must_run: Some(false),
        must_run_months: None,
        marginal_cost_eur_per_mwh: Some(cost),
        co2_kg_per_mwh: Some(co2),
    }
}

/// `scenario` with one more plant; a version-1 network is mapped first (see the module notes).
pub fn with_added_plant(scenario: &Scenario) -> Scenario {
    let mut next = scenario.clone();
    let n = &mut next.network;
    let mut list = n.plants.clone().unwrap_or_default();
    if list.is_empty() {
        if let Some(b) = n.baseload_mw.filter(|b| *b > 0.0) {
            list.push(PlantGiven {
                name: None,
                kind: Some(PlantKind::WasteHeat.as_str().to_string()),
                capacity_mw: Some(b),
                must_run: Some(true),
                must_run_months: None,
                marginal_cost_eur_per_mwh: Some(0.0),
                co2_kg_per_mwh: Some(0.0),
            });
        }
    }
    if n.baseload_mw.is_some() {
        n.baseload_mw = None;
    }
    if n.takes_all_heat == Some(true) {
        n.takes_all_heat = Some(false);
    }
    if list.len() < MAX_PLANTS {
        list.push(new_plant());
    }
    n.plants = Some(list);
    next
}

/// `scenario` without plant `i` (an empty list is left out: the implicit boilers only).
pub fn with_removed_plant(scenario: &Scenario, i: usize) -> Scenario {
    let mut next = scenario.clone();
    if let Some(list) = next.network.plants.as_mut() {
        if i < list.len() {
            list.remove(i);
        }
        if list.is_empty() {
            next.network.plants = None;
        }
    }
    next
}

/// Months typed as "6, 7, 8" (or "6 7 8"): the numbers, or the first piece that is not a number.
pub fn parse_months(text: &str) -> Result<Option<Vec<f64>>, String> {
    let pieces: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.is_empty() {
        return Ok(None);
    }
    pieces
        .iter()
        .map(|p| p.parse::<f64>().map_err(|_| (*p).to_string()))
        .collect::<Result<Vec<f64>, String>>()
        .map(Some)
}

/// Months as typed back: `[6, 7, 8]` → "6, 7, 8".
pub fn months_text(months: &[f64]) -> String {
    months
        .iter()
        .map(|m| input_text(*m))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What can be edited in a plant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Name,
    Kind,
    Capacity,
    MustRun,
    Months,
    Cost,
    Co2,
}

impl Key {
    fn json(self) -> &'static str {
        match self {
            Key::Name => "name",
            Key::Kind => "kind",
            Key::Capacity => "capacity_mw",
            Key::MustRun => "must_run",
            Key::Months => "must_run_months",
            Key::Cost => "marginal_cost_eur_per_mwh",
            Key::Co2 => "co2_kg_per_mwh",
        }
    }
}

/// Applies `change` to plant `i` when the scenario stays valid; else the problems of that
/// plant (or all of them) in the page's language, one line each.
fn edit(twin: Twin, i: usize, change: impl FnOnce(&mut PlantGiven)) -> Result<(), String> {
    let lang = I18n::use_i18n().lang.get_untracked();
    let mut next = twin.scenario.get_untracked();
    let Some(plant) = next.network.plants.as_mut().and_then(|l| l.get_mut(i)) else {
        return Ok(());
    };
    change(plant);
    match next.validate() {
        Ok(_) => {
            if twin.scenario.with_untracked(|s| *s != next) {
                twin.scenario.set(next);
            }
            Ok(())
        }
        Err(problems) => Err(problems_text(lang, &problems, i)),
    }
}

fn problems_text(lang: crate::i18n::Lang, problems: &[Problem], i: usize) -> String {
    let here = format!("network.plants[{i}]");
    let mine: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.path.starts_with(&here))
        .collect();
    let shown: Vec<&Problem> = if mine.is_empty() {
        problems.iter().collect()
    } else {
        mine
    };
    shown
        .iter()
        .map(|p| crate::problems::problem_line(lang, p, ""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reference `(cost, CO2)` of a plant's kind.
fn reference_cost(p: &PlantGiven) -> Option<(f64, f64)> {
    p.kind
        .as_deref()
        .and_then(PlantKind::named)
        .map(PlantKind::reference)
}

/// One plant's row.
fn plant_row(twin: Twin, i: usize, plants: Memo<Vec<PlantGiven>>) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let get = move |f: fn(&PlantGiven) -> Option<String>| {
        move || plants.with(|l| l.get(i).and_then(f)).unwrap_or_default()
    };
    let path = move |k: Key| format!("network.plants[{i}].{}", k.json());
    let kind_now = move || {
        plants.with(|l| {
            l.get(i)
                .and_then(|p| p.kind.clone())
                .unwrap_or_else(|| "gas_boiler".into())
        })
    };
    let number = move |k: Key, text: String| {
        let lang = i18n.lang.get_untracked();
        let Some(x) = text.trim().parse::<f64>().ok().filter(|x| x.is_finite()) else {
            error.set(Some(format!(
                "{}: {}",
                path(k),
                crate::i18n::translate(
                    lang,
                    "plants-not-number",
                    &[("text", Arg::Text(text.clone()))]
                )
            )));
            return;
        };
        error.set(
            edit(twin, i, |p| match k {
                Key::Capacity => p.capacity_mw = Some(x),
                Key::Cost => p.marginal_cost_eur_per_mwh = Some(x),
                _ => p.co2_kg_per_mwh = Some(x),
            })
            .err(),
        );
    };
    let number_input = move |k: Key, f: fn(&PlantGiven) -> Option<String>, label: &'static str| {
        view! {
            <td><input type="number" step="any" inputmode="decimal" data-field=path(k)
                aria-label=move || i18n.t(label)
                prop:value=get(f)
                on:input=move |ev| number(k, event_target_value(&ev)) /></td>
        }
    };
    view! {
        <tr data-plant=i>
            <td><input type="text" data-field=path(Key::Name) maxlength="48"
                aria-label=move || i18n.t("plants-name")
                prop:value=get(|p| p.name.clone())
                prop:placeholder=move || kind_label(&i18n, &kind_now())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let name = (!text.trim().is_empty()).then_some(text);
                    error.set(edit(twin, i, |p| p.name = name).err());
                } /></td>
            <td><select data-field=path(Key::Kind) aria-label=move || i18n.t("plants-kind")
                prop:value=kind_now
                on:change=move |ev| {
                    let kind = event_target_value(&ev);
                    error.set(edit(twin, i, |p| {
                        // The new kind's sourced reference cost and CO2 (docs/REFERENCE.md §8).
                        if let Some((cost, co2)) = PlantKind::named(&kind).map(PlantKind::reference) {
                            p.marginal_cost_eur_per_mwh = Some(cost);
                            p.co2_kg_per_mwh = Some(co2);
                        }
                        p.kind = Some(kind);
                    }).err());
                }>
                {PlantKind::ALL.iter().map(|k| {
                    let code = k.as_str();
                    view! { <option value=code>{move || kind_label(&i18n, code)}</option> }
                }).collect_view()}
            </select></td>
            {number_input(Key::Capacity, |p| p.capacity_mw.map(input_text), "plants-capacity")}
            <td><input type="checkbox" data-field=path(Key::MustRun)
                aria-label=move || i18n.t("plants-must-run")
                prop:checked=move || plants.with(|l| l.get(i).and_then(|p| p.must_run).unwrap_or(false))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    error.set(edit(twin, i, |p| p.must_run = Some(on)).err());
                } /></td>
            <td><input type="text" data-field=path(Key::Months) inputmode="numeric"
                aria-label=move || i18n.t("plants-months")
                prop:placeholder=move || i18n.t("plants-months-all")
                prop:value=get(|p| p.must_run_months.as_deref().map(months_text))
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let lang = i18n.lang.get_untracked();
                    error.set(match parse_months(&text) {
                        Ok(months) => edit(twin, i, |p| p.must_run_months = months).err(),
                        Err(bad) => Some(format!(
                            "{}: {}",
                            path(Key::Months),
                            crate::i18n::translate(lang, "plants-not-month", &[("text", Arg::Text(bad))])
                        )),
                    });
                } /></td>
            {number_input(Key::Cost, |p| p.marginal_cost_eur_per_mwh.or_else(|| reference_cost(p).map(|r| r.0)).map(input_text), "plants-cost")}
            {number_input(Key::Co2, |p| p.co2_kg_per_mwh.or_else(|| reference_cost(p).map(|r| r.1)).map(input_text), "plants-co2")}
            <td><button type="button" data-action="remove-plant"
                aria-label=move || i18n.t_args("plants-remove-aria", &[("n", Arg::Text((i + 1).to_string()))])
                on:click=move |_| {
                    let next = twin.scenario.with_untracked(|s| with_removed_plant(s, i));
                    twin.scenario.set(next);
                }>{move || i18n.t("plants-remove")}</button></td>
        </tr>
        <Show when=move || error.with(Option::is_some)>
            <tr class="plant-error-row"><td colspan="8" class="plant-error" role="alert"
                data-plant-error=i>{move || error.get()}</td></tr>
        </Show>
    }
}

/// The plant list editor.
#[component]
pub fn PlantsEditor() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let plants = Memo::new(move |_| {
        twin.scenario
            .with(|s| s.network.plants.clone().unwrap_or_default())
    });
    let count = Memo::new(move |_| plants.with(Vec::len));
    let full = move || count.get() >= MAX_PLANTS;
    let add = move |_| {
        let next = twin.scenario.with_untracked(with_added_plant);
        twin.scenario.set(next);
    };
    view! {
        <div class="plants-editor" data-plants=move || count.get().to_string()>
            <p class="plants-title"><strong>{move || i18n.t("plants-title")}</strong></p>
            <Show when=move || count.get() == 0>
                <p class="plants-none">{move || i18n.t("plants-none")}</p>
            </Show>
            <Show when=move || { count.get() > 0 }>
                <table>
                    <thead><tr>
                        <th scope="col">{move || i18n.t("plants-name")}</th>
                        <th scope="col">{move || i18n.t("plants-kind")}</th>
                        <th scope="col">{move || i18n.t("plants-capacity")}</th>
                        <th scope="col">{move || i18n.t("plants-must-run")}</th>
                        <th scope="col">{move || i18n.t("plants-months")}</th>
                        <th scope="col">{move || i18n.t("plants-cost")}</th>
                        <th scope="col">{move || i18n.t("plants-co2")}</th>
                        <th scope="col"><span class="visually-hidden">{move || i18n.t("plants-remove")}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || (0..count.get()).map(|i| plant_row(twin, i, plants)).collect_view()}
                    </tbody>
                </table>
            </Show>
            <button type="button" data-action="add-plant" on:click=add
                disabled=full>{move || i18n.t("plants-add")}</button>
            <p class="plants-note">{move || i18n.t("plants-note")}</p>
        </div>
    }
}

/// The plants in use, resolved by the model (defaults filled in), for the Method panel
/// (`data-plants-in-use` rows); the version-1 network is named when there is no list.
#[component]
pub fn PlantsInUse(
    /// The panel's language.
    lang: crate::i18n::Lang,
) -> impl IntoView {
    use crate::i18n::translate;
    let twin = Twin::use_twin();
    let style = lang.number_style();
    let rows = move || {
        twin.valid.with(|v| {
            let v = v.as_ref().ok()?;
            let plants = v.params.network.plants?;
            let rows: Vec<_> = plants
                .as_slice()
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let months: Vec<String> = (0..12)
                        .filter(|m| p.must_run_in(*m))
                        .map(|m| (m + 1).to_string())
                        .collect();
                    let must = if !p.must_run {
                        translate(lang, "field-off", &[])
                    } else if months.len() == 12 {
                        translate(lang, "plants-months-all", &[])
                    } else {
                        months.join(", ")
                    };
                    let name = if p.name.as_str().is_empty() {
                        translate(lang, &format!("plant-kind-{}", p.kind.as_str().replace('_', "-")), &[])
                    } else {
                        p.name.as_str().to_string()
                    };
                    view! {
                        <tr data-plants-in-use=i>
                            <td>{name}</td>
                            <td>{translate(lang, &format!("plant-kind-{}", p.kind.as_str().replace('_', "-")), &[])}</td>
                            <td class="num">{crate::format::readable(p.capacity_mw, style)}</td>
                            <td>{must}</td>
                            <td class="num">{crate::format::readable(p.marginal_cost_eur_per_mwh, style)}</td>
                            <td class="num">{crate::format::readable(p.co2_kg_per_mwh, style)}</td>
                        </tr>
                    }
                })
                .collect();
            Some(rows)
        })
    };
    view! {
        <section class="method-section" id="method-plants">
            <h3 id="method-plants-title">{translate(lang, "plants-title", &[])}</h3>
            {move || match rows() {
                Some(rows) => view! {
                    // Six columns do not fit a phone: the table scrolls in its own box.
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="method-plants-title">
                    <table class="method-table">
                        <thead><tr>
                            <th scope="col">{translate(lang, "plants-name", &[])}</th>
                            <th scope="col">{translate(lang, "plants-kind", &[])}</th>
                            <th scope="col">{translate(lang, "plants-capacity", &[])}</th>
                            <th scope="col">{translate(lang, "plants-months", &[])}</th>
                            <th scope="col">{translate(lang, "plants-cost", &[])}</th>
                            <th scope="col">{translate(lang, "plants-co2", &[])}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    </div>
                    <p class="prose">{translate(lang, "plants-method-boilers", &[])}</p>
                }.into_any(),
                None => view! { <p class="prose">{translate(lang, "plants-method-none", &[])}</p> }.into_any(),
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_as_typed() {
        assert_eq!(parse_months(""), Ok(None));
        assert_eq!(
            parse_months(" 6, 7 8;9"),
            Ok(Some(vec![6.0, 7.0, 8.0, 9.0]))
        );
        assert_eq!(parse_months("6, x"), Err("x".to_string()));
        assert_eq!(months_text(&[6.0, 7.0]), "6, 7");
    }

    #[test]
    fn adding_to_a_version_1_network_maps_its_baseload() {
        let mut s = Scenario::default();
        s.network.baseload_mw = Some(20.0);
        s.network.takes_all_heat = Some(true);
        let next = with_added_plant(&s);
        let list = next.network.plants.clone().unwrap_or_default();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].kind.as_deref(), Some("waste_heat"));
        assert_eq!(list[0].capacity_mw, Some(20.0));
        assert_eq!(list[0].must_run, Some(true));
        assert_eq!(list[1].kind.as_deref(), Some("gas_boiler"));
        // 45 / 0.92 = 48.9 €/MWh, 201.4 / 0.92 = 218.9 kg/MWh.
        assert_eq!(list[1].marginal_cost_eur_per_mwh, Some(48.9));
        assert_eq!(next.network.baseload_mw, None);
        assert_eq!(next.network.takes_all_heat, Some(false));
        assert!(next.validate().is_ok());
        let back = with_removed_plant(&with_removed_plant(&next, 1), 0);
        assert_eq!(back.network.plants, None);
    }

    #[test]
    fn a_bad_capacity_names_its_field() {
        let mut s = with_added_plant(&Scenario::default());
        if let Some(p) = s.network.plants.as_mut().and_then(|l| l.first_mut()) {
            p.capacity_mw = Some(-5.0);
        }
        let problems = s.validate().err().unwrap_or_default();
        let text = problems_text(crate::i18n::Lang::En, &problems, 0);
        assert!(
            text.starts_with("network.plants[0].capacity_mw: -5"),
            "{text}"
        );
    }
}
