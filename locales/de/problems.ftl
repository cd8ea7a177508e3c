# heat-twin-Meldungen: Probleme (de)
# Validierungsprobleme eines Szenarios und Fehler in Wetterdateien, formuliert aus den
# maschinenlesbaren Arten des Modells (src/problems.rs).

problem-place = { $label } ({ $path }): { $message }
problem-place-path = { $path }: { $message }
problem-list-or = { $rest } oder { $last }
problem-list-and = { $rest } und { $last }

problem-empty = Das Szenario ist leer; geben Sie ein JSON-Objekt an, etwa {"{"}{"}"}
problem-syntax = Zeile { $line }, Spalte { $column }: ungültiges JSON: { $detail }
problem-not-json-number = Zeile { $line }, Spalte { $column }: ungültiges JSON: { $token } ist in JSON keine Zahl (die Literale NaN und Infinity sind nicht zulässig)
problem-number-too-large = Zeile { $line }, Spalte { $column }: ungültiges JSON: { $token } ist zu groß für eine 64-Bit-Zahl (größter Wert etwa { $largest })
problem-unknown-field = unbekanntes Feld
problem-did-you-mean = (meinten Sie „{ $name }“?)
problem-allowed-keys = die Felder hier sind { $keys }
problem-duplicate = { $count }-mal angegeben ({ $values }); jedes Feld darf nur einmal vorkommen
problem-not-object = das Szenario muss ein JSON-Objekt {"{"}…{"}"} sein; erhalten: { $found }
problem-wrong-type = erwartet: { $expected }; erhalten: { $found }
problem-wrong-type-value = { $found } hat den falschen Typ; erwartet: { $expected }
problem-null = null ist nicht zulässig; erwartet: { $expected } (oder lassen Sie das Feld weg)
problem-missing-key = „{ $key }“ fehlt; erwartet: { $expected }
problem-wrong-count = hat { $found } Werte; erwartet: { $expected }
problem-not-finite = { $value } ist keine endliche Zahl; { $allowed }
problem-not-integer = { $value } ist keine ganze Zahl; { $allowed }
problem-out-of-range = { $value } liegt außerhalb des Bereichs; { $allowed }
problem-in-month = { $month }: { $message }
problem-allowed = zulässig { $min } bis { $max }{ $unit }
problem-allowed-integer = zulässig { $min } bis { $max }{ $unit } (ganzzahlig)
problem-bad-choice = „{ $value }“ ist keine gültige Auswahl; zulässig { $choices }
problem-case-hint = (Groß- und Kleinschreibung beachten: „{ $choice }“)
problem-date-start = Beginn
problem-date-end = Ende
problem-bad-date-format = { $which } „{ $value }“ ist kein Datum der Form „MM-DD“
problem-bad-date-month = { $which } „{ $value }“ hat den Monat { $month }; Monate gehen von 01 bis 12
problem-bad-date-day = { $which } „{ $value }“ hat den Tag { $day }; der { $monthname } hat die Tage 01 bis { $days }
problem-no-leap-day = (das Modelljahr hat keinen Schalttag)
problem-weather-sources = gibt { $count } Wetterquellen an ({ $sources }); geben Sie genau eine von builtin, epw_file, csv_file oder monthly_means_c an
problem-unknown-climate = „{ $value }“ ist kein eingebautes Klima; zulässig { $choices }
problem-empty-path = der Dateipfad ist leer; geben Sie den Pfad der Datei relativ zur Szenariodatei an
problem-amplitude-alone = { $value } ist ohne monthly_means_c angegeben; es gehört nur zu monthly_means_c
problem-amplitude-with = { $value } ist mit { $sources } angegeben; es gehört nur zu monthly_means_c
problem-cross-max-below-min = { $max } liegt unter { $min }; der Vorlauf bei kaltem Wetter muss mindestens so hoch sein wie der bei mildem Wetter
problem-cross-min-not-above-return = { $min } liegt nicht über { $ret }; der Vorlauf muss wärmer sein als der Rücklauf
problem-cross-ground = { $ground } liegt nicht unter dem Mittel von { $min } und { $ret }, also { $mean }; die mittlere Temperatur des Netzes muss über der des Erdreichs liegen
problem-cross-dhw = { $dhw } liegt über { $max }, während { $share } > 0; das Netz kann kein hygienisches Warmwasser sicherstellen. Senken Sie dhw_min_supply_c, erhöhen Sie supply_max_c oder setzen Sie dhw_share auf 0
problem-plain-max-below-min = { $max } muss mindestens { $min } betragen: Das Netz ist bei kaltem Wetter nie kühler als bei mildem Wetter.
problem-plain-min-not-above-return = { $min } muss wärmer sein als { $ret }: Das Wasser muss kühler zurückkommen, als es hinausging.
problem-plain-ground = Die mittlere Temperatur des Netzes, zwischen { $min } und { $ret }, muss über { $ground } liegen.
problem-plain-dhw = { $dhw } darf nicht über { $max } liegen: Senken Sie den ersten Wert, erhöhen Sie den zweiten oder setzen Sie den Warmwasseranteil auf 0.
problem-resolved = { $field } = { $value }
problem-resolved-default = { $field } = { $value } (Standardwert)
problem-resolved-generation = { $field } = { $value } (Standardwert für { $generation })
problem-generation-custom = benutzerdefiniert (3G)

problem-expected-string = eine Zeichenkette
problem-expected-string-array = ein Array von Zeichenketten
problem-expected-object = ein Objekt {"{"}…{"}"}
problem-expected-weather = ein Objekt wie {"{"}"builtin": "po-valley"{"}"}
problem-expected-monthly-means = ein Array von 12 Monatsmitteln, °C, beginnend mit Januar
problem-expected-number = eine Zahl
problem-expected-number-unit = eine Zahl, { $unit }
problem-expected-date = eine Datumszeichenkette "MM-DD"
problem-expected-field-number = eine Zahl; { $allowed }
problem-expected-field-integer = eine ganze Zahl; { $allowed }
problem-expected-bool = true oder false
problem-expected-choice = eines von { $choices }
problem-expected-season = null oder {"{"}"start": "MM-DD", "end": "MM-DD"{"}"}
problem-expected-monthly = null oder ein Array von 12 Zahlen, jeweils { $allowed }
problem-given-string = die Zeichenkette „{ $value }“
problem-given-array = ein Array
problem-given-object = ein Objekt
problem-given-monthly = 12 Monatswerte
problem-given-season = die Saison { $start } bis { $end }

problem-month-1 = Januar
problem-month-2 = Februar
problem-month-3 = März
problem-month-4 = April
problem-month-5 = Mai
problem-month-6 = Juni
problem-month-7 = Juli
problem-month-8 = August
problem-month-9 = September
problem-month-10 = Oktober
problem-month-11 = November
problem-month-12 = Dezember

weather-error-line = Zeile { $line }: { $message }
weather-error-not-utf8-epw = Byte { $byte } (0x{ $hex }) ist kein gültiger UTF-8-Text; erwartet wird eine ASCII-Zeile mit kommagetrennten EPW-Feldern
weather-error-not-utf8-csv = Byte { $byte } (0x{ $hex }) ist kein gültiger UTF-8-Text; erwartet wird eine Temperatur in °C pro Zeile
weather-error-too-many-epw = mehr als { $hours } Stundenzeilen; erwartet werden genau { $hours } Zeilen in den Zeilen { $first }–{ $last }
weather-error-too-many-csv = mehr als { $hours } Werte; erwartet wird genau einer pro Stunde des Jahres
weather-error-too-few-epw = die Datei endet nach { $n } { $count ->
    [one] Stundenzeile
   *[other] Stundenzeilen
  }; erwartet werden { $hours }
weather-error-too-few-csv = die Datei endet nach { $n } { $count ->
    [one] Wert
   *[other] Werten
  }; erwartet werden { $hours }, einer pro Stunde
weather-error-header-short = die Datei endet nach { $n } { $count ->
    [one] Zeile
   *[other] Zeilen
  }; erwartet werden 8 Kopfzeilen, dann { $hours } Stundenzeilen
weather-error-empty-line = leere Zeile innerhalb der Stundenzeilen (nach Stunde { $hour }); erwartet werden { $hours } aufeinanderfolgende Zeilen, eine pro Stunde
weather-error-few-fields = die Zeile hat { $n } kommagetrennte { $count ->
    [one] Feld
   *[other] Felder
  }; erwartet wird die Trockentemperatur in Feld 7 (von 35)
weather-error-nan-epw = die Trockentemperatur (7. Feld) ist { $text }, keine Zahl
weather-error-nan-csv = { $text } ist keine Zahl; erwartet wird eine Temperatur in °C pro Zeile
weather-error-separator-hint = (ein Wert pro Zeile, mit Dezimalpunkt statt Komma)
weather-error-too-high = die Trockentemperatur (7. Feld) ist { $text }, was EPW für einen fehlenden Wert verwendet; erwartet wird eine Temperatur unter { $missing } °C
weather-error-out-of-range = die Temperatur { $text } °C liegt außerhalb des zulässigen Bereichs { $min }…{ $max } °C
weather-error-upload = { $file }: { $error }
weather-load-unknown-climate = „{ $id }“ ist kein eingebautes Klima
weather-load-cannot-read = „{ $file }“ kann nicht gelesen werden: { $reason }
weather-load-file = „{ $file }“ { $error }
