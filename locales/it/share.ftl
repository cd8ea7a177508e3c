# heat-twin messages: share (it)
share-bad-link = Questo link non si può aprire: { $reason }. Viene mostrato lo scenario predefinito.
share-part-scenario = scenario
share-part-weather = file meteo
share-part-instruments = strumenti (ricerca obiettivo, analisi parametriche, incertezza)
share-err-no-scenario = non contiene uno scenario (manca la parte “s=”); copia di nuovo l’indirizzo intero
share-err-bad-part = contiene una parte inattesa o ripetuta “{ $text }”; copia di nuovo l’indirizzo intero
share-err-version = la parte { $part } è nel formato versione { $found }, e questa pagina legge la versione { $known }; aprilo con la versione di heat-twin che l’ha creato
share-err-shape = la parte { $part } è troncata o malformata; copia di nuovo l’indirizzo intero
share-err-base64 = la parte { $part } contiene caratteri che non sono base64url; copia di nuovo l’indirizzo intero
share-err-deflate = la parte { $part } è incompleta o è stata modificata (il checksum non corrisponde); copia di nuovo l’indirizzo intero
share-err-too-large = la parte { $part } si espande in più dati di quanti un link ne possa contenere (troppo grande)
share-err-not-utf8 = lo scenario non è testo UTF-8
share-err-not-json = lo scenario non è JSON valido ({ $detail })
share-err-weather-kind = la parte meteo non è un file EPW o CSV con un nome leggibile
share-err-weather-count = il file meteo ha { $count } temperature orarie invece di 8.760
share-err-weather-not-finite = la temperatura del file meteo all’ora { $hour } non è un numero
share-err-weather-range = la temperatura del file meteo all’ora { $hour } è { $value } °C, fuori dall’intervallo accettato −90…70 °C
share-err-weather-missing = lo scenario legge un file meteo caricato, ma il link non contiene le sue temperature
share-err-instrument = la richiesta agli strumenti non si può eseguire: { $detail }
embed-open-full = Apri heat-twin completo con questo scenario ↗
embed-note = Calcolato nel tuo browser dal modello orario di heat-twin su un anno intero; sposta il cursore per ricalcolare.
embed-untitled = Scenario senza nome
share-embed-label = Mostra questo scenario sul tuo sito (copia questo HTML)
share-embed-note = Una scheda con le cifre principali e il cursore dei rack; rimanda a heat-twin completo con lo stesso scenario.
share-part-drivers = profili misurati
share-drivers-dropped = Non è stato possibile leggere i profili misurati del link: { $reason }. Il resto dello scenario è caricato senza di essi.
