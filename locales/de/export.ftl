# heat-twin-Meldungen: Export (de)
# Die Exportleiste (src/components/export/) und der gedruckte Bericht (src/components/report.rs).

## Exportleiste
export-group = Export und Import
export-json = Szenario speichern
export-json-title = Dieses Szenario als JSON-Datei herunterladen, um es später hier zu importieren oder mit heat-twin-cli zu rechnen
export-import = Szenario öffnen…
export-import-title = Eine Szenario-JSON-Datei laden, die auf dieser Seite gespeichert oder von Hand geschrieben wurde
export-csv = Stündliche CSV
export-csv-title = Die 8.760 Stundenergebnisse dieser Rechnung als CSV herunterladen, jede Spalte mit ihrer Einheit benannt
export-png = Diagramm als PNG
export-png-title = Das unten gezeigte Diagramm als PNG-Bild herunterladen
export-print = Bericht drucken
export-print-title = Einen ein- oder zweiseitigen Bericht zu diesem Szenario drucken oder als PDF speichern
export-dismiss = Diese Meldung schließen
export-imported = „{ $name }“ geöffnet. Alle Ergebnisse unten gelten jetzt dafür.
export-import-refused = Nicht geöffnet: { $file } hat { $count ->
    [one] ein Problem
   *[other] { $count } Probleme
  }. Es wurde nichts geändert; korrigieren Sie die Datei und öffnen Sie sie erneut.
export-whole-file = die Datei
export-not-utf8 = Nicht geöffnet: { $file } ist kein UTF-8-Text und daher keine Szenario-JSON-Datei. Es wurde nichts geändert; wählen Sie eine .json-Datei, die mit „Szenario speichern“ oder von heat-twin-cli gespeichert wurde.
export-read-failed = Nicht geöffnet: Der Browser konnte { $file } nicht lesen. Es wurde nichts geändert; versuchen Sie es erneut, oder kopieren Sie die Datei zuerst an einen lesbaren Ort.
export-no-results = Nichts zu exportieren: Das Szenario kann nicht gerechnet werden, solange es Probleme hat. Korrigieren Sie die rot markierten Felder und exportieren Sie dann erneut.
export-no-chart = Noch kein Diagramm zum Speichern: Das Diagramm wurde noch nicht gezeichnet. Scrollen Sie zu den Diagrammen, warten Sie, bis eines erscheint, und versuchen Sie es dann erneut.
export-download-failed = Der Download hat nicht begonnen ({ $why }). Es ging nichts verloren; versuchen Sie es erneut, oder erlauben Sie Downloads für diese Seite.
export-print-failed = Der Browser wollte nicht drucken ({ $why }). Verwenden Sie stattdessen seinen eigenen Druckbefehl (Strg+P oder ⌘P).

## Bericht
report-kicker = heat-twin-Bericht · die Abwärme eines Rechenzentrums in einem Fernwärmenetz, Stunde für Stunde über ein Testreferenzjahr
report-untitled = Unbenanntes Szenario
report-date = Gedruckt
report-link = Link zum Szenario:
report-cannot-run = Das Szenario kann nicht gerechnet werden: Es hat Probleme. Korrigieren Sie die rot markierten Felder auf der Seite und drucken Sie dann erneut.
report-results = Ergebnisse für ein Jahr
report-inputs = Wichtigste Eingaben
report-charts = Diagramme
report-sources = Annahmen und Quellen
report-weather = Wetter
report-weather-file = hochgeladene Datei
report-weather-monthly = ein synthetisches Jahr aus 12 Monatsmitteln der Temperatur
report-model = Modell: heat-twin, docs/MODEL.md Version 3 – eine quasistationäre stündliche Energiebilanz über die 8.760 Stunden eines Testreferenzjahres in lokaler Normalzeit, mit den eigenen Erzeugungsanlagen des Netzes in Einsatzreihenfolge (keine Hydraulik innerhalb des Netzes). Die Quellen sind hier gekürzt; der vollständige Text steht im Methodenbereich der Seite. Eingaben, die das Szenario nicht angibt, erhalten ihre Standardwerte; die Quelle jedes Standardwerts ist unten und in docs/REFERENCE.md aufgeführt.
report-scenario-sources = Quellen dieses Szenarios:
report-default-sources = Quellen der Standardwerte der wichtigsten Eingaben:
report-chart-year = Gelieferte Wärme Tag für Tag über das Jahr, MWh/Tag
report-chart-monthly = Gelieferte Wärme (MWh) und vermiedenes CO2 (t), Monat für Monat
report-chart-flows = Energieflüsse über das Jahr, MWh/a
report-na = k. A.
report-yes = ja
report-no = nein
report-default = Standardwert
report-unit-racks = Racks
report-unit-homes = Wohnungen
report-unit-years = Jahre
report-unit-ratio = Verhältnis
report-kpi-heat = Gelieferte Wärme
report-kpi-homes = Beheizte Wohnungen
report-kpi-co2 = Vermiedenes CO2
report-kpi-share = Anteil an der Wärme des Netzes
report-kpi-erf = Energiewiederverwendungsfaktor (ERF)
report-kpi-pue = Energieverbrauchseffektivität (PUE)
report-kpi-scop = Jahresarbeitszahl der Wärmepumpe (SCOP)
report-kpi-payback = Einfache Amortisationszeit
report-kpi-lcoh = Kosten der zurückgewonnenen Wärme (LCOH)
report-kpi-capex = Investition
report-kpi-utility = Gewinn des Netzbetreibers
report-kpi-dc = Gewinn des Rechenzentrums
