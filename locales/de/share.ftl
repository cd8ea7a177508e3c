# heat-twin-Meldungen: Teilen (de)
share-bad-link = Dieser Link konnte nicht geöffnet werden: { $reason }. Stattdessen wird das Standardszenario angezeigt.
share-part-scenario = Szenario
share-part-weather = Wetterdatei
share-part-instruments = Werkzeuge (Zielwertsuche, Parameterstudien, Unsicherheit)
share-err-no-scenario = Er enthält kein Szenario (keinen Teil „s=“); kopieren Sie die ganze Adresse erneut
share-err-bad-part = Er enthält einen unerwarteten oder wiederholten Teil „{ $text }“; kopieren Sie die ganze Adresse erneut
share-err-version = Sein Teil „{ $part }“ hat die Formatversion { $found }, und diese Seite liest Version { $known }; öffnen Sie ihn mit der heat-twin-Version, die ihn erstellt hat
share-err-shape = Sein Teil „{ $part }“ ist abgeschnitten oder fehlerhaft; kopieren Sie die ganze Adresse erneut
share-err-base64 = Sein Teil „{ $part }“ enthält Zeichen, die kein base64url sind; kopieren Sie die ganze Adresse erneut
share-err-deflate = Sein Teil „{ $part }“ ist unvollständig oder wurde verändert (seine Prüfsumme stimmt nicht); kopieren Sie die ganze Adresse erneut
share-err-too-large = Sein Teil „{ $part }“ entpackt zu mehr Daten, als ein Link enthalten darf (zu groß)
share-err-not-utf8 = Sein Szenario ist kein UTF-8-Text
share-err-not-json = Sein Szenario ist kein gültiges JSON ({ $detail })
share-err-weather-kind = Sein Wetterteil ist weder eine EPW- noch eine CSV-Datei mit lesbarem Namen
share-err-weather-count = Seine Wetterdatei hat { $count } Stundentemperaturen statt 8.760
share-err-weather-not-finite = Die Temperatur seiner Wetterdatei in Stunde { $hour } ist keine Zahl
share-err-weather-range = Die Temperatur seiner Wetterdatei in Stunde { $hour } beträgt { $value } °C, außerhalb des zulässigen Bereichs −90…70 °C
share-err-weather-missing = Sein Szenario liest eine hochgeladene Wetterdatei, aber der Link enthält die Temperaturen dieser Datei nicht
share-err-instrument = Seine Anfrage an die Werkzeuge kann nicht ausgeführt werden: { $detail }
embed-open-full = Das vollständige heat-twin mit diesem Szenario öffnen ↗
embed-note = In Ihrem Browser berechnet mit dem stündlichen Jahresmodell von heat-twin; bewegen Sie den Schieberegler, um neu zu rechnen.
embed-untitled = Unbenanntes Szenario
share-embed-label = Dieses Szenario auf Ihrer Website zeigen (diesen HTML-Code kopieren)
share-embed-note = Eine Karte mit den wichtigsten Kennzahlen und dem Regler für die Racks; sie verlinkt auf das vollständige heat-twin mit demselben Szenario.
share-part-drivers = gemessene Profile
share-drivers-dropped = Die gemessenen Profile des Links konnten nicht gelesen werden: { $reason }. Der Rest des Szenarios ist ohne sie geladen.
