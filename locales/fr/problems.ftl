# Messages de heat-twin : problèmes (fr)
# Problèmes de validation d'un scénario et erreurs des fichiers météo, formulés à partir des types
# lisibles par machine du modèle (src/problems.rs). Le texte anglais de la page est le message
# du modèle lui-même ; ces messages en sont la traduction.

problem-place = { $label } ({ $path }) : { $message }
problem-place-path = { $path } : { $message }
problem-list-or = { $rest } ou { $last }
problem-list-and = { $rest } et { $last }

problem-empty = le scénario est vide ; indiquez un objet JSON tel que {"{"}{"}"}
problem-syntax = ligne { $line }, colonne { $column } : JSON invalide : { $detail }
problem-not-json-number = ligne { $line }, colonne { $column } : JSON invalide : { $token } n'est pas un nombre en JSON (les littéraux NaN et Infinity ne sont pas autorisés)
problem-number-too-large = ligne { $line }, colonne { $column } : JSON invalide : { $token } est trop grand pour un nombre sur 64 bits (au plus environ { $largest })
problem-unknown-field = champ inconnu
problem-did-you-mean = (vouliez-vous dire "{ $name }" ?)
problem-allowed-keys = les champs possibles ici sont { $keys }
problem-duplicate = indiqué { $count } fois ({ $values }) ; chaque champ ne peut apparaître qu'une fois
problem-not-object = le scénario doit être un objet JSON {"{"}…{"}"} ; reçu { $found }
problem-wrong-type = attendu : { $expected } ; reçu : { $found }
problem-wrong-type-value = { $found } n'a pas le bon type ; attendu : { $expected }
problem-null = null n'est pas autorisé ; attendu : { $expected } (ou omettez le champ)
problem-missing-key = "{ $key }" manque ; attendu : { $expected }
problem-wrong-count = contient { $found } valeurs ; attendu : { $expected }
problem-not-finite = { $value } n'est pas un nombre fini ; { $allowed }
problem-not-integer = { $value } n'est pas un nombre entier ; { $allowed }
problem-out-of-range = { $value } est hors limites ; { $allowed }
problem-in-month = { $month } : { $message }
problem-allowed = valeurs admises de { $min } à { $max }{ $unit }
problem-allowed-integer = valeurs admises de { $min } à { $max }{ $unit } (entier)
problem-bad-choice = "{ $value }" n'est pas un choix valide ; choix admis { $choices }
problem-case-hint = (les choix respectent la casse : "{ $choice }")
problem-date-start = le début
problem-date-end = la fin
problem-bad-date-format = { $which } "{ $value }" n'est pas une date au format "MM-DD"
problem-bad-date-month = { $which } "{ $value }" a pour mois { $month } ; les mois vont de 01 à 12
problem-bad-date-day = { $which } "{ $value }" a pour jour { $day } ; { $monthname } a des jours de 01 à { $days }
problem-no-leap-day = (l'année du modèle n'a pas de 29 février)
problem-weather-sources = indique { $count } sources météo ({ $sources }) ; indiquez exactement une source parmi builtin, epw_file, csv_file ou monthly_means_c
problem-unknown-climate = "{ $value }" n'est pas un climat intégré ; choix admis { $choices }
problem-empty-path = le chemin du fichier est vide ; indiquez le chemin du fichier relativement au fichier du scénario
problem-amplitude-alone = { $value } est indiqué sans monthly_means_c ; il ne s'emploie qu'avec monthly_means_c
problem-amplitude-with = { $value } est indiqué avec { $sources } ; il ne s'emploie qu'avec monthly_means_c
problem-cross-max-below-min = { $max } est inférieur à { $min } ; le départ par temps froid doit être au moins égal au départ par temps doux
problem-cross-min-not-above-return = { $min } n'est pas supérieur à { $ret } ; le départ doit être plus chaud que le retour
problem-cross-ground = { $ground } n'est pas inférieur à la moyenne de { $min } et { $ret }, qui vaut { $mean } ; la température moyenne du réseau doit être supérieure à celle du sol
problem-cross-dhw = { $dhw } est supérieur à { $max } alors que { $share } > 0 ; le réseau ne peut pas garantir une eau chaude sanitaire sûre. Abaissez dhw_min_supply_c, relevez supply_max_c ou mettez dhw_share à 0
problem-plain-max-below-min = { $max } doit être au moins égal à { $min } : le réseau n'est jamais plus froid par temps froid que par temps doux.
problem-plain-min-not-above-return = { $min } doit être plus chaud que { $ret } : l'eau doit revenir plus froide qu'elle n'est partie.
problem-plain-ground = La température moyenne du réseau, entre { $min } et { $ret }, doit être supérieure à { $ground }.
problem-plain-dhw = { $dhw } ne peut pas être supérieur à { $max } : abaissez le premier, relevez le second ou mettez la part de l'eau chaude sanitaire à 0.
problem-resolved = { $field } = { $value }
problem-resolved-default = { $field } = { $value } (par défaut)
problem-resolved-generation = { $field } = { $value } (valeur par défaut { $generation })
problem-generation-custom = personnalisé (3G)

problem-expected-string = une chaîne de caractères
problem-expected-string-array = un tableau de chaînes de caractères
problem-expected-object = un objet {"{"}…{"}"}
problem-expected-weather = un objet tel que {"{"}"builtin": "po-valley"{"}"}
problem-expected-monthly-means = un tableau de 12 moyennes mensuelles, °C, en commençant par janvier
problem-expected-number = un nombre
problem-expected-number-unit = un nombre, { $unit }
problem-expected-date = une chaîne de date "MM-DD"
problem-expected-field-number = un nombre ; { $allowed }
problem-expected-field-integer = un nombre entier ; { $allowed }
problem-expected-bool = true ou false
problem-expected-choice = une valeur parmi { $choices }
problem-expected-season = null ou {"{"}"start": "MM-DD", "end": "MM-DD"{"}"}
problem-expected-monthly = null ou un tableau de 12 nombres, chacun { $allowed }
problem-given-string = la chaîne "{ $value }"
problem-given-array = un tableau
problem-given-object = un objet
problem-given-monthly = 12 valeurs mensuelles
problem-given-season = la saison du { $start } au { $end }

problem-month-1 = janvier
problem-month-2 = février
problem-month-3 = mars
problem-month-4 = avril
problem-month-5 = mai
problem-month-6 = juin
problem-month-7 = juillet
problem-month-8 = août
problem-month-9 = septembre
problem-month-10 = octobre
problem-month-11 = novembre
problem-month-12 = décembre

weather-error-line = ligne { $line } : { $message }
weather-error-not-utf8-epw = l'octet { $byte } (0x{ $hex }) n'est pas du texte UTF-8 valide ; attendu : une ligne ASCII de champs EPW séparés par des virgules
weather-error-not-utf8-csv = l'octet { $byte } (0x{ $hex }) n'est pas du texte UTF-8 valide ; attendu : une température en °C par ligne
weather-error-too-many-epw = plus de { $hours } lignes horaires ; attendu : exactement { $hours } lignes, aux lignes { $first }–{ $last }
weather-error-too-many-csv = plus de { $hours } valeurs ; attendu : exactement une par heure de l'année
weather-error-too-few-epw = le fichier se termine après { $n } { $count ->
    [one] ligne horaire
   *[other] lignes horaires
  } ; attendu : { $hours }
weather-error-too-few-csv = le fichier se termine après { $n } { $count ->
    [one] valeur
   *[other] valeurs
  } ; attendu : { $hours }, une par heure
weather-error-header-short = le fichier se termine après { $n } { $count ->
    [one] ligne
   *[other] lignes
  } ; attendu : 8 lignes d'en-tête, puis { $hours } lignes horaires
weather-error-empty-line = ligne vide parmi les lignes horaires (après l'heure { $hour }) ; attendu : { $hours } lignes consécutives, une par heure
weather-error-few-fields = la ligne a { $n } { $count ->
    [one] champ séparé
   *[other] champs séparés
  } par des virgules ; attendu : la température sèche dans le champ 7 (sur 35)
weather-error-nan-epw = la température sèche (7e champ) vaut { $text }, ce n'est pas un nombre
weather-error-nan-csv = { $text } n'est pas un nombre ; attendu : une température en °C par ligne
weather-error-separator-hint = (une valeur par ligne, avec un point comme séparateur décimal)
weather-error-too-high = la température sèche (7e champ) vaut { $text }, valeur qu'EPW utilise pour une donnée manquante ; attendu : une température inférieure à { $missing } °C
weather-error-out-of-range = la température { $text } °C est hors de la plage admise { $min }…{ $max } °C
weather-error-upload = { $file } : { $error }
weather-load-unknown-climate = "{ $id }" n'est pas un climat intégré
weather-load-cannot-read = impossible de lire "{ $file }" : { $reason }
weather-load-file = "{ $file }" { $error }
