//! The automatic choice between return-line preheat and heat pump by cost
//! (docs/model/heat_pump.md §3).

/// What one option does in an hour (kW, or kWh over any period: the choice is linear).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct OptionHour {
    /// Heat delivered to the network, `H`.
    pub delivered_kw: f64,
    /// Electricity used, heat pump and pumping, `E`.
    pub electricity_kw: f64,
    /// Heat made by the heat pump, `Q_hp` (for its variable O&M).
    pub heat_pump_heat_kw: f64,
}

impl OptionHour {
    /// Return-line preheat delivering `delivered_kw`, with pumping electricity `pumping_share`
    /// per kWh delivered.
    pub fn return_line(delivered_kw: f64, pumping_share: f64) -> Self {
        OptionHour {
            delivered_kw,
            electricity_kw: delivered_kw * pumping_share,
            heat_pump_heat_kw: 0.0,
        }
    }

    /// Preheat and heat pump delivering `delivered_kw`, of which the heat pump makes the share
    /// `s` at `cop`; pumping `pumping_share` per kWh delivered. A COP ≤ 0 (cannot run) delivers
    /// nothing.
    pub fn heat_pump(delivered_kw: f64, s: f64, cop: f64, pumping_share: f64) -> Self {
        if cop.is_nan() || cop <= 0.0 {
            return OptionHour::default();
        }
        OptionHour {
            delivered_kw,
            electricity_kw: delivered_kw * (s / cop + pumping_share),
            heat_pump_heat_kw: delivered_kw * s,
        }
    }

    /// Net value `(H · c_heat − E · p_el − Q_hp · c_vom) / 1000`, € per hour: flows in kW,
    /// prices in €/MWh (kW · €/MWh / 1000 = €/h).
    pub fn net_value_eur_per_h(&self, prices: &Prices) -> f64 {
        (self.delivered_kw * prices.heat_value_eur_per_mwh
            - self.electricity_kw * prices.electricity_eur_per_mwh
            - self.heat_pump_heat_kw * prices.heat_pump_vom_eur_per_mwh)
            / 1000.0
    }
}

/// Prices of one hour, € per MWh.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prices {
    /// Electricity for the heat pump and pumps, network charges included, `p_el`.
    pub electricity_eur_per_mwh: f64,
    /// Value of a MWh delivered: the heat price or the marginal plant's cost, `c_heat`.
    pub heat_value_eur_per_mwh: f64,
    /// Heat-pump variable O&M per MWh of its heat, `c_vom` (DEA 1.69–2.69).
    pub heat_pump_vom_eur_per_mwh: f64,
}

/// Which option the hour (or design) runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Preheat the network's return.
    ReturnLine,
    /// Preheat and heat pump into the supply line.
    HeatPump,
}

/// The cheaper option: the one with the larger net value (equivalently, the lower cost of meeting
/// the same demand with the marginal plant covering the rest). On a tie, or if a value is not a
/// number, the return line (no machine runs).
pub fn choose(heat_pump: &OptionHour, return_line: &OptionHour, prices: &Prices) -> Choice {
    if heat_pump.net_value_eur_per_h(prices) > return_line.net_value_eur_per_h(prices) {
        Choice::HeatPump
    } else {
        Choice::ReturnLine
    }
}

/// The COP above which a kWh of heat-pump heat costs less than the heat it displaces:
/// `p_el / (c_heat − c_vom)`; `None` when `c_heat ≤ c_vom` (never worth running) or a price is not
/// a number.
pub fn break_even_cop(prices: &Prices) -> Option<f64> {
    let margin = prices.heat_value_eur_per_mwh - prices.heat_pump_vom_eur_per_mwh;
    let cop = prices.electricity_eur_per_mwh.max(0.0) / margin;
    (margin > 0.0 && cop.is_finite()).then_some(cop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    const PRICES: Prices = Prices {
        electricity_eur_per_mwh: 200.0,
        heat_value_eur_per_mwh: 80.0,
        heat_pump_vom_eur_per_mwh: 2.0,
    };

    #[test]
    fn net_value_by_hand() {
        // 1,000 kW delivered, s = 0.8, COP 4, pumping 0.01:
        // E = 1000 · (0.2 + 0.01) = 210 kW; Q_hp = 800 kW;
        // V = (1000·80 − 210·200 − 800·2)/1000 = (80,000 − 42,000 − 1,600)/1000 = 36.4 €/h.
        let hp = OptionHour::heat_pump(1_000.0, 0.8, 4.0, 0.01);
        assert_relative_eq!(hp.electricity_kw, 210.0, epsilon = 1e-9);
        assert_relative_eq!(hp.net_value_eur_per_h(&PRICES), 36.4, epsilon = 1e-9);
        // Return line 400 kW: V = (400·80 − 4·200)/1000 = 31.2 €/h.
        let rl = OptionHour::return_line(400.0, 0.01);
        assert_relative_eq!(rl.net_value_eur_per_h(&PRICES), 31.2, epsilon = 1e-9);
        assert_eq!(choose(&hp, &rl, &PRICES), Choice::HeatPump);
    }

    #[test]
    fn expensive_electricity_picks_the_return_line() {
        // Electricity 400 €/MWh: heat pump V = (80,000 − 84,000 − 1,600)/1000 = −5.6 €/h;
        // return line V = (32,000 − 1,600)/1000 = 30.4 €/h.
        let p = Prices {
            electricity_eur_per_mwh: 400.0,
            ..PRICES
        };
        let hp = OptionHour::heat_pump(1_000.0, 0.8, 4.0, 0.01);
        let rl = OptionHour::return_line(400.0, 0.01);
        assert_eq!(choose(&hp, &rl, &p), Choice::ReturnLine);
    }

    #[test]
    fn break_even_by_hand() {
        // 200 / (80 − 2) = 2.5641.
        let cop = break_even_cop(&PRICES).expect("heat worth more than O&M");
        assert!((cop - 200.0 / 78.0).abs() < 1e-12);
        // At that COP, s = 1, no pumping: the heat pump's net value is zero.
        let hp = OptionHour::heat_pump(1_000.0, 1.0, cop, 0.0);
        assert!(hp.net_value_eur_per_h(&PRICES).abs() < 1e-9);
        let free_heat = Prices {
            heat_value_eur_per_mwh: 2.0,
            ..PRICES
        };
        assert_eq!(break_even_cop(&free_heat), None);
    }

    #[test]
    fn ties_and_nan_pick_the_return_line() {
        let same = OptionHour::return_line(500.0, 0.0);
        assert_eq!(choose(&same, &same, &PRICES), Choice::ReturnLine);
        let nan = Prices {
            electricity_eur_per_mwh: f64::NAN,
            ..PRICES
        };
        let hp = OptionHour::heat_pump(1_000.0, 0.8, 4.0, 0.01);
        assert_eq!(choose(&hp, &same, &nan), Choice::ReturnLine);
        // A heat pump that cannot run delivers nothing.
        assert_eq!(
            OptionHour::heat_pump(1_000.0, 0.8, 0.0, 0.01),
            OptionHour::default()
        );
    }
}
