# heat-twin messages: plant (en)
# The plant view: schematic, caption, slider and values. A line break inside a box name is a
# new line of the message (indented).

plant-heading = The plant, hour by hour
plant-no-run = No results to show: fix the scenario's problems to run it.
plant-months = January February March April May June July August September October November December
plant-hour-label = Hour of the year
plant-play = Play
plant-pause = Pause
# Follows the button's visible text ("Play: …"): the accessible name starts with the visible words.
plant-play-label = runs through the year, a week per second
plant-reduced-motion = Animation is off because your system asks for reduced motion; move the slider instead.
plant-electricity = Electricity from the grid
plant-data-centre = Data centre
plant-it-racks = IT racks
plant-recovery = Heat recovery
plant-exchanger =
    Heat
    exchanger
plant-heat-pump =
    Heat
    pump
plant-dry-coolers =
    Dry
    coolers
plant-tank = Storage
plant-no-tank = no tank
plant-network =
    District heating
    network
plant-homes = Homes
plant-backup =
    Backup
    plants
plant-outdoor = Outdoor
plant-active = active
plant-idle = idle
plant-no-heat-pump = none
plant-preheats-return =
    preheats
    return
plant-takes-all = takes all the heat
plant-f-it = IT electricity
plant-f-captured = captured
plant-f-rejected = rejected
plant-f-used = used
plant-f-hp-electricity = to heat pump
plant-f-direct = to the network
plant-f-charge = charge
plant-f-discharge = discharge
plant-f-backup = backup plants
plant-f-homes = to homes
plant-f-losses = network losses
plant-f-pumping = pumping
plant-t-loop-out = Loop out
plant-t-loop-back = Loop back
plant-t-supply = Network supply
plant-t-return = Network return
plant-cop = COP
plant-demand = demand
plant-values = This hour in numbers
plant-stored = Tank content
plant-scale = Band widths are proportional to power; the widest band is { $max }, the year's largest flow.
plant-mode-direct = direct exchange
plant-mode-heat-pump = heat pump
plant-mode-return-line = return-line preheating
plant-mode-none = no recovery
# Caption: "21 January, 08:00–09:00 · direct exchange · demand 12.3 MW, delivered from the data centre 2,040 kW".
plant-caption-demand = { $date } · { $mode } · demand { $demand }, delivered from the data centre { $delivered }
plant-caption-all = { $date } · { $mode } · delivered from the data centre { $delivered } (takes all the heat)
# The schematic's accessible name, in parts.
plant-sentence = { $date }, { $mode }: { $it } of IT electricity, { $captured } of heat captured, { $delivered } delivered to the network, { $rejected } rejected
plant-sentence-hp = , { $hp } of heat-pump electricity
plant-sentence-demand = , network demand { $demand }, backup plants { $backup }
