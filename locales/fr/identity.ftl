# Identité du scénario, partage, CSV local, ajouts au rapport et paramètres qui diffèrent
# dans la comparaison (issue 14). Mêmes clés que locales/en/identity.ftl.

identity-aria = Ce scénario
identity-name = Nom du scénario
identity-description = Description
identity-description-placeholder = De quoi parle ce scénario (facultatif)
identity-untitled = Scénario sans titre
identity-modified-from = Modifié à partir du scénario prédéfini « { $preset } » : les chiffres sont les vôtres, pas ceux du projet.
identity-modified-suffix = (modifié)
identity-my-scenario = Mon scénario (d'après { $preset })
identity-new = Nouveau scénario
identity-new-title = Repartir des valeurs par défaut du modèle
identity-confirm-discard = Vous avez des modifications non enregistrées. Les abandonner ?
identity-cooling-note = { $cooling } apporte ses propres valeurs : { $share } de la chaleur captée, boucle à { $out } en sortie de l'IT, refroidie de { $delta }, EER du refroidissement du site { $eer }. Vous pouvez les modifier.

share-menu = Partager
share-copy-link = Copier le lien
share-copy-link-title = Copier l'adresse de ce scénario : quiconque l'ouvre voit les mêmes paramètres et les mêmes résultats
share-copied = Lien copié. Quiconque l'ouvre voit ce scénario.
share-copy-refused = Le navigateur n'a pas autorisé la page à copier. Sélectionnez le lien ci-dessous et copiez-le.
share-link-label = Lien vers ce scénario
share-address-note = L'adresse contient tout le scénario : copiez-la, ou scannez le code.
share-qr-caption = Scannez pour ouvrir ce scénario
share-short-link = Lien court : le scénario prédéfini tel que publié.

compare-share-link = Copier le lien de cette comparaison
compare-profiles-too-long = Les profils mesurés de A ou de B rendent ce lien trop long : le lien les omet, et qui l’ouvre voit ce côté modélisé sans eux. Enregistrez le scénario en JSON pour le partager en entier.
compare-print = Imprimer la comparaison
compare-link-side = Partagé dans le lien : { $name }
compare-inputs-title = Paramètres qui diffèrent
compare-inputs-none = Les deux scénarios ont les mêmes paramètres.
compare-input = Paramètre
compare-unit = Unité
compare-handout-title = Comparaison de deux scénarios

export-csv-local = CSV pour un tableur
export-csv-local-title = Les résultats horaires pour un tableur dans cette langue (en français, virgule comme séparateur décimal : point-virgule entre les colonnes)

report-based-on = D'après le scénario prédéfini « { $preset } », modifié : les chiffres ci-dessous sont ceux de ce scénario, pas ceux du projet.
report-based-on-sources = Le scénario prédéfini dont il est issu cite { $count } sources pour ses propres chiffres : voir scenarios/{ $stem }.json.
report-unlimited = illimitée
report-published = Valeurs publiées et modélisées
report-published-figure = Grandeur
report-published-value = Publié
report-modelled-value = Modélisé
report-published-diff = Écart
report-chart-duration = Monotone de charge
report-chart-cop = COP de la pompe à chaleur et température de départ en fonction de la température extérieure
report-scan = Scannez pour ouvrir ce scénario
report-unit-mwh-yr = MWh/an
report-unit-t-yr = t/an
report-unit-eur-yr = €/an
compare-link = le scénario du lien
published-source = Source
published-what = Ce qu'est ce scénario prédéfini :
published-modified = Les chiffres publiés sont comparés au scénario prédéfini tel que publié : vos paramètres ont changé, les chiffres du modèle ne sont donc plus ceux du projet. Rechargez le scénario prédéfini pour voir la comparaison.
