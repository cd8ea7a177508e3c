# heat-twin messages: problems (en)
# Validation problems of a scenario and errors of weather files, worded from the model's
# machine-readable kinds (src/problems.rs). English text on the page is the model's own
# message (CLI and page say the same); these messages mirror it and are the reference for
# other languages.

problem-place = { $label } ({ $path }): { $message }
problem-place-path = { $path }: { $message }
problem-list-or = { $rest } or { $last }
problem-list-and = { $rest } and { $last }

problem-empty = the scenario is empty; give a JSON object such as {"{"}{"}"}
problem-syntax = line { $line }, column { $column }: invalid JSON: { $detail }
problem-not-json-number = line { $line }, column { $column }: invalid JSON: { $token } is not a number in JSON (NaN and Infinity literals are not allowed)
problem-number-too-large = line { $line }, column { $column }: invalid JSON: { $token } is too large for a 64-bit number (largest about { $largest })
problem-unknown-field = unknown field
problem-did-you-mean = (did you mean "{ $name }"?)
problem-allowed-keys = the fields here are { $keys }
problem-duplicate = given { $count } times ({ $values }); each field may appear only once
problem-not-object = the scenario must be a JSON object {"{"}…{"}"}; got { $found }
problem-wrong-type = expected { $expected }; got { $found }
problem-wrong-type-value = { $found } has the wrong type; expected { $expected }
problem-null = null is not allowed; expected { $expected } (or leave the field out)
problem-missing-key = "{ $key }" is missing; expected { $expected }
problem-wrong-count = has { $found } values; expected { $expected }
problem-not-finite = { $value } is not a finite number; { $allowed }
problem-not-integer = { $value } is not a whole number; { $allowed }
problem-out-of-range = { $value } is out of range; { $allowed }
problem-in-month = { $month }: { $message }
problem-allowed = allowed { $min } to { $max }{ $unit }
problem-allowed-integer = allowed { $min } to { $max }{ $unit } (integer)
problem-bad-choice = "{ $value }" is not a valid choice; allowed { $choices }
problem-case-hint = (choices are case-sensitive: "{ $choice }")
problem-date-start = start
problem-date-end = end
problem-bad-date-format = { $which } "{ $value }" is not a date in the form "MM-DD"
problem-bad-date-month = { $which } "{ $value }" has month { $month }; months are 01 to 12
problem-bad-date-day = { $which } "{ $value }" has day { $day }; { $monthname } has days 01 to { $days }
problem-no-leap-day = (the model year has no leap day)
problem-weather-sources = gives { $count } weather sources ({ $sources }); give exactly one of builtin, epw_file, csv_file or monthly_means_c
problem-unknown-climate = "{ $value }" is not a built-in climate; allowed { $choices }
problem-empty-path = the file path is empty; give the file's path relative to the scenario file
problem-amplitude-alone = { $value } is given without monthly_means_c; it only goes with monthly_means_c
problem-amplitude-with = { $value } is given with { $sources }; it only goes with monthly_means_c
problem-cross-max-below-min = { $max } is below { $min }; the cold-weather supply must be at least the mild-weather supply
problem-cross-min-not-above-return = { $min } is not above { $ret }; the supply must be warmer than the return
problem-cross-ground = { $ground } is not below the mean of { $min } and { $ret }, which is { $mean }; the network's mean temperature must be above the ground
problem-cross-dhw = { $dhw } is above { $max } while { $share } > 0; the network cannot keep hot water safe. Lower dhw_min_supply_c, raise supply_max_c or set dhw_share to 0
problem-plain-max-below-min = { $max } must be at least { $min }: the network is never cooler in cold weather than in mild weather.
problem-plain-min-not-above-return = { $min } must be warmer than { $ret }: the water has to come back cooler than it left.
problem-plain-ground = The network's mean temperature, between { $min } and { $ret }, must be above { $ground }.
problem-plain-dhw = { $dhw } cannot be above { $max }: lower the first, raise the second, or set the hot-water share to 0.
problem-resolved = { $field } = { $value }
problem-resolved-default = { $field } = { $value } (default)
problem-resolved-generation = { $field } = { $value } ({ $generation } default)
problem-generation-custom = custom (3G)

problem-expected-string = a string
problem-expected-string-array = an array of strings
problem-expected-object = an object {"{"}…{"}"}
problem-expected-weather = an object such as {"{"}"builtin": "po-valley"{"}"}
problem-expected-monthly-means = an array of 12 monthly means, °C, January first
problem-expected-number = a number
problem-expected-number-unit = a number, { $unit }
problem-expected-date = a date string "MM-DD"
problem-expected-field-number = a number; { $allowed }
problem-expected-field-integer = a whole number; { $allowed }
problem-expected-bool = true or false
problem-expected-choice = one of { $choices }
problem-expected-season = null or {"{"}"start": "MM-DD", "end": "MM-DD"{"}"}
problem-expected-monthly = null or an array of 12 numbers, each { $allowed }
problem-given-string = the string "{ $value }"
problem-given-array = an array
problem-given-object = an object
problem-given-monthly = 12 monthly values
problem-given-season = the season { $start } to { $end }

problem-month-1 = January
problem-month-2 = February
problem-month-3 = March
problem-month-4 = April
problem-month-5 = May
problem-month-6 = June
problem-month-7 = July
problem-month-8 = August
problem-month-9 = September
problem-month-10 = October
problem-month-11 = November
problem-month-12 = December

weather-error-line = line { $line }: { $message }
weather-error-not-utf8-epw = byte { $byte } (0x{ $hex }) is not valid UTF-8 text; expected an ASCII row of comma-separated EPW fields
weather-error-not-utf8-csv = byte { $byte } (0x{ $hex }) is not valid UTF-8 text; expected one temperature in °C per line
weather-error-too-many-epw = more than { $hours } hourly rows; expected exactly { $hours } rows on lines { $first }–{ $last }
weather-error-too-many-csv = more than { $hours } values; expected exactly one per hour of the year
weather-error-too-few-epw = the file ends after { $n } hourly { $count ->
    [one] row
   *[other] rows
  }; expected { $hours }
weather-error-too-few-csv = the file ends after { $n } { $count ->
    [one] value
   *[other] values
  }; expected { $hours }, one per hour
weather-error-header-short = the file ends after { $n } { $count ->
    [one] line
   *[other] lines
  }; expected 8 header lines, then { $hours } hourly rows
weather-error-empty-line = empty line inside the hourly rows (after hour { $hour }); expected { $hours } consecutive rows, one per hour
weather-error-few-fields = row has { $n } comma-separated { $count ->
    [one] field
   *[other] fields
  }; expected the dry-bulb temperature in field 7 (of 35)
weather-error-nan-epw = dry-bulb temperature (7th field) is { $text }, not a number
weather-error-nan-csv = { $text } is not a number; expected one temperature in °C per line
weather-error-separator-hint = (one value per line, with a decimal point)
weather-error-too-high = dry-bulb temperature (7th field) is { $text }, which EPW uses for a missing value; expected a temperature below { $missing } °C
weather-error-out-of-range = temperature { $text } °C is outside the accepted range { $min }…{ $max } °C
weather-error-upload = { $file }: { $error }
weather-load-unknown-climate = "{ $id }" is not a built-in climate
weather-load-cannot-read = cannot read "{ $file }": { $reason }
weather-load-file = "{ $file }" { $error }
