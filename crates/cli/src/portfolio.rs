//! `heat-twin-cli portfolio FILE [--sites out.csv]` and `heat-twin-cli schema --portfolio`
//! (docs/model/portfolio.md §9): every site of a portfolio run together with the others on its
//! network, hour by hour; the aggregate, each network's and each site's summary as JSON.

use crate::Failure;
use heat_twin_model::portfolio::{load_portfolio, portfolio_json_schema, run_portfolio};
use heat_twin_model::weather::load_weather;
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The preset scenarios a portfolio entry may name (`"preset": "<stem>"`), embedded.
pub const PRESETS: &[(&str, &str)] = &[
    (
        "brescia-phase1",
        include_str!("../../../scenarios/brescia-phase1.json"),
    ),
    (
        "brescia-pilot",
        include_str!("../../../scenarios/brescia-pilot.json"),
    ),
    (
        "espoo-microsoft-fortum",
        include_str!("../../../scenarios/espoo-microsoft-fortum.json"),
    ),
    (
        "lombardy-150k-homes",
        include_str!("../../../scenarios/lombardy-150k-homes.json"),
    ),
    (
        "meta-odense",
        include_str!("../../../scenarios/meta-odense.json"),
    ),
    (
        "settimo-milanese",
        include_str!("../../../scenarios/settimo-milanese.json"),
    ),
    (
        "stockholm-data-parks",
        include_str!("../../../scenarios/stockholm-data-parks.json"),
    ),
];

fn print_json(value: &Value) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.to_string()))?;
    writeln!(out).map_err(|e| Failure::Io(e.to_string()))
}

/// `schema --portfolio`: the JSON Schema of a portfolio file.
pub fn schema() -> Result<(), Failure> {
    print_json(&portfolio_json_schema())
}

/// `portfolio FILE [--sites out.csv]`.
pub fn portfolio(args: &[String]) -> Result<(), Failure> {
    let mut file = None;
    let mut csv = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sites" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--sites needs a value".into()))?;
                csv = Some(v.clone());
            }
            other if other.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {other}")));
            }
            other if file.is_none() => file = Some(other.to_owned()),
            _ => return Err(Failure::Usage("give one portfolio file".into())),
        }
    }
    let path = file.ok_or_else(|| Failure::Usage("no portfolio file given".into()))?;
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::Invalid(vec![format!("{path}: cannot read the portfolio: {e}")]))?;
    let p = load_portfolio(&text, PRESETS)
        .map_err(|problems| Failure::Invalid(problems.iter().map(|p| p.to_string()).collect()))?;
    // Weather files are read relative to the portfolio file, once per network.
    let base: PathBuf = Path::new(&path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut temps = Vec::with_capacity(p.networks.len());
    let mut problems = Vec::new();
    for (j, net) in p.networks.iter().enumerate() {
        let t = match p.sites_of(j).next() {
            Some(i) => load_weather(&p.sites[i].scenario.weather, |f| {
                std::fs::read(base.join(f)).map_err(|e| e.to_string())
            })
            .unwrap_or_else(|e| {
                problems.push(format!("networks[{j}].weather ({}): {e}", net.id));
                Vec::new()
            }),
            None => Vec::new(),
        };
        temps.push(t);
    }
    if !problems.is_empty() {
        return Err(Failure::Invalid(problems));
    }
    let run = run_portfolio(&p, &temps);
    if let Some(out) = csv {
        write_csv(&out, &p, &run)?;
    }
    let networks: Vec<Value> = run
        .networks
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "name": n.name,
                "demand_mwh": n.demand_mwh,
                "dc_heat_mwh": n.dc_heat_mwh,
                "backup_mwh": n.backup_mwh,
                "must_run_mwh": n.must_run_mwh,
                "headroom_mwh": n.headroom_mwh,
                "sites": n.sites.iter().map(|&i| &run.sites[i].name).collect::<Vec<_>>(),
                "summary": n.summary,
            })
        })
        .collect();
    let sites: Vec<Value> = run
        .sites
        .iter()
        .map(|s| {
            json!({
                "name": s.name,
                "network": s.network,
                "heat_delivered_mwh": s.heat_delivered_mwh,
                "heat_offered_not_taken_mwh": s.heat_offered_not_taken_mwh,
                "share_of_network_demand": s.share_of_network_demand,
                "summary": s.summary,
            })
        })
        .collect();
    print_json(&json!({
        "name": p.name,
        "target_homes": p.target_homes,
        "summary": run.summary,
        "networks": networks,
        "sites": sites,
    }))
}

/// A CSV field: quoted when it holds a comma, quote or line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// One row per site: name, network, lat, lon, then every scalar summary field.
fn write_csv(
    out: &str,
    p: &heat_twin_model::portfolio::Portfolio,
    run: &heat_twin_model::portfolio::PortfolioRun,
) -> Result<(), Failure> {
    let maps: Vec<serde_json::Map<String, Value>> = run
        .sites
        .iter()
        .map(|s| match serde_json::to_value(s.summary) {
            Ok(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        })
        .collect();
    let keys: Vec<String> = maps
        .first()
        .map(|m| {
            m.iter()
                .filter(|(_, v)| !v.is_object())
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut text = String::from("name,network,lat,lon");
    for k in &keys {
        text.push(',');
        text.push_str(k);
    }
    text.push('\n');
    for (site, m) in p.sites.iter().zip(&maps) {
        text.push_str(&format!(
            "{},{},{},{}",
            field(&site.name),
            field(&site.network),
            site.lat,
            site.lon
        ));
        for k in &keys {
            text.push(',');
            match m.get(k) {
                Some(Value::Null) | None => {}
                Some(Value::String(s)) => text.push_str(&field(s)),
                Some(v) => text.push_str(&v.to_string()),
            }
        }
        text.push('\n');
    }
    std::fs::write(out, text).map_err(|e| Failure::Io(format!("cannot write {out}: {e}")))
}
