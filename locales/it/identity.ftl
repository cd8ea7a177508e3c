# Identità dello scenario, condivisione, il CSV locale, le aggiunte al report e gli input che
# differiscono nel confronto (issue 14). Stesse chiavi di locales/en/identity.ftl.

identity-aria = Questo scenario
identity-name = Nome dello scenario
identity-description = Descrizione
identity-description-placeholder = Di cosa tratta questo scenario (facoltativo)
identity-untitled = Scenario senza nome
identity-modified-from = Modificato dal progetto «{ $preset }»: i valori sono tuoi, non del progetto.
identity-modified-suffix = (modificato)
identity-my-scenario = Il mio scenario (da { $preset })
identity-new = Nuovo scenario
identity-new-title = Ricomincia dai valori predefiniti del modello
identity-confirm-discard = Hai modifiche non salvate. Vuoi scartarle?
identity-cooling-note = { $cooling } porta i suoi valori: { $share } del calore catturato, circuito a { $out } in uscita dall'IT, raffreddato di { $delta }, EER del raffreddamento del sito { $eer }. Puoi modificarli.

share-menu = Condividi
share-copy-link = Copia il link
share-copy-link-title = Copia l'indirizzo di questo scenario: chi lo apre vede gli stessi input e risultati
share-copied = Link copiato. Chi lo apre vede questo scenario.
share-copy-refused = Il browser non ha permesso di copiare. Seleziona il link qui sotto e copialo.
share-link-label = Link a questo scenario
share-address-note = L'indirizzo contiene tutto lo scenario: copialo o inquadra il codice.
share-qr-caption = Inquadra per aprire questo scenario
share-short-link = Link breve: il progetto come pubblicato.

compare-share-link = Copia il link a questo confronto
compare-profiles-too-long = I profili misurati di A o di B rendono questo link troppo lungo, quindi il link li omette: chi lo apre vede quel lato simulato senza di essi. Salva lo scenario in JSON per condividerlo intero.
compare-print = Stampa il confronto
compare-link-side = Condiviso nel link: { $name }
compare-inputs-title = Input diversi
compare-inputs-none = I due scenari hanno gli stessi input.
compare-input = Input
compare-unit = Unità
compare-handout-title = Confronto tra due scenari

export-csv-local = CSV per foglio di calcolo
export-csv-local-title = I risultati orari per un foglio di calcolo in italiano (virgola decimale, punto e virgola tra le colonne)

report-based-on = Basato sul progetto «{ $preset }», modificato: i valori qui sotto sono di questo scenario, non del progetto.
report-based-on-sources = Il progetto da cui deriva cita { $count } fonti per i propri valori: vedi scenarios/{ $stem }.json.
report-unlimited = illimitata
report-published = Valori pubblicati e modellati
report-published-figure = Grandezza
report-published-value = Pubblicato
report-modelled-value = Modellato
report-published-diff = Differenza
report-chart-duration = Curva di durata del carico
report-chart-cop = COP della pompa di calore e temperatura di mandata rispetto alla temperatura esterna
report-scan = Inquadra per aprire questo scenario
report-unit-mwh-yr = MWh/anno
report-unit-t-yr = t/anno
report-unit-eur-yr = €/anno
compare-link = lo scenario nel link
published-source = Fonte
published-what = Che cosa è questo progetto:
published-modified = I valori pubblicati si confrontano con il progetto così come pubblicato: hai cambiato dei dati, quindi i valori del modello non sono più quelli del progetto. Ricarica il progetto per rivedere il confronto.
