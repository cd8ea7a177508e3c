# Identität des Szenarios, Teilen, die lokale CSV, die Ergänzungen des Berichts und die
# abweichenden Eingaben im Vergleich (Issue 14). Gleiche Schlüssel wie locales/en/identity.ftl.

identity-aria = Dieses Szenario
identity-name = Name des Szenarios
identity-description = Beschreibung
identity-description-placeholder = Worum es in diesem Szenario geht (optional)
identity-untitled = Unbenanntes Szenario
identity-modified-from = Geändert gegenüber der Vorlage „{ $preset }“: Die Zahlen sind Ihre, nicht die des Projekts.
identity-modified-suffix = (geändert)
identity-my-scenario = Mein Szenario (aus { $preset })
identity-new = Neues Szenario
identity-new-title = Von den Standardwerten des Modells neu beginnen
identity-confirm-discard = Sie haben nicht gespeicherte Änderungen. Verwerfen?
identity-cooling-note = { $cooling } bringt eigene Werte mit: { $share } der Wärme erfasst, Kreislauf mit { $out } am Austritt aus der IT, um { $delta } abgekühlt, EER der standorteigenen Kühlung { $eer }. Sie können sie ändern.

share-menu = Teilen
share-copy-link = Link kopieren
share-copy-link-title = Die Adresse dieses Szenarios kopieren: Wer sie öffnet, sieht dieselben Eingaben und Ergebnisse
share-copied = Link kopiert. Wer ihn öffnet, sieht dieses Szenario.
share-copy-refused = Der Browser hat der Seite das Kopieren nicht erlaubt. Markieren Sie den Link unten und kopieren Sie ihn.
share-link-label = Link zu diesem Szenario
share-address-note = Die Adresse enthält das ganze Szenario: Kopieren Sie sie oder scannen Sie den Code.
share-qr-caption = Scannen, um dieses Szenario zu öffnen
share-short-link = Kurzlink: die Vorlage wie veröffentlicht.

compare-share-link = Link zu diesem Vergleich kopieren
compare-profiles-too-long = Die gemessenen Profile von A oder B machen diesen Link zu lang, daher lässt der Link sie weg: Wer ihn öffnet, sieht diese Seite ohne sie modelliert. Speichern Sie das Szenario als JSON, um es vollständig zu teilen.
compare-print = Vergleich drucken
compare-link-side = Im Link geteilt: { $name }
compare-inputs-title = Abweichende Eingaben
compare-inputs-none = Die beiden Szenarien haben dieselben Eingaben.
compare-input = Eingabe
compare-unit = Einheit
compare-handout-title = Vergleich zweier Szenarien

export-csv-local = CSV für eine Tabellenkalkulation
export-csv-local-title = Die Stundenergebnisse für eine Tabellenkalkulation in dieser Sprache (bei Komma als Dezimaltrennzeichen: Semikolon zwischen den Spalten)

report-based-on = Auf Grundlage der Vorlage „{ $preset }“, geändert: Die Zahlen unten gehören zu diesem Szenario, nicht zum Projekt.
report-based-on-sources = Die zugrunde liegende Vorlage nennt { $count } Quellen für ihre eigenen Zahlen: siehe scenarios/{ $stem }.json.
report-unlimited = unbegrenzt
report-published = Veröffentlicht und modelliert
report-published-figure = Kennzahl
report-published-value = Veröffentlicht
report-modelled-value = Modelliert
report-published-diff = Differenz
report-chart-duration = Jahresdauerlinie
report-chart-cop = COP der Wärmepumpe und Vorlauftemperatur über der Außentemperatur
report-scan = Scannen, um dieses Szenario zu öffnen
report-unit-mwh-yr = MWh/a
report-unit-t-yr = t/a
report-unit-eur-yr = €/a
compare-link = das Szenario im Link
published-source = Quelle
published-what = Was diese Vorlage ist:
published-modified = Die veröffentlichten Zahlen werden mit der Vorlage wie veröffentlicht verglichen: Ihre Eingaben haben sich geändert, daher sind die Zahlen des Modells nicht mehr die des Projekts. Laden Sie die Vorlage erneut, um den Vergleich zu sehen.
