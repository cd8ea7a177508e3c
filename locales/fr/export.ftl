# Messages de heat-twin : export (fr)
# La barre d'export (src/components/export/) et le rapport imprimé (src/components/report.rs).

## Barre d'export
export-group = Exporter et importer
export-json = Enregistrer le scénario
export-json-title = Télécharger ce scénario sous forme de fichier JSON, pour l'importer ici plus tard ou le simuler avec heat-twin-cli
export-import = Ouvrir un scénario…
export-import-title = Charger un fichier JSON de scénario enregistré depuis cette page ou écrit à la main
export-csv = CSV horaire
export-csv-title = Télécharger les 8 760 résultats horaires de cette simulation en CSV, chaque colonne nommée avec son unité
export-png = Graphique PNG
export-png-title = Télécharger le graphique affiché ci-dessous en image PNG
export-print = Imprimer le rapport
export-print-title = Imprimer un rapport d'une ou deux pages sur ce scénario, ou l'enregistrer en PDF
export-dismiss = Fermer ce message
export-imported = « { $name } » ouvert. Tous les résultats ci-dessous portent désormais sur ce scénario.
export-import-refused = Non ouvert : { $file } comporte { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
  }. Rien n'a été modifié ; corrigez le fichier et ouvrez-le de nouveau.
export-whole-file = le fichier
export-not-utf8 = Non ouvert : { $file } n'est pas du texte UTF-8, ce n'est donc pas un fichier JSON de scénario. Rien n'a été modifié ; choisissez un fichier .json enregistré avec « Enregistrer le scénario » ou par heat-twin-cli.
export-read-failed = Non ouvert : le navigateur n'a pas pu lire { $file }. Rien n'a été modifié ; réessayez, ou copiez d'abord le fichier dans un emplacement lisible.
export-no-results = Rien à exporter : le scénario ne peut pas être simulé tant qu'il comporte des problèmes. Corrigez les champs signalés en rouge, puis exportez de nouveau.
export-no-chart = Aucun graphique à enregistrer pour l'instant : le graphique n'a pas encore été dessiné. Faites défiler jusqu'aux graphiques, attendez qu'il s'affiche, puis réessayez.
export-download-failed = Le téléchargement n'a pas démarré ({ $why }). Rien n'a été perdu ; réessayez, ou autorisez les téléchargements pour cette page.
export-print-failed = Le navigateur a refusé d'imprimer ({ $why }). Utilisez plutôt sa propre commande Imprimer (Ctrl+P ou ⌘P).

## Rapport
report-kicker = Rapport heat-twin · la chaleur fatale d'un centre de données dans un réseau de chaleur, heure par heure sur une année type
report-untitled = Scénario sans titre
report-date = Imprimé le
report-link = Lien du scénario :
report-cannot-run = Le scénario ne peut pas être simulé : il comporte des problèmes. Corrigez les champs signalés en rouge sur la page, puis imprimez de nouveau.
report-results = Résultats sur une année
report-inputs = Principaux paramètres
report-charts = Graphiques
report-sources = Hypothèses et sources
report-weather = Météo
report-weather-file = fichier importé
report-weather-monthly = une année synthétique construite à partir de 12 températures moyennes mensuelles
report-model = Modèle : heat-twin, docs/MODEL.md version 3 — un bilan énergétique horaire quasi statique sur les 8 760 heures d'une année type en heure normale locale, avec les installations propres du réseau dans l'ordre de préséance économique (sans hydraulique à l'intérieur du réseau). Les sources sont abrégées ici ; le texte complet se trouve dans le panneau Méthode de la page. Les paramètres que le scénario n'indique pas prennent leur valeur par défaut ; la source de chaque valeur par défaut est indiquée ci-dessous et dans docs/REFERENCE.md.
report-scenario-sources = Les sources de ce scénario :
report-default-sources = Sources des valeurs par défaut des principaux paramètres :
report-chart-year = Chaleur livrée jour par jour sur l'année, MWh/jour
report-chart-monthly = Chaleur livrée (MWh) et CO2 évité (t), mois par mois
report-chart-flows = Flux d'énergie sur l'année, MWh/an
report-na = n.d.
report-yes = oui
report-no = non
report-default = par défaut
report-unit-racks = baies
report-unit-homes = logements
report-unit-years = ans
report-unit-ratio = ratio
report-kpi-heat = Chaleur livrée
report-kpi-homes = Logements chauffés
report-kpi-co2 = CO2 évité
report-kpi-share = Part de la chaleur du réseau
report-kpi-erf = Facteur de réutilisation de l'énergie (ERF)
report-kpi-pue = Indicateur d'efficacité énergétique (PUE)
report-kpi-scop = COP saisonnier de la pompe à chaleur (SCOP)
report-kpi-payback = Temps de retour simple
report-kpi-lcoh = Coût de la chaleur récupérée (LCOH)
report-kpi-capex = Investissement
report-kpi-utility = Gain de l'exploitant du réseau
report-kpi-dc = Gain du centre de données
