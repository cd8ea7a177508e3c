//! The plant view: an SVG schematic of the data centre, its water loop, the heat exchanger and
//! heat pump, the tank, the district heating network and the homes, with the flows of one hour
//! of the last run drawn as bands whose widths are proportional to the flow (scaled to the
//! year's largest flow) and the temperatures on the pipes. A slider picks the hour; a play
//! button runs the year at a week per second (not offered when the system asks for reduced
//! motion). Reading one hour is a few column reads of [`crate::run::with_results`].

mod frame;
mod layout;
mod svg;
mod text;

use crate::i18n::I18n;
use crate::state::Twin;
use frame::{celsius, energy, view_in_mw, year_max_kw, Frame, YEAR_HOURS};
use layout::{TALL, WIDE, WIDE_MIN_PX};
use leptos::prelude::*;
use text::PlantText;

/// The hour shown first: 21 January, 08:00 (a winter weekday morning).
pub const DEFAULT_HOUR: usize = 24 * 20 + 8;
/// Hours the animation advances per second (a week).
const HOURS_PER_SECOND: f64 = 168.0;

/// The plant view: schematic, caption, hour slider, play button and the hour's values as text.
#[component]
pub fn PlantView(
    /// Starts playing the year at once (the kiosk), unless the visitor prefers reduced motion.
    #[prop(optional)]
    autoplay: bool,
) -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    // The words of the chosen language (tracks it, so every text re-renders on a change).
    let text = move || PlantText::get(i18n.lang.get());
    let hour = RwSignal::new(DEFAULT_HOUR);
    let wide = RwSignal::new(true);
    let reduced = RwSignal::new(prefers_reduced_motion());
    let playing = RwSignal::new(false);
    let host = NodeRef::<leptos::html::Div>::new();

    // The year's scale, once per run; the hour's frame, on every change of run or hour.
    let scale = Memo::new(move |_| {
        twin.snapshot.with(|s| {
            s.as_ref()
                .map(|s| crate::run::with_results(|r| year_max_kw(r, &s.params)))
        })
    });
    let frame = Memo::new(move |_| {
        let h = hour.get();
        twin.snapshot.with(|s| {
            let s = s.as_ref()?;
            let capacity_kwh = s.summary.storage_capacity_mwh * 1000.0;
            let frame = crate::run::with_results(|r| Frame::read(r, &s.params, capacity_kwh, h));
            // One unit for the whole view, from the year's largest flow.
            let mw = scale.get().is_some_and(view_in_mw);
            frame.map(|f| Frame { mw, ..f })
        })
    });

    // Which layout fits the container.
    let size_tick = RwSignal::new(0u32);
    let _resize = window_event_listener(leptos::ev::resize, move |_| size_tick.update(|t| *t += 1));
    Effect::new(move |_| {
        size_tick.track();
        if let Some(el) = host.get() {
            let w = el.client_width();
            if w > 0 {
                wide.set(w >= WIDE_MIN_PX);
            }
        }
    });

    let player = animation::Player::new(hour, playing);
    on_cleanup(move || player.stop());
    if autoplay && !reduced.get_untracked() {
        player.start();
    }
    Effect::new(move |_| {
        if reduced.get() && playing.get_untracked() {
            player.stop();
        }
    });

    // The schematic is rebuilt only while it can be seen (replacing its SVG costs about a
    // millisecond); out of view it keeps its last picture and catches up when it comes back.
    let visible = crate::visible::use_visible(host);
    // Printing rebuilds it first, seen or not (a printed page never shows stale figures).
    let printing = RwSignal::new(false);
    let _before_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| printing.set(true),
    );
    let _after_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("afterprint"),
        move |_| printing.set(false),
    );
    let markup = Memo::new(move |previous: Option<&String>| {
        if !visible.get() && !printing.get() {
            if let Some(p) = previous {
                return p.clone();
            }
        }
        let layout = if wide.get() { &WIDE } else { &TALL };
        let t = text();
        match (frame.get(), scale.get()) {
            (Some(f), Some(max)) => crate::perf::time("plant", || svg::markup(&f, max, layout, t)),
            _ => String::new(),
        }
    });
    let view_box = move || {
        let (w, h) = if wide.get() { WIDE.size } else { TALL.size };
        format!("0 0 {w} {h}")
    };
    let label = move || {
        let t = text();
        frame
            .get()
            .map(|f| t.sentence(&f))
            .unwrap_or_else(|| t.no_run.to_string())
    };
    let on_hour = move |ev: leptos::ev::Event| {
        let h = event_target_value(&ev)
            .parse::<usize>()
            .unwrap_or(DEFAULT_HOUR)
            .min(YEAR_HOURS - 1);
        hour.set(h);
        player.rebase(h);
    };
    let toggle = move |_| {
        if playing.get_untracked() {
            player.stop();
        } else {
            reduced.set(prefers_reduced_motion());
            if !reduced.get_untracked() {
                player.start();
            }
        }
    };

    view! {
        <section class="card plant" aria-labelledby="plant-heading">
            <h2 id="plant-heading">{move || text().heading}</h2>
            <p class="plant-caption" aria-live="off" data-plant-caption="">{move || caption(text(), frame.get())}</p>
            <div class="plant-figure" class:tall=move || !wide.get() node_ref=host>
                <svg role="img" aria-label=label viewBox=view_box preserveAspectRatio="xMidYMid meet"
                    data-plant-hour=move || frame.get().map(|f| f.hour.to_string()).unwrap_or_default()
                    data-mode=move || frame.get().map(|f| f.mode.as_str()).unwrap_or("")
                    inner_html=markup></svg>
                <Show when=move || frame.get().is_none()>
                    <p class="plant-empty">{move || text().no_run}</p>
                </Show>
            </div>
            <p class="plant-scale">{move || scale.get().map(|m| text().scale(m))}</p>
            <div class="timebar">
                <Show when=move || !reduced.get()>
                    <button type="button" data-action="plant-play" aria-label=move || play_name(text(), playing.get())
                        aria-pressed=move || playing.get().to_string() on:click=toggle>
                        <span aria-hidden="true" class="icon">{move || if playing.get() { "❚❚" } else { "▶" }}</span>
                        {move || if playing.get() { text().pause } else { text().play }}
                    </button>
                </Show>
                <input type="range" min="0" max=(YEAR_HOURS - 1).to_string() step="1" data-control="plant-hour"
                    aria-label=move || text().hour_label
                    aria-valuetext=move || text().date(hour.get())
                    prop:value=move || hour.get().to_string() on:input=on_hour />
                <output class="when">{move || text().date(hour.get())}</output>
            </div>
            <Show when=move || reduced.get()>
                <p class="plant-note" data-plant-note="reduced-motion">{move || text().reduced_motion}</p>
            </Show>
            <details class="plant-values">
                <summary>{move || text().values}</summary>
                {move || frame.get().map(|f| values(text(), f))}
            </details>
        </section>
    }
}

/// "21 January, 08:00–09:00 · direct exchange · demand 12.3 MW, delivered from the data centre
/// 2,040 kW", or the no-run note.
/// The play button's accessible name: its visible words first (WCAG 2.5.3, axe
/// `label-content-name-mismatch`), then what playing does; while playing, just "Pause".
fn play_name(t: &PlantText, playing: bool) -> String {
    if playing {
        t.pause.to_string()
    } else {
        format!("{}: {}", t.play, t.play_label)
    }
}

fn caption(t: &PlantText, f: Option<Frame>) -> String {
    match f {
        Some(f) => t.caption(&f),
        None => t.no_run.to_string(),
    }
}

/// The hour's values as a description list.
fn values(t: &'static PlantText, f: Frame) -> impl IntoView {
    let fl = f.flows;
    let st = t.style;
    let power = |kw: f64| t.power_of(&f, kw);
    let mut rows: Vec<(&'static str, String)> = vec![
        (t.f_it, power(fl.it)),
        (t.f_captured, power(fl.captured)),
        (t.f_used, power(fl.used)),
        (t.f_rejected, power(fl.rejected)),
    ];
    if f.hp_installed {
        rows.push((t.f_hp_electricity, power(fl.hp_electricity)));
    }
    rows.push((t.f_direct, power(fl.direct)));
    if let Some((kwh, _)) = f.storage {
        rows.push((t.f_charge, power(fl.charge)));
        rows.push((t.f_discharge, power(fl.discharge)));
        rows.push((t.stored, energy(kwh, st)));
    }
    if let Some(d) = f.demand_kw {
        rows.push((t.demand, power(d)));
        rows.push((t.f_backup, power(fl.backup)));
        rows.push((t.f_losses, power(fl.losses)));
    }
    rows.push((t.f_homes, power(fl.homes)));
    rows.push((t.f_pumping, power(fl.pumping)));
    rows.push((t.t_loop_out, celsius(f.loop_out_c, st)));
    rows.push((t.t_loop_back, celsius(f.loop_back_c, st)));
    rows.push((t.t_supply, celsius(f.supply_c, st)));
    rows.push((t.t_return, celsius(f.return_c, st)));
    rows.push((t.outdoor, celsius(f.t_out_c, st)));
    if f.cop > 0.0 {
        rows.push((t.cop, crate::format::fixed(f.cop, 2, st)));
    }
    view! {
        <dl>
            {rows.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
        </dl>
    }
}

/// Whether the system asks for reduced motion.
fn prefers_reduced_motion() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|m| m.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
}

mod animation {
    //! Plays the year: a timer that sets the hour from the elapsed time (so slow frames skip
    //! hours instead of slowing the year), wrapping at the year's end.

    use super::{HOURS_PER_SECOND, YEAR_HOURS};
    use leptos::prelude::*;

    /// The play state: the hour and playing signals, the running timer, and the time and hour
    /// the current run started from.
    #[derive(Clone, Copy)]
    pub struct Player {
        hour: RwSignal<usize>,
        playing: RwSignal<bool>,
        timer: StoredValue<Option<IntervalHandle>>,
        base: StoredValue<(f64, usize)>,
    }

    fn now_ms() -> f64 {
        #[cfg(target_arch = "wasm32")]
        {
            js_sys::Date::now()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            0.0
        }
    }

    /// The hour `elapsed_ms` after `start`, wrapping at the year's end.
    pub fn hour_after(start: usize, elapsed_ms: f64) -> usize {
        let steps = (elapsed_ms.max(0.0) * HOURS_PER_SECOND / 1000.0).floor();
        let steps = if steps.is_finite() {
            steps as usize % YEAR_HOURS
        } else {
            0
        };
        (start % YEAR_HOURS + steps) % YEAR_HOURS
    }

    impl Player {
        pub fn new(hour: RwSignal<usize>, playing: RwSignal<bool>) -> Self {
            Player {
                hour,
                playing,
                timer: StoredValue::new(None),
                base: StoredValue::new((0.0, 0)),
            }
        }

        /// Starts from the current hour.
        pub fn start(self) {
            self.stop();
            let Some(h) = self.hour.try_get_untracked() else {
                return;
            };
            self.rebase(h);
            let (hour, base) = (self.hour, self.base);
            let handle = set_interval_with_handle(
                move || {
                    if let Some((t0, h0)) = base.try_get_value() {
                        let h = hour_after(h0, now_ms() - t0);
                        if hour.try_get_untracked().is_some_and(|cur| cur != h) {
                            hour.try_set(h);
                        }
                    }
                },
                std::time::Duration::from_millis(40),
            );
            if let Ok(handle) = handle {
                self.timer.try_set_value(Some(handle));
                self.playing.try_set(true);
            }
        }

        /// Continues from hour `h` now (the slider moved).
        pub fn rebase(self, h: usize) {
            self.base.try_set_value((now_ms(), h));
        }

        /// Stops the timer.
        pub fn stop(self) {
            if let Some(Some(handle)) = self.timer.try_get_value() {
                handle.clear();
            }
            self.timer.try_set_value(None);
            self.playing.try_set(false);
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_second_is_a_week_and_the_year_wraps() {
            assert_eq!(hour_after(0, 1000.0), 168);
            assert_eq!(hour_after(100, 0.0), 100);
            assert_eq!(hour_after(8700, 1000.0), (8700 + 168) % 8760);
            assert_eq!(hour_after(5, -50.0), 5);
            assert_eq!(hour_after(5, f64::INFINITY), 5);
        }
    }
}
