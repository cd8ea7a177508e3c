# In locales/de/share.ftl einzufügen (nach share-part-weather und nach share-err-weather-missing).
share-part-instruments = Werkzeuge (Zielwertsuche, Parameterstudien, Unsicherheit)
share-err-instrument = Seine Anfrage an die Werkzeuge kann nicht ausgeführt werden: { $detail }
