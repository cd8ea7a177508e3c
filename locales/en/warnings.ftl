# heat-twin messages: warnings (en)
# One message per warning code of the model (heat_twin_model::Warnings), numbers already formatted.
warnings-aria = Warnings
warning-return-line-too-cold = The loop water ({ $source } °C, { $hot_end } °C after the { $approach } K approach) cannot preheat the { $return } °C return by the 5 K minimum: no heat is recovered in { $none } hours.
warning-heat-pump-cop-below-one = In { $lost } hours ({ $share } of the year) the heat pump's COP would be 1 or less (the lift is too large): in { $fallback } of them the heat preheats the return instead, in { $none } no heat is recovered.
warning-source-too-cold = In { $lost } hours ({ $share } of the year) the loop water ({ $source } °C, { $hot_end } °C after the { $approach } K approach) is colder than the network supply and no heat pump is allowed: in { $fallback } of them the heat preheats the return instead, in { $none } no heat is recovered.
warning-exchanger-cold-end = The exchanger's cold end limits recovery: the loop water can be cooled only to { $cold_end } °C (return { $return } °C + { $approach } K approach), so only { $share } of the captured heat can be handed over in { $hours } direct or return-line hours ({ $mwh } MWh held back).
warning-heat-pump-capacity = The heat pump's { $mw } MW capacity limits recovery in { $hours } hours: more data-centre heat was available than it could lift.
warning-heat-pump-at-max-cop = The heat pump runs at its COP ceiling of { $cop } in { $hours } of its { $hp_hours } hours ({ $share }): the seasonal COP is then the ceiling you set, not a result of the temperatures.
warning-heat-pump-co2-above-boiler = In { $hours } of the heat pump's { $hp_hours } hours ({ $share }) its COP times the displaced heat's CO2 factor is below the grid's: those hours emit more CO2 than the boiler heat they replace.
warning-heat-pump-cost-above-boiler = In { $hours } of the heat pump's { $hp_hours } hours ({ $share }) its COP is below the cost break-even COP of { $cop } (electricity price × boiler efficiency / fuel price): those hours cost more than boiler heat.
warning-heat-pump-cost-above-boiler-free-fuel = In { $hours } of the heat pump's { $hp_hours } hours ({ $share }) its COP is below the cost break-even (the displaced fuel is free) (electricity price × boiler efficiency / fuel price): those hours cost more than boiler heat.
warning-high-rejection = { $share } of the captured heat ({ $rejected } of { $captured } MWh) is rejected by the site's coolers: more than a third.
warning-utilisation-clamped = A mean utilisation of { $set } with a ±{ $swing } daily swing exceeds 100 % at the daily peak; clamped, the mean is { $mean }.
warning-high-pumping = Pumping takes { $share } of the heat delivered in electricity, above 3 %.
warning-high-network-losses = Network losses are { $share } of the heat needed at the plant, above 25 %: a sparse or hot network.
warning-storage-ignored-return-line = The { $volume } m³ tank is ignored and costs nothing: storage works only with supply-line feed-in and a bounded network, and the heat enters the return line.
warning-storage-ignored-takes-all-heat = The { $volume } m³ tank is ignored and costs nothing: storage works only with supply-line feed-in and a bounded network, and the network takes all the heat.
warning-no-space-heating = The weather has no hour below the { $base } °C heating base in the heating season: there is no space heating, only hot water and network losses.
warning-climate-changed-home-heat-unchanged = The climate changed but the heat per home is still { $mwh } MWh/yr: heat per home depends on the climate (Italy { $italy }; a Danish house 13–18), so set it for this place.
warning-takes-all-heat-implausible = "The network takes all the heat" is on, but { $delivered } MWh/yr is { $share } of what its { $homes } homes need in a year ({ $demand } MWh): a steady source above about { $limit } of a network's demand cannot be taken every hour (in summer the network needs little heat). Turn the setting off to model the demand, or check the number of homes.
warning-invalid = { $field }: { $message }
warning-weather = The weather cannot be used: { $reason }.
warning-weather-not-uploaded = The weather cannot be used: the weather file “{ $file }” has not been uploaded.
