# heat-twin messages: app (en)
app-language = Language
app-tagline = A data centre's waste heat, warming a city's homes — hour by hour, over a year.
story-aria = What this shows
story = Every server turns its electricity into heat. This twin runs a data centre and the district heating network it feeds hour by hour for a whole year, right here in your browser. Change the data centre, the cooling, the heat pumps, the network or the weather, and see how much heat reaches homes, the CO2 it saves and what it earns.
footer = heat-twin runs entirely in your browser; nothing you enter leaves this page. Weather: PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European Commission Joint Research Centre.

## Toolbar
toolbar-project = Project
toolbar-own-scenario = (your own scenario)
notice-no-preset = There is no preset “{ $stem }”.
notice-preset-failed = The preset “{ $stem }” could not be loaded: { $problems }

## Headline
headline = { $heat } MWh/yr of heat · { $homes } homes · { $co2 } t CO2 avoided a year
headline-cannot-run = The scenario cannot run: see the messages below.

## KPIs
kpis-aria = Results for one year
kpi-na = n/a
kpi-percent = { $value } %
unit-mwh-yr = MWh/yr
unit-homes = homes
unit-t-yr = t/yr
unit-trees = trees
unit-eur-yr = €/yr
unit-eur-mwh = €/MWh
kpi-heat-delivered = Heat delivered
kpi-heat-delivered-note = to the district heating network in a year, heat-pump output included
kpi-homes = Homes heated
kpi-homes-note = 80 m² apartment-equivalents at { $mwh } MWh/yr each
kpi-homes-dc = …from the data centre's own heat
kpi-homes-dc-note = without the heat pumps' electricity
kpi-co2 = CO2 avoided
kpi-co2-note = against boilers burning fuel at { $fuel } kg CO2/MWh (efficiency { $efficiency }), minus the grid electricity used at { $grid } g/kWh
kpi-trees = Trees
kpi-trees-note = that would absorb as much CO2, at { $kg } kg per tree a year
kpi-dc-share = Share of the network's heat
kpi-dc-share-note = of the heat the network needs at the plant
kpi-dc-share-note-all = not shown: the network takes all the heat (its demand is not modelled)
kpi-reused = Data-centre heat reused
kpi-reused-note = of all the site's heat; { $captured } of the captured heat
kpi-erf = Energy reuse factor (ERF)
kpi-erf-note = ISO/IEC 30134-6: heat reused ÷ the site's energy
kpi-pue = Power usage effectiveness (PUE)
kpi-pue-note = the site's energy ÷ IT energy (heat-recovery heat pumps excluded, EnEfG §11)
kpi-scop = Heat-pump seasonal COP (SCOP)
kpi-scop-note = heat out ÷ electricity in over { $hours } hours
kpi-scop-note-none = the heat pump was not needed: the loop's heat is enough on its own, or no heat pump is allowed
kpi-payback = Simple payback
kpi-payback-note = investment of € { $capex } ÷ yearly benefit
kpi-payback-note-never = never: the yearly benefit is not positive
kpi-lcoh = Cost of the recovered heat (LCOH)
kpi-lcoh-note = against { $boiler } €/MWh from the boiler (fuel price ÷ efficiency)
kpi-utility = Utility gains
kpi-utility-note = fuel saved − heat bought − its electricity and O&M
kpi-dc = Data centre gains
kpi-dc-note = heat sold − its electricity and O&M + cooling saved
kpi-revenue = Heat revenue
kpi-revenue-note = metered heat at { $price } €/MWh
kpis-more = More figures: energy reuse, efficiency, heat pump, tank, costs and rules
kpi-tank = Tank capacity
kpi-tank-note = heat it holds between full and empty; rated power { $mw } MW
kpi-tank-cycles = Tank cycles
kpi-tank-cycles-note = full-cycle equivalents: { $mwh } MWh given back ÷ capacity
kpi-tank-losses = Tank losses
kpi-tank-losses-note = standing losses, { $share } % of the heat put in
unit-per-yr = /yr

## Benchmarks
bench-label = Benchmarks for a site starting in
bench-2026 = July 2026
bench-2027 = July 2027
bench-2028 = July 2028 or later
bench-met = met
bench-not-met = not met
bench-enefg = Germany's EnEfG §11 for a site starting in { $year }: ERF ≥ { $erf_need } % ({ $erf_verdict }: { $erf } %) and PUE ≤ { $pue_need } ({ $pue_verdict }: { $pue }).
bench-eed-large = EU EED: over 1 MW, so it must use its waste heat or show why not (Art. 26) and report its KPIs (Art. 12).
bench-eed-medium = EU EED: 500 kW or more of IT, so it reports PUE, ERF and other KPIs each year (Art. 12).
bench-eed-small = EU EED: under 500 kW of IT, so no reporting duty (Art. 12).
bench-italy = Italy, D.Lgs. 102/2014 (art. 2, "efficient district heating", and EED Art. 26): a network is efficient with at least { $need } % waste heat; this data centre covers { $share } % of the network's heat ({ $verdict }).
bench-italy-all = Italy, D.Lgs. 102/2014 (art. 2, "efficient district heating", and EED Art. 26): a network is efficient with at least 50 % waste heat; this data centre's share is not known because the network takes all the heat.

## Weather
weather-climate = Climate
weather-typical-year = typical year
weather-monthly-normals = from monthly normals
weather-option = { $name } ({ $kind })
weather-your-monthly = Your monthly means…
weather-your-file = Your weather file…
weather-choose-file-first = Choose an EPW or CSV file below first.
weather-source = { $name } — { $station }, { $period }. Source: { $source }
weather-your-file-note = Your file { $file }, read in this browser only.
weather-synthetic-note = A synthetic year from your 12 monthly means (MODEL.md §1.4).
weather-upload-label = Upload hourly weather: EPW, or a CSV of 8,760 temperatures in °C
weather-uploaded = uploaded: { $file }
weather-unreadable = { $file }: the file could not be read
weather-not-loaded = Not loaded — { $reason }. The previous weather is kept.
weather-monthly-legend = Monthly mean outdoor temperature, °C
weather-half-range = Half the daily range, K
weather-not-number = “{ $text }” is not a number
weather-temp-out-of-range = { $value } °C is out of range; allowed { $lo } to { $hi } °C
weather-amp-out-of-range = { $value } K is out of range; allowed { $lo } to { $hi } K
weather-co2-not-number = “{ $text }” is not a number; allowed { $lo } to { $hi } kg/MWh
weather-co2-legend = kg CO2 per MWh of heat displaced, by month
season-from = from
season-to = to
season-placeholder = MM-DD

## The project's life (docs/model/life.md)
life-title = The project over its life
life-chart-title = Cumulative cash flow over the project's life
life-chart-x = Year of operation
life-chart-y = Cumulative cash flow (M€)
life-chart-alt = Cumulative cash flow over { $years } years: the utility ends at { $utility } M€, the data centre at { $data_centre } M€ (undiscounted, year 0 is the investment).
life-utility = Utility
life-data-centre = Data centre
life-npv-utility = Net present value, utility
life-npv-data-centre = Net present value, data centre
life-irr-utility = Internal rate of return, utility
life-irr-data-centre = Internal rate of return, data centre
life-payback-utility = Discounted payback, utility
life-payback-data-centre = Discounted payback, data centre
life-heat = Heat delivered over the life
life-co2 = CO2 avoided over the life
life-lcoh = Cost of the recovered heat over the life (LCOH)
life-unit-meur = M€
life-unit-percent = %
life-unit-years = years
life-unit-gwh = GWh
life-unit-t = t
life-not-paid-back = not paid back within the project's life
life-irr-no-flows = none: no money changes hands
life-irr-no-sign-change = none: the cash flows never change sign (all gains or all costs)
life-irr-no-root = none: no rate between −99 % and 1,000 % a year balances the cash flows
life-irr-multiple-roots = none: the cash flows change sign more than once and more than one rate balances them
life-irr-not-finite = none: a cash flow is not a finite number
