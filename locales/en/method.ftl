# heat-twin messages: method (en)
# The Method and sources panel. Equation markup: x_[sub], x^[sup], *[lead words in bold].
# Citations (publishers, titles, laws) stay as they are in every language.

method-heading = How the twin works — method and sources
method-intro = What the twin calculates, in plain words and equations; every input with its default and source;
    the climates, rules and reference figures it relies on. The full specification is docs/MODEL.md
    in the project's repository, the figures with their sources docs/REFERENCE.md.
method-contents = In this section
method-method-title = The method in plain words
method-method-intro = The twin runs one typical year, hour by hour, through the chain data centre → heat capture →
    heat exchanger or heat pump → storage → district heating network → homes, then adds up the CO2 and
    the money. Names such as pue or loop_out_c are inputs from the table further down; Σ is a sum
    over the 8,760 hours of the year.
method-constants-title = Fixed constants of version 1
method-choices-title = Choices made where the specification is silent
method-limits-title = What the twin does not model
method-planned-title = Planned after version 1
method-inputs-title = Every input, its default and its source
method-inputs-intro = All inputs of a scenario file, by section. “This scenario” shows the value in use where it
    differs from the default (for inputs set by the cooling technology or the network generation:
    from the default of the chosen one).
method-col-input = Input
method-col-constant = Constant
method-col-path = JSON path
method-col-unit = Unit
method-col-default = Default
method-col-allowed = Allowed
method-col-source = Source
method-col-current = This scenario
method-col-value = Value
method-same-as-default = default
method-no-scenario = The scenario has problems; the values in use are not shown until it is valid.
method-weather-title = Weather
method-weather-intro = The weather section is one of four sources (a built-in climate, an EPW file, a one-column CSV or
    twelve monthly means); it is not a single field.
method-cooling-title = Defaults set by the cooling technology (data_centre.cooling)
method-cooling-intro = Read from the model for each choice; a value given in the scenario always wins.
method-cooling-example = Example
method-generation-title = Defaults set by the network generation (network.generation)
method-generation-intro = Read from the model for each choice; custom starts from 3G; a value given in the scenario always
    wins.
method-choice = Choice
method-climates-title = Climates
method-climates-intro = The built-in climates. The typical year is hourly data; the cities are synthetic years made from
    published monthly normals (MODEL.md §1.4). The annual mean is the day-weighted mean of the
    twelve monthly means.
method-col-climate = Climate (id)
method-col-kind = Kind
method-col-station = Station
method-col-period = Period
method-col-mean = Annual mean
method-kind-tmy = typical meteorological year (hourly)
method-kind-synthetic = synthetic year from monthly normals
method-in-use = in use
method-attribution-lead = Weather data attribution:
method-ecad-note = Monthly means derived by the project from ECA&D blended daily series (Klein Tank et al. 2002)
    are used where the source says so:
method-rules-title = Benchmarks and rules
method-rules-intro = The twin shows its ERF and PUE beside these benchmarks; it does not check legal compliance.
method-scenario-title = This scenario’s sources
method-scenario-none = This scenario has no description.
method-scenario-preset = Loaded project:
method-scenario-no-sources = This scenario lists no sources. Load a project from the menu at the top to see one with its
    sources, or add a "sources" list to your scenario file.
method-reference-title = Reference figures
method-reference-intro = Facts a planner may want beside the results, each with its source as the project's reference
    file gives it.
method-derived-note = [D] marks a figure derived by arithmetic from published numbers, not published itself.
method-source-label = Source:
method-time-h = Time and units
method-time-p1 = The twin steps through one typical year of 8,760 hours (no leap day); hour 0 is 1 January 00:00–01:00.
    Within an hour everything is taken as steady, so the energy of an hour in kWh equals its mean
    power in kW. Temperatures are in °C, temperature differences in K. Totals are in MWh, tonnes of
    CO2 and euros; fuel energy is counted at its lower heating value.
method-time-p1-eq1 = 1 kWh in one hour = 1 kW mean power
method-time-p1-eq2 = T_[K] = T_[°C] + 273.15
method-weather-h = Weather and the 72-hour smoothing
method-weather-p1 = The outdoor temperature of each hour, T_[out], comes from one source: a built-in climate, an
    uploaded EPW weather file or one-column CSV, or a synthetic year made from twelve monthly means.
    A synthetic year puts each month’s mean at the middle of the month, draws straight lines between
    them day by day, adds a daily wave that peaks at 15:00 with half-range A_[d] (4 K by default),
    then shifts each month so that it keeps its given mean exactly.
method-weather-p1-eq1 = T[h] = M(day) + A_[d] · cos(2π (hod − 15 h) / 24 h)
method-weather-p2 = Buildings and buried pipes react slowly, so the network does not follow the temperature of the
    current hour but its mean over the last 72 hours. The mean wraps round New Year, because a
    typical year repeats.
method-weather-p2-eq1 = T_[smooth][h] = (1/72) · Σ_[k = 0…71] T_[out][(h − k) mod 8760]
method-data-centre-h = The data centre
method-data-centre-p1 = The IT load is the design power of all racks times a utilisation that swings a little around its
    mean each day, highest at 14:00. Utilisation is kept between 0 and 1; if the swing would push it
    above 1, it is cut there and the page warns, because the mean load is then lower than the one
    you set.
method-data-centre-p1-eq1 = P_[design] = racks · rack_kw
method-data-centre-p1-eq2 = u[h] = clamp(utilisation · (1 + daily_swing · cos(2π (hod − 14 h) / 24 h)), 0, 1)
method-data-centre-p1-eq3 = P_[IT][h] = P_[design] · u[h]
method-data-centre-p2 = The whole site draws the IT power times its power usage effectiveness (PUE). A heat pump that
    upgrades the recovered heat is not part of the PUE, as Germany’s Energy Efficiency Act (EnEfG
    §11) prescribes. If you credit avoided cooling, the site’s own chillers or dry coolers work less
    for the heat handed over: that heat divided by their efficiency (EER) is saved, but the site
    never draws less than its IT power.
method-data-centre-p2-eq1 = P_[dc0][h] = P_[IT][h] · pue
method-data-centre-p2-eq2 = with the credit: P_[dc][h] = max(P_[IT][h], P_[dc0][h] − Q_[used][h] / site_cooling_eer);
    otherwise P_[dc] = P_[dc0]
method-data-centre-p3 = All the electricity the IT uses becomes heat. The cooling technology decides how much of it
    reaches a water loop the recovery can use, and how warm: the loop leaves the IT at loop_out_c
    and comes back loop_delta_k cooler. The rest warms the room air and is removed by the site’s own
    cooling, out of reach of the recovery.
method-data-centre-p3-eq1 = Q_[cap][h] = capture_share · P_[IT][h]
method-data-centre-p3-eq2 = T_[src] = loop_out_c, returning at T_[src] − loop_delta_k
method-network-temperatures-h = Network temperatures
method-network-temperatures-p1 = The supply temperature follows the weather: at its cold-weather value when the 72-hour mean
    outdoor temperature is 0 °C or below, at its mild-weather value from 10 °C up, on a straight
    line in between (PyPSA-Eur, after Pieper et al. 2019). The return temperature is constant.
method-network-temperatures-p1-eq1 = T_[curve][h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 °C − T_[smooth][h]) / 10 K, 0, 1)
method-network-temperatures-p1-eq2 = T_[ret] = return_c
method-network-temperatures-p2 = Where the network also heats tap water, its supply never drops below a floor, 65 °C by default,
    so that homes can keep stored hot water at 60 °C or more against legionella (Italian guidelines 2015,
    DVGW W551); about 55 °C is enough for instantaneous flat stations. The lowest supply of the
    year, T_[floor], later sets the size of the tank.
method-network-temperatures-p2-eq1 = T_[sup][h] = max(T_[curve][h], dhw_min_supply_c) when dhw_share > 0, else T_[curve][h]
method-network-temperatures-p2-eq2 = T_[floor] = min_[h] T_[sup][h]
method-network-temperatures-p3 = The network generation only fills in default temperatures: a 3rd-generation (3G) network
    supplies 90 °C in cold and 75 °C in mild weather and returns at 50 °C; a 4th-generation (4G) one 70 °C
    and 65 °C, returning at 35 °C (Lund et al. 2014). Values you set win. A valid network has the
    cold-weather supply at least as high as the mild-weather one, both above the return, and a mean
    water temperature above the ground.
method-network-temperatures-p3-eq1 = 3G: 90 / 75 → 50 °C;  4G: 70 / 65 → 35 °C
method-network-temperatures-p3-eq2 = supply_max_c ≥ supply_min_c > return_c;  (supply_min_c + return_c) / 2 > ground_c
method-recovery-h = Heat recovery
method-recovery-p1 = *[Direct exchange.] When the loop water, less the exchanger’s approach a (3 K by default), is at
    least as warm as the network supply, a plain heat exchanger hands the heat over. Its cold end
    limits it too: the network water enters at the return temperature, so the loop water cannot be
    cooled below T_[ret] + a. If that is warmer than the loop’s own return, only part of the
    captured heat can be handed over; the rest is rejected.
method-recovery-p1-eq1 = when T_[src] − a ≥ T_[sup][h]:  A[h] = Q_[cap][h] · f_[cold]
method-recovery-p1-eq2 = f_[cold] = clamp((T_[src] − a − T_[ret]) / loop_delta_k, 0, 1)
method-recovery-p2 = *[Preheat and heat pump.] When the loop is too cool, an exchanger first preheats the returning
    network water as far as it can, to T_[pre], and a heat pump lifts it the rest of the way. The
    exchanger and the heat pump’s evaporator take loop water side by side. s is the heat pump’s
    share of the heating; it is 1 when the loop is too cold even to preheat.
method-recovery-p2-eq1 = T_[pre] = max(T_[ret], T_[src] − a)
method-recovery-p2-eq2 = s = (T_[sup][h] − T_[pre]) / (T_[sup][h] − T_[ret])
method-recovery-p3 = The heat pump’s coefficient of performance (COP) comes from a model fitted to published large
    machines (recovery.cop_method = fit, the default since model version 3): the ideal (Lorenz)
    COP between the refrigerant’s condensing and evaporating temperatures, which sit ΔT_[p] (32 K)
    apart from the log-mean temperatures of the water it heats (from T_[pre] + a to T_[sup] + a)
    and of the loop water it cools, times an internal efficiency η (0.93), then the drive’s
    efficiency (0.94) and the auxiliaries (1 % of the heat). Fitted on five machines (the Danish
    Energy Agency’s 10 MW excess-heat unit, Fenagy in Kajaani, Oilon in Espoo, Friotherm in
    Stockholm, Siemens Energy in Mannheim), its mean error is 10.6 % (the Jensen et al. 2018
    method used by PyPSA-Eur: 15.1 %). There is no ceiling: the COP falls smoothly as the lift
    rises. Older scenarios that set lorenz_efficiency keep version 1’s constant Lorenz efficiency
    with its ceiling max_cop (cop_method = lorenz).
method-recovery-p3-eq1 = T_[lm](x, y) = (x − y) / ln(x / y)   (= x when x = y), kelvin
method-recovery-p3-eq2 = COP_[ref] = η · (T_[lm,sink] + ΔT_[p] / 2) / (max(T_[lm,sink] − T_[lm,source], 0) + ΔT_[p])
method-recovery-p3-eq3 = COP[h] = 1 / (1 / (η_[drive] · COP_[ref]) + f_[aux])
method-recovery-p4 = For each kWh delivered to the network, the data centre gives g kWh of heat and the heat pump
    uses s / COP kWh of electricity; the two add up to 1 kWh. The plant can therefore deliver the
    captured heat divided by g. An optional size limit caps the heat pump’s output; it limits only
    the hours that need the heat pump.
method-recovery-p4-eq1 = g = (1 − s) + s · (1 − 1 / COP)
method-recovery-p4-eq2 = A[h] = Q_[cap][h] / g,  with s · A[h] ≤ 1000 · heat_pump_max_mw kW when a limit is set
method-recovery-p5 = *[Fallback.] If no heat pump is allowed, or its COP would be 1 or less, the hour falls back to
    preheating the return line, as below; in those hours the tank may discharge but not charge. If
    even that is impossible, nothing is recovered in that hour, and the page says why.
method-recovery-p6 = *[Return-line feed-in.] Here the data centre warms the network’s returning water and the
    network’s own plants heat it the rest of the way, as A2A does in Brescia with 65 °C water and no
    heat pump (the heat-pump setting is then ignored). It needs the loop, less the approach, at
    least 5 K above the return. The heat it gives is limited by the exchanger’s cold end and by the
    part of the network’s temperature rise it covers, applied to the demand it can serve; a network
    that takes all heat sets no such limit.
method-recovery-p6-eq1 = possible when T_[src] − a ≥ T_[ret] + 5 K
method-recovery-p6-eq2 = A[h] = min(Q_[cap][h] · f_[cold],  D_[dc][h] · min(1, (T_[src] − a − T_[ret]) / (T_[sup][h] −
    T_[ret])))
method-recovery-p7 = *[What counts as reused heat.] In the sense of ISO/IEC 30134-6, the energy reused is the data
    centre’s heat handed over at the exchanger and at the heat pump’s evaporator, Q_[used]. The heat
    pump lies outside the data centre’s boundary: its electricity is neither in the PUE nor in the
    reused energy.
method-demand-h = Network demand
method-demand-p1 = Connected homes are counted as 80 m² apartment-equivalents, each needing home_heat_mwh a year at
    the plant, network losses included (11.85 MWh: A2A’s 16 GWh for 1,350 apartments). What the
    customers receive is that less the share lost in the pipes.
method-demand-p1-eq1 = E_[cust] = homes · home_heat_mwh · (1 − loss_share)
method-demand-p2 = Space heating is spread over the year by heating degree-hours: how far each hour’s outdoor
    temperature (the hourly one, not the 72-hour mean) is below the balance temperature, 16 °C by
    default. If a heating season is set, only its days count (whole days, inclusive; a season that
    starts after it ends wraps over New Year).
method-demand-p2-eq1 = w[h] = max(0, heating_base_c − T_[out][h]) · in_season[h]
method-demand-p2-eq2 = SH[h] = E_[cust] · (1 − dhw_share) · w[h] / Σ w
method-demand-p3 = Hot water is the same every day of the year, shaped by a fixed daily profile p with a morning
    and an evening peak, in per mille of the day’s use for hours 0–23: 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰.
method-demand-p3-eq1 = DHW[h] = E_[cust] · dhw_share / 365 · p[hod] / 1000
method-demand-p4 = Pipe losses grow with how much warmer the water is than the ground, measured against a reference 3G
    network (90/75 → 50 °C over 10 °C ground: 56.25 K). loss_share is the share such a network
    loses; a 4G network loses about 30 % less.
method-demand-p4-eq1 = θ[h] = (T_[sup][h] + T_[ret]) / 2 − ground_c,  θ_[ref] = 56.25 K
method-demand-p4-eq2 = L[h] = loss_share · homes · home_heat_mwh / 8760 h · θ[h] / θ_[ref]
method-demand-p5 = The heat needed at the plant is space heating plus hot water plus losses. Plants that run anyway
    (waste-to-energy, industrial heat) cover their part first; the data centre can serve only the
    rest. The network’s peak plants cover whatever is still missing.
method-demand-p5-eq1 = D[h] = SH[h] + DHW[h] + L[h]
method-demand-p5-eq2 = D_[dc][h] = max(0, D[h] − 1000 · baseload_mw kW)
method-demand-p6 = A network far larger than the data centre (Brescia, Milan) can take every kWh, every hour: with
    takes_all_heat, demand sets no limit, network demand, backup and the data centre’s share of
    demand are not reported, the baseload is ignored and no storage is used.
method-storage-h = Thermal storage
method-storage-p1 = A hot-water tank at the plant keeps surplus heat for later. It is charged at supply temperature,
    which is lowest in summer when the surpluses occur, so the year’s lowest supply sets its
    capacity. Its rated power fills it from empty in hours_to_full hours. Every hour it first loses
    a small share of its content. The year is run twice: the first run starts half full and only
    warms the tank up; the second starts where the first ended and is the one reported. The tank
    works only with supply-line feed-in and a network that does not take all heat; otherwise it is
    ignored (with a warning) and costs nothing.
method-storage-p1-eq1 = E_[max] = volume_m3 · 1.163 kWh/(m³·K) · (T_[floor] − return_c)
method-storage-p1-eq2 = P_[st] = E_[max] / hours_to_full
method-storage-p1-eq3 = standing loss each hour = content · loss_per_day / 24
method-dispatch-h = Dispatch, every hour
method-dispatch-p1 = First the recovered heat serves the network directly; a surplus charges the tank and a shortfall
    is met from the tank, then by the network’s peak plants (backup). The plants that run anyway are
    never displaced.
method-dispatch-p1-eq1 = direct = min(A, D_[dc]);  surplus = A − direct;  deficit = D_[dc] − direct
method-dispatch-p1-eq2 = charge = min(surplus, P_[st], E_[max] − content);  discharge = min(deficit, P_[st], content)
method-dispatch-p1-eq3 = backup = deficit − discharge
method-dispatch-p2 = Only heat that is used is produced: the heat pump runs for what goes straight to the network
    plus what charges the tank, and the captured heat not taken is rejected by the site’s dry
    coolers. Pumping uses a small share of the heat delivered. The model checks that energy balances
    over the year to one part in a million.
method-dispatch-p2-eq1 = used = direct + charge;  HP = s · used;  W_[hp] = s · used / COP
method-dispatch-p2-eq2 = Q_[used] = min(g · used, Q_[cap]);  Q_[rej] = Q_[cap] − Q_[used]
method-dispatch-p2-eq3 = Q_[del] = direct + discharge;  W_[pump] = pumping_share · Q_[del]
method-emissions-h = Emissions
method-emissions-p1 = Each MWh delivered replaces heat that carries its month’s CO2 factor e[m]: by default the gas
    factor divided by the boiler efficiency every month (201.4 / 0.92 = 218.9 kg/MWh of heat, A2A’s
    basis), or twelve monthly values you give, for instance low in summer where a waste-to-energy
    plant makes the summer heat. From that the grid electricity of the heat pump and the pumps is
    subtracted; the site’s avoided cooling electricity is added if you credit it. With a
    carbon-heavy grid and a heat pump the result can be negative.
method-emissions-p1-eq1 = e[m] = displaced_heat_kg_per_mwh[m], or fuel_kg_per_mwh / boiler_efficiency
method-emissions-p1-eq2 = CO2_[avoided] [t] = [Σ_[h] Q_[del][h] · e[month(h)] − Σ(W_[hp] + W_[pump]) · grid + E_[cool] ·
    grid] / 1000
method-emissions-p1-eq3 = E_[cool] = Σ(P_[dc0] − P_[dc])   (energies in MWh; g/kWh = kg/MWh)
method-emissions-p2 = *[A conservative pairing.] The default grid factor (Ember 2023) is lifecycle CO2e, including
    fuel supply and plant construction, while the gas factor counts only the CO2 of combustion
    (lifecycle natural gas is about 240 kg CO2e per MWh of fuel). Pairing them this way understates
    the savings, most of all for schemes with a heat pump.
method-emissions-p3 = Trees equivalent divides the CO2 avoided by what one tree absorbs a year (159 kg, implied by
    A2A’s 3,500 t ↔ 22,000 trees; generic figures are 10–40 kg). Fuel saved is gross: the heat
    delivered divided by the boiler efficiency, as if it all came from the boilers; gas at 9.79 kWh
    per standard m³. Heat-pump hours that emit more than the heat they replace, or cost more than
    the boiler, are counted and shown.
method-emissions-p3-eq1 = trees = CO2_[avoided] · 1000 / tree_kg_per_year
method-emissions-p3-eq2 = fuel saved = Σ Q_[del] / boiler_efficiency;  gas = fuel saved / 9.79 kWh/Sm³
method-emissions-p3-eq3 = emits more when COP · e[m] < grid;  costs more when COP < p_[el] · boiler_efficiency / p_[fuel]
method-economics-h = Economics
method-economics-p1 = Two parties share one system. The utility owns the connection pipe and the tank and pays for
    pumping; whoever owns the heat pump (the utility by default) pays its investment, its upkeep and
    its electricity. The data centre sells metered heat, measured at the exchanger and evaporator
    when the utility owns the heat pump, at the plant when the data centre does.
method-economics-p1-eq1 = C_[hp] = heat_pump_capex_eur_per_mw · (heat_pump_max_mw, or the peak heat-pump output in MW)
method-economics-p1-eq2 = C_[st] = volume_m3 · storage_capex_eur_per_m3;  C_[pipe] = pipe_length_km · 1000 m/km ·
    pipe_capex_eur_per_m
method-economics-p1-eq3 = capex = C_[hp] + C_[st] + C_[pipe];  O&M = om_share_of_capex · capex (each party its own)
method-economics-p1-eq4 = heat revenue = metered heat · heat_price_eur_per_mwh
method-economics-p2 = The system’s yearly benefit is the fuel cost avoided (gas is assumed displaced in every month,
    whatever the monthly CO2 factors say) less electricity and O&M, plus any cooling saving. The
    heat price splits it between the utility and the data centre; the two shares add up to the
    whole.
method-economics-p2-eq1 = benefit = Σ Q_[del] / boiler_efficiency · p_[fuel] − Σ(W_[hp] + W_[pump]) · p_[el] − O&M +
    E_[cool] · p_[el]
method-economics-p2-eq2 = utility: fuel cost avoided − heat revenue − its electricity − its O&M
method-economics-p2-eq3 = data centre: heat revenue − its electricity − its O&M + cooling saving
method-economics-p3 = Simple payback is the investment over the yearly benefit (none when the benefit is zero or
    negative). The levelised cost of heat (LCOH) spreads the investment over the lifetime with the
    capital recovery factor and adds electricity and O&M, per MWh delivered: compare it with the
    boiler’s fuel price divided by its efficiency. The utility’s cost per MWh adds the heat it pays
    the data centre for.
method-economics-p3-eq1 = payback = capex / benefit
method-economics-p3-eq2 = CRF = r (1 + r)^[n] / ((1 + r)^[n] − 1)   (1 / n when r = 0)
method-economics-p3-eq3 = LCOH = (capex · CRF + electricity cost + O&M) / Σ Q_[del]
method-economics-p3-eq4 = utility cost = ((C_[st] + C_[pipe] + utility’s C_[hp]) · CRF + its electricity + its O&M + heat
    revenue) / Σ Q_[del]
method-indicators-h = Indicators
method-indicators-p1 = Energy reuse factor (ERF, ISO/IEC 30134-6): the data centre’s heat reused outside the site over
    all the energy the site draws, between 0 and 1; heat later lost from the tank still counts.
    Power usage effectiveness (PUE, ISO/IEC 30134-2): all the energy the site draws over the IT
    energy, without the heat-recovery heat pump.
method-indicators-p1-eq1 = ERF = Σ Q_[used] / Σ P_[dc]
method-indicators-p1-eq2 = PUE = Σ P_[dc] / Σ P_[IT]
method-indicators-p2 = Homes equivalent: the heat delivered (heat-pump electricity included) divided by one home’s
    yearly heat; homes from data-centre heat counts only the data centre’s own heat. Full-load
    hours: the recovery plant’s yearly output over its output in its busiest hour, i.e. how many
    hours at full output would give the same heat. SCOP is the heat pump’s yearly heat over its
    yearly electricity.
method-indicators-p2-eq1 = homes = Σ Q_[del] / home_heat_mwh;  homes from data-centre heat = Σ Q_[used] / home_heat_mwh
method-indicators-p2-eq2 = full-load hours = Σ used / max_[h] used;  SCOP = Σ HP / Σ W_[hp]
method-const1-what = Smoothing window of the outdoor temperature
method-const1-value = 72 h
method-const1-source = building and network inertia; MODEL.md §1
method-const2-what = Break points of the supply curve (72-hour mean)
method-const2-value = 0 °C and 10 °C
method-const2-source = PyPSA-Eur after Pieper et al. 2019
method-const3-what = Minimum preheat on the return line
method-const3-value = 5 K
method-const3-source = MODEL.md §4
method-const4-what = Heat capacity of water
method-const4-value = 1.163 kWh/(m³·K)
method-const4-source = DEA technology catalogue (REFERENCE.md §4)
method-const5-what = Natural gas, lower heating value
method-const5-value = 9.79 kWh/Sm³
method-const5-source = MODEL.md §8
method-const6-what = Hot-water daily profile, hours 0–23
method-const6-value = 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰
    (sum 1000 ‰)
method-const6-source = MODEL.md §5
method-const7-what = Reference mean network temperature above ground for losses
method-const7-value = 56.25 K
method-const7-source = 3G network 90/75 → 50 °C over 10 °C ground; MODEL.md §5
method-const8-what = Storage simulation passes
method-const8-value = 2 (warm-up, then reported)
method-const8-source = MODEL.md §6
method-choice1 = The 72-hour mean is a trailing mean (this hour and the 71 before it) that wraps round New Year,
    so the first days of January use the last days of December of the same typical year.
method-choice2 = The built-in typical year is in UTC, one hour behind Central European Time, and each of its
    months comes from a different year of 2005–2020; neither is corrected.
method-choice3 = A synthetic city’s daily half-range A_[d] is half its mean daily range (mean of the monthly mean
    maxima less mean of the monthly mean minima) from the same source; where no maxima and minima
    were found (Helsinki, Copenhagen, Paris) it is borrowed from a named comparable city, as the
    climate’s source says. A city whose temperatures could not be traced to a source is left out,
    not estimated.
method-choice4 = The site’s facility power is settled after dispatch, because the avoided-cooling credit depends
    on the heat actually used.
method-choice5 = With takes_all_heat, everything available is delivered directly: there is no shortfall, no
    backup and no storage.
method-choice6 = A heat-pump hour counts towards the heat-pump hours when the heat pump produced heat in it; the
    break-even counts (CO2 and cost) and the count at the COP ceiling are taken among those hours.
method-limit1 = A quasi-steady hourly energy balance: no dynamics within an hour beyond the 72-hour smoothing,
    no start-up or part-load behaviour of the heat pump.
method-limit2 = No hydraulics: flows, pressures, pipe sizes and pumping limits are not modelled; pumping is a
    fixed share of the heat delivered.
method-limit3 = The return temperature is constant over the year and the customers’ demand does not depend on
    the supply temperature.
method-limit4 = No 5th-generation (ambient, 10–25 °C) loops with heat pumps in each building yet.
method-limit5 = One typical year; no year-to-year weather variation and no IT load growth.
method-planned1 = a seasonal mains-water temperature in the hot-water demand
method-planned2 = a minimum load (DEA: 25 %) and availability (about 95 %) for the heat pump
method-planned3 = network flow limits at the feed-in point
method-planned4 = a return temperature that varies with the season
method-planned5 = 5th-generation ambient loops
method-planned6 = connection-pipe hydraulics and losses by pipe size
method-planned7 = investment for exchangers and substations
method-planned8 = IT load ramping up over the years
method-planned9 = net primary energy
method-rule1-name = Germany, Energy Efficiency Act (EnEfG) §11
method-rule1-text = Data centres starting operation from 1 July 2026: PUE ≤ 1.2 and ERF ≥ 10 %; the ERF rises to 15 %
    for sites starting from 1 July 2027 and 20 % from 1 July 2028, as an annual average reached
    within two years of start. Existing sites: PUE ≤ 1.5 from July 2027 and ≤ 1.3 from July 2030.
    Electricity for heat pumps that upgrade the waste heat does not count in the PUE.
method-rule1-source = Energieeffizienzgesetz (EnEfG) §11; REFERENCE.md §6; MODEL.md §10
method-rule2-name = EU Energy Efficiency Directive, Article 12
method-rule2-text = Data centres with an installed IT power of 500 kW or more report their energy performance every
    year (PUE, WUE, ERF, REF and more, as set by Delegated Regulation (EU) 2024/1364).
method-rule2-source = Directive (EU) 2023/1791, Art. 12; Delegated Regulation (EU) 2024/1364; REFERENCE.md §6
method-rule3-name = EU Energy Efficiency Directive, Article 26
method-rule3-text = Data centres above 1 MW must use their waste heat, or show that it is not technically or
    economically feasible.
method-rule3-source = Directive (EU) 2023/1791, Art. 26; REFERENCE.md §6
method-rule4-name = ISO/IEC 30134-2 (EN 50600-4-2): power usage effectiveness
method-rule4-text = PUE = total data-centre energy ÷ IT energy, over a year; 1.0 would mean every kWh goes to the
    IT. Industry average 1.58 (Uptime 2023).
method-rule4-source = ISO/IEC 30134-2 / EN 50600-4-2; REFERENCE.md §2, §6
method-rule5-name = ISO/IEC 30134-6 (EN 50600-4-6): energy reuse factor
method-rule5-text = ERF = energy reused outside the data centre ÷ total data-centre energy, from 0 to 1 (shown as a
    percentage).
method-rule5-source = ISO/IEC 30134-6 / EN 50600-4-6; REFERENCE.md §6
method-rule6-name = Italy: efficient district heating network
method-rule6-text = A network counts as efficient with at least 50 % waste heat, or at least 50 % renewable energy,
    or at least 75 % heat from cogeneration; upgrades can earn white certificates (TEE).
method-rule6-source = D.Lgs. 102/2014; REFERENCE.md §6
method-ref-brescia-title = The pilot: A2A + Qarnot, Centrale Lamarmora, Brescia (Italy)
method-ref-brescia-head1 = Item
method-ref-brescia-head2 = Value
method-ref-brescia-head3 = Source
method-ref-brescia-r1-c1 = Opened
method-ref-brescia-r1-c2 = 24–25 June 2025, on a former coal yard of A2A’s combined heat and power plant
method-ref-brescia-r1-c3 = REFERENCE.md §1
method-ref-brescia-r2-c1 = Cooling
method-ref-brescia-r2-c2 = warm-water liquid cooling (Qarnot QBx units), water up to 65 °C
method-ref-brescia-r2-c3 = pausa-energia.com (A2A), e-gazette.it
method-ref-brescia-r3-c1 = Heat pump
method-ref-brescia-r3-c2 = none: heat exchangers into the network (air cooling would give ~30 °C and need heat pumps)
method-ref-brescia-r3-c3 = pausa-energia.com, serviziarete.it
method-ref-brescia-r4-c1 = Heat, phase 1 (30 QBx units)
method-ref-brescia-r4-c2 = about 800 MWh/yr
method-ref-brescia-r4-c3 = serviziarete.it
method-ref-brescia-r5-c1 = Heat, full build-out
method-ref-brescia-r5-c2 = 16 GWh/yr
method-ref-brescia-r5-c3 = e-gazette.it, innovazionepa.soiel.it
method-ref-brescia-r6-c1 = Homes
method-ref-brescia-r6-c2 = 1,350 apartments (80 m² apartment-equivalents)
method-ref-brescia-r6-c3 = sky.it, ilgiornale.it
method-ref-brescia-r7-c1 = CO2 avoided
method-ref-brescia-r7-c2 = 3,500 t/yr, “as much as more than 22,000 trees absorb”
method-ref-brescia-r7-c3 = innovazionepa.soiel.it
method-ref-brescia-r8-c1 = Implied ratios [D]
method-ref-brescia-r8-c2 = 218.75 kg CO2/MWh of heat; 11.85 MWh per apartment per year; 159 kg CO2 per tree per year; mean
    heat output 1.83 MW
method-ref-brescia-r8-c3 = derived from the figures above
method-ref-brescia-r9-c1 = Brescia network
method-ref-brescia-r9-c2 = 1,168 GWh/yr generated, 684 km, 179,000 apartment-equivalents; over 80 % of its heat renewable
    or recovered (waste-to-energy up to 365 MW of heat)
method-ref-brescia-r9-c3 = pausa-energia.com; Giornale di Brescia (Feb 2026); Corriere di Brescia (2022)
method-ref-brescia-r10-c1 = IT load, supply temperature
method-ref-brescia-r10-c2 = not published
method-ref-brescia-r10-c3 = —
method-ref-brescia-source = REFERENCE.md §1
method-ref-dea-title = Heat pumps: Danish Energy Agency technology catalogue
method-ref-dea-head1 = Entry
method-ref-dea-head2 = Nameplate COP 2020 / 2030 / 2050
method-ref-dea-head3 = Conditions
method-ref-dea-r1-c1 = Excess-heat heat pump, 10 MW
method-ref-dea-r1-c2 = 5.0 / 5.2 / 5.4
method-ref-dea-r1-c3 = source 25 → 15 °C, network 35/70 °C
method-ref-dea-r2-c1 = Excess-heat heat pump, 1 MW
method-ref-dea-r2-c2 = 4.0 / 4.2 / 4.4
method-ref-dea-r2-c3 = source 25 → 15 °C, network 35/70 °C
method-ref-dea-r3-c1 = Air-source, 10 MW
method-ref-dea-r3-c2 = 3.5 / 3.55 / 3.6
method-ref-dea-r3-c3 = air −1 °C, network 35/70 °C
method-ref-dea-r4-c1 = Seawater, 20 MW
method-ref-dea-r4-c2 = 3.4 / 3.4 / 3.5
method-ref-dea-r4-c3 = sea 4 °C, network 40/80 °C
method-ref-dea-r5-c1 = Capex, lifetime, minimum load
method-ref-dea-r5-c2 = 0.67 M€ per MW of heat (2020); 25 years; 25 %
method-ref-dea-r5-c3 = same catalogue
method-ref-dea-r6-c1 = Real COP vs the Lorenz ideal [D]
method-ref-dea-r6-c2 = about 0.5 of the log-mean-temperature ideal
method-ref-dea-r6-c3 = derived
method-ref-dea-source = Danish Energy Agency technology catalogue, via PyPSA technology-data (REFERENCE.md §3)
method-ref-generations-title = District heating generations and temperatures
method-ref-generations-head1 = Item
method-ref-generations-head2 = Value
method-ref-generations-head3 = Source
method-ref-generations-r1-c1 = 3rd generation
method-ref-generations-r1-c2 = supply 80–120 °C, return 40–60 °C
method-ref-generations-r1-c3 = Lund et al. 2014
method-ref-generations-r2-c1 = 4th generation
method-ref-generations-r2-c2 = supply 50–70 °C, return 25–40 °C (DEA planning value 70/35 °C)
method-ref-generations-r2-c3 = Lund et al. 2014; DEA
method-ref-generations-r3-c1 = 5th generation (“ambient”)
method-ref-generations-r3-c2 = loops at 10–25 °C with a heat pump in each building
method-ref-generations-r3-c3 = Lund et al. 2014
method-ref-generations-r4-c1 = Maximum supply by country
method-ref-generations-r4-c2 = Italy 90, Denmark 75, Germany 109, Finland 115, Sweden 102, France 110 °C
method-ref-generations-r4-c3 = PyPSA-Eur
method-ref-generations-r5-c1 = Network losses
method-ref-generations-r5-c2 = 5–40 % of the heat fed in; PyPSA-Eur default 15 %; 90 → 70 °C supply cuts losses by about a
    quarter
method-ref-generations-r5-c3 = DIN EN 13941 method; PyPSA-Eur
method-ref-generations-r6-c1 = Large hot-water tank
method-ref-generations-r6-c2 = 3,000 m³ ≈ 175 MWh at 55 K; 0.14–0.24 %/day loss; €3.0 M per GWh
method-ref-generations-r6-c3 = DEA
method-ref-generations-r7-c1 = Italy 2020
method-ref-generations-r7-c2 = 337 systems, over 5,000 km, 11.9 TWh fed in, 63 % from gas
method-ref-generations-r7-c3 = GSE
method-ref-generations-source = REFERENCE.md §4
method-ref-grid-title = Grid electricity by country, 2023 (lifecycle)
method-ref-grid-head1 = Country
method-ref-grid-head2 = g CO2e per kWh
method-ref-grid-r1-c1 = Germany
method-ref-grid-r1-c2 = 381.0
method-ref-grid-r2-c1 = Italy
method-ref-grid-r2-c2 = 330.7
method-ref-grid-r3-c1 = Ireland
method-ref-grid-r3-c2 = 290.8
method-ref-grid-r4-c1 = EU-27 [D]
method-ref-grid-r4-c2 = about 214
method-ref-grid-r5-c1 = Denmark
method-ref-grid-r5-c2 = 151.7
method-ref-grid-r6-c1 = Finland
method-ref-grid-r6-c2 = 79.2
method-ref-grid-r7-c1 = France
method-ref-grid-r7-c2 = 56.0
method-ref-grid-r8-c1 = Sweden
method-ref-grid-r8-c2 = 40.7
method-ref-grid-r9-c1 = Norway
method-ref-grid-r9-c2 = 30.1
method-ref-grid-source = Ember 2023, via codecarbon (MIT licence); REFERENCE.md §5. For comparison: natural gas 201.4 kg
    CO2 per MWh of fuel, combustion only (Italian national factor 55.934 t CO2/TJ); about 240 kg
    CO2e per MWh lifecycle
method-cooling-ex-air = water coils in the air handlers; Meta Odense recovers about 0.8 this way, Ardor gives 0.3–0.5 for
    typical air-cooled sites
method-cooling-ex-rear-door = rear-door heat exchangers; IBM: 0.55–0.85 removed
method-cooling-ex-direct-to-chip = cold plates; ASHRAE liquid class W45
method-cooling-ex-immersion = servers immersed in a dielectric fluid
method-cooling-ex-hot-water-liquid = warm-water liquid cooling; A2A + Qarnot, Brescia (65 °C)

# The inputs table's words (numbers arrive formatted).
method-unit-share = share (0–1)
method-unit-count = count
method-unit-ratio = ratio
method-default-all-year = null: all year
method-default-fuel = null: fuel CO2 ÷ boiler efficiency every month
method-default-per-cooling = set by the cooling technology
method-default-per-generation = set by the network generation
method-default-per-country = set by the country (economics.country)
method-range = { $lo } to { $hi }{ $unit }
method-allowed-whole = { $range }, whole numbers
method-allowed-bool = true or false
method-allowed-season = null or {"{"}start, end{"}"} as MM-DD, inclusive (02-29 is not)
method-allowed-monthly = null or 12 values, each { $range }
method-value-monthly = { $list }{ $unit } (January first)
method-value-season = { $start } to { $end }
method-none = none
method-weather-builtin-allowed = a climate id (see Climates)
method-weather-epw-allowed = a path; 8,760 hourly rows, dry bulb below 99.9 °C
method-weather-csv-allowed = a path; 8,760 values, each −90 to 70 °C
method-weather-monthly-allowed = 12 values, each { $lo } to { $hi } °C
method-drivers-title = Measured drivers in this scenario
method-driver-line = { $input }: measured profile, { $hours } hours driven, { $rest } hours left to the model.
