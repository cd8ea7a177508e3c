# heat-twin messages: saved (it)
saved-title = I tuoi scenari
saved-name-label = Nome
saved-save = Salva
saved-default-name = Il mio scenario
saved-empty = Nessuno scenario salvato. Restano solo in questo browser.
saved-saved = Salvato “{ $name }”.
saved-saved-as = Salvato come “{ $name }”: il nome “{ $given }” era già usato.
saved-invalid = Questo scenario ha dei problemi ({ $problems }): correggili prima di salvare.
saved-cannot-save = Non è stato possibile salvare lo scenario: non si rilegge come scenario valido. Cambia un controllo e riprova.
saved-file-note = Il file meteo caricato “{ $file }” non viene salvato con lo scenario: dopo averlo caricato, carica di nuovo il file con il controllo del meteo.
saved-needs-file = serve il file meteo “{ $file }”
saved-on = salvato il { $date }
saved-list-label = Scenari salvati
saved-load = Carica
saved-loaded = Caricato “{ $name }”.
saved-load-failed = Non è stato possibile caricare “{ $name }”: { $problems }.
saved-rename = Rinomina
saved-new-name = Nuovo nome
saved-rename-confirm = Salva il nome
saved-rename-empty = Il nuovo nome è vuoto: scrivi un nome o premi Annulla.
saved-renamed = Rinominato in “{ $name }”.
saved-cancel = Annulla
saved-delete = Elimina
saved-delete-ask = Eliminare “{ $name }”? Non si può annullare.
saved-delete-yes = Sì, elimina
saved-deleted = Eliminato “{ $name }”.
saved-write-failed = Ma la memoria del browser l'ha rifiutato (piena, o bloccata nella navigazione privata): la modifica dura solo fino al ricaricamento. Elimina qualche scenario salvato o consenti la memoria per questa pagina.
saved-unavailable = Questo browser non consente alla pagina di usare la sua memoria (navigazione privata o memoria bloccata): gli scenari salvati durano solo fino al ricaricamento.
saved-unreadable-json = Gli scenari salvati in questo browser non si possono leggere perché non sono JSON ({ $error }), quindi sono stati ignorati. Il prossimo salvataggio conserva una copia del vecchio testo nella chiave “{ $key }”.
saved-unreadable-list = Gli scenari salvati in questo browser non si possono leggere perché non sono un elenco (forse dati di un'altra app), quindi sono stati ignorati. Il prossimo salvataggio conserva una copia del vecchio testo nella chiave “{ $key }”.
saved-skipped = { $count ->
    [one] 1 voce salvata è stata ignorata
   *[other] { $count } voci salvate sono state ignorate
  } ({ $reasons }). Le voci illeggibili restano intatte nella memoria; eliminale con il pulsante qui sotto.
saved-skip-entry = voce { $n }: { $why }
saved-why-not-object = non è un oggetto con un nome, una data saved_at e uno scenario
saved-why-name = il nome manca o non è testo
saved-why-date = la data saved_at manca o non è testo
saved-why-no-scenario = non ha uno scenario
saved-why-scenario = lo scenario non è valido: { $problems }
saved-discard = Elimina le voci illeggibili
saved-discarded = Voci illeggibili eliminate.
