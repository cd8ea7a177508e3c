//! Summing summaries (docs/model/portfolio.md §9, "Aggregate"): amounts are summed, the
//! network's own figures once per network, ratios recomputed from the sums, never averaged.

use serde_json::{Map, Value};

/// A summary as a JSON object (MODEL.md §10 field names).
pub type SummaryMap = Map<String, Value>;

/// Fields that belong to the network, the same in every site summary of one network: taken
/// once per network, then summed over networks.
pub const NETWORK_FIELDS: [&str; 7] = [
    "network_demand_mwh",
    "backup_heat_mwh",
    "must_run_heat_mwh",
    "network_losses_mwh",
    "storage_capacity_mwh",
    "storage_power_mw",
    "storage_capex_eur",
];

/// Fields whose aggregate is the smallest or the largest value.
const MINIMA: [&str; 2] = ["heat_pump_cop_min", "min_supply_c"];
const MAXIMA: [&str; 2] = ["heat_pump_cop_max", "max_supply_c"];

fn num(m: &SummaryMap, key: &str) -> Option<f64> {
    m.get(key).and_then(Value::as_f64)
}

fn put(m: &mut SummaryMap, key: &str, v: Option<f64>) {
    let value = v
        .filter(|x| x.is_finite())
        .and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number);
    m.insert(key.to_owned(), value);
}

/// Sum of two JSON values: numbers add, objects add field by field, null is nothing.
fn add(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::Null, x) | (x, Value::Null) => x.clone(),
        (Value::Number(x), Value::Number(y)) => {
            let s = x.as_f64().unwrap_or(0.0) + y.as_f64().unwrap_or(0.0);
            serde_json::Number::from_f64(s).map_or(Value::Null, Value::Number)
        }
        (Value::Object(x), Value::Object(y)) => {
            let mut out = x.clone();
            for (k, v) in y {
                let sum = add(out.get(k).unwrap_or(&Value::Null), v);
                out.insert(k.clone(), sum);
            }
            Value::Object(out)
        }
        (x, _) => x.clone(),
    }
}

/// Weighted mean of `field` over `sites` with weight `weight` (null when no weight).
fn weighted(sites: &[&SummaryMap], field: &str, weight: &str) -> Option<f64> {
    let (mut sum, mut w) = (0.0, 0.0);
    for s in sites {
        if let (Some(v), Some(x)) = (num(s, field), num(s, weight)) {
            sum += v * x;
            w += x;
        }
    }
    (w > 0.0).then(|| sum / w)
}

/// Combines the summaries of `sites`; `networks` holds one site summary of each network
/// concerned (its network fields are counted once). Peaks are the largest network's peak, with
/// its hour.
pub fn combine(sites: &[&SummaryMap], networks: &[&SummaryMap]) -> SummaryMap {
    let mut out = SummaryMap::new();
    for s in sites {
        for (k, v) in s.iter() {
            if NETWORK_FIELDS.contains(&k.as_str()) {
                continue;
            }
            let sum = add(out.get(k).unwrap_or(&Value::Null), v);
            out.insert(k.clone(), sum);
        }
    }
    for key in NETWORK_FIELDS {
        let mut sum = None;
        for n in networks {
            if let Some(v) = num(n, key) {
                sum = Some(sum.unwrap_or(0.0) + v);
            }
        }
        put(&mut out, key, sum);
    }
    for (peak, hour) in [
        ("peak_demand_mw", "peak_demand_hour"),
        ("peak_backup_mw", "peak_backup_hour"),
    ] {
        let best = networks
            .iter()
            .filter_map(|n| num(n, peak).map(|p| (p, num(n, hour))))
            .fold(None, |b: Option<(f64, Option<f64>)>, x| match b {
                Some(b) if b.0 >= x.0 => Some(b),
                _ => Some(x),
            });
        put(&mut out, peak, best.map(|b| b.0));
        put(&mut out, hour, best.and_then(|b| b.1));
    }
    for key in MINIMA {
        let v = sites.iter().filter_map(|s| num(s, key)).reduce(f64::min);
        put(&mut out, key, v);
    }
    for key in MAXIMA {
        let v = sites.iter().filter_map(|s| num(s, key)).reduce(f64::max);
        put(&mut out, key, v);
    }
    if let Some(first) = sites.first() {
        if let Some(v) = first.get("model_version") {
            out.insert("model_version".into(), v.clone());
        }
    }
    recompute_ratios(&mut out, sites, networks);
    out
}

/// Ratios from the sums (docs/model/portfolio.md §9).
fn recompute_ratios(out: &mut SummaryMap, sites: &[&SummaryMap], networks: &[&SummaryMap]) {
    let g = |m: &SummaryMap, k: &str| num(m, k).unwrap_or(0.0);
    let ratio = |a: f64, b: f64| (b > 0.0).then(|| a / b);
    let (used, dc, it) = (
        g(out, "dc_heat_used_mwh"),
        g(out, "dc_energy_mwh"),
        g(out, "it_energy_mwh"),
    );
    put(out, "erf", Some(ratio(used, dc).unwrap_or(0.0)));
    put(out, "pue", ratio(dc, it));
    let scop = ratio(
        g(out, "heat_pump_output_mwh"),
        g(out, "heat_pump_electricity_mwh"),
    );
    put(out, "heat_pump_scop", scop);
    let demand = num(out, "network_demand_mwh");
    let share = demand.and_then(|d| ratio(g(out, "heat_delivered_mwh"), d));
    put(out, "dc_share_of_demand", share);
    let flh = ratio(
        g(out, "recovery_output_mwh"),
        g(out, "peak_recovery_output_mw"),
    );
    put(out, "full_load_hours", flh);
    let benefit = g(out, "annual_benefit_eur");
    let payback = (benefit > 0.0).then(|| g(out, "capex_eur") / benefit);
    put(out, "simple_payback_years", payback);
    for key in [
        "lcoh_eur_per_mwh",
        "utility_cost_eur_per_mwh",
        "boiler_heat_cost_eur_per_mwh",
    ] {
        put(out, key, weighted(sites, key, "heat_delivered_mwh"));
    }
    put(out, "crf", weighted(sites, "crf", "capex_eur"));
    // Capacity-weighted mean utilisation: Σ E_it / Σ (E_it / u_i).
    let capacity: f64 = sites
        .iter()
        .filter_map(|s| {
            let u = num(s, "mean_utilisation")?;
            (u > 0.0).then(|| g(s, "it_energy_mwh") / u)
        })
        .sum();
    put(out, "mean_utilisation", ratio(it, capacity));
    // Every network has 8,760 hours: the mean over the networks' hours is the plain mean.
    let supplies: Vec<f64> = networks
        .iter()
        .filter_map(|n| num(n, "mean_supply_c"))
        .collect();
    let mean = (!supplies.is_empty()).then(|| supplies.iter().sum::<f64>() / supplies.len() as f64);
    put(out, "mean_supply_c", mean);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> SummaryMap {
        match v {
            Value::Object(m) => m,
            _ => SummaryMap::new(),
        }
    }

    #[test]
    fn amounts_add_network_fields_once_ratios_recomputed() {
        // Two sites on one network: demand 100 counted once; delivered 30 + 50 = 80;
        // share 80 / 100 = 0.8 (not the mean of 0.3 and 0.5 = 0.4); ERF (10 + 30)/(40 + 60)
        // = 0.4 (not the mean of 0.25 and 0.5); SCOP (30 + 0)/(10 + 0) = 3.
        let a = map(
            json!({"heat_delivered_mwh": 30.0, "network_demand_mwh": 100.0,
            "dc_heat_used_mwh": 10.0, "dc_energy_mwh": 40.0, "erf": 0.25,
            "heat_pump_output_mwh": 30.0, "heat_pump_electricity_mwh": 10.0,
            "dc_share_of_demand": 0.3, "heat_displaced_by_kind_mwh": {"gas_boiler": 1.0}}),
        );
        let b = map(
            json!({"heat_delivered_mwh": 50.0, "network_demand_mwh": 100.0,
            "dc_heat_used_mwh": 30.0, "dc_energy_mwh": 60.0, "erf": 0.5,
            "heat_pump_output_mwh": 0.0, "heat_pump_electricity_mwh": 0.0,
            "dc_share_of_demand": 0.5, "heat_displaced_by_kind_mwh": {"gas_boiler": 2.0}}),
        );
        let c = combine(&[&a, &b], &[&a]);
        assert_eq!(num(&c, "heat_delivered_mwh"), Some(80.0));
        assert_eq!(num(&c, "network_demand_mwh"), Some(100.0));
        assert_eq!(num(&c, "dc_share_of_demand"), Some(0.8));
        assert_eq!(num(&c, "erf"), Some(0.4));
        assert_eq!(num(&c, "heat_pump_scop"), Some(3.0));
        assert_eq!(c["heat_displaced_by_kind_mwh"]["gas_boiler"], json!(3.0));
    }
}
