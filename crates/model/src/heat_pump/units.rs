//! Heat-pump units: dispatch with a minimum part load, and sizing from the design hour
//! (docs/model/heat_pump.md §2).

/// Largest unit by default, kW of heat: Meta Odense's 45 MW in 9 units (dbdh.dk 2020) \[D\].
pub const DEFAULT_MAX_UNIT_KW: f64 = 5_000.0;

/// What the units deliver in one hour.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct UnitDispatch {
    /// Heat-pump heat output, kW (0 when the wanted output is below one unit's minimum load).
    pub output_kw: f64,
    /// Units running, each at `output_kw / units_running` (0 when off).
    pub units_running: u32,
}

/// Dispatches a wanted heat-pump output `demand_kw` over `units` equal units of `unit_kw`, each
/// running between `min_load · unit_kw` and `unit_kw`: the largest output not above the demand
/// and the capacity, with as few units as deliver it. Below one unit's minimum load the plant is
/// off (output 0: the hour falls back). Non-finite or non-positive inputs give 0; `min_load` is
/// clamped to 0–1.
pub fn dispatch_units(demand_kw: f64, unit_kw: f64, units: u32, min_load: f64) -> UnitDispatch {
    let capacity_kw = unit_kw * f64::from(units);
    if !(demand_kw > 0.0 && unit_kw > 0.0 && capacity_kw.is_finite()) || units == 0 {
        return UnitDispatch::default();
    }
    let wanted_kw = demand_kw.min(capacity_kw);
    let min_load = if min_load >= 0.0 {
        min_load.min(1.0)
    } else {
        0.0
    };
    // ceil(wanted / unit) ≥ 1 here; the cast saturates and `units` bounds it.
    let mut running = ((wanted_kw / unit_kw).ceil() as u32).clamp(1, units);
    // (running − 1) · unit < wanted, so one step down is always feasible.
    if f64::from(running) * min_load * unit_kw > wanted_kw {
        running -= 1;
    }
    if running == 0 {
        return UnitDispatch::default();
    }
    UnitDispatch {
        output_kw: wanted_kw.min(f64::from(running) * unit_kw),
        units_running: running,
    }
}

/// The installed heat-pump plant.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct UnitSizing {
    /// Installed heat output, kW.
    pub installed_kw: f64,
    /// Number of equal units.
    pub units: u32,
    /// Heat output of one unit, kW.
    pub unit_kw: f64,
}

/// Sizes the plant: installed = `max(design_kw, user_installed_kw)` (what runs in the design hour,
/// or more if the user sets more), in `ceil(installed / max_unit_kw)` equal units. Non-finite or
/// negative inputs count as 0; `max_unit_kw` not positive means one unit.
pub fn size_units(design_kw: f64, user_installed_kw: f64, max_unit_kw: f64) -> UnitSizing {
    let finite = |x: f64| if x.is_finite() && x > 0.0 { x } else { 0.0 };
    let installed_kw = finite(design_kw).max(finite(user_installed_kw));
    if installed_kw == 0.0 {
        return UnitSizing::default();
    }
    let max_unit_kw = finite(max_unit_kw);
    let units = if max_unit_kw > 0.0 {
        ((installed_kw / max_unit_kw).ceil() as u32).max(1)
    } else {
        1
    };
    UnitSizing {
        installed_kw,
        units,
        unit_kw: installed_kw / f64::from(units),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn below_min_load_the_unit_is_off() {
        // 4 units of 5 MW, min load 0.25 → one unit needs ≥ 1,250 kW.
        assert_eq!(
            dispatch_units(1_249.0, 5_000.0, 4, 0.25),
            UnitDispatch::default()
        );
        let d = dispatch_units(1_250.0, 5_000.0, 4, 0.25);
        assert_eq!(d.units_running, 1);
        assert_relative_eq!(d.output_kw, 1_250.0);
    }

    #[test]
    fn units_share_and_capacity_caps() {
        // 7,000 kW needs ceil(7,000/5,000) = 2 units at 3,500 kW each.
        let d = dispatch_units(7_000.0, 5_000.0, 4, 0.25);
        assert_eq!(d.units_running, 2);
        assert_relative_eq!(d.output_kw, 7_000.0);
        // Above 4 · 5,000 = 20,000 kW: all four at full load.
        let d = dispatch_units(30_000.0, 5_000.0, 4, 0.25);
        assert_eq!(d.units_running, 4);
        assert_relative_eq!(d.output_kw, 20_000.0);
    }

    #[test]
    fn high_min_load_runs_fewer_units_at_full_load() {
        // min load 0.8, units of 1,000 kW, 1,200 kW wanted: two units would run at 600 < 800,
        // so one runs at 1,000 kW and 200 kW fall back.
        let d = dispatch_units(1_200.0, 1_000.0, 3, 0.8);
        assert_eq!(d.units_running, 1);
        assert_relative_eq!(d.output_kw, 1_000.0);
        // 1,600 kW: two at 800 kW each, exactly the minimum.
        let d = dispatch_units(1_600.0, 1_000.0, 3, 0.8);
        assert_eq!(d.units_running, 2);
        assert_relative_eq!(d.output_kw, 1_600.0);
    }

    #[test]
    fn degenerate_inputs_are_off() {
        for (q, u, n, m) in [
            (f64::NAN, 1.0, 1, 0.25),
            (1.0, f64::NAN, 1, 0.25),
            (1.0, 0.0, 1, 0.25),
            (1.0, 1.0, 0, 0.25),
            (-5.0, 1.0, 1, 0.25),
            (1.0, f64::INFINITY, 1, 0.25),
        ] {
            assert_eq!(dispatch_units(q, u, n, m), UnitDispatch::default());
        }
        // NaN min load counts as 0: any positive demand runs.
        assert_eq!(dispatch_units(0.1, 1.0, 1, f64::NAN).units_running, 1);
    }

    #[test]
    fn sizing_from_the_design_hour() {
        // 12 MW design, user 0: ceil(12/5) = 3 units of 4 MW.
        let s = size_units(12_000.0, 0.0, DEFAULT_MAX_UNIT_KW);
        assert_eq!(s.units, 3);
        assert_relative_eq!(s.unit_kw, 4_000.0);
        assert_relative_eq!(s.installed_kw, 12_000.0);
        // The user installs more: 45 MW → 9 units of 5 MW (Odense).
        let s = size_units(12_000.0, 45_000.0, DEFAULT_MAX_UNIT_KW);
        assert_eq!((s.units, s.installed_kw), (9, 45_000.0));
        // A smaller user value does not shrink what runs.
        assert_relative_eq!(
            size_units(12_000.0, 1_000.0, 5_000.0).installed_kw,
            12_000.0
        );
        assert_eq!(size_units(0.0, 0.0, 5_000.0), UnitSizing::default());
        assert_eq!(size_units(3_000.0, f64::NAN, 0.0).units, 1);
    }
}
