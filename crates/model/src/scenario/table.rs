//! The field table: every input of MODEL.md §2–§9 with its range, default, unit, label, help
//! text and source. Ranges and defaults are copied from MODEL.md; sources from REFERENCE.md.

use super::fields::{DefaultValue as D, FieldKind as K, FieldSpec, Section};

/// `data_centre.cooling` choices, in MODEL.md §2 table order.
pub(crate) const COOLING: &[&str] = &[
    "air",
    "rear_door",
    "direct_to_chip",
    "immersion",
    "hot_water_liquid",
];
/// `network.generation` choices.
pub(crate) const GENERATION: &[&str] = &["3G", "4G", "custom"];
/// `recovery.feed_in` choices.
pub(crate) const FEED_IN: &[&str] = &["supply_line", "return_line"];
/// `storage.kind` choices.
pub(crate) const STORAGE_KIND: &[&str] = &["tank", "pit"];
/// `economics.heat_pump_owner` choices.
pub(crate) const OWNER: &[&str] = &["utility", "data_centre"];

const fn num(min: f64, max: f64) -> K {
    K::Number { min, max }
}

const fn int(min: f64, max: f64) -> K {
    K::Integer { min, max }
}

/// One table row; the path is built from the section key and the name at compile time.
macro_rules! row {
    ($sec:ident $key:literal . $name:literal, $kind:expr, $unit:literal, $default:expr, advanced: $adv:literal,
     $label:literal, $help:literal, $source:expr $(,)?) => {
        FieldSpec {
            path: concat!($key, ".", $name),
            section: Section::$sec,
            name: $name,
            kind: $kind,
            unit: $unit,
            label: $label,
            help: $help,
            source: $source,
            advanced: $adv,
            default: $default,
        }
    };
}

const COOLING_SRC: &str = "MODEL.md §2 cooling table, from REFERENCE.md §2 (Ardor, IBM, ASHRAE, Meta Odense, Qarnot Brescia)";
const GEN_SRC: &str = "MODEL.md §3: 3G 90/75 → 50 °C, 4G 70/65 → 35 °C (Lund et al. 2014; DEA planning value 70/35; PyPSA-Eur Italy max 90 °C)";

pub(crate) static FIELDS: &[FieldSpec] = &[
    // §2 Data centre
    row!(DataCentre "data_centre"."racks", int(0.0, 1_000_000.0), "", D::Number(400.0), advanced: false,
        "Racks", "Number of IT racks in the data centre.",
        "MODEL.md §2 default"),
    row!(DataCentre "data_centre"."rack_kw", num(0.0, 500.0), "kW", D::Number(5.0), advanced: false,
        "Design IT power per rack", "Design (nameplate) IT power of one rack. Averages are 8–12 kW; AI racks reach about 120 kW.",
        "MODEL.md §2; REFERENCE.md §2 (Uptime Institute 2024, AFCOM 2024)"),
    row!(DataCentre "data_centre"."utilisation", num(0.0, 1.0), "share", D::Number(0.8), advanced: false,
        "Mean utilisation", "Mean IT power as a share of the design IT power.",
        "MODEL.md §2 default"),
    row!(DataCentre "data_centre"."daily_swing", num(0.0, 0.5), "share", D::Number(0.05), advanced: true,
        "Daily swing", "Daily variation of the IT load, ± share of the mean, peaking at 14:00.",
        "MODEL.md §2 default"),
    row!(DataCentre "data_centre"."pue", num(1.0, 3.0), "", D::Number(1.3), advanced: false,
        "Power usage effectiveness (PUE)", "Total facility electricity divided by IT electricity, without heat-recovery heat pumps.",
        "MODEL.md §2; REFERENCE.md §2 (Uptime 2023 average 1.58; LBNL 2024 medians 1.09–2.05)"),
    row!(DataCentre "data_centre"."cooling", K::Choice(COOLING), "", D::Choice("hot_water_liquid"), advanced: false,
        "Cooling technology", "How the IT is cooled; sets the defaults of the capture share, loop temperatures and site cooling EER.",
        COOLING_SRC),
    row!(DataCentre "data_centre"."capture_share", num(0.0, 1.0), "share", D::PerCooling, advanced: true,
        "Heat captured in the water loop", "Share of the IT heat that enters the recoverable water loop; the rest goes to room air.",
        COOLING_SRC),
    row!(DataCentre "data_centre"."loop_out_c", num(15.0, 95.0), "°C", D::PerCooling, advanced: true,
        "Loop temperature leaving the IT", "Temperature of the water loop as it leaves the IT equipment, towards the recovery.",
        COOLING_SRC),
    row!(DataCentre "data_centre"."loop_delta_k", num(1.0, 40.0), "K", D::PerCooling, advanced: true,
        "Loop cooling across the recovery", "How much the loop water is cooled by the recovery before it returns to the IT.",
        COOLING_SRC),
    // §4 Heat recovery
    row!(Recovery "recovery"."approach_k", num(0.0, 20.0), "K", D::Number(3.0), advanced: true,
        "Heat-exchanger approach", "Temperature difference between the two sides of a heat exchanger, applied at every exchanger and at both sides of the heat pump.",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."feed_in", K::Choice(FEED_IN), "", D::Choice("supply_line"), advanced: false,
        "Where the heat enters the network", "supply_line: the data centre delivers at network supply temperature; return_line: it preheats the return water and the network's plants do the rest.",
        "MODEL.md §4; return line as A2A does in Brescia (REFERENCE.md §1)"),
    row!(Recovery "recovery"."heat_pump", K::Bool, "", D::Bool(true), advanced: false,
        "Heat pump allowed", "Whether a heat pump may lift the heat to supply temperature when the loop is too cold (supply-line feed-in only).",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."lorenz_efficiency", num(0.1, 0.9), "share", D::Number(0.58), advanced: true,
        "Lorenz efficiency of the heat pump", "Real COP as a share of the ideal Lorenz COP; 0.58 fits large units such as DEA's 10 MW one, about 0.47 for 1 MW units.",
        "MODEL.md §4, fitted to the DEA technology catalogue (REFERENCE.md §3)"),
    row!(Recovery "recovery"."min_lift_k", num(1.0, 60.0), "K", D::Number(10.0), advanced: true,
        "Minimum lift for the COP formula", "The lift used in the COP formula is never below this, which keeps small lifts from giving unrealistic COPs.",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."max_cop", num(1.5, 20.0), "", D::Number(8.0), advanced: true,
        "Highest COP", "The highest coefficient of performance a real machine reaches.",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."heat_pump_max_mw", num(0.0, 10_000.0), "MW", D::Number(0.0), advanced: false,
        "Heat pump maximum output", "Largest heat output of the heat pump, in MW of heat; 0 means unlimited.",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."pumping_share", num(0.0, 0.2), "share", D::Number(0.01), advanced: true,
        "Pumping electricity", "Electricity for pumping per kWh of heat delivered.",
        "MODEL.md §4 default"),
    row!(Recovery "recovery"."run_for_co2", K::Bool, "", D::Bool(false), advanced: true,
        "Run for CO2 even when dearer", "Take the data centre's heat even in hours when it costs the network more than the plant it displaces (a heat pump with dear electricity); otherwise such heat is not bought.",
        "MODEL.md §7 (version 2) default"),
    // §3 Network temperatures
    row!(Network "network"."generation", K::Choice(GENERATION), "", D::Choice("3G"), advanced: false,
        "District heating generation", "Only sets the defaults of the supply and return temperatures; custom starts from 3G.",
        GEN_SRC),
    row!(Network "network"."supply_max_c", num(10.0, 150.0), "°C", D::PerGeneration, advanced: false,
        "Supply at cold weather", "Network supply temperature when the 72-hour mean outdoor temperature is 0 °C or colder.",
        GEN_SRC),
    row!(Network "network"."supply_min_c", num(10.0, 150.0), "°C", D::PerGeneration, advanced: false,
        "Supply at mild weather", "Network supply temperature when the 72-hour mean outdoor temperature is 10 °C or warmer.",
        GEN_SRC),
    row!(Network "network"."return_c", num(5.0, 100.0), "°C", D::PerGeneration, advanced: false,
        "Return temperature", "Network return temperature, constant over the year.",
        GEN_SRC),
    row!(Network "network"."ground_c", num(-10.0, 30.0), "°C", D::Number(10.0), advanced: true,
        "Ground temperature", "Temperature of the ground around the pipes; network losses scale with the mean water temperature above it.",
        "MODEL.md §3 default"),
    row!(Network "network"."dhw_min_supply_c", num(40.0, 90.0), "°C", D::Number(65.0), advanced: true,
        "Lowest supply for safe hot water", "Supply never drops below this while hot water is served, to keep stored hot water at 60 °C or more against legionella; use 55 for instantaneous flat stations.",
        "MODEL.md §3; Italian legionella guidelines 2015, DVGW W551 (REFERENCE.md §5)"),
    // §5 Network demand
    row!(Network "network"."homes", num(0.0, 10_000_000.0), "", D::Number(20_000.0), advanced: false,
        "Connected homes", "Connected homes as 80 m² apartment-equivalents.",
        "MODEL.md §5 default"),
    row!(Network "network"."home_heat_mwh", num(0.5, 100.0), "MWh", D::Number(11.85), advanced: false,
        "Annual heat per home", "Heat per apartment-equivalent per year at the plant, network losses included, for a 3G network. Italy 11.85; a Danish house 13–18.",
        "A2A + Qarnot Brescia: 16 GWh ↔ 1,350 apartments (REFERENCE.md §1, §5)"),
    row!(Network "network"."dhw_share", num(0.0, 1.0), "share", D::Number(0.20), advanced: true,
        "Hot water share", "Share of the homes' heat used for hot water; the rest is space heating.",
        "MODEL.md §5 default"),
    row!(Network "network"."heating_base_c", num(5.0, 25.0), "°C", D::Number(16.0), advanced: true,
        "Balance temperature for space heating", "Outdoor temperature below which homes need space heating; demand follows heating degree-hours.",
        "MODEL.md §5 default"),
    row!(Network "network"."heating_season", K::MonthDayRange, "", D::Null, advanced: true,
        "Heating season", "First and last day (MM-DD, inclusive) when space heating is allowed; null means all year. Milan: 10-15 to 04-15.",
        "MODEL.md §5; Milan zone E, DPR 74/2013 (REFERENCE.md §5)"),
    row!(Network "network"."loss_share", num(0.0, 0.6), "share", D::Number(0.12), advanced: true,
        "Network heat loss", "Share of the heat fed in that a 90/75 → 50 °C network loses; cooler networks lose less.",
        "MODEL.md §5; REFERENCE.md §4 (5–40 %, PyPSA-Eur 15 %)"),
    row!(Network "network"."baseload_mw", num(0.0, 100_000.0), "MW", D::Number(0.0), advanced: false,
        "Heat from plants that run anyway", "Heat from waste-to-energy or industrial plants that the data centre cannot displace, in MW.",
        "MODEL.md §5 default"),
    row!(Network "network"."takes_all_heat", K::Bool, "", D::Bool(false), advanced: false,
        "Network takes all the heat", "The network is large enough to absorb all the data centre's heat every hour, as in Brescia or Milan; demand and storage are then not modelled.",
        "MODEL.md §5; Brescia network (REFERENCE.md §1)"),
    // §6 Storage
    row!(Storage "storage"."volume_m3", num(0.0, 1_000_000.0), "m³", D::Number(0.0), advanced: false,
        "Tank volume", "Volume of the hot-water tank at the plant; 0 means no storage.",
        "MODEL.md §6 default"),
    row!(Storage "storage"."hours_to_full", num(0.5, 1000.0), "h", D::Number(6.0), advanced: true,
        "Hours from empty to full", "Hours to charge the empty tank at its rated power; sets the rated power.",
        "MODEL.md §6 default"),
    row!(Storage "storage"."loss_per_day", num(0.0, 0.2), "share", D::Number(0.002), advanced: true,
        "Standing loss per day", "Share of the tank's content lost per day.",
        "MODEL.md §6; DEA large tanks 0.14–0.24 %/day (REFERENCE.md §4)"),
    row!(Storage "storage"."kind", K::Choice(STORAGE_KIND), "", D::Choice("tank"), advanced: true,
        "Kind of store", "tank: a steel tank at the plant; pit: a pit thermal store (large, seasonal). Sets the cost curve when no storage capex is given.",
        "MODEL.md §6; DEA technology catalogue 140/141 (REFERENCE.md §4)"),
    // §8 Emissions
    row!(Emissions "emissions"."grid_g_per_kwh", num(0.0, 2000.0), "g/kWh", D::Number(330.7), advanced: false,
        "Grid electricity CO2", "Lifecycle CO2e of grid electricity, g per kWh. Italy 330.7, Germany 381.0, Denmark 151.7, Sweden 40.7.",
        "Ember 2023 via codecarbon (REFERENCE.md §5)"),
    row!(Emissions "emissions"."fuel_kg_per_mwh", num(0.0, 1000.0), "kg/MWh", D::Number(201.4), advanced: true,
        "Displaced fuel CO2", "Combustion CO2 of the displaced fuel, kg per MWh of fuel (natural gas, Italian national factor).",
        "Italian national factor 55.934 t CO2/TJ (REFERENCE.md §5)"),
    row!(Emissions "emissions"."boiler_efficiency", num(0.3, 1.2), "share", D::Number(0.92), advanced: true,
        "Efficiency of the displaced boilers", "Heat out per unit of fuel (lower heating value) of the boilers whose heat is displaced.",
        "Implied by A2A's figures (REFERENCE.md §1, §5)"),
    row!(Emissions "emissions"."tree_kg_per_year", num(1.0, 1000.0), "kg/yr", D::Number(159.0), advanced: true,
        "CO2 one tree absorbs per year", "Only for the trees-equivalent figure; generic figures range from 10 to 40 kg.",
        "Implied by the seed's 3,500 t ↔ 22,000 trees (REFERENCE.md §1, §5)"),
    row!(Emissions "emissions"."displaced_heat_kg_per_mwh", K::Monthly12 { min: 0.0, max: 2000.0 }, "kg/MWh", D::Null, advanced: true,
        "CO2 of the heat displaced, per month", "Twelve monthly factors, kg CO2 per MWh of heat, January first; null means fuel CO2 / boiler efficiency every month. Set low summer values where plants that run anyway supply the summer heat.",
        "MODEL.md §8; Brescia network (REFERENCE.md §1)"),
    row!(Emissions "emissions"."credit_avoided_cooling", K::Bool, "", D::Bool(false), advanced: true,
        "Credit avoided cooling electricity", "Count the electricity the site's own cooling saves on the heat it hands over.",
        "MODEL.md §2, §8"),
    row!(Emissions "emissions"."site_cooling_eer", num(0.5, 100.0), "", D::PerCooling, advanced: true,
        "Site cooling EER", "Heat removed per unit of electricity by the site's own cooling (chillers or dry coolers); used only with the cooling credit.",
        COOLING_SRC),
    // §9 Economics
    row!(Economics "economics"."heat_price_eur_per_mwh", num(0.0, 10_000.0), "€/MWh", D::Number(30.0), advanced: false,
        "Heat price", "Price the data centre is paid per MWh of metered heat.",
        "MODEL.md §9 default"),
    row!(Economics "economics"."electricity_price_eur_per_mwh", num(0.0, 10_000.0), "€/MWh", D::Number(150.0), advanced: false,
        "Electricity price", "Price of electricity for the heat pump and pumping, € per MWh.",
        "MODEL.md §9 default"),
    row!(Economics "economics"."fuel_price_eur_per_mwh", num(0.0, 10_000.0), "€/MWh", D::Number(45.0), advanced: false,
        "Displaced fuel price", "Price of the fuel the recovered heat displaces, € per MWh of fuel.",
        "MODEL.md §9 default"),
    row!(Economics "economics"."heat_pump_owner", K::Choice(OWNER), "", D::Choice("utility"), advanced: true,
        "Heat pump owner", "Who owns and runs the heat pump, and so pays its capex, O&M and electricity.",
        "MODEL.md §9 default"),
    row!(Economics "economics"."heat_pump_capex_eur_per_mw", num(0.0, 1e8), "€/MW", D::Number(670_000.0), advanced: true,
        "Heat pump capex", "Investment per MW of heat pump heat output.",
        "DEA technology catalogue 2020 (REFERENCE.md §3)"),
    row!(Economics "economics"."storage_capex_eur_per_m3", num(0.0, 1e6), "€/m³", D::Number(200.0), advanced: true,
        "Storage capex", "Investment per m³ of store. When not given, the DEA cost curve of storage.kind at the store's volume (a 6,000 m³ tank: 125 €/m³); 200 shown is the curve at about 2,000 m³.",
        "DEA: tank 7,450·V^−0.47 €/m³, pit 1.84 M€ + 42 €/m³ (REFERENCE.md §4; MODEL.md §6)"),
    row!(Economics "economics"."pipe_length_km", num(0.0, 500.0), "km", D::Number(1.0), advanced: true,
        "Connection pipe length (old name)", "Old name of connection.length_km, still read so that older scenarios load; it means the same. Give one of the two, not both.",
        "MODEL.md §9.1 (assumed 1 km)"),
    row!(Economics "economics"."pipe_capex_eur_per_m", num(0.0, 1e6), "€/m", D::Number(1500.0), advanced: true,
        "Connection pipe capex (flat)", "A flat investment per metre of connection pipe. When not given, the pipe costs the catalogue price of its DN (connection_capex_eur); 1,500 shown is the old flat default.",
        "MODEL.md §9.1; DN prices: docs/model/pipe.md §6"),
    row!(Economics "economics"."om_share_of_capex", num(0.0, 0.2), "share", D::Number(0.02), advanced: true,
        "Yearly O&M", "Yearly operation and maintenance as a share of capex.",
        "MODEL.md §9 default"),
    row!(Economics "economics"."lifetime_years", int(1.0, 100.0), "years", D::Number(25.0), advanced: true,
        "Lifetime", "Economic lifetime for annualising the capex.",
        "DEA heat pump lifetime 25 years (REFERENCE.md §3)"),
    row!(Economics "economics"."discount_rate", num(0.0, 0.5), "share", D::Number(0.05), advanced: true,
        "Discount rate", "Yearly discount rate for annualising the capex.",
        "MODEL.md §9 default"),
    row!(Connection "connection"."length_km", num(0.0, 500.0), "km", D::Number(1.0), advanced: false,
        "Connection pipe length", "Route length of the pre-insulated pipe pair from the data centre to the network; 0 = the plant sits on the network (no pipe loss, pumping or capex).",
        "assumed 1 km (MODEL.md §9.1; docs/model/pipe.md §1)"),
    row!(Connection "connection"."dn", int(50.0, 600.0), "DN", D::Null, advanced: true,
        "Connection pipe DN", "Nominal diameter of the EN 253 steel pipe (50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500 or 600). Leave it out for the automatic choice: the smallest DN that carries the recovery plant's design heat within 100 Pa/m and 3 m/s.",
        "EN 253 catalogue, docs/model/pipe.md §2–§3"),
];
