//! Every English sentence of the Method panel, grouped so that a later task can move them to a
//! translation file: the panel's labels ([`UI`]), the method in plain words ([`TOPICS`]), the
//! fixed constants ([`CONSTANTS`]), the choices made where MODEL.md is silent ([`CHOICES`]) and
//! the limits ([`LIMITS`], [`PLANNED`]).
//!
//! Equations use a tiny markup read by [`super::equation`]: `x_{sub}` and `x^{sup}`.

/// One paragraph of the method: plain words, then its equations (each on its own line).
#[derive(Debug, Clone, Copy)]
pub struct Para {
    /// The explanation, in plain words.
    pub text: &'static str,
    /// Equations in the compact markup (`_{…}` subscript, `^{…}` superscript); may be empty.
    pub eqs: &'static [&'static str],
}

/// One topic of the method, e.g. "Heat recovery".
#[derive(Debug, Clone, Copy)]
pub struct Topic {
    /// Anchor id, unique on the page.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Where it comes from in the specification.
    pub spec: &'static str,
    /// The paragraphs.
    pub paras: &'static [Para],
}

/// Labels and short texts of the panel's frame and tables.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub heading: &'static str,
    pub intro: &'static str,
    pub contents: &'static str,
    pub method_title: &'static str,
    pub method_intro: &'static str,
    pub constants_title: &'static str,
    pub choices_title: &'static str,
    pub limits_title: &'static str,
    pub planned_title: &'static str,
    pub inputs_title: &'static str,
    pub inputs_intro: &'static str,
    pub col_input: &'static str,
    pub col_constant: &'static str,
    pub col_path: &'static str,
    pub col_unit: &'static str,
    pub col_default: &'static str,
    pub col_allowed: &'static str,
    pub col_source: &'static str,
    pub col_current: &'static str,
    pub col_value: &'static str,
    pub same_as_default: &'static str,
    pub no_scenario: &'static str,
    pub weather_title: &'static str,
    pub weather_intro: &'static str,
    pub cooling_title: &'static str,
    pub cooling_intro: &'static str,
    pub cooling_example: &'static str,
    pub generation_title: &'static str,
    pub generation_intro: &'static str,
    pub choice: &'static str,
    pub climates_title: &'static str,
    pub climates_intro: &'static str,
    pub col_climate: &'static str,
    pub col_kind: &'static str,
    pub col_station: &'static str,
    pub col_period: &'static str,
    pub col_mean: &'static str,
    pub kind_tmy: &'static str,
    pub kind_synthetic: &'static str,
    pub in_use: &'static str,
    pub attribution_lead: &'static str,
    pub ecad_note: &'static str,
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    pub scenario_title: &'static str,
    pub scenario_none: &'static str,
    pub scenario_preset: &'static str,
    pub scenario_no_sources: &'static str,
    pub reference_title: &'static str,
    pub reference_intro: &'static str,
    pub derived_note: &'static str,
    pub source_label: &'static str,
}

/// The panel's labels, in English.
pub const UI: Ui = Ui {
    heading: "How the twin works — method and sources",
    intro: "What the twin calculates, in plain words and equations; every input with its default and \
            source; the climates, rules and reference figures it relies on. The full specification is \
            docs/MODEL.md in the project's repository, the figures with their sources docs/REFERENCE.md.",
    contents: "In this section",
    method_title: "The method in plain words",
    method_intro: "The twin runs one typical year, hour by hour, through the chain data centre → heat \
                   capture → heat exchanger or heat pump → storage → district heating network → homes, \
                   then adds up the CO2 and the money. Names such as pue or loop_out_c are inputs from the \
                   table further down; Σ is a sum over the 8,760 hours of the year.",
    constants_title: "Fixed constants of version 1",
    choices_title: "Choices made where the specification is silent",
    limits_title: "What the twin does not model",
    planned_title: "Planned after version 1",
    inputs_title: "Every input, its default and its source",
    inputs_intro: "All inputs of a scenario file, by section. “This scenario” shows the value in use \
                   where it differs from the default (for inputs set by the cooling technology or the \
                   network generation: from the default of the chosen one).",
    col_input: "Input",
    col_constant: "Constant",
    col_path: "JSON path",
    col_unit: "Unit",
    col_default: "Default",
    col_allowed: "Allowed",
    col_source: "Source",
    col_current: "This scenario",
    col_value: "Value",
    same_as_default: "default",
    no_scenario: "The scenario has problems; the values in use are not shown until it is valid.",
    weather_title: "Weather",
    weather_intro: "The weather section is one of four sources (a built-in climate, an EPW file, a \
                    one-column CSV or twelve monthly means); it is not a single field.",
    cooling_title: "Defaults set by the cooling technology (data_centre.cooling)",
    cooling_intro: "Read from the model for each choice; a value given in the scenario always wins.",
    cooling_example: "Example",
    generation_title: "Defaults set by the network generation (network.generation)",
    generation_intro: "Read from the model for each choice; custom starts from 3G; a value given in \
                       the scenario always wins.",
    choice: "Choice",
    climates_title: "Climates",
    climates_intro: "The built-in climates. The typical year is hourly data; the cities are synthetic \
                     years made from published monthly normals (MODEL.md §1.4). The annual mean is the \
                     day-weighted mean of the twelve monthly means.",
    col_climate: "Climate (id)",
    col_kind: "Kind",
    col_station: "Station",
    col_period: "Period",
    col_mean: "Annual mean",
    kind_tmy: "typical meteorological year (hourly)",
    kind_synthetic: "synthetic year from monthly normals",
    in_use: "in use",
    attribution_lead: "Weather data attribution:",
    ecad_note: "Monthly means derived by the project from ECA&D blended daily series (Klein Tank et al. \
                2002) are used where the source says so:",
    rules_title: "Benchmarks and rules",
    rules_intro: "The twin shows its ERF and PUE beside these benchmarks; it does not check legal \
                  compliance.",
    scenario_title: "This scenario’s sources",
    scenario_none: "This scenario has no description.",
    scenario_preset: "Loaded project:",
    scenario_no_sources: "This scenario lists no sources. Load a project from the menu at the top to see \
                          one with its sources, or add a \"sources\" list to your scenario file.",
    reference_title: "Reference figures",
    reference_intro: "Facts a planner may want beside the results, each with its source as the \
                      project's reference file gives it.",
    derived_note: "[D] marks a figure derived by arithmetic from published numbers, not published itself.",
    source_label: "Source:",
};

/// The method in plain words (MODEL.md §0–§10), one topic per step of the chain.
pub static TOPICS: &[Topic] = &[
    Topic {
        id: "method-time",
        title: "Time and units",
        spec: "MODEL.md §0",
        paras: &[Para {
            text: "The twin steps through one typical year of 8,760 hours (no leap day); hour 0 is \
                   1 January 00:00–01:00. Within an hour everything is taken as steady, so the energy of \
                   an hour in kWh equals its mean power in kW. Temperatures are in °C, temperature \
                   differences in K. Totals are in MWh, tonnes of CO2 and euros; fuel energy is counted \
                   at its lower heating value.",
            eqs: &["1 kWh in one hour = 1 kW mean power", "T_{K} = T_{°C} + 273.15"],
        }],
    },
    Topic {
        id: "method-weather",
        title: "Weather and the 72-hour smoothing",
        spec: "MODEL.md §1",
        paras: &[
            Para {
                text: "The outdoor temperature of each hour, T_{out}, comes from one source: a built-in \
                       climate, an uploaded EPW weather file or one-column CSV, or a synthetic year made \
                       from twelve monthly means. A synthetic year puts each month’s mean at the middle \
                       of the month, draws straight lines between them day by day, adds a daily wave \
                       that peaks at 15:00 with half-range A_{d} (4 K by default), then shifts each month \
                       so that it keeps its given mean exactly.",
                eqs: &["T[h] = M(day) + A_{d} · cos(2π (hod − 15 h) / 24 h)"],
            },
            Para {
                text: "Buildings and buried pipes react slowly, so the network does not follow the \
                       temperature of the current hour but its mean over the last 72 hours. The mean \
                       wraps round New Year, because a typical year repeats.",
                eqs: &["T_{smooth}[h] = (1/72) · Σ_{k = 0…71} T_{out}[(h − k) mod 8760]"],
            },
        ],
    },
    Topic {
        id: "method-data-centre",
        title: "The data centre",
        spec: "MODEL.md §2",
        paras: &[
            Para {
                text: "The IT load is the design power of all racks times a utilisation that swings a \
                       little around its mean each day, highest at 14:00. Utilisation is kept between 0 \
                       and 1; if the swing would push it above 1, it is cut there and the page warns, \
                       because the mean load is then lower than the one you set.",
                eqs: &[
                    "P_{design} = racks · rack_kw",
                    "u[h] = clamp(utilisation · (1 + daily_swing · cos(2π (hod − 14 h) / 24 h)), 0, 1)",
                    "P_{IT}[h] = P_{design} · u[h]",
                ],
            },
            Para {
                text: "The whole site draws the IT power times its power usage effectiveness (PUE). A \
                       heat pump that upgrades the recovered heat is not part of the PUE, as Germany’s \
                       Energy Efficiency Act (EnEfG §11) prescribes. If you credit avoided cooling, the \
                       site’s own chillers or dry coolers work less for the heat handed over: that heat \
                       divided by their efficiency (EER) is saved, but the site never draws less than \
                       its IT power.",
                eqs: &[
                    "P_{dc0}[h] = P_{IT}[h] · pue",
                    "with the credit: P_{dc}[h] = max(P_{IT}[h], P_{dc0}[h] − Q_{used}[h] / site_cooling_eer); otherwise P_{dc} = P_{dc0}",
                ],
            },
            Para {
                text: "All the electricity the IT uses becomes heat. The cooling technology decides \
                       how much of it reaches a water loop the recovery can use, and how warm: the loop \
                       leaves the IT at loop_out_c and comes back loop_delta_k cooler. The rest warms the \
                       room air and is removed by the site’s own cooling, out of reach of the recovery.",
                eqs: &[
                    "Q_{cap}[h] = capture_share · P_{IT}[h]",
                    "T_{src} = loop_out_c, returning at T_{src} − loop_delta_k",
                ],
            },
        ],
    },
    Topic {
        id: "method-network-temperatures",
        title: "Network temperatures",
        spec: "MODEL.md §3",
        paras: &[
            Para {
                text: "The supply temperature follows the weather: at its cold-weather value when the \
                       72-hour mean outdoor temperature is 0 °C or below, at its mild-weather value from \
                       10 °C up, on a straight line in between (PyPSA-Eur, after Pieper et al. 2019). The \
                       return temperature is constant.",
                eqs: &[
                    "T_{curve}[h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 °C − T_{smooth}[h]) / 10 K, 0, 1)",
                    "T_{ret} = return_c",
                ],
            },
            Para {
                text: "Where the network also heats tap water, its supply never drops below a floor, \
                       65 °C by default, so that homes can keep stored hot water at 60 °C or more against \
                       legionella (Italian guidelines 2015, DVGW W551); about 55 °C is enough for \
                       instantaneous flat stations. The lowest supply of the year, T_{floor}, later sets \
                       the size of the tank.",
                eqs: &[
                    "T_{sup}[h] = max(T_{curve}[h], dhw_min_supply_c) when dhw_share > 0, else T_{curve}[h]",
                    "T_{floor} = min_{h} T_{sup}[h]",
                ],
            },
            Para {
                text: "The network generation only fills in default temperatures: a 3rd-generation (3G) \
                       network supplies 90 °C in cold and 75 °C in mild weather and returns at 50 °C; a \
                       4th-generation (4G) one 70 °C and 65 °C, returning at 35 °C (Lund et al. 2014). \
                       Values you set win. A valid network has the cold-weather supply at least as high \
                       as the mild-weather one, both above the return, and a mean water temperature above \
                       the ground.",
                eqs: &[
                    "3G: 90 / 75 → 50 °C;  4G: 70 / 65 → 35 °C",
                    "supply_max_c ≥ supply_min_c > return_c;  (supply_min_c + return_c) / 2 > ground_c",
                ],
            },
        ],
    },
    Topic {
        id: "method-recovery",
        title: "Heat recovery",
        spec: "MODEL.md §4",
        paras: &[
            Para {
                text: "*{Direct exchange.} When the loop water, less the exchanger’s approach a (3 K by \
                       default), is at least as warm as the network supply, a plain heat exchanger hands \
                       the heat over. Its cold end limits it too: the network water enters at the return \
                       temperature, so the loop water cannot be cooled below T_{ret}\u{a0}+\u{a0}a. If that is warmer \
                       than the loop’s own return, only part of the captured heat can be handed over; \
                       the rest is rejected.",
                eqs: &[
                    "when T_{src} − a ≥ T_{sup}[h]:  A[h] = Q_{cap}[h] · f_{cold}",
                    "f_{cold} = clamp((T_{src} − a − T_{ret}) / loop_delta_k, 0, 1)",
                ],
            },
            Para {
                text: "*{Preheat and heat pump.} When the loop is too cool, an exchanger first preheats the \
                       returning network water as far as it can, to T_{pre}, and a heat pump lifts it the \
                       rest of the way. The exchanger and the heat pump’s evaporator take loop water side \
                       by side. s is the heat pump’s share of the heating; it is 1 when the loop is too \
                       cold even to preheat.",
                eqs: &[
                    "T_{pre} = max(T_{ret}, T_{src} − a)",
                    "s = (T_{sup}[h] − T_{pre}) / (T_{sup}[h] − T_{ret})",
                ],
            },
            Para {
                text: "The heat pump’s coefficient of performance (COP) is a fixed share, the Lorenz \
                       efficiency (0.58 by default), of the ideal COP between the water it heats (from \
                       T_{pre} + a to T_{sup} + a) and the loop water it cools (from T_{src} − a to T_{src} − \
                       loop_delta_k − a), using log-mean temperatures in kelvin. The lift in the formula \
                       is never less than min_lift_k (10 K) and the COP never more than max_cop (8), what \
                       real machines reach. With the defaults this gives 4.98 for the Danish Energy \
                       Agency’s 10 MW excess-heat heat pump, whose nameplate COP is 5.0.",
                eqs: &[
                    "T_{lm}(x, y) = (x − y) / ln(1 + (x − y) / y)   (= x when x = y)",
                    "lift = max(T_{lm,sink} − T_{lm,source}, min_lift_k)",
                    "COP[h] = min(lorenz_efficiency · T_{lm,sink} / lift, max_cop)",
                ],
            },
            Para {
                text: "For each kWh delivered to the network, the data centre gives g kWh of heat and the \
                       heat pump uses s / COP kWh of electricity; the two add up to 1 kWh. The plant can \
                       therefore deliver the captured heat divided by g. An optional size limit caps the \
                       heat pump’s output; it limits only the hours that need the heat pump.",
                eqs: &[
                    "g = (1 − s) + s · (1 − 1 / COP)",
                    "A[h] = Q_{cap}[h] / g,  with s · A[h] ≤ 1000 · heat_pump_max_mw kW when a limit is set",
                ],
            },
            Para {
                text: "*{Fallback.} If no heat pump is allowed, or its COP would be 1 or less, the hour falls \
                       back to preheating the return line, as below; in those hours the tank may \
                       discharge but not charge. If even that is impossible, nothing is recovered in that \
                       hour, and the page says why.",
                eqs: &[],
            },
            Para {
                text: "*{Return-line feed-in.} Here the data centre warms the network’s returning water and \
                       the network’s own plants heat it the rest of the way, as A2A does in Brescia with \
                       65 °C water and no heat pump (the heat-pump setting is then ignored). It needs the \
                       loop, less the approach, at least 5 K above the return. The heat it gives is \
                       limited by the exchanger’s cold end and by the part of the network’s temperature \
                       rise it covers, applied to the demand it can serve; a network that takes all heat \
                       sets no such limit.",
                eqs: &[
                    "possible when T_{src} − a ≥ T_{ret} + 5 K",
                    "A[h] = min(Q_{cap}[h] · f_{cold},  D_{dc}[h] · min(1, (T_{src} − a − T_{ret}) / (T_{sup}[h] − T_{ret})))",
                ],
            },
            Para {
                text: "*{What counts as reused heat.} In the sense of ISO/IEC 30134-6, the energy reused is \
                       the data centre’s heat handed over at the exchanger and at the heat pump’s \
                       evaporator, Q_{used}. The heat pump lies outside the data centre’s boundary: its \
                       electricity is neither in the PUE nor in the reused energy.",
                eqs: &[],
            },
        ],
    },
    Topic {
        id: "method-demand",
        title: "Network demand",
        spec: "MODEL.md §5",
        paras: &[
            Para {
                text: "Connected homes are counted as 80 m² apartment-equivalents, each needing \
                       home_heat_mwh a year at the plant, network losses included (11.85 MWh: A2A’s \
                       16 GWh for 1,350 apartments). What the customers receive is that less the share \
                       lost in the pipes.",
                eqs: &["E_{cust} = homes · home_heat_mwh · (1 − loss_share)"],
            },
            Para {
                text: "Space heating is spread over the year by heating degree-hours: how far each hour’s \
                       outdoor temperature (the hourly one, not the 72-hour mean) is below the balance \
                       temperature, 16 °C by default. If a heating season is set, only its days count \
                       (whole days, inclusive; a season that starts after it ends wraps over New Year).",
                eqs: &[
                    "w[h] = max(0, heating_base_c − T_{out}[h]) · in_season[h]",
                    "SH[h] = E_{cust} · (1 − dhw_share) · w[h] / Σ w",
                ],
            },
            Para {
                text: "Hot water is the same every day of the year, shaped by a fixed daily profile p with \
                       a morning and an evening peak, in per mille of the day’s use for hours 0–23: 10, \
                       6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, \
                       25 ‰.",
                eqs: &["DHW[h] = E_{cust} · dhw_share / 365 · p[hod] / 1000"],
            },
            Para {
                text: "Pipe losses grow with how much warmer the water is than the ground, measured \
                       against a reference 3G network (90/75 → 50 °C over 10 °C ground: 56.25 K). \
                       loss_share is the share such a network loses; a 4G network loses about 30 % less.",
                eqs: &[
                    "θ[h] = (T_{sup}[h] + T_{ret}) / 2 − ground_c,  θ_{ref} = 56.25 K",
                    "L[h] = loss_share · homes · home_heat_mwh / 8760 h · θ[h] / θ_{ref}",
                ],
            },
            Para {
                text: "The heat needed at the plant is space heating plus hot water plus losses. Plants \
                       that run anyway (waste-to-energy, industrial heat) cover their part first; the data \
                       centre can serve only the rest. The network’s peak plants cover whatever is still \
                       missing.",
                eqs: &[
                    "D[h] = SH[h] + DHW[h] + L[h]",
                    "D_{dc}[h] = max(0, D[h] − 1000 · baseload_mw kW)",
                ],
            },
            Para {
                text: "A network far larger than the data centre (Brescia, Milan) can take every kWh, every \
                       hour: with takes_all_heat, demand sets no limit, network demand, backup and the \
                       data centre’s share of demand are not reported, the baseload is ignored and no \
                       storage is used.",
                eqs: &[],
            },
        ],
    },
    Topic {
        id: "method-storage",
        title: "Thermal storage",
        spec: "MODEL.md §6",
        paras: &[Para {
            text: "A hot-water tank at the plant keeps surplus heat for later. It is charged at supply \
                   temperature, which is lowest in summer when the surpluses occur, so the year’s lowest \
                   supply sets its capacity. Its rated power fills it from empty in hours_to_full hours. \
                   Every hour it first loses a small share of its content. The year is run twice: the \
                   first run starts half full and only warms the tank up; the second starts where the \
                   first ended and is the one reported. The tank works only with supply-line feed-in and \
                   a network that does not take all heat; otherwise it is ignored (with a warning) and \
                   costs nothing.",
            eqs: &[
                "E_{max} = volume_m3 · 1.163 kWh/(m³·K) · (T_{floor} − return_c)",
                "P_{st} = E_{max} / hours_to_full",
                "standing loss each hour = content · loss_per_day / 24",
            ],
        }],
    },
    Topic {
        id: "method-dispatch",
        title: "Dispatch, every hour",
        spec: "MODEL.md §7",
        paras: &[
            Para {
                text: "First the recovered heat serves the network directly; a surplus charges the tank \
                       and a shortfall is met from the tank, then by the network’s peak plants (backup). \
                       The plants that run anyway are never displaced.",
                eqs: &[
                    "direct = min(A, D_{dc});  surplus = A − direct;  deficit = D_{dc} − direct",
                    "charge = min(surplus, P_{st}, E_{max} − content);  discharge = min(deficit, P_{st}, content)",
                    "backup = deficit − discharge",
                ],
            },
            Para {
                text: "Only heat that is used is produced: the heat pump runs for what goes straight to \
                       the network plus what charges the tank, and the captured heat not taken is \
                       rejected by the site’s dry coolers. Pumping uses a small share of the heat \
                       delivered. The model checks that energy balances over the year to one part in a \
                       million.",
                eqs: &[
                    "used = direct + charge;  HP = s · used;  W_{hp} = s · used / COP",
                    "Q_{used} = min(g · used, Q_{cap});  Q_{rej} = Q_{cap} − Q_{used}",
                    "Q_{del} = direct + discharge;  W_{pump} = pumping_share · Q_{del}",
                ],
            },
        ],
    },
    Topic {
        id: "method-emissions",
        title: "Emissions",
        spec: "MODEL.md §8",
        paras: &[
            Para {
                text: "Each MWh delivered replaces heat that carries its month’s CO2 factor e[m]: by \
                       default the gas factor divided by the boiler efficiency every month (201.4 / 0.92 \
                       = 218.9 kg/MWh of heat, A2A’s basis), or twelve monthly values you give, for \
                       instance low in summer where a waste-to-energy plant makes the summer heat. From \
                       that the grid electricity of the heat pump and the pumps is subtracted; the site’s \
                       avoided cooling electricity is added if you credit it. With a carbon-heavy grid \
                       and a heat pump the result can be negative.",
                eqs: &[
                    "e[m] = displaced_heat_kg_per_mwh[m], or fuel_kg_per_mwh / boiler_efficiency",
                    "CO2_{avoided} [t] = [Σ_{h} Q_{del}[h] · e[month(h)] − Σ(W_{hp} + W_{pump}) · grid + E_{cool} · grid] / 1000",
                    "E_{cool} = Σ(P_{dc0} − P_{dc})   (energies in MWh; g/kWh = kg/MWh)",
                ],
            },
            Para {
                text: "*{A conservative pairing.} The default grid factor (Ember 2023) is lifecycle CO2e, \
                       including fuel supply and plant construction, while the gas factor counts only the \
                       CO2 of combustion (lifecycle natural gas is about 240 kg CO2e per MWh of fuel). \
                       Pairing them this way understates the savings, most of all for schemes with a heat \
                       pump.",
                eqs: &[],
            },
            Para {
                text: "Trees equivalent divides the CO2 avoided by what one tree absorbs a year (159 kg, \
                       implied by A2A’s 3,500 t ↔ 22,000 trees; generic figures are 10–40 kg). Fuel saved \
                       is gross: the heat delivered divided by the boiler efficiency, as if it all came \
                       from the boilers; gas at 9.79 kWh per standard m³. Heat-pump hours that emit more \
                       than the heat they replace, or cost more than the boiler, are counted and shown.",
                eqs: &[
                    "trees = CO2_{avoided} · 1000 / tree_kg_per_year",
                    "fuel saved = Σ Q_{del} / boiler_efficiency;  gas = fuel saved / 9.79 kWh/Sm³",
                    "emits more when COP · e[m] < grid;  costs more when COP < p_{el} · boiler_efficiency / p_{fuel}",
                ],
            },
        ],
    },
    Topic {
        id: "method-economics",
        title: "Economics",
        spec: "MODEL.md §9",
        paras: &[
            Para {
                text: "Two parties share one system. The utility owns the connection pipe and the tank and \
                       pays for pumping; whoever owns the heat pump (the utility by default) pays its \
                       investment, its upkeep and its electricity. The data centre sells metered heat, \
                       measured at the exchanger and evaporator when the utility owns the heat pump, at \
                       the plant when the data centre does.",
                eqs: &[
                    "C_{hp} = heat_pump_capex_eur_per_mw · (heat_pump_max_mw, or the peak heat-pump output in MW)",
                    "C_{st} = volume_m3 · storage_capex_eur_per_m3;  C_{pipe} = pipe_length_km · 1000 m/km · pipe_capex_eur_per_m",
                    "capex = C_{hp} + C_{st} + C_{pipe};  O&M = om_share_of_capex · capex (each party its own)",
                    "heat revenue = metered heat · heat_price_eur_per_mwh",
                ],
            },
            Para {
                text: "The system’s yearly benefit is the fuel cost avoided (gas is assumed displaced in \
                       every month, whatever the monthly CO2 factors say) less electricity and O&M, plus \
                       any cooling saving. The heat price splits it between the utility and the data \
                       centre; the two shares add up to the whole.",
                eqs: &[
                    "benefit = Σ Q_{del} / boiler_efficiency · p_{fuel} − Σ(W_{hp} + W_{pump}) · p_{el} − O&M + E_{cool} · p_{el}",
                    "utility: fuel cost avoided − heat revenue − its electricity − its O&M",
                    "data centre: heat revenue − its electricity − its O&M + cooling saving",
                ],
            },
            Para {
                text: "Simple payback is the investment over the yearly benefit (none when the benefit is \
                       zero or negative). The levelised cost of heat (LCOH) spreads the investment over \
                       the lifetime with the capital recovery factor and adds electricity and O&M, per \
                       MWh delivered: compare it with the boiler’s fuel price divided by its efficiency. \
                       The utility’s cost per MWh adds the heat it pays the data centre for.",
                eqs: &[
                    "payback = capex / benefit",
                    "CRF = r (1 + r)^{n} / ((1 + r)^{n} − 1)   (1 / n when r = 0)",
                    "LCOH = (capex · CRF + electricity cost + O&M) / Σ Q_{del}",
                    "utility cost = ((C_{st} + C_{pipe} + utility’s C_{hp}) · CRF + its electricity + its O&M + heat revenue) / Σ Q_{del}",
                ],
            },
        ],
    },
    Topic {
        id: "method-indicators",
        title: "Indicators",
        spec: "MODEL.md §10",
        paras: &[
            Para {
                text: "Energy reuse factor (ERF, ISO/IEC 30134-6): the data centre’s heat reused outside \
                       the site over all the energy the site draws, between 0 and 1; heat later lost from \
                       the tank still counts. Power usage effectiveness (PUE, ISO/IEC 30134-2): all the \
                       energy the site draws over the IT energy, without the heat-recovery heat pump.",
                eqs: &["ERF = Σ Q_{used} / Σ P_{dc}", "PUE = Σ P_{dc} / Σ P_{IT}"],
            },
            Para {
                text: "Homes equivalent: the heat delivered (heat-pump electricity included) divided by \
                       one home’s yearly heat; homes from data-centre heat counts only the data centre’s \
                       own heat. Full-load hours: the recovery plant’s yearly output over its output in \
                       its busiest hour, i.e. how many hours at full output would give the same heat. \
                       SCOP is the heat pump’s yearly heat over its yearly electricity.",
                eqs: &[
                    "homes = Σ Q_{del} / home_heat_mwh;  homes from data-centre heat = Σ Q_{used} / home_heat_mwh",
                    "full-load hours = Σ used / max_{h} used;  SCOP = Σ HP / Σ W_{hp}",
                ],
            },
        ],
    },
];

/// The fixed constants of version 1 (MODEL.md §11): what, value with unit, where from.
pub static CONSTANTS: &[(&str, &str, &str)] = &[
    ("Smoothing window of the outdoor temperature", "72 h", "building and network inertia; MODEL.md §1"),
    ("Break points of the supply curve (72-hour mean)", "0 °C and 10 °C", "PyPSA-Eur after Pieper et al. 2019"),
    ("Minimum preheat on the return line", "5 K", "MODEL.md §4"),
    ("Heat capacity of water", "1.163 kWh/(m³·K)", "DEA technology catalogue (REFERENCE.md §4)"),
    ("Natural gas, lower heating value", "9.79 kWh/Sm³", "MODEL.md §8"),
    ("Hot-water daily profile, hours 0–23", "10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰ (sum 1000 ‰)", "MODEL.md §5"),
    ("Reference mean network temperature above ground for losses", "56.25 K", "3G network 90/75 → 50 °C over 10 °C ground; MODEL.md §5"),
    ("Storage simulation passes", "2 (warm-up, then reported)", "MODEL.md §6"),
];

/// Choices the code makes where MODEL.md is silent (from the model's module documentation).
pub static CHOICES: &[&str] = &[
    "The 72-hour mean is a trailing mean (this hour and the 71 before it) that wraps round New Year, so \
     the first days of January use the last days of December of the same typical year.",
    "The built-in typical year is in UTC, one hour behind Central European Time, and each of its months \
     comes from a different year of 2005–2020; neither is corrected.",
    "A synthetic city’s daily half-range A_{d} is half its mean daily range (mean of the monthly mean \
     maxima less mean of the monthly mean minima) from the same source; where no maxima and minima were \
     found (Helsinki, Copenhagen, Paris) it is borrowed from a named comparable city, as the climate’s \
     source says. A city whose temperatures could not be traced to a source is left out, not estimated.",
    "The site’s facility power is settled after dispatch, because the avoided-cooling credit depends on \
     the heat actually used.",
    "With takes_all_heat, everything available is delivered directly: there is no shortfall, no backup \
     and no storage.",
    "A heat-pump hour counts towards the heat-pump hours when the heat pump produced heat in it; the \
     break-even counts (CO2 and cost) and the count at the COP ceiling are taken among those hours.",
];

/// What version 1 leaves out.
pub static LIMITS: &[&str] = &[
    "A quasi-steady hourly energy balance: no dynamics within an hour beyond the 72-hour smoothing, no \
     start-up or part-load behaviour of the heat pump.",
    "No hydraulics: flows, pressures, pipe sizes and pumping limits are not modelled; pumping is a fixed \
     share of the heat delivered.",
    "The return temperature is constant over the year and the customers’ demand does not depend on the \
     supply temperature.",
    "No 5th-generation (ambient, 10–25 °C) loops with heat pumps in each building yet.",
    "One typical year; no year-to-year weather variation and no IT load growth.",
];

/// MODEL.md §12: planned after version 1.
pub static PLANNED: &[&str] = &[
    "a seasonal mains-water temperature in the hot-water demand",
    "a minimum load (DEA: 25 %) and availability (about 95 %) for the heat pump",
    "network flow limits at the feed-in point",
    "a return temperature that varies with the season",
    "5th-generation ambient loops",
    "connection-pipe hydraulics and losses by pipe size",
    "investment for exchangers and substations",
    "IT load ramping up over the years",
    "net primary energy",
];
