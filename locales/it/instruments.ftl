# Gli strumenti del pianificatore (src/instruments/): ricerca obiettivo e incertezza, in un Web Worker.
instr-title = Strumenti: ricerca obiettivo e incertezza
instr-intro = Interroga il modello al contrario, o chiedi quanto sono sicure le sue cifre. Migliaia di anni vengono calcolati in background; la pagina resta utilizzabile.
instr-running = In corso…
instr-running-progress = In corso… { $done } di al massimo { $total } anni
instr-done = Fatto in { $ms } ms.
instr-cancelled = Annullato.
instr-failed = Impossibile eseguire: { $message }
instr-cancel = Annulla
seek-title = Ricerca obiettivo
seek-input = Cambia
seek-kpi = finché il risultato
seek-target = è uguale a
seek-run = Trova
seek-apply = Applica questo valore
seek-bad-target = l'obiettivo non è un numero
seek-found = { $input } = { $value } dà { $kpi } = { $achieved } (obiettivo { $target }).
seek-unreachable = { $kpi } non può raggiungere { $target } cambiando { $input } nel suo intervallo ammesso. Il valore più vicino è { $input } = { $value }, che dà { $achieved }.
seek-not-monotonic = { $kpi } sale e scende al variare di { $input }, quindi l'obiettivo può avere più di una risposta. Una è { $input } = { $value }, che dà { $achieved }.
seek-none = Nessun valore di { $input } nel suo intervallo dà uno scenario valido con un valore di { $kpi }.
mc-title = Incertezza (Monte Carlo)
mc-note = Ogni simulazione estrae i dati incerti (quota di calore recuperata, efficienza della pompa di calore, calore per abitazione, perdite, utilizzo, fattori di emissione, prezzi, investimenti) da una distribuzione triangolare attorno al valore di questo scenario, entro intervalli tratti da fonti pubblicate (Metodo e fonti). Lo stesso seme dà le stesse cifre, qui e in heat-twin-cli.
mc-runs = Simulazioni
mc-seed = Seme
mc-run = Esegui
mc-bad-settings = le simulazioni devono essere un numero intero da 1 a 100.000 e il seme un numero intero da 0
mc-summary = { $runs } simulazioni, seme { $seed } ({ $failed } non valide). Le schede dei risultati mostrano la fascia P10–P90.
mc-stale = Lo scenario è cambiato dopo questa esecuzione: le fasce sono nascoste finché non viene rieseguita.
mc-tornado-caption = Che cosa sposta di più { $kpi }: ogni dato al suo valore basso e alto, gli altri al valore più probabile, prima l'oscillazione maggiore.
mc-col-input = Dato
mc-col-low = Basso → risultato
mc-col-high = Alto → risultato
mc-col-swing = Oscillazione
mc-csv = Esporta i campioni (CSV)
kpi-band = P10–P90: { $p10 } – { $p90 } (P50 { $p50 })
mc-tornado-title = Che cosa sposta di più { $kpi }
mc-tornado-low = dato al valore basso
mc-tornado-high = dato al valore alto
