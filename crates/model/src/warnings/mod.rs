//! Warnings: where the physics says the scenario is doing something the user should know about,
//! in plain English with the numbers (the same sentences the page shows).
//!
//! A run fills a fixed-size [`Warnings`] (counts, shares, flags: no allocation); the sentences are
//! made on demand by [`Warnings::list`]. Thresholds:
//! - more than [`REJECTED_SHARE_LIMIT`] of the captured heat rejected;
//! - pumping above [`PUMPING_SHARE_LIMIT`] of the heat delivered;
//! - network losses above [`LOSS_SHARE_LIMIT`] of the heat needed at the plant;
//! - the heat pump at its COP ceiling in more than [`MAX_COP_HOURS_LIMIT`] of its hours.

/// Rejected share of captured heat above which the user is warned.
pub const REJECTED_SHARE_LIMIT: f64 = 1.0 / 3.0;
/// Pumping electricity per kWh delivered above which the user is warned.
pub const PUMPING_SHARE_LIMIT: f64 = 0.03;
/// Network losses per kWh needed at the plant above which the user is warned.
pub const LOSS_SHARE_LIMIT: f64 = 0.25;
/// Share of heat-pump hours at `max_cop` above which the SCOP is said to be the ceiling.
pub const MAX_COP_HOURS_LIMIT: f64 = 0.5;
/// Share of a month's offered heat not taken above which the month is named (and at least
/// [`NOT_TAKEN_MIN_MWH`]).
pub const NOT_TAKEN_SHARE_LIMIT: f64 = 0.05;
/// Least heat not taken in a month for the month to be named, MWh.
pub const NOT_TAKEN_MIN_MWH: f64 = 0.5;

mod not_taken;
pub use not_taken::{not_taken_groups, MonthNotTaken, NotTakenBy, NotTakenGroup, NotTakenReason};

/// English month names.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One warning: a stable code for programs and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// Stable identifier, e.g. `source_too_cold`.
    pub code: &'static str,
    /// Plain-English sentence with the numbers.
    pub message: String,
}

/// Why a storage volume is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageIgnored {
    /// The tank is used, or there is none.
    #[default]
    No,
    /// The heat enters the return line.
    ReturnLine,
    /// The network takes all heat.
    TakesAllHeat,
}

/// What the warnings of one run need: filled by the simulation, turned into text by
/// [`Warnings::list`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Warnings {
    /// The heat enters the return line (`feed_in = return_line`).
    pub return_line_feed_in: bool,
    /// A heat pump is allowed on the supply line.
    pub heat_pump_allowed: bool,
    /// Loop water leaving the IT `T_src`, °C.
    pub source_c: f64,
    /// Heat-exchanger approach, K.
    pub approach_k: f64,
    /// Network return, °C.
    pub return_c: f64,
    /// Heat captured over the year, MWh.
    pub captured_mwh: f64,
    /// Captured heat rejected over the year, MWh.
    pub rejected_mwh: f64,
    /// Supply-line hours that fell back to preheating the return.
    pub fallback_hours: u32,
    /// Hours in which no heat could be recovered.
    pub none_hours: u32,
    /// The exchanger's cold-end share `f_cold`.
    pub f_cold: f64,
    /// Direct or return-line hours whose cold end held back captured heat.
    pub cold_end_hours: u32,
    /// Captured heat the cold end held back in those hours, MWh.
    pub cold_end_mwh: f64,
    /// Heat pump cap, MW (0: none).
    pub heat_pump_max_mw: f64,
    /// Hours the heat pump ran at its cap with more heat available.
    pub cap_binding_hours: u32,
    /// Hours with heat pump output.
    pub heat_pump_hours: u32,
    /// Heat-pump hours at `max_cop`.
    pub max_cop_hours: u32,
    /// The COP ceiling.
    pub max_cop: f64,
    /// Heat-pump hours emitting more CO2 than the heat they displace.
    pub co2_breakeven_hours: u32,
    /// Heat-pump hours costing more than the boiler heat they displace.
    pub cost_breakeven_hours: u32,
    /// The cost break-even COP (`None` when the fuel is free).
    pub cost_breakeven_cop: Option<f64>,
    /// Mean utilisation asked for.
    pub utilisation_set: f64,
    /// Mean utilisation after the clamp to 0–1.
    pub utilisation_mean: f64,
    /// Daily swing.
    pub daily_swing: f64,
    /// Pumping electricity per kWh delivered.
    pub pumping_share: f64,
    /// Network losses over heat needed at the plant (`None` with `takes_all_heat` or no demand).
    pub loss_share: Option<f64>,
    /// Why a storage volume is ignored.
    pub storage_ignored: StorageIgnored,
    /// The ignored volume, m³.
    pub storage_volume_m3: f64,
    /// The year has no heating degree-hours though the network has space heating to serve.
    pub no_space_heating: bool,
    /// Balance temperature for space heating, °C.
    pub heating_base_c: f64,
    /// Heat not taken in each month and why (January first).
    pub not_taken: [MonthNotTaken; 12],
}

/// `1234567.8` → `"1,234,568"`.
fn grouped(x: f64) -> String {
    let digits = format!("{:.0}", x.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if x < 0.0 && digits != "0" {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Share as a percentage with one decimal when small.
fn percent(share: f64) -> String {
    let p = share * 100.0;
    if p.abs() < 10.0 {
        format!("{p:.1} %")
    } else {
        format!("{p:.0} %")
    }
}

fn share_of(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
}

impl Warnings {
    /// The warnings in plain English, in a fixed order.
    pub fn list(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        let mut push = |code: &'static str, message: String| out.push(Warning { code, message });
        let hot_end_c = self.source_c - self.approach_k;
        let captured = self.captured_mwh > 0.0;
        let lost_hours = self.fallback_hours + self.none_hours;

        if captured && self.return_line_feed_in && self.none_hours > 0 {
            push(
                "return_line_too_cold",
                format!(
                    "The loop water ({:.1} °C, {:.1} °C after the {:.1} K approach) cannot preheat \
                     the {:.1} °C return by the 5 K minimum: no heat is recovered in {} hours.",
                    self.source_c,
                    hot_end_c,
                    self.approach_k,
                    self.return_c,
                    grouped(f64::from(self.none_hours))
                ),
            );
        }
        if captured && !self.return_line_feed_in && lost_hours > 0 {
            let (code, why) = if self.heat_pump_allowed {
                (
                    "heat_pump_cop_below_one",
                    "the heat pump's COP would be 1 or less (the lift is too large)".to_string(),
                )
            } else {
                (
                    "source_too_cold",
                    format!(
                        "the loop water ({:.1} °C, {:.1} °C after the {:.1} K approach) is colder \
                         than the network supply and no heat pump is allowed",
                        self.source_c, hot_end_c, self.approach_k
                    ),
                )
            };
            push(
                code,
                format!(
                    "In {} hours ({} of the year) {why}: in {} of them the heat preheats the \
                     return instead, in {} no heat is recovered.",
                    grouped(f64::from(lost_hours)),
                    percent(f64::from(lost_hours) / 8760.0),
                    grouped(f64::from(self.fallback_hours)),
                    grouped(f64::from(self.none_hours))
                ),
            );
        }
        if captured && self.cold_end_hours > 0 && self.f_cold < 1.0 {
            push(
                "exchanger_cold_end",
                format!(
                    "The exchanger's cold end limits recovery: the loop water can be cooled only \
                     to {:.1} °C (return {:.1} °C + {:.1} K approach), so only {} of the captured \
                     heat can be handed over in {} direct or return-line hours ({} MWh held back).",
                    self.return_c + self.approach_k,
                    self.return_c,
                    self.approach_k,
                    percent(self.f_cold),
                    grouped(f64::from(self.cold_end_hours)),
                    grouped(self.cold_end_mwh)
                ),
            );
        }
        if self.cap_binding_hours > 0 {
            push(
                "heat_pump_capacity",
                format!(
                    "The heat pump's {} MW capacity limits recovery in {} hours: more \
                     data-centre heat was available than it could lift.",
                    self.heat_pump_max_mw,
                    grouped(f64::from(self.cap_binding_hours))
                ),
            );
        }
        let hp_hours = self.heat_pump_hours;
        if hp_hours > 0 && share_of(self.max_cop_hours, hp_hours) > MAX_COP_HOURS_LIMIT {
            push(
                "heat_pump_at_max_cop",
                format!(
                    "The heat pump runs at its COP ceiling of {} in {} of its {} hours ({}): the \
                     seasonal COP is then the ceiling you set, not a result of the temperatures.",
                    self.max_cop,
                    grouped(f64::from(self.max_cop_hours)),
                    grouped(f64::from(hp_hours)),
                    percent(share_of(self.max_cop_hours, hp_hours))
                ),
            );
        }
        if self.co2_breakeven_hours > 0 {
            push(
                "heat_pump_co2_above_boiler",
                format!(
                    "In {} of the heat pump's {} hours ({}) its COP times the displaced heat's CO2 \
                     factor is below the grid's: those hours emit more CO2 than the boiler heat \
                     they replace.",
                    grouped(f64::from(self.co2_breakeven_hours)),
                    grouped(f64::from(hp_hours)),
                    percent(share_of(self.co2_breakeven_hours, hp_hours))
                ),
            );
        }
        if self.cost_breakeven_hours > 0 {
            let threshold = match self.cost_breakeven_cop {
                Some(cop) => format!("the cost break-even COP of {cop:.2}"),
                None => "the cost break-even (the displaced fuel is free)".to_string(),
            };
            push(
                "heat_pump_cost_above_boiler",
                format!(
                    "In {} of the heat pump's {} hours ({}) its COP is below {threshold} \
                     (electricity price × boiler efficiency / fuel price): those hours cost more \
                     than boiler heat.",
                    grouped(f64::from(self.cost_breakeven_hours)),
                    grouped(f64::from(hp_hours)),
                    percent(share_of(self.cost_breakeven_hours, hp_hours))
                ),
            );
        }
        if captured && self.rejected_mwh > REJECTED_SHARE_LIMIT * self.captured_mwh {
            push(
                "high_rejection",
                format!(
                    "{} of the captured heat ({} of {} MWh) is rejected by the site's coolers: \
                     more than a third.",
                    percent(self.rejected_mwh / self.captured_mwh),
                    grouped(self.rejected_mwh),
                    grouped(self.captured_mwh)
                ),
            );
        }
        if self.utilisation_mean < self.utilisation_set - 1e-9 {
            push(
                "utilisation_clamped",
                format!(
                    "A mean utilisation of {} with a ±{} daily swing exceeds 100 % at the daily \
                     peak; clamped, the mean is {}.",
                    percent(self.utilisation_set),
                    percent(self.daily_swing),
                    percent(self.utilisation_mean)
                ),
            );
        }
        if self.pumping_share > PUMPING_SHARE_LIMIT {
            push(
                "high_pumping",
                format!(
                    "Pumping takes {} of the heat delivered in electricity, above 3 %.",
                    percent(self.pumping_share)
                ),
            );
        }
        if let Some(loss) = self.loss_share.filter(|&l| l > LOSS_SHARE_LIMIT) {
            push(
                "high_network_losses",
                format!(
                    "Network losses are {} of the heat needed at the plant, above 25 %: a sparse \
                     or hot network.",
                    percent(loss)
                ),
            );
        }
        let reason = match self.storage_ignored {
            StorageIgnored::No => None,
            StorageIgnored::ReturnLine => Some("the heat enters the return line"),
            StorageIgnored::TakesAllHeat => Some("the network takes all the heat"),
        };
        if let Some(reason) = reason {
            push(
                "storage_ignored",
                format!(
                    "The {} m³ tank is ignored and costs nothing: storage works only with \
                     supply-line feed-in and a bounded network, and {reason}.",
                    grouped(self.storage_volume_m3)
                ),
            );
        }
        // One warning for the year: the months grouped by reason, so that a summer covered by
        // a must-run plant reads as one line, not seven.
        let (groups, total, offered) = not_taken_groups(&self.not_taken);
        if !groups.is_empty() {
            let parts: Vec<String> = groups
                .iter()
                .map(|g| {
                    let names: Vec<&str> = g.months.iter().map(|&m| MONTHS[m]).collect();
                    let reason = g.reason.english();
                    format!("{}: {reason} ({} MWh)", names.join(", "), grouped(g.mwh))
                })
                .collect();
            push(
                "heat_not_taken",
                format!(
                    "{} MWh of the data centre's heat ({} of what it offered) is not taken. {}.",
                    grouped(total),
                    percent(total / f64::max(offered, f64::MIN_POSITIVE)),
                    parts.join("; ")
                ),
            );
        }
        if self.no_space_heating {
            push(
                "no_space_heating",
                format!(
                    "The weather has no hour below the {:.1} °C heating base in the heating \
                     season: there is no space heating, only hot water and network losses.",
                    self.heating_base_c
                ),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::plants::{PlantKind, PlantName};

    #[test]
    fn grouping_and_percent() {
        assert_eq!(grouped(1_234_567.8), "1,234,568");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(-1234.0), "-1,234");
        assert_eq!(percent(0.0512), "5.1 %");
        assert_eq!(percent(0.5), "50 %");
    }

    #[test]
    fn quiet_by_default_and_each_warning_has_its_code() {
        assert!(Warnings::default().list().is_empty());
        let w = Warnings {
            captured_mwh: 100.0,
            rejected_mwh: 50.0,
            pumping_share: 0.05,
            storage_ignored: StorageIgnored::TakesAllHeat,
            storage_volume_m3: 6000.0,
            ..Warnings::default()
        };
        let codes: Vec<_> = w.list().iter().map(|w| w.code).collect();
        assert_eq!(codes, ["high_rejection", "high_pumping", "storage_ignored"]);
        assert!(w.list()[0].message.starts_with("50 % of the captured heat"));
        assert!(w.list()[2].message.contains("6,000 m³"));
    }
    #[test]
    fn not_taken_months_group_by_reason() {
        let wte = NotTakenBy::Plant {
            name: PlantName::new("WtE"),
            kind: PlantKind::WasteToEnergy,
            must_run: true,
        };
        let mut months = [MonthNotTaken::default(); 12];
        // June–August: 1,000 of 1,200 MWh not taken, no room (too dear 0).
        for m in [5, 6, 7] {
            months[m] = MonthNotTaken {
                mwh: 1000.0,
                too_dear_mwh: 0.0,
                offered_mwh: 1200.0,
                by: wte,
            };
        }
        // December: 100 of 1,300 MWh, 80 of them too dear against the boilers.
        months[11] = MonthNotTaken {
            mwh: 100.0,
            too_dear_mwh: 80.0,
            offered_mwh: 1300.0,
            by: NotTakenBy::Boilers,
        };
        // January: 0.4 MWh is below the 0.5 MWh floor; not named, but its offer counts.
        months[0] = MonthNotTaken {
            mwh: 0.4,
            too_dear_mwh: 0.0,
            offered_mwh: 1.0,
            by: wte,
        };
        let (groups, total, offered) = not_taken_groups(&months);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].months, vec![5, 6, 7]);
        assert_eq!(groups[0].mwh, 3000.0);
        assert!(matches!(
            groups[0].reason,
            NotTakenReason::MustRunCovers {
                kind: PlantKind::WasteToEnergy,
                ..
            }
        ));
        assert_eq!(groups[1].months, vec![11]);
        assert_eq!(groups[1].reason, NotTakenReason::CheaperBoilers);
        // 3 × 1,000 + 100; offered 3 × 1,200 + 1,300 + 1.
        assert_eq!(total, 3100.0);
        assert_eq!(offered, 4901.0);
        let w = Warnings {
            not_taken: months,
            ..Warnings::default()
        };
        let text = &w.list()[0].message;
        assert!(
            text.contains("June, July, August: the must-run waste-to-energy plant “WtE” already covers the network's demand (3,000 MWh)"),
            "{text}"
        );
    }
}
