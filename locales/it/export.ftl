# heat-twin messages: export (it)
# The export bar (src/components/export/) and the printed report (src/components/report.rs).

## Export bar
export-group = Esporta e importa
export-json = Salva scenario
export-json-title = Scarica questo scenario come file JSON, da riaprire qui o da eseguire con heat-twin-cli
export-import = Apri scenario…
export-import-title = Carica un file JSON di scenario salvato da questa pagina o scritto a mano
export-csv = CSV orario
export-csv-title = Scarica gli 8.760 risultati orari di questa simulazione in CSV, ogni colonna con la sua unità
export-png = Grafico PNG
export-png-title = Scarica come immagine PNG il grafico mostrato qui sotto
export-print = Stampa rapporto
export-print-title = Stampa un rapporto di una o due pagine su questo scenario, o salvalo in PDF
export-dismiss = Chiudi questo messaggio
export-imported = Aperto “{ $name }”. Tutti i risultati qui sotto ora si riferiscono a questo scenario.
export-import-refused = Non aperto: { $file } ha { $count ->
    [one] un problema
   *[other] { $count } problemi
  }. Non è cambiato nulla; correggi il file e aprilo di nuovo.
export-whole-file = il file
export-not-utf8 = Non aperto: { $file } non è testo UTF-8, quindi non è un file JSON di scenario. Non è cambiato nulla; scegli un file .json salvato con “Salva scenario” o da heat-twin-cli.
export-read-failed = Non aperto: il browser non è riuscito a leggere { $file }. Non è cambiato nulla; riprova o copia prima il file in una posizione leggibile.
export-no-results = Niente da esportare: lo scenario non può essere simulato finché ha problemi. Correggi i campi segnati in rosso, poi esporta di nuovo.
export-no-chart = Nessun grafico da salvare: il grafico non è ancora stato disegnato. Scorri fino ai grafici, attendi che ne compaia uno e riprova.
export-download-failed = Il download non è partito ({ $why }). Non si è perso nulla; riprova o consenti i download per questa pagina.
export-print-failed = Il browser non ha avviato la stampa ({ $why }). Usa il suo comando Stampa (Ctrl+P o ⌘P).

## Report
report-kicker = Rapporto heat-twin · il calore di scarto di un data center in una rete di teleriscaldamento, ora per ora in un anno tipo
report-untitled = Scenario senza nome
report-date = Stampato il
report-link = Link allo scenario:
report-cannot-run = Lo scenario non può essere simulato: ha dei problemi. Correggi i campi segnati in rosso nella pagina, poi stampa di nuovo.
report-results = Risultati in un anno
report-inputs = Dati principali
report-charts = Grafici
report-sources = Ipotesi e fonti
report-weather = Clima
report-weather-file = file caricato
report-weather-monthly = un anno sintetico da 12 temperature medie mensili
report-model = Modello: heat-twin, docs/MODEL.md versione 3 — un bilancio energetico orario quasi stazionario sulle 8.760 ore di un anno tipo in ora solare locale, con gli impianti della rete in ordine di merito (senza idraulica della rete). Le fonti qui sono abbreviate; il testo completo è nel pannello Metodo della pagina. I dati non indicati dallo scenario prendono i valori predefiniti; la fonte di ciascuno è elencata qui sotto e in docs/REFERENCE.md.
report-scenario-sources = Fonti di questo scenario:
report-default-sources = Fonti dei valori predefiniti dei dati principali:
report-chart-year = Calore fornito giorno per giorno nell'anno, MWh/giorno
report-chart-monthly = Calore fornito (MWh) e CO2 evitata (t), mese per mese
report-chart-flows = Flussi di energia nell'anno, MWh/anno
report-na = n.d.
report-yes = sì
report-no = no
report-default = predefinito
report-unit-racks = rack
report-unit-homes = abitazioni
report-unit-years = anni
report-unit-ratio = rapporto
report-kpi-heat = Calore fornito
report-kpi-homes = Abitazioni riscaldate
report-kpi-co2 = CO2 evitata
report-kpi-share = Quota del calore della rete
report-kpi-erf = Fattore di riutilizzo dell'energia (ERF)
report-kpi-pue = Efficacia nell'uso dell'energia (PUE)
report-kpi-scop = COP stagionale della pompa di calore (SCOP)
report-kpi-payback = Tempo di ritorno semplice
report-kpi-lcoh = Costo del calore recuperato (LCOH)
report-kpi-capex = Investimento
report-kpi-utility = Guadagno del gestore della rete
report-kpi-dc = Guadagno del data center
