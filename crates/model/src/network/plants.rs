//! The network's own heat plants (MODEL.md §5.1, version 2): what the data centre's heat can
//! displace.
//!
//! A network lists up to [`MAX_PLANTS`] plants, each with a kind, a heat capacity, a must-run
//! flag (with optional must-run months), a marginal heat cost and a CO2 factor per MWh of heat.
//! The list is a fixed array so that [`Plants`] is `Copy` and the hourly dispatch
//! ([`crate::dispatch`]) never allocates.
//!
//! Reference values by kind ([`PlantKind::reference`]) are from the Danish Energy Agency
//! technology catalogue via PyPSA technology-data, at the model's default prices (gas 45 €/MWh,
//! electricity 150 €/MWh) and the Italian gas factor 201.4 kg CO2/MWh of fuel; see
//! docs/REFERENCE.md §8 for the table and the arithmetic.

/// Most plants a network may list.
pub const MAX_PLANTS: usize = 16;
/// Longest plant name, bytes of UTF-8.
pub const MAX_NAME_BYTES: usize = 48;

/// What kind of heat plant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlantKind {
    /// `waste_to_energy`: a municipal-waste incinerator (heat-only or CHP).
    WasteToEnergy,
    /// `chp`: a gas combined heat and power plant.
    Chp,
    /// `biomass`: a wood-chip heat-only boiler or biomass CHP.
    Biomass,
    /// `waste_heat`: industrial waste heat by direct exchange.
    WasteHeat,
    /// `heat_pump`: a large heat pump of the network (not the data centre's).
    HeatPump,
    /// `gas_boiler`: a natural-gas boiler.
    GasBoiler,
    /// `oil_boiler`: a heating-oil boiler.
    OilBoiler,
}

impl PlantKind {
    /// Every kind, in the order of the JSON contract.
    pub const ALL: [PlantKind; 7] = [
        PlantKind::WasteToEnergy,
        PlantKind::Chp,
        PlantKind::Biomass,
        PlantKind::WasteHeat,
        PlantKind::HeatPump,
        PlantKind::GasBoiler,
        PlantKind::OilBoiler,
    ];

    /// The JSON name, e.g. `"waste_to_energy"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlantKind::WasteToEnergy => "waste_to_energy",
            PlantKind::Chp => "chp",
            PlantKind::Biomass => "biomass",
            PlantKind::WasteHeat => "waste_heat",
            PlantKind::HeatPump => "heat_pump",
            PlantKind::GasBoiler => "gas_boiler",
            PlantKind::OilBoiler => "oil_boiler",
        }
    }

    /// English words for sentences, e.g. `"waste-to-energy plant"`.
    pub fn words(self) -> &'static str {
        match self {
            PlantKind::WasteToEnergy => "waste-to-energy plant",
            PlantKind::Chp => "combined heat and power plant",
            PlantKind::Biomass => "biomass plant",
            PlantKind::WasteHeat => "industrial waste heat",
            PlantKind::HeatPump => "heat pump",
            PlantKind::GasBoiler => "gas boiler",
            PlantKind::OilBoiler => "oil boiler",
        }
    }

    /// The kind named `name` (case-sensitive).
    pub fn named(name: &str) -> Option<PlantKind> {
        PlantKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Position in [`PlantKind::ALL`] (index of per-kind arrays).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Reference `(marginal cost €/MWh of heat, kg CO2/MWh of heat)` of the kind at the model's
    /// default prices, with the arithmetic (docs/REFERENCE.md §8; DEA technology catalogue):
    /// - waste-to-energy: VOM 7.4 €/MWh (DEA), waste earns a gate fee [A: fuel cost 0];
    ///   CO2 0 at the margin: the waste is burnt anyway (the incinerator's CO2 belongs to waste
    ///   treatment; Italy's GSE counts only the renewable fraction as renewable heat, so a
    ///   scenario may set a positive factor);
    /// - chp: extraction gas CCGT, lost-electricity method: `C_v · electricity price` =
    ///   0.15 · 150 = 22.5 €/MWh; CO2 `C_v · grid` = 0.15 · 330.7 = 49.6 kg/MWh;
    /// - biomass: wood chips 35 €/MWh \[A\] / 1.149 + 2.7 = 33.2 €/MWh; 0 kg at the stack (ENEA);
    /// - waste_heat: 0 €/MWh (a contract price may be added) and 0 kg;
    /// - heat_pump: air source, 150 / 3.8 + 1.69 = 41.2 €/MWh; 330.7 / 3.8 = 87.0 kg/MWh;
    /// - gas_boiler: 45 / 0.92 = 48.9 €/MWh; 201.4 / 0.92 = 218.9 kg/MWh (A2A's basis);
    /// - oil_boiler: 70 \[A\] / 0.90 = 77.8 €/MWh; 257.1 / 0.90 = 285.7 kg/MWh.
    pub fn reference(self) -> (f64, f64) {
        match self {
            PlantKind::WasteToEnergy => (7.4, 0.0),
            PlantKind::Chp => (22.5, 49.6),
            PlantKind::Biomass => (33.2, 0.0),
            PlantKind::WasteHeat => (0.0, 0.0),
            PlantKind::HeatPump => (41.2, 87.0),
            PlantKind::GasBoiler => (48.9, 218.9),
            PlantKind::OilBoiler => (77.8, 285.7),
        }
    }
}

/// A plant's name in a fixed buffer (so that [`Plant`] is `Copy`), at most
/// [`MAX_NAME_BYTES`] bytes of UTF-8.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PlantName {
    bytes: [u8; MAX_NAME_BYTES],
    len: u8,
}

impl PlantName {
    /// The name `text`, cut on a character boundary to [`MAX_NAME_BYTES`] bytes.
    pub fn new(text: &str) -> Self {
        let mut end = text.len().min(MAX_NAME_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut bytes = [0u8; MAX_NAME_BYTES];
        bytes[..end].copy_from_slice(&text.as_bytes()[..end]);
        PlantName {
            bytes,
            len: end as u8,
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl Default for PlantName {
    fn default() -> Self {
        PlantName::new("")
    }
}

impl std::fmt::Debug for PlantName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// One plant of the network (`network.plants[i]`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plant {
    /// `name`.
    pub name: PlantName,
    /// `kind`.
    pub kind: PlantKind,
    /// `capacity_mw`, MW of heat (0–100,000).
    pub capacity_mw: f64,
    /// `must_run`: runs first, whatever its cost (in its must-run months).
    pub must_run: bool,
    /// `must_run_months` as a bit set: bit `m` (0 = January) set when the plant must run in
    /// month `m`; all twelve bits when the list is not given.
    pub must_run_months: u16,
    /// `marginal_cost_eur_per_mwh`, € per MWh of heat (−1,000–10,000; CHP may be negative).
    pub marginal_cost_eur_per_mwh: f64,
    /// `co2_kg_per_mwh`, kg CO2 per MWh of heat (0–2,000).
    pub co2_kg_per_mwh: f64,
}

/// All twelve months.
pub const ALL_MONTHS: u16 = 0x0fff;

impl Plant {
    /// A plant of `kind` with its reference cost and CO2 ([`PlantKind::reference`]).
    pub fn reference(name: &str, kind: PlantKind, capacity_mw: f64, must_run: bool) -> Self {
        let (cost, co2) = kind.reference();
        Plant {
            name: PlantName::new(name),
            kind,
            capacity_mw,
            must_run,
            must_run_months: ALL_MONTHS,
            marginal_cost_eur_per_mwh: cost,
            co2_kg_per_mwh: co2,
        }
    }

    /// Must run in month `month` (0 = January).
    #[inline]
    pub fn must_run_in(&self, month: usize) -> bool {
        self.must_run && self.must_run_months & (1 << (month % 12)) != 0
    }
}

impl Default for Plant {
    fn default() -> Self {
        Plant::reference("", PlantKind::GasBoiler, 0.0, false)
    }
}

/// The network's plants: a fixed list of up to [`MAX_PLANTS`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Plants {
    items: [Plant; MAX_PLANTS],
    len: usize,
}

impl Plants {
    /// No plants.
    pub fn new() -> Self {
        Plants::default()
    }

    /// The plants of `list`; `None` when it holds more than [`MAX_PLANTS`].
    pub fn from_slice(list: &[Plant]) -> Option<Self> {
        let mut plants = Plants::new();
        for plant in list {
            if !plants.push(*plant) {
                return None;
            }
        }
        Some(plants)
    }

    /// Adds a plant; false when the list is full.
    pub fn push(&mut self, plant: Plant) -> bool {
        if self.len >= MAX_PLANTS {
            return false;
        }
        self.items[self.len] = plant;
        self.len += 1;
        true
    }

    /// The plants, in the scenario's order.
    pub fn as_slice(&self) -> &[Plant] {
        &self.items[..self.len]
    }

    /// Number of plants.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No plants.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Brescia's network (A2A), as in `scenarios/brescia-pilot.json`: the waste-to-energy plant
/// (up to 365 MW of heat, REFERENCE.md §1) with 110 MW of must-run heat all year [D: 83 % of
/// 1,168 GWh/yr is renewable or recovered = 969 GWh ÷ 8,760 h]; the Lamarmora gas CHP and the
/// Centrale Nord back-up boilers serve the rest (capacities not published: 70 MW of CHP and
/// 400 MW of boilers assumed \[A\]).
pub fn brescia_mix() -> Plants {
    let list = [
        Plant::reference(
            "Brescia waste-to-energy",
            PlantKind::WasteToEnergy,
            365.0,
            true,
        ),
        Plant::reference("Lamarmora CHP", PlantKind::Chp, 150.0, false),
        Plant::reference("Centrale Nord boilers", PlantKind::GasBoiler, 400.0, false),
    ];
    Plants::from_slice(&list).unwrap_or_default()
}

/// Heat by plant kind, MWh (a JSON object keyed by kind; MODEL.md §10).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct HeatByKind {
    /// `waste_to_energy`.
    pub waste_to_energy: f64,
    /// `chp`.
    pub chp: f64,
    /// `biomass`.
    pub biomass: f64,
    /// `waste_heat`.
    pub waste_heat: f64,
    /// `heat_pump`.
    pub heat_pump: f64,
    /// `gas_boiler` (the network's implicit boilers included).
    pub gas_boiler: f64,
    /// `oil_boiler`.
    pub oil_boiler: f64,
}

impl HeatByKind {
    /// From values in [`PlantKind::ALL`] order.
    pub fn from_array(v: [f64; 7]) -> Self {
        HeatByKind {
            waste_to_energy: v[0],
            chp: v[1],
            biomass: v[2],
            waste_heat: v[3],
            heat_pump: v[4],
            gas_boiler: v[5],
            oil_boiler: v[6],
        }
    }

    /// The value of `kind`.
    pub fn get(&self, kind: PlantKind) -> f64 {
        match kind {
            PlantKind::WasteToEnergy => self.waste_to_energy,
            PlantKind::Chp => self.chp,
            PlantKind::Biomass => self.biomass,
            PlantKind::WasteHeat => self.waste_heat,
            PlantKind::HeatPump => self.heat_pump,
            PlantKind::GasBoiler => self.gas_boiler,
            PlantKind::OilBoiler => self.oil_boiler,
        }
    }

    /// The sum over kinds.
    pub fn total(&self) -> f64 {
        PlantKind::ALL.iter().map(|&k| self.get(k)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_kinds_and_months() {
        for kind in PlantKind::ALL {
            assert_eq!(PlantKind::named(kind.as_str()), Some(kind));
            assert_eq!(PlantKind::ALL[kind.index()], kind);
        }
        assert_eq!(PlantKind::named("Gas_boiler"), None);
        let long = "é".repeat(40); // 80 bytes: cut to 48 bytes = 24 characters
        assert_eq!(PlantName::new(&long).as_str().chars().count(), 24);
        let mut p = Plant::reference("WtE", PlantKind::WasteToEnergy, 10.0, true);
        p.must_run_months = 0b0000_1110_0000; // June, July, August
        assert!(p.must_run_in(6) && !p.must_run_in(0));
        p.must_run = false;
        assert!(!p.must_run_in(6));
    }

    #[test]
    fn reference_arithmetic() {
        // gas boiler 45 / 0.92 = 48.91; 201.4 / 0.92 = 218.91
        let (c, e) = PlantKind::GasBoiler.reference();
        assert!((c - 45.0 / 0.92).abs() < 0.02 && (e - 201.4 / 0.92).abs() < 0.02);
        // CHP lost electricity 0.15 · 150 = 22.5 €; 0.15 · 330.7 = 49.6 kg
        let (c, e) = PlantKind::Chp.reference();
        assert!((c - 22.5).abs() < 1e-9 && (e - 0.15 * 330.7).abs() < 0.01);
    }

    #[test]
    fn list_is_bounded() {
        let one = Plant::default();
        assert!(Plants::from_slice(&[one; MAX_PLANTS]).is_some());
        assert!(Plants::from_slice(&[one; MAX_PLANTS + 1]).is_none());
        assert_eq!(brescia_mix().len(), 3);
    }
}
