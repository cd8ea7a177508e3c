//! Every string of the plant view, in one place (English for now; a later task localises).

use super::frame::Months;
use heat_twin_model::Mode;

/// The plant view's words.
#[derive(Debug, Clone, Copy)]
pub struct PlantText {
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
    /// Caption words.
    pub demand: &'static str,
    pub delivered: &'static str,
    /// Heading of the text list.
    pub values: &'static str,
    /// Tank content.
    pub stored: &'static str,
    /// The scale note, before and after the widest flow.
    pub scale: (&'static str, &'static str),
}

impl PlantText {
    /// English.
    pub const fn english() -> Self {
        PlantText {
            heading: "The plant, hour by hour",
            no_run: "No results to show: fix the scenario's problems to run it.",
            months: Months([
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December",
            ]),
            hour_label: "Hour of the year",
            play: "Play",
            pause: "Pause",
            play_label: "Play the year, a week per second",
            reduced_motion: "Animation is off because your system asks for reduced motion; move the slider instead.",
            electricity: "Electricity from the grid",
            data_centre: "Data centre",
            it_racks: "IT racks",
            recovery: "Heat recovery",
            exchanger: "Heat\nexchanger",
            heat_pump: "Heat\npump",
            dry_coolers: "Dry\ncoolers",
            tank: "Storage",
            no_tank: "no tank",
            network: "District heating\nnetwork",
            homes: "Homes",
            backup: "Backup\nplants",
            outdoor: "Outdoor",
            active: "active",
            idle: "idle",
            no_heat_pump: "none",
            preheats_return: "preheats\nreturn",
            takes_all: "takes all the heat",
            f_it: "IT electricity",
            f_captured: "captured",
            f_rejected: "rejected",
            f_used: "used",
            f_hp_electricity: "to heat pump",
            f_direct: "to the network",
            f_charge: "charge",
            f_discharge: "discharge",
            f_backup: "backup plants",
            f_homes: "to homes",
            f_losses: "network losses",
            f_pumping: "pumping",
            t_loop_out: "Loop out",
            t_loop_back: "Loop back",
            t_supply: "Network supply",
            t_return: "Network return",
            cop: "COP",
            demand: "demand",
            delivered: "delivered from the data centre",
            values: "This hour in numbers",
            stored: "Tank content",
            scale: ("Band widths are proportional to power; the widest band is ", ", the year's largest flow."),
        }
    }

    /// The mode in words.
    pub fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Direct => "direct exchange",
            Mode::HeatPump => "heat pump",
            Mode::ReturnLine => "return-line preheating",
            Mode::None => "no recovery",
        }
    }

    /// One sentence describing the hour (the SVG's accessible name).
    pub fn sentence(&self, f: &super::frame::Frame) -> String {
        use super::frame::{date_text, power};
        let fl = &f.flows;
        let mut s = format!(
            "{}, {}: {} of IT electricity, {} of heat captured, {} delivered to the network, {} rejected",
            date_text(f.hour, &self.months),
            self.mode(f.mode),
            power(fl.it),
            power(fl.captured),
            power(f.delivered_kw),
            power(fl.rejected),
        );
        if fl.hp_electricity > 0.0 {
            s.push_str(&format!(
                ", {} of heat-pump electricity",
                power(fl.hp_electricity)
            ));
        }
        if let Some(d) = f.demand_kw {
            s.push_str(&format!(
                ", network demand {}, backup plants {}",
                power(d),
                power(fl.backup)
            ));
        }
        s.push('.');
        s
    }
}
