# heat-twin messages: app (it)
app-language = Lingua
app-tagline = Il calore di scarto di un data center che scalda le case di una città, ora per ora, per un anno intero.
story-aria = Che cosa mostra
story = Ogni server trasforma in calore tutta l'energia elettrica che consuma. Questo gemello digitale simula un data center e la rete di teleriscaldamento che alimenta ora per ora per un anno intero, qui nel tuo browser. Cambia il data center, il raffreddamento, le pompe di calore, la rete o il clima e guarda quanto calore arriva alle abitazioni, quanta CO2 si evita e quanto si guadagna.
footer = heat-twin funziona interamente nel tuo browser: niente di ciò che inserisci lascia questa pagina. Dati meteo: PVGIS TMY (SARAH2/ERA5, 2005–2020) © Unione europea, 2001–2024, Centro comune di ricerca (JRC) della Commissione europea.

## Barra degli strumenti
toolbar-project = Progetto
toolbar-own-scenario = (il tuo scenario)
notice-no-preset = Non esiste il progetto «{ $stem }».
notice-preset-failed = Non è stato possibile caricare il progetto «{ $stem }»: { $problems }

## Titolo dei risultati
headline = { $heat } MWh/anno di calore · { $homes } abitazioni · { $co2 } t di CO2 evitate all'anno
headline-cannot-run = Lo scenario non si può simulare: leggi i messaggi qui sotto.

## Indicatori
kpis-aria = Risultati di un anno
kpi-na = n.d.
kpi-percent = { $value } %
unit-mwh-yr = MWh/anno
unit-homes = abitazioni
unit-t-yr = t/anno
unit-trees = alberi
unit-eur-yr = €/anno
unit-eur-mwh = €/MWh
kpi-heat-delivered = Calore fornito
kpi-heat-delivered-note = alla rete di teleriscaldamento in un anno, compreso il calore reso dalle pompe di calore
kpi-homes = Abitazioni riscaldate
kpi-homes-note = appartamenti equivalenti da 80 m², { $mwh } MWh/anno ciascuno
kpi-homes-dc = …con il solo calore del data center
kpi-homes-dc-note = senza l'energia elettrica delle pompe di calore
kpi-co2 = CO2 evitata
kpi-co2-note = rispetto a caldaie a { $fuel } kg CO2/MWh di combustibile (rendimento { $efficiency }), tolta l'energia elettrica di rete usata, a { $grid } g/kWh
kpi-trees = Alberi
kpi-trees-note = che assorbirebbero la stessa CO2, a { $kg } kg per albero all'anno
kpi-dc-share = Quota del calore della rete
kpi-dc-share-note = del calore che la rete richiede in centrale
kpi-dc-share-note-all = non indicata: la rete assorbe tutto il calore (la sua domanda non è modellata)
kpi-reused = Calore del data center riutilizzato
kpi-reused-note = di tutto il calore del sito; il { $captured } del calore catturato
kpi-erf = Fattore di riutilizzo dell'energia (ERF)
kpi-erf-note = ISO/IEC 30134-6: calore riutilizzato ÷ energia del sito
kpi-pue = Efficacia nell'uso dell'energia (PUE)
kpi-pue-note = energia del sito ÷ energia dell'IT (escluse le pompe di calore del recupero, EnEfG §11)
kpi-scop = COP stagionale della pompa di calore (SCOP)
kpi-scop-note = calore reso ÷ energia elettrica assorbita in { $hours } ore
kpi-scop-note-none = la pompa di calore non è servita: il calore del circuito basta da solo, o la pompa non è ammessa
kpi-payback = Tempo di ritorno semplice
kpi-payback-note = investimento di { $capex } € ÷ beneficio annuo
kpi-payback-note-never = mai: il beneficio annuo non è positivo
kpi-lcoh = Costo del calore recuperato (LCOH)
kpi-lcoh-note = contro { $boiler } €/MWh del calore da caldaia (prezzo del combustibile ÷ rendimento)
kpi-utility = Guadagno del gestore della rete
kpi-utility-note = combustibile risparmiato − calore acquistato − la relativa energia elettrica e O&M
kpi-dc = Guadagno del data center
kpi-dc-note = calore venduto − la relativa energia elettrica e O&M + raffreddamento risparmiato
kpi-revenue = Ricavi dalla vendita di calore
kpi-revenue-note = calore misurato, a { $price } €/MWh
kpis-more = Altri dati: riutilizzo dell'energia, efficienza, pompa di calore, accumulo, costi e norme
kpi-tank = Capacità dell'accumulo
kpi-tank-note = calore contenuto tra pieno e vuoto; potenza nominale { $mw } MW
kpi-tank-cycles = Cicli dell'accumulo
kpi-tank-cycles-note = cicli completi equivalenti: { $mwh } MWh restituiti ÷ capacità
kpi-tank-losses = Perdite dell'accumulo
kpi-tank-losses-note = dispersioni a riposo, il { $share } % del calore immesso
unit-per-yr = /anno

## Riferimenti normativi
bench-label = Riferimenti normativi per un sito avviato a
bench-2026 = luglio 2026
bench-2027 = luglio 2027
bench-2028 = luglio 2028 o dopo
bench-met = rispettato
bench-not-met = non rispettato
bench-enefg = Germania, EnEfG §11, per un sito avviato nel { $year }: ERF ≥ { $erf_need } % ({ $erf_verdict }: { $erf } %) e PUE ≤ { $pue_need } ({ $pue_verdict }: { $pue }).
bench-eed-large = Direttiva UE sull'efficienza energetica (EED): oltre 1 MW, quindi il sito deve recuperare il calore di scarto o dimostrare perché non può farlo (art. 26) e comunicare i suoi indicatori (art. 12).
bench-eed-medium = Direttiva UE sull'efficienza energetica (EED): 500 kW di IT o più, quindi il sito comunica ogni anno PUE, ERF e gli altri indicatori (art. 12).
bench-eed-small = Direttiva UE sull'efficienza energetica (EED): meno di 500 kW di IT, quindi nessun obbligo di comunicazione (art. 12).
bench-italy = Italia, D.Lgs. 102/2014 (art. 2, «teleriscaldamento efficiente», e art. 26 della EED): una rete è efficiente con almeno il { $need } % di calore di scarto; questo data center copre il { $share } % del calore della rete ({ $verdict }).
bench-italy-all = Italia, D.Lgs. 102/2014 (art. 2, «teleriscaldamento efficiente», e art. 26 della EED): una rete è efficiente con almeno il 50 % di calore di scarto; la quota di questo data center non è nota perché la rete assorbe tutto il calore.

## Clima
weather-climate = Clima
weather-typical-year = anno tipo
weather-monthly-normals = da medie mensili climatologiche
weather-option = { $name } ({ $kind })
weather-your-monthly = Le tue medie mensili…
weather-your-file = Il tuo file meteo…
weather-choose-file-first = Prima scegli qui sotto un file EPW o CSV.
weather-source = { $name } — { $station }, { $period }. Fonte: { $source }
weather-your-file-note = Il tuo file { $file }, letto solo in questo browser.
weather-synthetic-note = Un anno sintetico dalle tue 12 medie mensili (MODEL.md §1.4).
weather-upload-label = Carica dati meteo orari: un file EPW, o un CSV di 8.760 temperature in °C
weather-uploaded = caricato: { $file }
weather-unreadable = { $file }: non è stato possibile leggere il file
weather-not-loaded = Non caricato: { $reason }. Resta il clima di prima.
weather-monthly-legend = Temperatura esterna media mensile, °C
weather-half-range = Metà dell'escursione giornaliera, K
weather-not-number = «{ $text }» non è un numero
weather-temp-out-of-range = { $value } °C è fuori intervallo; ammessi da { $lo } a { $hi } °C
weather-amp-out-of-range = { $value } K è fuori intervallo; ammessi da { $lo } a { $hi } K
weather-co2-not-number = «{ $text }» non è un numero; ammessi da { $lo } a { $hi } kg/MWh
weather-co2-legend = kg di CO2 per MWh di calore sostituito, mese per mese
season-from = dal
season-to = al
season-placeholder = MM-GG

## La vita del progetto (docs/model/life.md)
life-title = Il progetto lungo la sua vita
life-chart-title = Flusso di cassa cumulato lungo la vita del progetto
life-chart-x = Anno di esercizio
life-chart-y = Flusso di cassa cumulato (M€)
life-chart-alt = Flusso di cassa cumulato su { $years } anni: il gestore della rete chiude a { $utility } M€, il data center a { $data_centre } M€ (non attualizzato; l'anno 0 è l'investimento).
life-utility = Gestore della rete
life-data-centre = Data center
life-npv-utility = Valore attuale netto, gestore della rete
life-npv-data-centre = Valore attuale netto, data center
life-irr-utility = Tasso interno di rendimento, gestore della rete
life-irr-data-centre = Tasso interno di rendimento, data center
life-payback-utility = Tempo di ritorno attualizzato, gestore della rete
life-payback-data-centre = Tempo di ritorno attualizzato, data center
life-heat = Calore fornito nella vita del progetto
life-co2 = CO2 evitata nella vita del progetto
life-lcoh = Costo del calore recuperato nella vita del progetto (LCOH)
life-unit-meur = M€
life-unit-percent = %
life-unit-years = anni
life-unit-gwh = GWh
life-unit-t = t
life-not-paid-back = non ripagato entro la vita del progetto
life-irr-no-flows = nessuno: non si scambia denaro
life-irr-no-sign-change = nessuno: i flussi di cassa non cambiano mai segno (solo guadagni o solo costi)
life-irr-no-root = nessuno: nessun tasso tra −99 % e 1.000 % all'anno pareggia i flussi di cassa
life-irr-multiple-roots = nessuno: i flussi di cassa cambiano segno più di una volta e più di un tasso li pareggia
life-irr-not-finite = nessuno: un flusso di cassa non è un numero finito
