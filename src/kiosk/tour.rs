//! The kiosk's tour as plain data and a clock-driven state (no DOM: tested natively).

/// One step: the preset shown and the message (in locales/*/app.ftl) that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The preset's file stem (`scenarios/<stem>.json`).
    pub preset: &'static str,
    /// The message id of its one plain sentence.
    pub message: &'static str,
    /// The visitor's turn with the racks slider.
    pub try_it: bool,
    /// The step shows the region page's portfolio `preset` (a `portfolios/*.json` stem) instead
    /// of a scenario.
    pub portfolio: bool,
}

impl Step {
    /// `tour` or `try`, for `data-tour-kind`.
    pub fn kind(&self) -> &'static str {
        if self.try_it {
            "try"
        } else {
            "tour"
        }
    }
}

/// The tour: the Brescia pilot, a Milan data centre, a Nordic site, the Lombardy vision as one
/// scenario, the region itself (the region page's Lombardy portfolio, run in the worker), then
/// the visitor's turn on the Brescia pilot.
pub const STEPS: [Step; 6] = [
    Step {
        preset: "brescia-pilot",
        message: "kiosk-step-brescia",
        try_it: false,
        portfolio: false,
    },
    Step {
        preset: "settimo-milanese",
        message: "kiosk-step-settimo",
        try_it: false,
        portfolio: false,
    },
    Step {
        preset: "espoo-microsoft-fortum",
        message: "kiosk-step-espoo",
        try_it: false,
        portfolio: false,
    },
    Step {
        preset: "lombardy-150k-homes",
        message: "kiosk-step-lombardy",
        try_it: false,
        portfolio: false,
    },
    Step {
        preset: "lombardy",
        message: "kiosk-step-region",
        try_it: false,
        portfolio: true,
    },
    Step {
        preset: "brescia-pilot",
        message: "kiosk-step-try",
        try_it: true,
        portfolio: false,
    },
];

/// Seconds per step and without a touch before the tour resumes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TourOptions {
    /// Seconds each step is shown.
    pub step_s: f64,
    /// Seconds without a touch before the tour resumes.
    pub idle_s: f64,
}

impl Default for TourOptions {
    /// 30 s a step (the issue asks 20–40 s), a minute of idleness.
    fn default() -> Self {
        TourOptions {
            step_s: 30.0,
            idle_s: 60.0,
        }
    }
}

impl TourOptions {
    /// The options of a query string when it names `kiosk` (`?kiosk&step=20&idle=90`), else
    /// `None`. Values out of range or unreadable keep their defaults; the visitor cannot
    /// break a kiosk through its address.
    pub fn from_query(query: &str) -> Option<TourOptions> {
        let parts: Vec<&str> = query.trim_start_matches('?').split('&').collect();
        if !parts
            .iter()
            .any(|p| *p == "kiosk" || p.starts_with("kiosk="))
        {
            return None;
        }
        let mut o = TourOptions::default();
        for p in parts {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let Ok(x) = v.parse::<f64>() else {
                continue;
            };
            match k {
                "step" if (1.0..=120.0).contains(&x) => o.step_s = x,
                "idle" if (1.0..=600.0).contains(&x) => o.idle_s = x,
                _ => {}
            }
        }
        Some(o)
    }
}

/// Where the tour is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tour {
    /// The step shown.
    pub index: usize,
    /// When the step started, ms.
    started_ms: f64,
    /// The last touch while paused, ms.
    touched_ms: Option<f64>,
    options: TourOptions,
}

impl Tour {
    /// At the first step, at `now_ms`.
    pub fn new(options: TourOptions, now_ms: f64) -> Tour {
        Tour {
            index: 0,
            started_ms: now_ms,
            touched_ms: None,
            options,
        }
    }

    /// Whether a visitor has the page (the tour waits).
    pub fn paused(&self) -> bool {
        self.touched_ms.is_some()
    }

    /// A visitor touched the page at `now_ms`: the tour waits.
    pub fn touch(&mut self, now_ms: f64) {
        self.touched_ms = Some(now_ms);
    }

    /// Moves `delta` steps (wrapping) at a visitor's request; returns the step to show. The
    /// tour stays paused: the visitor is reading.
    pub fn go(&mut self, delta: isize, now_ms: f64) -> usize {
        let n = STEPS.len() as isize;
        self.index = (self.index as isize + delta).rem_euclid(n) as usize;
        self.started_ms = now_ms;
        self.touched_ms = Some(now_ms);
        self.index
    }

    /// The clock at `now_ms`; returns the step to show again when the tour changes step or
    /// resumes (resuming shows the step's own scenario again, undoing a visitor's changes).
    pub fn tick(&mut self, now_ms: f64) -> Option<usize> {
        if let Some(t) = self.touched_ms {
            if now_ms - t < self.options.idle_s * 1000.0 {
                return None;
            }
            self.touched_ms = None;
            self.started_ms = now_ms;
            return Some(self.index);
        }
        if now_ms - self.started_ms >= self.options.step_s * 1000.0 {
            self.index = (self.index + 1) % STEPS.len();
            self.started_ms = now_ms;
            return Some(self.index);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_turns_the_kiosk_on_and_sets_its_times_within_bounds() {
        assert_eq!(TourOptions::from_query(""), None);
        assert_eq!(TourOptions::from_query("?kiosks"), None);
        assert_eq!(
            TourOptions::from_query("?kiosk"),
            Some(TourOptions::default())
        );
        let o = TourOptions::from_query("?a=1&kiosk&step=20&idle=90").expect("kiosk");
        assert_eq!((o.step_s, o.idle_s), (20.0, 90.0));
        // Out of range or unreadable: the defaults stay.
        let o = TourOptions::from_query("?kiosk&step=0&idle=1e9").expect("kiosk");
        assert_eq!(o, TourOptions::default());
        let o = TourOptions::from_query("?kiosk&step=NaN&idle=x").expect("kiosk");
        assert_eq!(o, TourOptions::default());
    }

    #[test]
    fn the_tour_advances_pauses_on_a_touch_and_resumes_after_the_idle_time() {
        let o = TourOptions {
            step_s: 30.0,
            idle_s: 60.0,
        };
        let mut t = Tour::new(o, 0.0);
        assert_eq!(t.tick(29_999.0), None);
        assert_eq!(t.tick(30_000.0), Some(1), "a step lasts 30 s");
        t.touch(40_000.0);
        assert!(t.paused());
        // Paused: a minute after the last touch, not after the step's start.
        assert_eq!(t.tick(99_999.0), None);
        t.touch(90_000.0);
        assert_eq!(t.tick(149_999.0), None);
        assert_eq!(
            t.tick(150_000.0),
            Some(1),
            "resumes on its step, shown again"
        );
        assert!(!t.paused());
        assert_eq!(
            t.tick(179_999.0),
            None,
            "the resumed step gets its full time"
        );
        assert_eq!(t.tick(180_000.0), Some(2));
    }

    #[test]
    fn the_tour_wraps_and_the_visitor_may_step_both_ways() {
        let mut t = Tour::new(TourOptions::default(), 0.0);
        for i in 1..=STEPS.len() {
            assert_eq!(t.tick(30_000.0 * i as f64), Some(i % STEPS.len()));
        }
        assert_eq!(t.go(-1, 1.0e6), STEPS.len() - 1);
        assert!(t.paused(), "stepping by hand is a touch");
        assert_eq!(t.go(1, 1.0e6), 0);
    }

    #[test]
    fn the_steps_are_real_presets_and_end_with_the_visitors_turn() {
        for s in STEPS {
            if s.portfolio {
                assert!(
                    crate::region::portfolios::text(s.preset).is_some(),
                    "{}",
                    s.preset
                );
            } else {
                assert!(crate::presets::preset(s.preset).is_some(), "{}", s.preset);
            }
        }
        // The region has landed: the tour shows it.
        assert_eq!(STEPS.iter().filter(|s| s.portfolio).count(), 1);
        assert!(STEPS[STEPS.len() - 1].try_it);
        assert_eq!(STEPS.iter().filter(|s| s.try_it).count(), 1);
        let nordic = [
            "espoo-microsoft-fortum",
            "stockholm-data-parks",
            "meta-odense",
        ];
        assert!(
            STEPS.iter().any(|s| nordic.contains(&s.preset)),
            "a Nordic site"
        );
    }
}
