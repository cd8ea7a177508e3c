# À ajouter à locales/fr/share.ftl (après share-part-weather et après share-err-weather-missing).
share-part-instruments = instruments (recherche d'objectif, balayages de conception, incertitude)
share-err-instrument = sa demande aux instruments ne peut pas être exécutée : { $detail }
