# Messages de heat-twin : partage (fr)
share-bad-link = Ce lien n'a pas pu être ouvert : { $reason }. Le scénario par défaut est affiché à la place.
share-part-scenario = scénario
share-part-weather = fichier météo
share-part-instruments = instruments (recherche d'objectif, balayages de conception, incertitude)
share-err-no-scenario = il ne contient pas de scénario (pas de partie « s= ») ; copiez de nouveau l'adresse complète
share-err-bad-part = il contient une partie inattendue ou répétée « { $text } » ; copiez de nouveau l'adresse complète
share-err-version = sa partie { $part } est au format de version { $found }, alors que cette page lit la version { $known } ; ouvrez-le avec la version de heat-twin qui l'a créé
share-err-shape = sa partie { $part } est tronquée ou mal formée ; copiez de nouveau l'adresse complète
share-err-base64 = sa partie { $part } contient des caractères qui ne sont pas du base64url ; copiez de nouveau l'adresse complète
share-err-deflate = sa partie { $part } est incomplète ou a été modifiée (sa somme de contrôle ne correspond pas) ; copiez de nouveau l'adresse complète
share-err-too-large = sa partie { $part } se décompresse en plus de données qu'un lien ne peut en contenir (trop volumineuse)
share-err-not-utf8 = son scénario n'est pas du texte UTF-8
share-err-not-json = son scénario n'est pas du JSON valide ({ $detail })
share-err-weather-kind = sa partie météo n'est ni un fichier EPW ni un fichier CSV avec un nom lisible
share-err-weather-count = son fichier météo contient { $count } températures horaires au lieu de 8 760
share-err-weather-not-finite = la température de son fichier météo à l'heure { $hour } n'est pas un nombre
share-err-weather-range = la température de son fichier météo à l'heure { $hour } est de { $value } °C, hors de la plage admise −90…70 °C
share-err-weather-missing = son scénario lit un fichier météo importé, mais le lien ne contient pas les températures de ce fichier
share-err-instrument = sa demande aux instruments ne peut pas être exécutée : { $detail }
embed-open-full = Ouvrir heat-twin complet avec ce scénario ↗
embed-note = Calculé dans votre navigateur par le modèle horaire de heat-twin sur une année entière ; déplacez le curseur pour recalculer.
embed-untitled = Scénario sans titre
share-embed-label = Afficher ce scénario sur votre site web (copiez ce HTML)
share-embed-note = Une carte avec les chiffres clés et le curseur des baies ; elle renvoie vers heat-twin complet avec le même scénario.
share-part-drivers = profils mesurés
share-drivers-dropped = Les profils mesurés du lien n'ont pas pu être lus : { $reason }. Le reste du scénario est chargé sans eux.
