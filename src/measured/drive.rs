//! Measured drivers on the page (docs/model/measured.md §9): the measured `it_kw` and
//! `outdoor_c` replace the model's IT load and weather by default, `network_demand_kw` and
//! `supply_c` when ticked; one checkbox each (`data-control="measured-drive-<series>"`) and a
//! line saying how many hours each drove. The same choice as `heat-twin-cli compare --drive`.
//!
//! The ticked drivers are also written into the page's scenario as its measured profiles
//! (`data_centre.it_profile`, …; [`into_scenario`]), so that the whole page (cards, charts,
//! exports, the link) runs on them; unticking removes the profile.

use crate::i18n::{Arg, I18n};
use heat_twin_measured::Measured;
use heat_twin_model::scenario::Scenario;
use heat_twin_model::{Driver, Drivers};
pub use heat_twin_worker::drive::{driving, Driving, DEFAULT_DRIVE, DRIVABLE};
use leptos::prelude::*;
use std::sync::Arc;

/// The series measured in the file that can drive.
fn drivable_in(measured: &Measured) -> Vec<usize> {
    DRIVABLE
        .iter()
        .enumerate()
        .filter(|(_, (s, _))| measured.get(*s).is_some())
        .map(|(i, _)| i)
        .collect()
}

/// The checkboxes and the line of hours driven.
#[component]
pub fn DriveChoice(
    /// The measured data loaded.
    measured: Signal<Option<Arc<Measured>>>,
    /// Which of [`DRIVABLE`] are ticked.
    ticked: RwSignal<[bool; 4]>,
    /// The drivers in force.
    driving: Memo<Option<Driving>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let boxes = move || {
        let present = measured.with(|m| m.as_deref().map(drivable_in).unwrap_or_default());
        present
            .into_iter()
            .map(|i| {
                let series = DRIVABLE[i].0;
                view! {
                    <label class="measured-drive">
                        <input type="checkbox"
                            data-control=format!("measured-drive-{}", series.name())
                            prop:checked=move || ticked.with(|t| t[i])
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ticked.update(|t| t[i] = on);
                            } />
                        " " {move || super::view::series_label(i18n, series)}
                    </label>
                }
            })
            .collect_view()
    };
    let line = move || {
        driving.get().map(|d| {
            let text = if d.used.is_empty() {
                i18n.t("measured-drive-none")
            } else {
                let list = d
                    .used
                    .iter()
                    .map(|(s, n)| {
                        i18n.t_args(
                            "measured-drive-hours",
                            &[
                                ("series", Arg::Text(super::view::series_label(i18n, *s))),
                                ("hours", Arg::Text(i18n.fixed(*n as f64, 0))),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                i18n.t_args("measured-drive-used", &[("list", Arg::Text(list))])
            };
            view! {
                <p class="measured-note" data-measured-drivers="">{text}</p>
                {d.problem.map(|p| view! { <p class="message" role="status">{p}</p> })}
            }
        })
    };
    view! {
        <fieldset class="measured-drives" hidden=move || measured.with(Option::is_none)>
            <legend>{move || i18n.t("measured-drive-legend")}</legend>
            {boxes}
        </fieldset>
        {line}
    }
}

/// Whether the scenario's profile of `driver` is exactly `column` (`NaN` = `null`).
fn same(given: Option<&[Option<f64>]>, column: Option<&[f64]>) -> bool {
    match (given, column) {
        (None, None) => true,
        (Some(g), Some(c)) => {
            g.len() == c.len()
                && g.iter().zip(c).all(|(g, c)| match g {
                    Some(x) => x.to_bits() == c.to_bits(),
                    None => c.is_nan(),
                })
        }
        _ => false,
    }
}

/// Whether the scenario's four profiles differ from `drivers` (a driver not given: no profile).
pub fn differs(scenario: &Scenario, drivers: &Drivers) -> bool {
    Driver::ALL
        .into_iter()
        .any(|d| !same(scenario.profile(d), drivers.column(d)))
}

/// Makes the scenario's four profiles those of `drivers` (a driver not given removes its
/// profile); returns whether anything changed.
pub fn into_scenario(scenario: &mut Scenario, drivers: &Drivers) -> bool {
    let changed = differs(scenario, drivers);
    for d in Driver::ALL {
        scenario.set_profile(d, drivers.column(d));
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::weather::HOURS;

    #[test]
    fn ticked_drivers_become_profiles_and_unticked_ones_leave() {
        let mut column = vec![100.0; HOURS];
        column[3] = f64::NAN;
        let drivers = Drivers::none()
            .with(Driver::ItKw, &column)
            .expect("in range");
        let mut s = Scenario::default();
        assert!(into_scenario(&mut s, &drivers));
        let p = s.profile(Driver::ItKw).expect("set");
        assert_eq!((p[0], p[3]), (Some(100.0), None));
        // The same drivers again: nothing to change (the page's effect stops there).
        assert!(!into_scenario(&mut s, &drivers));
        assert!(into_scenario(&mut s, &Drivers::none()));
        assert!(!s.has_profiles());
    }
}
