# heat-twin-Meldungen: gespeicherte Szenarien (de)
saved-title = Ihre Szenarien
saved-name-label = Name
saved-save = Speichern
saved-default-name = Mein Szenario
saved-empty = Noch keine gespeicherten Szenarien. Sie werden nur in diesem Browser aufbewahrt.
saved-saved = „{ $name }“ gespeichert.
saved-saved-as = Als „{ $name }“ gespeichert: Der Name „{ $given }“ war bereits vergeben.
saved-invalid = Dieses Szenario hat Probleme ({ $problems }): Beheben Sie sie vor dem Speichern.
saved-cannot-save = Das Szenario konnte nicht gespeichert werden: Es ließ sich nicht als gültiges Szenario zurücklesen. Ändern Sie eine Eingabe und versuchen Sie es erneut.
saved-file-note = Die hochgeladene Wetterdatei „{ $file }“ wird nicht mit dem Szenario gespeichert: Laden Sie die Datei nach dem Öffnen des Szenarios erneut über die Wettereingabe hoch.
saved-needs-file = benötigt die Wetterdatei „{ $file }“
saved-on = gespeichert am { $date }
saved-list-label = Gespeicherte Szenarien
saved-load = Laden
saved-loaded = „{ $name }“ geladen.
saved-load-failed = „{ $name }“ konnte nicht geladen werden: { $problems }.
saved-rename = Umbenennen
saved-new-name = Neuer Name
saved-rename-confirm = Namen speichern
saved-rename-empty = Der neue Name ist leer: Geben Sie einen Namen ein oder wählen Sie Abbrechen.
saved-renamed = Umbenannt in „{ $name }“.
saved-cancel = Abbrechen
saved-delete = Löschen
saved-delete-ask = „{ $name }“ löschen? Dies kann nicht rückgängig gemacht werden.
saved-delete-yes = Ja, löschen
saved-deleted = „{ $name }“ gelöscht.
saved-write-failed = Der Speicher des Browsers hat es jedoch abgelehnt (voll oder im privaten Modus gesperrt): Die Änderung gilt nur bis zum Neuladen. Löschen Sie einige gespeicherte Szenarien oder erlauben Sie dieser Seite die Speicherung.
saved-unavailable = Dieser Browser lässt die Seite seinen Speicher nicht nutzen (privater Modus oder Speicher gesperrt): Gespeicherte Szenarien gelten nur bis zum Neuladen.
saved-unreadable-json = Die gespeicherten Szenarien in diesem Browser konnten nicht gelesen werden, da sie kein JSON sind ({ $error }); sie wurden daher übersprungen. Beim nächsten Speichern wird eine Kopie des alten Texts unter dem Schlüssel „{ $key }“ aufbewahrt.
saved-unreadable-list = Die gespeicherten Szenarien in diesem Browser konnten nicht gelesen werden, da sie keine Liste sind (vielleicht Daten einer anderen App); sie wurden daher übersprungen. Beim nächsten Speichern wird eine Kopie des alten Texts unter dem Schlüssel „{ $key }“ aufbewahrt.
saved-skipped = { $count ->
    [one] 1 gespeicherter Eintrag wurde übersprungen
   *[other] { $count } gespeicherte Einträge wurden übersprungen
  } ({ $reasons }). Unlesbare Einträge bleiben unverändert im Speicher; entfernen Sie sie mit der Schaltfläche unten.
saved-skip-entry = Eintrag { $n }: { $why }
saved-why-not-object = Er ist kein Objekt mit einem Namen, einem Datum saved_at und einem Szenario
saved-why-name = Sein Name fehlt oder ist kein Text
saved-why-date = Sein Datum saved_at fehlt oder ist kein Text
saved-why-no-scenario = Er hat kein Szenario
saved-why-scenario = Sein Szenario ist ungültig: { $problems }
saved-discard = Unlesbare Einträge entfernen
saved-discarded = Die unlesbaren Einträge wurden entfernt.
