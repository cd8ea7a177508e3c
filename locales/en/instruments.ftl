# The planner's instruments (src/instruments/): goal seek and uncertainty, run in a Web Worker.
instr-title = Instruments: goal seek and uncertainty
instr-intro = Ask the model backwards, or how sure its figures are. Thousands of years are run in the background; the page stays usable.
instr-running = Running…
instr-running-progress = Running… { $done } of at most { $total } years
instr-done = Done in { $ms } ms.
instr-cancelled = Cancelled.
instr-failed = Could not run: { $message }
instr-cancel = Cancel
seek-title = Goal seek
seek-input = Change
seek-kpi = until the result
seek-target = equals
seek-run = Find
seek-apply = Apply this value
seek-bad-target = the target is not a number
seek-found = { $input } = { $value } gives { $kpi } = { $achieved } (target { $target }).
seek-unreachable = { $kpi } cannot reach { $target } by changing { $input } within its allowed range. The closest is { $input } = { $value }, which gives { $achieved }.
seek-not-monotonic = { $kpi } rises and falls as { $input } changes, so the target may have more than one answer. One is { $input } = { $value }, which gives { $achieved }.
seek-none = No value of { $input } in its range gives a valid scenario with a value of { $kpi }.
mc-title = Uncertainty (Monte Carlo)
mc-note = Each run draws the uncertain inputs (capture share, heat-pump efficiency, heat per home, losses, utilisation, emission factors, prices, capex) from a triangular distribution around this scenario's value, within ranges from published sources (Method and sources). The same seed gives the same figures, here and in heat-twin-cli.
mc-runs = Runs
mc-seed = Seed
mc-run = Run
mc-bad-settings = runs must be a whole number from 1 to 100,000 and the seed a whole number from 0
mc-summary = { $runs } runs, seed { $seed } ({ $failed } invalid). The result cards show the P10–P90 band.
mc-stale = The scenario has changed since this run: the bands are hidden until it is run again.
mc-tornado-caption = What moves { $kpi } most: each input at its low and high value, the others at their likely value, largest swing first.
mc-col-input = Input
mc-col-low = Low → result
mc-col-high = High → result
mc-col-swing = Swing
mc-csv = Export the samples (CSV)
kpi-band = P10–P90: { $p10 } – { $p90 } (P50 { $p50 })
mc-tornado-title = What moves { $kpi } most
mc-tornado-low = input at its low value
mc-tornado-high = input at its high value
