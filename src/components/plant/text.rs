//! Every string of the plant view, read from `locales/<lang>/plant.ftl` once per language and
//! kept for the page's life (the SVG is rebuilt every animation frame, so its words must be
//! cheap to reach).

use super::frame::{date_text, Months};
use crate::format::NumberStyle;
use crate::i18n::{translate, Arg, Lang};
use heat_twin_model::Mode;
use std::cell::RefCell;

/// The plant view's words in one language, with its number style.
#[derive(Debug, Clone, Copy)]
pub struct PlantText {
    /// The language.
    pub lang: Lang,
    /// How numbers are written.
    pub style: NumberStyle,
    /// Section heading and landmark name.
    pub heading: &'static str,
    /// Shown when no run exists.
    pub no_run: &'static str,
    /// Month names.
    pub months: Months,
    /// Slider label.
    pub hour_label: &'static str,
    /// Play button (paused / playing).
    pub play: &'static str,
    /// Pause button.
    pub pause: &'static str,
    /// Accessible name of the play button.
    pub play_label: &'static str,
    /// Why there is no play button.
    pub reduced_motion: &'static str,
    /// Box names (a '\n' breaks the line).
    pub electricity: &'static str,
    pub data_centre: &'static str,
    pub it_racks: &'static str,
    pub recovery: &'static str,
    pub exchanger: &'static str,
    pub heat_pump: &'static str,
    pub dry_coolers: &'static str,
    pub tank: &'static str,
    pub no_tank: &'static str,
    pub network: &'static str,
    pub homes: &'static str,
    pub backup: &'static str,
    pub outdoor: &'static str,
    pub active: &'static str,
    pub idle: &'static str,
    pub no_heat_pump: &'static str,
    pub preheats_return: &'static str,
    pub takes_all: &'static str,
    /// Flow names on the bands.
    pub f_it: &'static str,
    pub f_captured: &'static str,
    pub f_rejected: &'static str,
    pub f_used: &'static str,
    pub f_hp_electricity: &'static str,
    pub f_direct: &'static str,
    pub f_charge: &'static str,
    pub f_discharge: &'static str,
    pub f_backup: &'static str,
    pub f_homes: &'static str,
    pub f_losses: &'static str,
    pub f_pumping: &'static str,
    /// Temperature names.
    pub t_loop_out: &'static str,
    pub t_loop_back: &'static str,
    pub t_supply: &'static str,
    pub t_return: &'static str,
    pub cop: &'static str,
    /// The network's demand.
    pub demand: &'static str,
    /// Heading of the text list.
    pub values: &'static str,
    /// Tank content.
    pub stored: &'static str,
    /// The modes in words: direct, heat pump, return line, none.
    pub modes: [&'static str; 4],
}

/// Every message of the view without arguments (checked by the tests in both languages).
#[cfg(test)]
const WORDS: &[&str] = &[
    "plant-heading",
    "plant-no-run",
    "plant-months",
    "plant-hour-label",
    "plant-play",
    "plant-pause",
    "plant-play-label",
    "plant-reduced-motion",
    "plant-electricity",
    "plant-data-centre",
    "plant-it-racks",
    "plant-recovery",
    "plant-exchanger",
    "plant-heat-pump",
    "plant-dry-coolers",
    "plant-tank",
    "plant-no-tank",
    "plant-network",
    "plant-homes",
    "plant-backup",
    "plant-outdoor",
    "plant-active",
    "plant-idle",
    "plant-no-heat-pump",
    "plant-preheats-return",
    "plant-takes-all",
    "plant-f-it",
    "plant-f-captured",
    "plant-f-rejected",
    "plant-f-used",
    "plant-f-hp-electricity",
    "plant-f-direct",
    "plant-f-charge",
    "plant-f-discharge",
    "plant-f-backup",
    "plant-f-homes",
    "plant-f-losses",
    "plant-f-pumping",
    "plant-t-loop-out",
    "plant-t-loop-back",
    "plant-t-supply",
    "plant-t-return",
    "plant-cop",
    "plant-demand",
    "plant-values",
    "plant-stored",
    "plant-mode-direct",
    "plant-mode-heat-pump",
    "plant-mode-return-line",
    "plant-mode-none",
];

/// Messages with arguments.
#[cfg(test)]
const SENTENCES: &[&str] = &[
    "plant-scale",
    "plant-caption-demand",
    "plant-caption-all",
    "plant-sentence",
    "plant-sentence-hp",
    "plant-sentence-demand",
];

thread_local! {
    static CACHE: RefCell<Vec<(Lang, &'static PlantText)>> = const { RefCell::new(Vec::new()) };
}

/// A message kept for the page's life (a few hundred bytes per language, built once).
fn word(lang: Lang, key: &str) -> &'static str {
    Box::leak(translate(lang, key, &[]).into_boxed_str())
}

impl PlantText {
    /// The words of `lang`, built on first use and cached.
    pub fn get(lang: Lang) -> &'static PlantText {
        CACHE.with(|c| {
            if let Some((_, t)) = c.borrow().iter().find(|(l, _)| *l == lang) {
                return *t;
            }
            let t: &'static PlantText = Box::leak(Box::new(PlantText::build(lang)));
            c.borrow_mut().push((lang, t));
            t
        })
    }

    fn build(lang: Lang) -> PlantText {
        let w = |key: &str| word(lang, key);
        let names = translate(lang, "plant-months", &[]);
        let mut months = [""; 12];
        for (slot, name) in months.iter_mut().zip(names.split_whitespace()) {
            *slot = Box::leak(name.to_string().into_boxed_str());
        }
        PlantText {
            lang,
            style: lang.number_style(),
            heading: w("plant-heading"),
            no_run: w("plant-no-run"),
            months: Months(months),
            hour_label: w("plant-hour-label"),
            play: w("plant-play"),
            pause: w("plant-pause"),
            play_label: w("plant-play-label"),
            reduced_motion: w("plant-reduced-motion"),
            electricity: w("plant-electricity"),
            data_centre: w("plant-data-centre"),
            it_racks: w("plant-it-racks"),
            recovery: w("plant-recovery"),
            exchanger: w("plant-exchanger"),
            heat_pump: w("plant-heat-pump"),
            dry_coolers: w("plant-dry-coolers"),
            tank: w("plant-tank"),
            no_tank: w("plant-no-tank"),
            network: w("plant-network"),
            homes: w("plant-homes"),
            backup: w("plant-backup"),
            outdoor: w("plant-outdoor"),
            active: w("plant-active"),
            idle: w("plant-idle"),
            no_heat_pump: w("plant-no-heat-pump"),
            preheats_return: w("plant-preheats-return"),
            takes_all: w("plant-takes-all"),
            f_it: w("plant-f-it"),
            f_captured: w("plant-f-captured"),
            f_rejected: w("plant-f-rejected"),
            f_used: w("plant-f-used"),
            f_hp_electricity: w("plant-f-hp-electricity"),
            f_direct: w("plant-f-direct"),
            f_charge: w("plant-f-charge"),
            f_discharge: w("plant-f-discharge"),
            f_backup: w("plant-f-backup"),
            f_homes: w("plant-f-homes"),
            f_losses: w("plant-f-losses"),
            f_pumping: w("plant-f-pumping"),
            t_loop_out: w("plant-t-loop-out"),
            t_loop_back: w("plant-t-loop-back"),
            t_supply: w("plant-t-supply"),
            t_return: w("plant-t-return"),
            cop: w("plant-cop"),
            demand: w("plant-demand"),
            values: w("plant-values"),
            stored: w("plant-stored"),
            modes: [
                w("plant-mode-direct"),
                w("plant-mode-heat-pump"),
                w("plant-mode-return-line"),
                w("plant-mode-none"),
            ],
        }
    }

    /// English (for tests).
    #[cfg(test)]
    pub fn english() -> &'static PlantText {
        PlantText::get(Lang::En)
    }

    /// A power in this language's number style, its unit by its own size (tests).
    #[cfg(test)]
    pub fn power(&self, kw: f64) -> String {
        super::frame::power(kw, self.style)
    }

    /// "21 January, 08:00–09:00" in this language.
    pub fn date(&self, hour: usize) -> String {
        date_text(hour, &self.months)
    }

    /// The mode in words.
    pub fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Direct => self.modes[0],
            Mode::HeatPump => self.modes[1],
            Mode::ReturnLine => self.modes[2],
            Mode::None => self.modes[3],
        }
    }

    /// A power in the unit of the view `f` belongs to (one unit per view).
    pub fn power_of(&self, f: &super::frame::Frame, kw: f64) -> String {
        super::frame::power_in(kw, f.mw, self.style)
    }

    /// "Band widths are proportional to power; the widest band is 12.3 MW, …".
    pub fn scale(&self, max_kw: f64) -> String {
        let mw = super::frame::view_in_mw(max_kw);
        translate(
            self.lang,
            "plant-scale",
            &[(
                "max",
                Arg::Text(super::frame::power_in(max_kw, mw, self.style)),
            )],
        )
    }

    /// "21 January, 08:00–09:00 · direct exchange · demand 12.3 MW, delivered from the data
    /// centre 2,040 kW".
    pub fn caption(&self, f: &super::frame::Frame) -> String {
        let date = Arg::Text(self.date(f.hour));
        let mode = Arg::Text(self.mode(f.mode).to_string());
        let delivered = Arg::Text(self.power_of(f, f.delivered_kw));
        match f.demand_kw {
            Some(d) => translate(
                self.lang,
                "plant-caption-demand",
                &[
                    ("date", date),
                    ("mode", mode),
                    ("demand", Arg::Text(self.power_of(f, d))),
                    ("delivered", delivered),
                ],
            ),
            None => translate(
                self.lang,
                "plant-caption-all",
                &[("date", date), ("mode", mode), ("delivered", delivered)],
            ),
        }
    }

    /// One sentence describing the hour (the SVG's accessible name).
    pub fn sentence(&self, f: &super::frame::Frame) -> String {
        let fl = &f.flows;
        let p = |kw: f64| Arg::Text(self.power_of(f, kw));
        let mut s = translate(
            self.lang,
            "plant-sentence",
            &[
                ("date", Arg::Text(self.date(f.hour))),
                ("mode", Arg::Text(self.mode(f.mode).to_string())),
                ("it", p(fl.it)),
                ("captured", p(fl.captured)),
                ("delivered", p(f.delivered_kw)),
                ("rejected", p(fl.rejected)),
            ],
        );
        if fl.hp_electricity > 0.0 {
            s.push_str(&translate(
                self.lang,
                "plant-sentence-hp",
                &[("hp", p(fl.hp_electricity))],
            ));
        }
        if let Some(d) = f.demand_kw {
            s.push_str(&translate(
                self.lang,
                "plant-sentence-demand",
                &[("demand", p(d)), ("backup", p(fl.backup))],
            ));
        }
        s.push('.');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has;

    #[test]
    fn every_message_exists_in_both_languages() {
        for lang in Lang::ALL {
            for key in WORDS.iter().chain(SENTENCES) {
                assert!(has(lang, key), "{key} missing in {lang:?}");
            }
            let t = PlantText::get(lang);
            assert!(t.months.0.iter().all(|m| !m.is_empty()), "{lang:?} months");
        }
    }

    #[test]
    fn italian_dates_words_and_numbers() {
        let it = PlantText::get(Lang::It);
        assert_eq!(it.date(24 * 20 + 8), "21 gennaio, 08:00–09:00");
        assert_eq!(it.date(8759), "31 dicembre, 23:00–00:00");
        assert_eq!(it.play, "Avvia");
        assert_eq!(it.pause, "Pausa");
        assert_eq!(it.exchanger, "Scambiatore\ndi calore");
        assert_eq!(it.power(2040.0), "2.040 kW");
        assert_eq!(it.power(12_345.0), "12,3 MW");
        assert_eq!(it.mode(Mode::ReturnLine), "preriscaldamento del ritorno");
        assert!(std::ptr::eq(it, PlantText::get(Lang::It)), "cached");
        let en = PlantText::english();
        assert_eq!(en.date(24 * 20 + 8), "21 January, 08:00–09:00");
        assert_eq!(en.heat_pump, "Heat\npump");
    }
}
