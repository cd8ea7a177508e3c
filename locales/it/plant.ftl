# heat-twin messages: plant (it)
# La vista dell'impianto: schema, didascalia, cursore e valori. Un a capo nel nome di un
# riquadro è una nuova riga del messaggio (rientrata).

plant-heading = L'impianto, ora per ora
plant-no-run = Nessun risultato da mostrare: correggi i problemi dello scenario per eseguirlo.
plant-months = gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
plant-hour-label = Ora dell'anno
plant-play = Avvia
plant-pause = Pausa
# Segue il testo visibile del pulsante ("Avvia: …"): il nome accessibile comincia con le parole visibili.
plant-play-label = scorre l'anno, una settimana al secondo
plant-reduced-motion = L'animazione è disattivata perché il sistema chiede di ridurre il movimento; usa invece il cursore.
plant-electricity = Elettricità dalla rete
plant-data-centre = Data center
plant-it-racks = Rack IT
plant-recovery = Recupero di calore
plant-exchanger =
    Scambiatore
    di calore
plant-heat-pump =
    Pompa
    di calore
plant-dry-coolers =
    Dry
    cooler
plant-tank = Accumulo
plant-no-tank = nessun serbatoio
plant-network =
    Rete di
    teleriscaldamento
plant-homes = Abitazioni
plant-backup =
    Impianti di
    integrazione
plant-outdoor = Esterno
plant-active = attivo
plant-idle = fermo
plant-no-heat-pump = assente
plant-preheats-return =
    preriscalda
    il ritorno
plant-takes-all = assorbe tutto il calore
plant-f-it = elettricità IT
plant-f-captured = captato
plant-f-rejected = dissipato
plant-f-used = utilizzato
plant-f-hp-electricity = alla pompa di calore
plant-f-direct = alla rete
plant-f-charge = carica
plant-f-discharge = scarica
plant-f-backup = impianti di integrazione
plant-f-homes = alle abitazioni
plant-f-losses = perdite di rete
plant-f-pumping = pompaggio
plant-t-loop-out = Mandata circuito
plant-t-loop-back = Ritorno circuito
plant-t-supply = Mandata rete
plant-t-return = Ritorno rete
plant-cop = COP
plant-demand = domanda
plant-values = Quest'ora in cifre
plant-stored = Contenuto del serbatoio
plant-scale = La larghezza delle bande è proporzionale alla potenza; la banda più larga vale { $max }, il flusso massimo dell'anno.
plant-mode-direct = scambio diretto
plant-mode-heat-pump = pompa di calore
plant-mode-return-line = preriscaldamento del ritorno
plant-mode-none = nessun recupero
# Didascalia: "21 gennaio, 08:00–09:00 · scambio diretto · domanda 12,3 MW, fornito dal data center 2.040 kW".
plant-caption-demand = { $date } · { $mode } · domanda { $demand }, fornito dal data center { $delivered }
plant-caption-all = { $date } · { $mode } · fornito dal data center { $delivered } (la rete assorbe tutto il calore)
# Il nome accessibile dello schema, in parti.
plant-sentence = { $date }, { $mode }: { $it } di elettricità IT, { $captured } di calore captato, { $delivered } ceduti alla rete, { $rejected } dissipati
plant-sentence-hp = , { $hp } di elettricità per la pompa di calore
plant-sentence-demand = , domanda di rete { $demand }, impianti di integrazione { $backup }
