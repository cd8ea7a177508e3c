# heat-twin messages: export (en)
# The export bar (src/components/export/) and the printed report (src/components/report.rs).

## Export bar
export-group = Export and import
export-json = Save scenario
export-json-title = Download this scenario as a JSON file, to import it here later or run it with heat-twin-cli
export-import = Open scenario…
export-import-title = Load a scenario JSON file saved from this page or written by hand
export-csv = Hourly CSV
export-csv-title = Download the 8,760 hourly results of this run as CSV, each column named with its unit
export-png = Chart PNG
export-png-title = Download the chart shown below as a PNG image
export-print = Print report
export-print-title = Print a one- or two-page report of this scenario, or save it as PDF
export-dismiss = Dismiss this message
export-imported = Opened “{ $name }”. Every result below is for it now.
export-import-refused = Not opened: { $file } has { $count ->
    [one] one problem
   *[other] { $count } problems
  }. Nothing was changed; fix the file and open it again.
export-whole-file = the file
export-not-utf8 = Not opened: { $file } is not UTF-8 text, so it is not a scenario JSON file. Nothing was changed; choose a .json file saved with “Save scenario” or by heat-twin-cli.
export-read-failed = Not opened: the browser could not read { $file }. Nothing was changed; try again, or copy the file somewhere readable first.
export-no-results = Nothing to export: the scenario cannot run while it has problems. Correct the fields marked in red, then export again.
export-no-chart = No chart to save yet: the chart has not been drawn. Scroll to the charts, wait for one to show, then try again.
export-download-failed = The download did not start ({ $why }). Nothing was lost; try again, or allow downloads for this page.
export-print-failed = The browser would not print ({ $why }). Use its own Print command (Ctrl+P or ⌘P) instead.

## Report
report-kicker = heat-twin report · a data centre's waste heat in a district heating network, hour by hour over a typical year
report-untitled = Untitled scenario
report-date = Printed
report-link = Scenario link:
report-cannot-run = The scenario cannot run: it has problems. Correct the fields marked in red on the page, then print again.
report-results = Results for one year
report-inputs = Key inputs
report-charts = Charts
report-sources = Assumptions and sources
report-weather = Weather
report-weather-file = uploaded file
report-weather-monthly = a synthetic year from 12 monthly mean temperatures
report-model = Model: heat-twin, docs/MODEL.md version 3 — a quasi-steady hourly energy balance over the 8,760 hours of a typical year in local standard time, with the network's own plants in merit order (no hydraulics inside the network). Sources are abridged here; the full text is in the page's Method panel. Inputs not given by the scenario take their defaults; each default's source is listed below and in docs/REFERENCE.md.
report-scenario-sources = This scenario's sources:
report-default-sources = Sources of the defaults of the key inputs:
report-chart-year = Heat delivered day by day over the year, MWh/day
report-chart-monthly = Heat delivered (MWh) and CO2 avoided (t), month by month
report-chart-flows = Energy flows over the year, MWh/yr
report-na = n/a
report-yes = yes
report-no = no
report-default = default
report-unit-racks = racks
report-unit-homes = homes
report-unit-years = years
report-unit-ratio = ratio
report-kpi-heat = Heat delivered
report-kpi-homes = Homes heated
report-kpi-co2 = CO2 avoided
report-kpi-share = Share of the network's heat
report-kpi-erf = Energy reuse factor (ERF)
report-kpi-pue = Power usage effectiveness (PUE)
report-kpi-scop = Heat-pump seasonal COP (SCOP)
report-kpi-payback = Simple payback
report-kpi-lcoh = Cost of the recovered heat (LCOH)
report-kpi-capex = Investment
report-kpi-utility = Utility gains
report-kpi-dc = Data centre gains
