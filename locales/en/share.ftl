# heat-twin messages: share (en)
share-bad-link = This link could not be opened: { $reason }. The default scenario is shown instead.
share-part-scenario = scenario
share-part-weather = weather file
share-part-instruments = instruments (goal seek, sweeps, uncertainty)
share-err-no-scenario = it has no scenario (no “s=” part); copy the whole address again
share-err-bad-part = it has an unexpected or repeated part “{ $text }”; copy the whole address again
share-err-version = its { $part } part is in format version { $found }, and this page reads version { $known }; open it with the version of heat-twin that made it
share-err-shape = its { $part } part is cut or malformed; copy the whole address again
share-err-base64 = its { $part } part has characters that are not base64url; copy the whole address again
share-err-deflate = its { $part } part is incomplete or was changed (its checksum does not match); copy the whole address again
share-err-too-large = its { $part } part unpacks to more data than a link may hold (too large)
share-err-not-utf8 = its scenario is not UTF-8 text
share-err-not-json = its scenario is not valid JSON ({ $detail })
share-err-weather-kind = its weather part is neither an EPW nor a CSV file with a readable name
share-err-weather-count = its weather file has { $count } hourly temperatures instead of 8,760
share-err-weather-not-finite = its weather file's temperature at hour { $hour } is not a number
share-err-weather-range = its weather file's temperature at hour { $hour } is { $value } °C, outside the accepted range −90…70 °C
share-err-weather-missing = its scenario reads an uploaded weather file, but the link does not carry that file's temperatures
share-err-instrument = its request to the instruments cannot be run: { $detail }
embed-open-full = Open the full heat-twin with this scenario ↗
embed-note = Computed in your browser by heat-twin’s hourly model of a whole year; move the slider to recompute.
embed-untitled = Untitled scenario
share-embed-label = Show this scenario on your website (copy this HTML)
share-embed-note = A card with the headline figures and the racks slider; it links back to the full heat-twin with the same scenario.
share-part-drivers = measured profiles
share-drivers-dropped = The link's measured profiles could not be read: { $reason }. The rest of the scenario is loaded without them.
