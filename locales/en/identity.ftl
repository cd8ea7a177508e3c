# Scenario identity, sharing, the local CSV, the report's additions and the inputs that differ
# in compare (issue 14). Italian: locales/it/identity.ftl, same keys.

identity-aria = This scenario
identity-name = Scenario name
identity-description = Description
identity-description-placeholder = What this scenario is about (optional)
identity-untitled = Untitled scenario
identity-modified-from = Modified from the preset “{ $preset }”: the figures are yours, not the project's.
identity-modified-suffix = (modified)
identity-my-scenario = My scenario (from { $preset })
identity-new = New scenario
identity-new-title = Start again from the model's defaults
identity-confirm-discard = You have edits that are not saved. Discard them?
identity-cooling-note = { $cooling } brings its own values: { $share } of the heat captured, loop at { $out } leaving the IT, cooled by { $delta }, site cooling EER { $eer }. You can change them.

share-menu = Share
share-copy-link = Copy link
share-copy-link-title = Copy the address of this scenario: whoever opens it sees the same inputs and results
share-copied = Link copied. Whoever opens it sees this scenario.
share-copy-refused = The browser did not let the page copy. Select the link below and copy it.
share-link-label = Link to this scenario
share-address-note = The address holds the whole scenario: copy it, or scan the code.
share-qr-caption = Scan to open this scenario
share-short-link = Short link: the preset as published.

compare-share-link = Copy link to this comparison
compare-profiles-too-long = The measured profiles of A or B make this link too long, so the link leaves them out: whoever opens it sees that side modelled without them. Save the scenario as JSON to share it whole.
compare-print = Print comparison
compare-link-side = Shared in the link: { $name }
compare-inputs-title = Inputs that differ
compare-inputs-none = The two scenarios have the same inputs.
compare-input = Input
compare-unit = Unit
compare-handout-title = Comparison of two scenarios

export-csv-local = CSV for a spreadsheet
export-csv-local-title = The hourly results for a spreadsheet in this language (comma as decimal separator in Italian: semicolon between columns)

report-based-on = Based on the preset “{ $preset }”, modified: the figures below are this scenario's, not the project's.
report-based-on-sources = The preset it is based on cites { $count } sources for its own figures: see scenarios/{ $stem }.json.
report-unlimited = unlimited
report-published = Published and modelled
report-published-figure = Figure
report-published-value = Published
report-modelled-value = Modelled
report-published-diff = Difference
report-chart-duration = Load-duration curve
report-chart-cop = Heat pump COP and supply temperature against the outdoor temperature
report-scan = Scan to open this scenario
report-unit-mwh-yr = MWh/yr
report-unit-t-yr = t/yr
report-unit-eur-yr = €/yr
compare-link = the scenario in the link
published-source = Source
published-what = What this preset is:
published-modified = The published figures are compared with the preset as published: your inputs have changed, so the model's figures are no longer the project's. Load the preset again to see the comparison.
