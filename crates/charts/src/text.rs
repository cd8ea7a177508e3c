//! Every visible word and number format of the charts, supplied by the caller.
//!
//! The charts draw no text of their own: titles, axis descriptions (with their units), legend
//! labels, month abbreviations and the number separators all come from a [`ChartText`], so the
//! app can switch language by passing another one. [`ChartText::english()`] is the default.

/// Texts of the daily year chart ([`crate::draw_year`]).
#[derive(Debug, Clone, PartialEq)]
pub struct YearText {
    /// Chart title.
    pub title: String,
    /// Horizontal axis description (the months).
    pub x_axis: String,
    /// Vertical axis description with unit, e.g. `"Heat [MWh/day]"`.
    pub y_axis: String,
    /// Legend: heat delivered directly from the data centre.
    pub direct: String,
    /// Legend: heat delivered from storage.
    pub storage: String,
    /// Legend: heat from backup plants.
    pub backup: String,
    /// Legend: network demand.
    pub demand: String,
    /// Legend: data-centre heat rejected (drawn below the zero line).
    pub rejected: String,
    /// Legend: the data centre's IT electricity a day (a dashed line).
    pub it: String,
    /// Subtitle when there is no demand curve: why (the network takes all the heat).
    pub all_heat_note: String,
}

/// Texts of the load-duration chart ([`crate::draw_duration`]).
#[derive(Debug, Clone, PartialEq)]
pub struct DurationText {
    /// Chart title.
    pub title: String,
    /// Horizontal axis description with unit, e.g. `"Hours [h]"`.
    pub x_axis: String,
    /// Vertical axis description with unit, e.g. `"Heat [MW]"`.
    pub y_axis: String,
    /// Legend: network demand.
    pub demand: String,
    /// Legend: heat delivered from the data centre.
    pub delivered: String,
    /// Legend: heat available from the data centre.
    pub available: String,
}

/// Texts of the monthly chart ([`crate::draw_monthly`]).
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyText {
    /// Chart title.
    pub title: String,
    /// Horizontal axis description (the months).
    pub x_axis: String,
    /// Left axis description with unit, e.g. `"Heat [MWh]"`.
    pub y_axis: String,
    /// Right (secondary) axis description with unit, e.g. `"CO₂ avoided [t]"`.
    pub co2_axis: String,
    /// Legend: heat delivered from the data centre.
    pub delivered: String,
    /// Legend: heat from backup plants.
    pub backup: String,
    /// Legend: data-centre heat rejected.
    pub rejected: String,
    /// Legend: CO₂ avoided.
    pub co2: String,
}

/// Texts of the energy-flow (Sankey) chart ([`crate::draw_flows`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FlowText {
    /// Chart title.
    pub title: String,
    /// What the band widths measure, with unit, e.g. `"Energy per year [MWh/yr]"`.
    pub subtitle: String,
    /// Unit written after every value, e.g. "MWh".
    pub unit: String,
    /// Node: IT electricity, all of which becomes heat.
    pub it: String,
    /// Node: cooling and other site overhead electricity.
    pub overhead: String,
    /// Node: IT heat captured in the water loop.
    pub captured: String,
    /// Node: IT heat to room air (rejected by the site's cooling).
    pub room_air: String,
    /// Node: heat-pump electricity.
    pub heat_pump_electricity: String,
    /// Node: heat handed to the network plant by the exchanger and the heat pump.
    pub recovered: String,
    /// Node: captured heat rejected (not used).
    pub rejected: String,
    /// Node: network pumping electricity.
    pub pumping: String,
    /// Node: heat delivered to the network.
    pub delivered: String,
    /// Node: the tank's standing losses.
    pub storage_losses: String,
    /// Node: the hot-water tank.
    pub tank: String,
    /// Node: heat from the tank's content at the start of the year.
    pub tank_start: String,
    /// Node: heat still in the tank at the end of the year.
    pub tank_kept: String,
    /// Node: heat reaching the homes (customers).
    pub homes: String,
    /// Node: network losses.
    pub network_losses: String,
    /// Legend: electricity.
    pub legend_electricity: String,
    /// Legend: data-centre heat.
    pub legend_heat: String,
    /// Legend: heat rejected.
    pub legend_rejected: String,
    /// Legend: losses.
    pub legend_losses: String,
}

/// Texts of the COP and supply-temperature chart ([`crate::draw_cop`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CopText {
    /// Chart title.
    pub title: String,
    /// Horizontal axis description with unit, e.g. `"Outdoor temperature [°C]"`.
    pub x_axis: String,
    /// Left axis description with unit, e.g. `"Supply temperature [°C]"`.
    pub y_axis: String,
    /// Right (secondary) axis description with unit, e.g. `"Heat-pump COP [–]"`.
    pub cop_axis: String,
    /// Legend: network supply temperature.
    pub supply: String,
    /// Legend: heat-pump COP.
    pub cop: String,
}

/// All the text of all charts, and how numbers are written.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartText {
    /// Month abbreviations, January first.
    pub months: [String; 12],
    /// Thousands separator (`','` in English, `'.'` in Italian); `None` for no grouping.
    pub thousands_separator: Option<char>,
    /// Decimal separator (`'.'` in English, `','` in Italian).
    pub decimal_separator: char,
    /// Daily year chart.
    pub year: YearText,
    /// Load-duration chart.
    pub duration: DurationText,
    /// Monthly chart.
    pub monthly: MonthlyText,
    /// Energy-flow chart.
    pub flows: FlowText,
    /// COP and supply-temperature chart.
    pub cop: CopText,
}

impl Default for ChartText {
    fn default() -> Self {
        Self::english()
    }
}

impl ChartText {
    /// English texts, `12,345.6` numbers.
    pub fn english() -> Self {
        let s = |t: &str| t.to_owned();
        Self {
            months: [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
            .map(s),
            thousands_separator: Some(','),
            decimal_separator: '.',
            year: YearText {
                title: s("Heat over the year"),
                x_axis: s("Month"),
                y_axis: s("Heat [MWh/day]"),
                direct: s("Direct from data centre"),
                storage: s("From storage"),
                backup: s("Backup plants"),
                demand: s("Network demand"),
                rejected: s("Rejected (below 0)"),
                it: s("Data centre's IT electricity"),
                all_heat_note: s("The network takes all the heat, so there is no demand curve"),
            },
            duration: DurationText {
                title: s("Load-duration curve"),
                x_axis: s("Hours [h]"),
                y_axis: s("Heat [MW]"),
                demand: s("Network demand"),
                delivered: s("Delivered from data centre"),
                available: s("Available from data centre"),
            },
            monthly: MonthlyText {
                title: s("Monthly heat and CO₂"),
                x_axis: s("Month"),
                y_axis: s("Heat [MWh]"),
                co2_axis: s("CO₂ avoided [t]"),
                delivered: s("Delivered"),
                backup: s("Backup"),
                rejected: s("Rejected"),
                co2: s("CO₂ avoided"),
            },
            flows: FlowText {
                title: s("Energy flows"),
                subtitle: s("Energy per year [MWh/yr]"),
                unit: s("MWh"),
                it: s("IT"),
                overhead: s("Cooling & overhead"),
                captured: s("Captured"),
                room_air: s("To room air"),
                heat_pump_electricity: s("Heat pump"),
                recovered: s("Recovered"),
                rejected: s("Rejected"),
                pumping: s("Network pumping"),
                delivered: s("Delivered"),
                storage_losses: s("Tank losses"),
                tank: s("Tank"),
                tank_start: s("From the tank's start content"),
                tank_kept: s("Kept in the tank"),
                homes: s("Homes"),
                network_losses: s("Network losses"),
                legend_electricity: s("Electricity"),
                legend_heat: s("Heat"),
                legend_rejected: s("Rejected"),
                legend_losses: s("Losses"),
            },
            cop: CopText {
                title: s("Supply temperature and COP"),
                x_axis: s("Outdoor temperature [°C]"),
                y_axis: s("Supply temperature [°C]"),
                cop_axis: s("Heat-pump COP [–]"),
                supply: s("Supply temperature"),
                cop: s("Heat-pump COP"),
            },
        }
    }

    /// `value` with `decimals` decimals and this text's separators: `12,345.6` in English.
    /// Non-finite values are written as 0; negative values use the minus sign `−`.
    pub fn format_number(&self, value: f64, decimals: usize) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let decimals = decimals.min(12);
        let digits = format!("{:.*}", decimals, value.abs());
        let (int_part, frac_part) = match digits.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (digits.as_str(), None),
        };
        let mut out = String::with_capacity(digits.len() + 8);
        let is_zero = digits.bytes().all(|b| b == b'0' || b == b'.');
        if value < 0.0 && !is_zero {
            out.push('−');
        }
        let n = int_part.len();
        for (i, ch) in int_part.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                if let Some(sep) = self.thousands_separator {
                    out.push(sep);
                }
            }
            out.push(ch);
        }
        if let Some(f) = frac_part {
            out.push(self.decimal_separator);
            out.push_str(f);
        }
        out
    }

    /// A tick label: no decimals for whole numbers, otherwise up to two, trailing zeros dropped.
    pub fn format_tick(&self, value: f64) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let decimals = if (value - value.round()).abs() < 1e-9 {
            0
        } else if (value * 10.0 - (value * 10.0).round()).abs() < 1e-6 {
            1
        } else {
            2
        };
        self.format_number(value, decimals)
    }

    /// A value with its unit for labels, e.g. `12,345 MWh`: no decimals from 100 up, else up to
    /// two significant decimals.
    pub fn format_quantity(&self, value: f64, unit: &str) -> String {
        let v = if value.is_finite() { value } else { 0.0 };
        let decimals = if v.abs() >= 100.0 || v == 0.0 {
            0
        } else if v.abs() >= 10.0 {
            1
        } else {
            2
        };
        format!("{} {}", self.format_number(v, decimals), unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_group_thousands() {
        let t = ChartText::english();
        assert_eq!(t.format_number(12345.678, 1), "12,345.7");
        assert_eq!(t.format_number(1_234_567.0, 0), "1,234,567");
        assert_eq!(t.format_number(999.0, 0), "999");
        assert_eq!(t.format_number(-1500.0, 0), "−1,500");
        assert_eq!(t.format_number(-0.0001, 1), "0.0");
        assert_eq!(t.format_number(f64::NAN, 0), "0");
    }

    #[test]
    fn italian_separators() {
        let t = ChartText {
            thousands_separator: Some('.'),
            decimal_separator: ',',
            ..ChartText::english()
        };
        assert_eq!(t.format_number(12345.5, 1), "12.345,5");
        assert_eq!(t.format_quantity(12345.0, "MWh"), "12.345 MWh");
    }

    #[test]
    fn ticks_drop_needless_decimals() {
        let t = ChartText::english();
        assert_eq!(t.format_tick(2000.0), "2,000");
        assert_eq!(t.format_tick(2.5), "2.5");
        assert_eq!(t.format_tick(0.25), "0.25");
    }
}
