//! `emissions.grid_path` (docs/model/life.md §3): the grid's CO2 factor by calendar year,
//! edited as rows of (year, g/kWh) like the other lists ([`crate::components::lists`]).
//! Controls carry `data-field="emissions.grid_path[i].year"` / `.g_per_kwh`; the buttons
//! `data-action="add-grid-point"` / `"remove-grid-point"`. An empty list is left out (the
//! country's path, anchored to `emissions.grid_g_per_kwh` when that is given).

use crate::components::field::input_text;
use crate::components::lists::edit;
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::life::grid::MAX_POINTS;
use heat_twin_model::scenario::{GridPoint, Scenario};
use leptos::prelude::*;

/// `scenario` with one more point: five years after the last one at its factor; the first is
/// the start year at the grid factor in use (`now`, the model's resolved value), so adding it
/// changes nothing until the user edits it.
pub fn with_added_point(scenario: &Scenario, now: (f64, f64)) -> Scenario {
    let mut next = scenario.clone();
    let mut list = next.emissions.grid_path.clone().unwrap_or_default();
    if list.len() < MAX_POINTS {
        let point = list.last().map_or(
            GridPoint {
                year: now.0,
                g_per_kwh: now.1,
            },
            |p| GridPoint {
                year: p.year + 5.0,
                g_per_kwh: p.g_per_kwh,
            },
        );
        list.push(point);
    }
    next.emissions.grid_path = Some(list);
    next
}

/// `scenario` without point `i` (an empty list is left out).
pub fn with_removed_point(scenario: &Scenario, i: usize) -> Scenario {
    let mut next = scenario.clone();
    if let Some(list) = next.emissions.grid_path.as_mut() {
        if i < list.len() {
            list.remove(i);
        }
        if list.is_empty() {
            next.emissions.grid_path = None;
        }
    }
    next
}

fn point_row(twin: Twin, i: usize, points: Memo<Vec<GridPoint>>) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let here = format!("emissions.grid_path[{i}]");
    let number = move |g: bool| {
        let path = format!(
            "emissions.grid_path[{i}].{}",
            if g { "g_per_kwh" } else { "year" }
        );
        let label = if g { "lists-grid-g" } else { "lists-grid-year" };
        let here = here.clone();
        let shown = path.clone();
        view! {
            <label class="list-share">
                <span>{move || i18n.t_args(label, &[("n", Arg::Text((i + 1).to_string()))])}</span>
                <input type="number" step="any" inputmode="decimal" data-field=path
                    prop:value=move || points.with(|l| l.get(i).map(|p| input_text(if g { p.g_per_kwh } else { p.year }))).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let lang = i18n.lang.get_untracked();
                        error.set(match text.trim().parse::<f64>().ok().filter(|x| x.is_finite()) {
                            Some(x) => edit(twin, &here, |s| {
                                if let Some(p) = s.emissions.grid_path.as_mut().and_then(|l| l.get_mut(i)) {
                                    if g { p.g_per_kwh = x } else { p.year = x }
                                }
                            }).err(),
                            None => Some(format!(
                                "{shown}: {}",
                                crate::i18n::translate(lang, "plants-not-number", &[("text", Arg::Text(text))])
                            )),
                        });
                    } />
            </label>
        }
    };
    view! {
        <li data-grid-point=i>
            {number(false)}
            {number(true)}
            <button type="button" data-action="remove-grid-point"
                aria-label=move || i18n.t_args("lists-grid-remove-aria", &[("n", Arg::Text((i + 1).to_string()))])
                on:click=move |_| {
                    let next = twin.scenario.with_untracked(|s| with_removed_point(s, i));
                    twin.scenario.set(next);
                }>{move || i18n.t("lists-remove")}</button>
            <Show when=move || error.with(Option::is_some)>
                <p class="plant-error" role="alert" data-list-error=format!("emissions.grid_path[{i}]")>
                    {move || error.get()}
                </p>
            </Show>
        </li>
    }
}

/// The grid CO2 path editor (Climate & grid section).
#[component]
pub fn GridPathEditor() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let points = Memo::new(move |_| {
        twin.scenario
            .with(|s| s.emissions.grid_path.clone().unwrap_or_default())
    });
    let count = Memo::new(move |_| points.with(Vec::len));
    let full = move || count.get() >= MAX_POINTS;
    let add = move |_| {
        let now = twin.valid.with_untracked(|v| {
            v.as_ref().ok().map_or((2026.0, 330.7), |v| {
                (
                    f64::from(v.params.project.start_year),
                    v.params.emissions.grid_g_per_kwh,
                )
            })
        });
        let next = twin.scenario.with_untracked(|s| with_added_point(s, now));
        twin.scenario.set(next);
    };
    view! {
        <div class="list-editor" data-list="emissions.grid_path" data-count=move || count.get().to_string()>
            <p class="plants-title"><strong>{move || i18n.t("lists-grid-title")}</strong></p>
            <Show when=move || count.get() == 0>
                <p class="plants-none">{move || i18n.t("lists-grid-none")}</p>
            </Show>
            <ol>
                {move || (0..count.get()).map(|i| point_row(twin, i, points)).collect_view()}
            </ol>
            <button type="button" data-action="add-grid-point" on:click=add
                disabled=full>{move || i18n.t("lists-grid-add")}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_follow_five_years_apart_and_an_empty_path_is_left_out() {
        let s = Scenario::default();
        let one = with_added_point(&s, (2026.0, 330.7));
        let two = with_added_point(&one, (2026.0, 330.7));
        let list = two.emissions.grid_path.clone().unwrap_or_default();
        assert_eq!(list.len(), 2);
        // 2026 + 5 = 2031, same factor.
        assert_eq!((list[1].year, list[1].g_per_kwh), (2031.0, 330.7));
        assert!(two.validate().is_ok());
        let none = with_removed_point(&with_removed_point(&two, 0), 0);
        assert_eq!(none.emissions.grid_path, None);
    }
}
