# heat-twin messages: problems (it)
# Validation problems of a scenario and errors of weather files, worded from the model's
# machine-readable kinds (src/problems.rs). Paths and JSON names stay as written in the file.

problem-place = { $label } ({ $path }): { $message }
problem-place-path = { $path }: { $message }
problem-list-or = { $rest } o { $last }
problem-list-and = { $rest } e { $last }

problem-empty = lo scenario è vuoto; inserisci un oggetto JSON come {"{"}{"}"}
problem-syntax = riga { $line }, colonna { $column }: JSON non valido: { $detail }
problem-not-json-number = riga { $line }, colonna { $column }: JSON non valido: { $token } non è un numero in JSON (i valori NaN e Infinity non sono ammessi)
problem-number-too-large = riga { $line }, colonna { $column }: JSON non valido: { $token } è troppo grande per un numero a 64 bit (il massimo è circa { $largest })
problem-unknown-field = campo sconosciuto
problem-did-you-mean = (forse intendevi "{ $name }"?)
problem-allowed-keys = campi ammessi: { $keys }
problem-duplicate = indicato { $count } volte ({ $values }); ogni campo può comparire una sola volta
problem-not-object = lo scenario deve essere un oggetto JSON {"{"}…{"}"}; ricevuto { $found }
problem-wrong-type = atteso { $expected }; ricevuto { $found }
problem-wrong-type-value = { $found } ha il tipo sbagliato; atteso { $expected }
problem-null = null non è ammesso; atteso { $expected } (oppure ometti il campo)
problem-missing-key = manca "{ $key }"; atteso { $expected }
problem-wrong-count = ha { $found } valori; atteso { $expected }
problem-not-finite = { $value } non è un numero finito; { $allowed }
problem-not-integer = { $value } non è un numero intero; { $allowed }
problem-out-of-range = { $value } è fuori dall'intervallo; { $allowed }
problem-in-month = { $month }: { $message }
problem-allowed = ammessi da { $min } a { $max }{ $unit }
problem-allowed-integer = ammessi da { $min } a { $max }{ $unit } (numero intero)
problem-bad-choice = "{ $value }" non è una scelta valida; ammessi { $choices }
problem-case-hint = (maiuscole e minuscole contano: "{ $choice }")
problem-date-start = la data di inizio
problem-date-end = la data di fine
problem-bad-date-format = { $which } "{ $value }" non è una data nella forma "MM-DD"
problem-bad-date-month = { $which } "{ $value }" ha il mese { $month }; i mesi vanno da 01 a 12
problem-bad-date-day = { $which } "{ $value }" ha il giorno { $day }; { $monthname } ha i giorni da 01 a { $days }
problem-no-leap-day = (l'anno del modello non ha il 29 febbraio)
problem-weather-sources = indica { $count } fonti meteo ({ $sources }); indicane esattamente una tra builtin, epw_file, csv_file o monthly_means_c
problem-unknown-climate = "{ $value }" non è un clima integrato; ammessi { $choices }
problem-empty-path = il percorso del file è vuoto; indica il percorso del file rispetto al file dello scenario
problem-amplitude-alone = { $value } è indicato senza monthly_means_c; va indicato solo con monthly_means_c
problem-amplitude-with = { $value } è indicato con { $sources }; va indicato solo con monthly_means_c
problem-cross-max-below-min = { $max } è sotto { $min }; la mandata con il freddo deve essere almeno pari alla mandata con il clima mite
problem-cross-min-not-above-return = { $min } non è sopra { $ret }; la mandata deve essere più calda del ritorno
problem-cross-ground = { $ground } non è sotto la media di { $min } e { $ret }, che è { $mean }; la temperatura media della rete deve essere superiore a quella del terreno
problem-cross-dhw = { $dhw } è sopra { $max } mentre { $share } > 0; la rete non può garantire acqua calda sanitaria sicura. Abbassa dhw_min_supply_c, alza supply_max_c o imposta dhw_share a 0
problem-plain-max-below-min = { $max } deve essere almeno pari a { $min }: con il freddo la rete non è mai meno calda che con il clima mite.
problem-plain-min-not-above-return = { $min } deve essere più calda di { $ret }: l'acqua deve tornare più fredda di come è partita.
problem-plain-ground = La temperatura media della rete, tra { $min } e { $ret }, deve essere superiore a { $ground }.
problem-plain-dhw = { $dhw } non può superare { $max }: abbassa la prima, alza la seconda o porta a 0 la quota di acqua calda sanitaria.
problem-resolved = { $field } = { $value }
problem-resolved-default = { $field } = { $value } (predefinito)
problem-resolved-generation = { $field } = { $value } (predefinito { $generation })
problem-generation-custom = personalizzata (3G)

problem-expected-string = una stringa
problem-expected-string-array = un array di stringhe
problem-expected-object = un oggetto {"{"}…{"}"}
problem-expected-weather = un oggetto come {"{"}"builtin": "po-valley"{"}"}
problem-expected-monthly-means = un array di 12 medie mensili, °C, a partire da gennaio
problem-expected-number = un numero
problem-expected-number-unit = un numero, { $unit }
problem-expected-date = una data "MM-DD"
problem-expected-field-number = un numero; { $allowed }
problem-expected-field-integer = un numero intero; { $allowed }
problem-expected-bool = true o false
problem-expected-choice = uno tra { $choices }
problem-expected-season = null oppure {"{"}"start": "MM-DD", "end": "MM-DD"{"}"}
problem-expected-monthly = null oppure un array di 12 numeri, ciascuno { $allowed }
problem-given-string = la stringa "{ $value }"
problem-given-array = un array
problem-given-object = un oggetto
problem-given-monthly = 12 valori mensili
problem-given-season = la stagione da { $start } a { $end }

problem-month-1 = gennaio
problem-month-2 = febbraio
problem-month-3 = marzo
problem-month-4 = aprile
problem-month-5 = maggio
problem-month-6 = giugno
problem-month-7 = luglio
problem-month-8 = agosto
problem-month-9 = settembre
problem-month-10 = ottobre
problem-month-11 = novembre
problem-month-12 = dicembre

weather-error-line = riga { $line }: { $message }
weather-error-not-utf8-epw = il byte { $byte } (0x{ $hex }) non è testo UTF-8 valido; attesa una riga ASCII di campi EPW separati da virgole
weather-error-not-utf8-csv = il byte { $byte } (0x{ $hex }) non è testo UTF-8 valido; attesa una temperatura in °C per riga
weather-error-too-many-epw = più di { $hours } righe orarie; attese esattamente { $hours } righe, dalla riga { $first } alla { $last }
weather-error-too-many-csv = più di { $hours } valori; atteso esattamente un valore per ogni ora dell'anno
weather-error-too-few-epw = il file termina dopo { $n } { $count ->
    [one] riga oraria
   *[other] righe orarie
  }; attese { $hours }
weather-error-too-few-csv = il file termina dopo { $n } { $count ->
    [one] valore
   *[other] valori
  }; attesi { $hours }, uno per ora
weather-error-header-short = il file termina dopo { $n } { $count ->
    [one] riga
   *[other] righe
  }; attese 8 righe di intestazione, poi { $hours } righe orarie
weather-error-empty-line = riga vuota tra le righe orarie (dopo l'ora { $hour }); attese { $hours } righe consecutive, una per ora
weather-error-few-fields = la riga ha { $n } { $count ->
    [one] campo separato
   *[other] campi separati
  } da virgole; attesa la temperatura a bulbo secco nel campo 7 (di 35)
weather-error-nan-epw = la temperatura a bulbo secco (7° campo) è { $text }, non un numero
weather-error-nan-csv = { $text } non è un numero; attesa una temperatura in °C per riga
weather-error-separator-hint = (un valore per riga, con il punto come separatore decimale)
weather-error-too-high = la temperatura a bulbo secco (7° campo) è { $text }, valore che in EPW indica un dato mancante; attesa una temperatura inferiore a { $missing } °C
weather-error-out-of-range = la temperatura { $text } °C è fuori dall'intervallo accettato { $min }…{ $max } °C
weather-error-upload = { $file }: { $error }
weather-load-unknown-climate = "{ $id }" non è un clima integrato
weather-load-cannot-read = impossibile leggere "{ $file }": { $reason }
weather-load-file = "{ $file }" { $error }
