# Messages de heat-twin : scénarios enregistrés (fr)
saved-title = Vos scénarios
saved-name-label = Nom
saved-save = Enregistrer
saved-default-name = Mon scénario
saved-empty = Aucun scénario enregistré pour l'instant. Ils sont conservés uniquement dans ce navigateur.
saved-saved = « { $name } » enregistré.
saved-saved-as = Enregistré sous « { $name } » : le nom « { $given } » était déjà utilisé.
saved-invalid = Ce scénario comporte des problèmes ({ $problems }) : corrigez-les avant d'enregistrer.
saved-cannot-save = Le scénario n'a pas pu être enregistré : relu, il ne donnait pas un scénario valide. Modifiez un réglage et réessayez.
saved-file-note = Le fichier météo importé « { $file } » n'est pas enregistré avec le scénario : après l'avoir chargé, importez de nouveau le fichier avec le réglage météo.
saved-needs-file = nécessite le fichier météo « { $file } »
saved-on = enregistré le { $date }
saved-list-label = Scénarios enregistrés
saved-load = Charger
saved-loaded = « { $name } » chargé.
saved-load-failed = « { $name } » n'a pas pu être chargé : { $problems }.
saved-rename = Renommer
saved-new-name = Nouveau nom
saved-rename-confirm = Enregistrer le nom
saved-rename-empty = Le nouveau nom est vide : saisissez un nom, ou appuyez sur Annuler.
saved-renamed = Renommé en « { $name } ».
saved-cancel = Annuler
saved-delete = Supprimer
saved-delete-ask = Supprimer « { $name } » ? Cette action est irréversible.
saved-delete-yes = Oui, supprimer
saved-deleted = « { $name } » supprimé.
saved-write-failed = Mais le stockage du navigateur l'a refusé (plein, ou bloqué en navigation privée) : la modification ne dure que jusqu'au prochain rechargement. Supprimez quelques scénarios enregistrés ou autorisez le stockage pour cette page.
saved-unavailable = Ce navigateur ne permet pas à la page d'utiliser son stockage (navigation privée, ou stockage bloqué) : les scénarios que vous enregistrez ne durent que jusqu'au prochain rechargement.
saved-unreadable-json = Les scénarios enregistrés dans ce navigateur n'ont pas pu être lus car ce n'est pas du JSON ({ $error }) ; ils ont donc été ignorés. Votre prochain enregistrement conserve une copie de l'ancien texte sous la clé « { $key } ».
saved-unreadable-list = Les scénarios enregistrés dans ce navigateur n'ont pas pu être lus car ce n'est pas une liste (peut-être les données d'une autre application) ; ils ont donc été ignorés. Votre prochain enregistrement conserve une copie de l'ancien texte sous la clé « { $key } ».
saved-skipped = { $count ->
    [one] { $count } entrée enregistrée a été ignorée
   *[other] { $count } entrées enregistrées ont été ignorées
  } ({ $reasons }). Les entrées illisibles sont laissées telles quelles dans le stockage ; supprimez-les avec le bouton ci-dessous.
saved-skip-entry = entrée { $n } : { $why }
saved-why-not-object = ce n'est pas un objet avec un nom, une date saved_at et un scénario
saved-why-name = son nom manque ou n'est pas du texte
saved-why-date = sa date saved_at manque ou n'est pas du texte
saved-why-no-scenario = elle ne contient pas de scénario
saved-why-scenario = son scénario n'est pas valide : { $problems }
saved-discard = Supprimer les entrées illisibles
saved-discarded = Entrées illisibles supprimées.
