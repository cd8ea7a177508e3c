//! Measured drivers on the page (docs/model/measured.md §9): the measured `it_kw` and
//! `outdoor_c` replace the model's IT load and weather by default, `network_demand_kw` and
//! `supply_c` when ticked; one checkbox each (`data-control="measured-drive-<series>"`) and a
//! line saying how many hours each drove. The same choice as `heat-twin-cli compare --drive`.

use crate::i18n::{Arg, I18n};
use heat_twin_measured::Measured;
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
