# heat-twin messages: method (it)
# Il pannello Metodo e fonti. Markup delle equazioni: x_[pedice], x^[apice], *[parole iniziali in grassetto].
# Le citazioni (editori, titoli, leggi) restano come sono in ogni lingua.

method-heading = Come funziona il gemello digitale — metodo e fonti
method-intro = Che cosa calcola il gemello, a parole e in equazioni; ogni dato d'ingresso con il suo valore
    predefinito e la sua fonte; i climi, le regole e i dati di riferimento su cui si basa. La
    specifica completa è docs/MODEL.md nel repository del progetto, i dati con le loro fonti
    docs/REFERENCE.md.
method-contents = In questa sezione
method-method-title = Il metodo in parole semplici
method-method-intro = Il gemello simula un anno tipo, ora per ora, lungo la catena data center → recupero del calore →
    scambiatore di calore o pompa di calore → accumulo → rete di teleriscaldamento → abitazioni, poi
    somma la CO2 e i costi. Nomi come pue o loop_out_c sono dati d'ingresso della tabella più sotto;
    Σ è una somma sulle 8.760 ore dell'anno.
method-constants-title = Costanti fisse della versione 1
method-choices-title = Scelte fatte dove la specifica tace
method-limits-title = Che cosa il gemello non modella
method-planned-title = Previsto dopo la versione 1
method-inputs-title = Ogni dato d'ingresso, il suo valore predefinito e la sua fonte
method-inputs-intro = Tutti i dati d'ingresso di un file di scenario, per sezione. «Questo scenario» mostra il valore
    in uso dove differisce da quello predefinito (per i dati fissati dalla tecnologia di
    raffreddamento o dalla generazione della rete: dal predefinito della scelta fatta).
method-col-input = Dato d'ingresso
method-col-constant = Costante
method-col-path = Percorso JSON
method-col-unit = Unità
method-col-default = Predefinito
method-col-allowed = Valori ammessi
method-col-source = Fonte
method-col-current = Questo scenario
method-col-value = Valore
method-same-as-default = predefinito
method-no-scenario = Lo scenario ha dei problemi; i valori in uso non sono mostrati finché non è valido.
method-weather-title = Meteo
method-weather-intro = La sezione meteo è una fra quattro fonti (un clima incorporato, un file EPW, un CSV a una
    colonna o dodici medie mensili); non è un singolo campo.
method-cooling-title = Valori predefiniti fissati dalla tecnologia di raffreddamento (data_centre.cooling)
method-cooling-intro = Letti dal modello per ogni scelta; un valore indicato nello scenario prevale sempre.
method-cooling-example = Esempio
method-generation-title = Valori predefiniti fissati dalla generazione della rete (network.generation)
method-generation-intro = Letti dal modello per ogni scelta; custom parte dalla 3G; un valore indicato nello scenario
    prevale sempre.
method-choice = Scelta
method-climates-title = Climi
method-climates-intro = I climi incorporati. L'anno tipo è un dato orario; le città sono anni sintetici costruiti dalle
    normali mensili pubblicate (MODEL.md §1.4). La media annua è la media, pesata sui giorni, delle
    dodici medie mensili.
method-col-climate = Clima (id)
method-col-kind = Tipo
method-col-station = Stazione
method-col-period = Periodo
method-col-mean = Media annua
method-kind-tmy = anno meteorologico tipo (orario)
method-kind-synthetic = anno sintetico dalle normali mensili
method-in-use = in uso
method-attribution-lead = Attribuzione dei dati meteo:
method-ecad-note = Le medie mensili ricavate dal progetto dalle serie giornaliere «blended» di ECA&D (Klein Tank et
    al. 2002) sono usate dove la fonte lo indica:
method-rules-title = Valori di riferimento e norme
method-rules-intro = Il gemello mostra il suo ERF e il suo PUE accanto a questi valori di riferimento; non verifica
    la conformità normativa.
method-scenario-title = Le fonti di questo scenario
method-scenario-none = Questo scenario non ha una descrizione.
method-scenario-preset = Progetto caricato:
method-scenario-no-sources = Questo scenario non elenca fonti. Carica un progetto dal menu in alto per vederne uno con le sue
    fonti, oppure aggiungi un elenco "sources" al tuo file di scenario.
method-reference-title = Dati di riferimento
method-reference-intro = Dati che un progettista può voler avere accanto ai risultati, ciascuno con la fonte indicata nel
    file di riferimento del progetto.
method-derived-note = [D] indica un dato ricavato con un calcolo da numeri pubblicati, non pubblicato in quanto tale.
method-source-label = Fonte:
method-time-h = Tempo e unità
method-time-p1 = Il gemello percorre un anno tipo di 8.760 ore (senza giorno bisestile); l'ora 0 è il 1° gennaio 00:00–01:00.
    Entro un'ora tutto è considerato stazionario, quindi l'energia di un'ora in kWh è uguale alla
    sua potenza media in kW. Le temperature sono in °C, le differenze di temperatura in K. I totali
    sono in MWh, tonnellate di CO2 ed euro; l'energia del combustibile è contata al potere
    calorifico inferiore.
method-time-p1-eq1 = 1 kWh in un'ora = 1 kW di potenza media
method-time-p1-eq2 = T_[K] = T_[°C] + 273,15
method-weather-h = Meteo e media mobile su 72 ore
method-weather-p1 = La temperatura esterna di ogni ora, T_[out], proviene da una sola fonte: un clima incorporato,
    un file meteo EPW o un CSV a una colonna caricati, oppure un anno sintetico costruito da dodici
    medie mensili. Un anno sintetico pone la media di ogni mese a metà mese, traccia segmenti di
    retta fra un mese e l'altro giorno per giorno, aggiunge un'oscillazione giornaliera con massimo
    alle 15:00 e semiampiezza A_[d] (4 K per impostazione predefinita), poi trasla ogni mese perché
    conservi esattamente la media data.
method-weather-p1-eq1 = T[h] = M(giorno) + A_[d] · cos(2π (hod − 15 h) / 24 h)
method-weather-p2 = Gli edifici e le tubazioni interrate reagiscono lentamente, quindi la rete non segue la
    temperatura dell'ora corrente ma la sua media sulle ultime 72 ore. La media si richiude a
    cavallo di Capodanno, perché un anno tipo si ripete.
method-weather-p2-eq1 = T_[smooth][h] = (1/72) · Σ_[k = 0…71] T_[out][(h − k) mod 8760]
method-data-centre-h = Il data center
method-data-centre-p1 = Il carico IT è la potenza di progetto di tutti i rack moltiplicata per un fattore di utilizzo
    che oscilla un poco attorno alla sua media ogni giorno, con il massimo alle 14:00. L'utilizzo è
    mantenuto fra 0 e 1; se l'oscillazione lo porterebbe sopra 1, viene tagliato lì e la pagina
    avvisa, perché il carico medio risulta allora più basso di quello impostato.
method-data-centre-p1-eq1 = P_[design] = racks · rack_kw
method-data-centre-p1-eq2 = u[h] = clamp(utilisation · (1 + daily_swing · cos(2π (hod − 14 h) / 24 h)), 0, 1)
method-data-centre-p1-eq3 = P_[IT][h] = P_[design] · u[h]
method-data-centre-p2 = L'intero sito assorbe la potenza IT moltiplicata per la sua efficacia nell'uso dell'energia
    (PUE). Una pompa di calore che innalza la temperatura del calore recuperato non rientra nel PUE,
    come prescrive la legge tedesca sull'efficienza energetica (EnEfG §11). Se si accredita il
    raffreddamento evitato, i refrigeratori o dry cooler del sito lavorano meno per il calore
    ceduto: quel calore diviso per la loro efficienza (EER) è risparmiato, ma il sito non assorbe
    mai meno della sua potenza IT.
method-data-centre-p2-eq1 = P_[dc0][h] = P_[IT][h] · pue
method-data-centre-p2-eq2 = con il credito: P_[dc][h] = max(P_[IT][h], P_[dc0][h] − Q_[used][h] / site_cooling_eer);
    altrimenti P_[dc] = P_[dc0]
method-data-centre-p3 = Tutta l'elettricità usata dall'IT diventa calore. La tecnologia di raffreddamento decide quanta
    parte raggiunge un circuito ad acqua utilizzabile per il recupero, e a che temperatura: il
    circuito lascia l'IT a loop_out_c e torna più freddo di loop_delta_k. Il resto scalda l'aria
    della sala ed è smaltito dal raffreddamento del sito, fuori dalla portata del recupero.
method-data-centre-p3-eq1 = Q_[cap][h] = capture_share · P_[IT][h]
method-data-centre-p3-eq2 = T_[src] = loop_out_c, di ritorno a T_[src] − loop_delta_k
method-network-temperatures-h = Temperature della rete
method-network-temperatures-p1 = La temperatura di mandata segue il meteo: vale il valore per il freddo quando la media esterna
    sulle 72 ore è 0 °C o meno, il valore per il clima mite da 10 °C in su, e varia linearmente in
    mezzo (PyPSA-Eur, da Pieper et al. 2019). La temperatura di ritorno è costante.
method-network-temperatures-p1-eq1 = T_[curve][h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 °C − T_[smooth][h]) / 10 K, 0, 1)
method-network-temperatures-p1-eq2 = T_[ret] = return_c
method-network-temperatures-p2 = Dove la rete produce anche acqua calda sanitaria, la sua mandata non scende mai sotto una
    soglia, 65 °C per impostazione predefinita, perché le abitazioni possano tenere l'acqua calda
    accumulata a 60 °C o più contro la legionella (linee guida italiane 2015, DVGW W551); circa 55 °C
    bastano per le sottostazioni d'appartamento istantanee. La mandata più bassa dell'anno,
    T_[floor], determina poi la capacità del serbatoio.
method-network-temperatures-p2-eq1 = T_[sup][h] = max(T_[curve][h], dhw_min_supply_c) se dhw_share > 0, altrimenti T_[curve][h]
method-network-temperatures-p2-eq2 = T_[floor] = min_[h] T_[sup][h]
method-network-temperatures-p3 = La generazione della rete fissa solo le temperature predefinite: una rete di 3ª generazione (3G)
    manda 90 °C con il freddo e 75 °C con il clima mite e ritorna a 50 °C; una di 4ª generazione
    (4G) 70 °C e 65 °C, con ritorno a 35 °C (Lund et al. 2014). I valori impostati prevalgono. Una
    rete valida ha la mandata per il freddo almeno pari a quella per il clima mite, entrambe sopra
    il ritorno, e una temperatura media dell'acqua superiore a quella del terreno.
method-network-temperatures-p3-eq1 = 3G: 90 / 75 → 50 °C;  4G: 70 / 65 → 35 °C
method-network-temperatures-p3-eq2 = supply_max_c ≥ supply_min_c > return_c;  (supply_min_c + return_c) / 2 > ground_c
method-recovery-h = Recupero del calore
method-recovery-p1 = *[Scambio diretto.] Quando l'acqua del circuito, tolto l'avvicinamento a dello scambiatore (3 K
    per impostazione predefinita), è calda almeno quanto la mandata della rete, un semplice
    scambiatore di calore cede il calore. Anche il suo lato freddo lo limita: l'acqua della rete
    entra alla temperatura di ritorno, quindi l'acqua del circuito non può essere raffreddata sotto
    T_[ret] + a. Se questo valore è più caldo del ritorno del circuito stesso, solo una parte del
    calore captato può essere ceduta; il resto viene dissipato.
method-recovery-p1-eq1 = se T_[src] − a ≥ T_[sup][h]:  A[h] = Q_[cap][h] · f_[cold]
method-recovery-p1-eq2 = f_[cold] = clamp((T_[src] − a − T_[ret]) / loop_delta_k, 0, 1)
method-recovery-p2 = *[Preriscaldamento e pompa di calore.] Quando il circuito è troppo freddo, uno scambiatore
    preriscalda prima l'acqua di ritorno della rete fin dove può, a T_[pre], e una pompa di calore
    la porta il resto della strada. Lo scambiatore e l'evaporatore della pompa di calore prelevano
    acqua dal circuito in parallelo. s è la quota di riscaldamento della pompa di calore; vale 1 quando
    il circuito è troppo freddo perfino per preriscaldare.
method-recovery-p2-eq1 = T_[pre] = max(T_[ret], T_[src] − a)
method-recovery-p2-eq2 = s = (T_[sup][h] − T_[pre]) / (T_[sup][h] − T_[ret])
method-recovery-p3 = Il coefficiente di prestazione (COP) della pompa di calore viene da un modello tarato su grandi
    macchine pubblicate (recovery.cop_method = fit, il valore predefinito dalla versione 3 del
    modello): il COP ideale (di Lorenz) fra le temperature di condensazione e di evaporazione del
    refrigerante, distanti ΔT_[p] (32 K) dalle temperature medie logaritmiche dell'acqua che scalda
    (da T_[pre] + a a T_[sup] + a) e dell'acqua del circuito che raffredda, per un rendimento
    interno η (0,93), poi il rendimento dell'azionamento (0,94) e gli ausiliari (1 % del calore).
    Tarato su cinque macchine (l'unità da 10 MW a calore di scarto dell'Agenzia danese per
    l'energia, Fenagy a Kajaani, Oilon a Espoo, Friotherm a Stoccolma, Siemens Energy a
    Mannheim), ha un errore medio del 10,6 % (il metodo di Jensen et al. 2018 usato da PyPSA-Eur:
    15,1 %). Non c'è un tetto: il COP scende con continuità al crescere del salto termico. Gli
    scenari più vecchi che indicano lorenz_efficiency mantengono l'efficienza di Lorenz costante
    della versione 1 con il suo tetto max_cop (cop_method = lorenz).
method-recovery-p3-eq1 = T_[lm](x, y) = (x − y) / ln(x / y)   (= x se x = y), kelvin
method-recovery-p3-eq2 = COP_[ref] = η · (T_[lm,sink] + ΔT_[p] / 2) / (max(T_[lm,sink] − T_[lm,source], 0) + ΔT_[p])
method-recovery-p3-eq3 = COP[h] = 1 / (1 / (η_[drive] · COP_[ref]) + f_[aux])
method-recovery-p4 = Per ogni kWh ceduto alla rete, il data center fornisce g kWh di calore e la pompa di calore usa
    s / COP kWh di elettricità; le due quantità sommano 1 kWh. L'impianto può quindi cedere il
    calore captato diviso per g. Un limite di taglia facoltativo limita la potenza della pompa di
    calore; vincola solo le ore in cui serve la pompa di calore.
method-recovery-p4-eq1 = g = (1 − s) + s · (1 − 1 / COP)
method-recovery-p4-eq2 = A[h] = Q_[cap][h] / g,  con s · A[h] ≤ 1000 · heat_pump_max_mw kW se è impostato un limite
method-recovery-p5 = *[Ripiego.] Se nessuna pompa di calore è ammessa, o se il suo COP sarebbe 1 o meno, l'ora
    ripiega sul preriscaldamento del ritorno, come sotto; in quelle ore il serbatoio può scaricarsi
    ma non caricarsi. Se anche questo è impossibile, in quell'ora non si recupera nulla, e la pagina
    dice perché.
method-recovery-p6 = *[Immissione sul ritorno.] Qui il data center scalda l'acqua di ritorno della rete e gli
    impianti della rete la portano il resto della strada, come fa A2A a Brescia con acqua a 65 °C e
    nessuna pompa di calore (l'impostazione della pompa di calore viene allora ignorata). Serve che
    il circuito, tolto l'avvicinamento, sia almeno 5 K sopra il ritorno. Il calore ceduto è limitato
    dal lato freddo dello scambiatore e dalla parte del salto termico della rete che copre,
    applicata alla domanda che può servire; una rete che assorbe tutto il calore non pone questo
    limite.
method-recovery-p6-eq1 = possibile se T_[src] − a ≥ T_[ret] + 5 K
method-recovery-p6-eq2 = A[h] = min(Q_[cap][h] · f_[cold],  D_[dc][h] · min(1, (T_[src] − a − T_[ret]) / (T_[sup][h] −
    T_[ret])))
method-recovery-p7 = *[Che cosa conta come calore riutilizzato.] Nel senso della ISO/IEC 30134-6, l'energia
    riutilizzata è il calore del data center ceduto allo scambiatore e all'evaporatore della pompa
    di calore, Q_[used]. La pompa di calore è fuori dal perimetro del data center: la sua
    elettricità non entra né nel PUE né nell'energia riutilizzata.
method-demand-h = Domanda della rete
method-demand-p1 = Le abitazioni allacciate sono contate come appartamenti equivalenti da 80 m², ciascuno con un
    fabbisogno di home_heat_mwh all'anno alla centrale, perdite di rete comprese (11,85 MWh: i 16 GWh
    di A2A per 1.350 appartamenti). Ciò che ricevono gli utenti è questo valore meno la quota persa
    nelle tubazioni.
method-demand-p1-eq1 = E_[cust] = homes · home_heat_mwh · (1 − loss_share)
method-demand-p2 = Il riscaldamento degli ambienti è distribuito sull'anno in base ai gradi ora: di quanto la
    temperatura esterna di ogni ora (quella oraria, non la media su 72 ore) è inferiore alla
    temperatura di bilancio, 16 °C per impostazione predefinita. Se è impostata una stagione di
    riscaldamento, contano solo i suoi giorni (giorni interi, estremi inclusi; una stagione che
    inizia dopo la sua fine si estende a cavallo di Capodanno).
method-demand-p2-eq1 = w[h] = max(0, heating_base_c − T_[out][h]) · in_season[h]
method-demand-p2-eq2 = SH[h] = E_[cust] · (1 − dhw_share) · w[h] / Σ w
method-demand-p3 = L'acqua calda sanitaria è la stessa ogni giorno dell'anno, modulata da un profilo giornaliero
    fisso p con un picco al mattino e uno alla sera, in per mille del consumo del giorno per le ore 0–23: 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰.
method-demand-p3-eq1 = DHW[h] = E_[cust] · dhw_share / 365 · p[hod] / 1000
method-demand-p4 = Le perdite delle tubazioni crescono con la differenza fra la temperatura dell'acqua e quella del
    terreno, misurata rispetto a una rete 3G di riferimento (90/75 → 50 °C su un terreno a 10 °C: 56,25 K).
    loss_share è la quota persa da una rete di questo tipo; una rete 4G perde circa il 30 % in meno.
method-demand-p4-eq1 = θ[h] = (T_[sup][h] + T_[ret]) / 2 − ground_c,  θ_[ref] = 56,25 K
method-demand-p4-eq2 = L[h] = loss_share · homes · home_heat_mwh / 8760 h · θ[h] / θ_[ref]
method-demand-p5 = Il calore richiesto alla centrale è riscaldamento degli ambienti più acqua calda sanitaria più
    perdite. Gli impianti che funzionano comunque (termovalorizzatore, calore industriale) coprono
    per primi la loro parte; il data center può servire solo il resto. Gli impianti di punta della
    rete coprono quanto ancora manca.
method-demand-p5-eq1 = D[h] = SH[h] + DHW[h] + L[h]
method-demand-p5-eq2 = D_[dc][h] = max(0, D[h] − 1000 · baseload_mw kW)
method-demand-p6 = Una rete molto più grande del data center (Brescia, Milano) può assorbire ogni kWh, ogni ora:
    con takes_all_heat la domanda non pone limiti, la domanda di rete, gli impianti di integrazione
    e la quota di domanda coperta dal data center non sono riportati, il carico di base è ignorato e
    non si usa alcun accumulo.
method-storage-h = Accumulo termico
method-storage-p1 = Un serbatoio di acqua calda alla centrale conserva il calore in eccesso per dopo. Si carica alla
    temperatura di mandata, che è più bassa d'estate, quando si hanno le eccedenze, quindi la
    mandata più bassa dell'anno ne fissa la capacità. La sua potenza nominale lo riempie da vuoto in
    hours_to_full ore. Ogni ora perde prima una piccola quota del suo contenuto. L'anno viene
    simulato due volte: la prima parte dal serbatoio pieno a metà e serve solo a portarlo a regime;
    la seconda parte da dove è finita la prima ed è quella riportata. Il serbatoio funziona solo con
    immissione sulla mandata e con una rete che non assorbe tutto il calore; altrimenti è ignorato
    (con un avviso) e non costa nulla.
method-storage-p1-eq1 = E_[max] = volume_m3 · 1,163 kWh/(m³·K) · (T_[floor] − return_c)
method-storage-p1-eq2 = P_[st] = E_[max] / hours_to_full
method-storage-p1-eq3 = perdita di giacenza ogni ora = contenuto · loss_per_day / 24
method-dispatch-h = Dispacciamento, ora per ora
method-dispatch-p1 = Il calore recuperato serve prima direttamente la rete; un'eccedenza carica il serbatoio e un
    ammanco è coperto dal serbatoio, poi dagli impianti di punta della rete (integrazione). Gli
    impianti che funzionano comunque non sono mai spiazzati.
method-dispatch-p1-eq1 = diretto = min(A, D_[dc]);  eccedenza = A − diretto;  deficit = D_[dc] − diretto
method-dispatch-p1-eq2 = carica = min(eccedenza, P_[st], E_[max] − contenuto);  scarica = min(deficit, P_[st], contenuto)
method-dispatch-p1-eq3 = integrazione = deficit − scarica
method-dispatch-p2 = Si produce solo il calore che viene usato: la pompa di calore funziona per ciò che va
    direttamente in rete più ciò che carica il serbatoio, e il calore captato non prelevato è
    dissipato dai dry cooler del sito. Il pompaggio consuma una piccola quota del calore ceduto. Il
    modello verifica che il bilancio energetico annuo torni entro una parte su un milione.
method-dispatch-p2-eq1 = usato = diretto + carica;  HP = s · usato;  W_[hp] = s · usato / COP
method-dispatch-p2-eq2 = Q_[used] = min(g · usato, Q_[cap]);  Q_[rej] = Q_[cap] − Q_[used]
method-dispatch-p2-eq3 = Q_[del] = diretto + scarica;  W_[pump] = pumping_share · Q_[del]
method-emissions-h = Emissioni
method-emissions-p1 = Ogni MWh ceduto sostituisce calore che porta con sé il fattore di emissione di CO2 del suo mese,
    e[m]: per impostazione predefinita il fattore del gas diviso per il rendimento della caldaia,
    ogni mese (201,4 / 0,92 = 218,9 kg/MWh di calore, la base di A2A), oppure dodici valori mensili
    indicati da te, per esempio bassi d'estate dove un termovalorizzatore produce il calore estivo.
    Da questo si sottrae l'elettricità di rete della pompa di calore e delle pompe; si aggiunge
    l'elettricità di raffreddamento evitata dal sito, se la si accredita. Con una rete elettrica ad
    alta intensità di carbonio e una pompa di calore il risultato può essere negativo.
method-emissions-p1-eq1 = e[m] = displaced_heat_kg_per_mwh[m], oppure fuel_kg_per_mwh / boiler_efficiency
method-emissions-p1-eq2 = CO2_[evitata] [t] = [Σ_[h] Q_[del][h] · e[mese(h)] − Σ(W_[hp] + W_[pump]) · grid + E_[cool] ·
    grid] / 1000
method-emissions-p1-eq3 = E_[cool] = Σ(P_[dc0] − P_[dc])   (energie in MWh; g/kWh = kg/MWh)
method-emissions-p2 = *[Un abbinamento prudente.] Il fattore predefinito della rete elettrica (Ember 2023) è CO2e sul
    ciclo di vita, comprese la filiera del combustibile e la costruzione delle centrali, mentre il
    fattore del gas conta solo la CO2 della combustione (sul ciclo di vita il gas naturale vale
    circa 240 kg CO2e per MWh di combustibile). Abbinarli così sottostima i risparmi, soprattutto
    per gli schemi con pompa di calore.
method-emissions-p3 = Gli alberi equivalenti dividono la CO2 evitata per quanto assorbe un albero in un anno (159 kg,
    implicito nei 3.500 t ↔ 22.000 alberi di A2A; i valori generici sono 10–40 kg). Il combustibile
    risparmiato è lordo: il calore ceduto diviso per il rendimento della caldaia, come se venisse
    tutto dalle caldaie; il gas a 9,79 kWh per metro cubo standard. Le ore di pompa di calore che
    emettono più del calore che sostituiscono, o che costano più della caldaia, sono contate e
    mostrate.
method-emissions-p3-eq1 = alberi = CO2_[evitata] · 1000 / tree_kg_per_year
method-emissions-p3-eq2 = combustibile risparmiato = Σ Q_[del] / boiler_efficiency;  gas = combustibile risparmiato / 9,79 kWh/Sm³
method-emissions-p3-eq3 = emette di più se COP · e[m] < grid;  costa di più se COP < p_[el] · boiler_efficiency / p_[fuel]
method-economics-h = Economia
method-economics-p1 = Due soggetti condividono un unico sistema. Il gestore della rete possiede la tubazione di
    allacciamento e il serbatoio e paga il pompaggio; chi possiede la pompa di calore (per
    impostazione predefinita il gestore) ne paga l'investimento, la manutenzione e l'elettricità. Il
    data center vende calore contabilizzato, misurato allo scambiatore e all'evaporatore quando la
    pompa di calore è del gestore, alla centrale quando è del data center.
method-economics-p1-eq1 = C_[hp] = heat_pump_capex_eur_per_mw · (heat_pump_max_mw, oppure la potenza termica di picco
    della pompa di calore in MW)
method-economics-p1-eq2 = C_[st] = volume_m3 · storage_capex_eur_per_m3;  C_[pipe] = pipe_length_km · 1000 m/km ·
    pipe_capex_eur_per_m
method-economics-p1-eq3 = capex = C_[hp] + C_[st] + C_[pipe];  O&M = om_share_of_capex · capex (ciascun soggetto la
    propria)
method-economics-p1-eq4 = ricavo dal calore = calore contabilizzato · heat_price_eur_per_mwh
method-economics-p2 = Il beneficio annuo del sistema è il costo del combustibile evitato (si assume che il gas sia
    sostituito in ogni mese, qualunque cosa dicano i fattori di CO2 mensili) meno elettricità e O&M,
    più l'eventuale risparmio sul raffreddamento. Il prezzo del calore lo ripartisce fra il gestore
    e il data center; le due quote sommano l'intero.
method-economics-p2-eq1 = beneficio = Σ Q_[del] / boiler_efficiency · p_[fuel] − Σ(W_[hp] + W_[pump]) · p_[el] − O&M +
    E_[cool] · p_[el]
method-economics-p2-eq2 = gestore: costo del combustibile evitato − ricavo dal calore − la sua elettricità − la sua O&M
method-economics-p2-eq3 = data center: ricavo dal calore − la sua elettricità − la sua O&M + risparmio sul raffreddamento
method-economics-p3 = Il tempo di ritorno semplice è l'investimento diviso per il beneficio annuo (assente quando il
    beneficio è nullo o negativo). Il costo livellato del calore (LCOH) ripartisce l'investimento
    sulla vita utile con il fattore di recupero del capitale e aggiunge elettricità e O&M, per MWh
    ceduto: confrontalo con il prezzo del combustibile della caldaia diviso per il suo rendimento.
    Il costo per MWh del gestore aggiunge il calore che paga al data center.
method-economics-p3-eq1 = tempo di ritorno = capex / beneficio
method-economics-p3-eq2 = CRF = r (1 + r)^[n] / ((1 + r)^[n] − 1)   (1 / n se r = 0)
method-economics-p3-eq3 = LCOH = (capex · CRF + costo dell'elettricità + O&M) / Σ Q_[del]
method-economics-p3-eq4 = costo del gestore = ((C_[st] + C_[pipe] + C_[hp] del gestore) · CRF + la sua elettricità + la
    sua O&M + ricavo dal calore) / Σ Q_[del]
method-indicators-h = Indicatori
method-indicators-p1 = Fattore di riutilizzo dell'energia (ERF, ISO/IEC 30134-6): il calore del data center
    riutilizzato fuori dal sito diviso per tutta l'energia assorbita dal sito, fra 0 e 1; il calore
    poi perso dal serbatoio conta comunque. Efficacia nell'uso dell'energia (PUE, ISO/IEC 30134-2):
    tutta l'energia assorbita dal sito divisa per l'energia IT, senza la pompa di calore del
    recupero.
method-indicators-p1-eq1 = ERF = Σ Q_[used] / Σ P_[dc]
method-indicators-p1-eq2 = PUE = Σ P_[dc] / Σ P_[IT]
method-indicators-p2 = Abitazioni equivalenti: il calore ceduto (elettricità della pompa di calore compresa) diviso per
    il fabbisogno annuo di un'abitazione; le abitazioni dal calore del data center contano solo il
    calore del data center. Ore equivalenti a pieno carico: la produzione annua dell'impianto di
    recupero divisa per la sua produzione nell'ora di massimo, cioè quante ore a piena potenza
    darebbero lo stesso calore. Lo SCOP è il calore annuo della pompa di calore diviso per la sua
    elettricità annua.
method-indicators-p2-eq1 = abitazioni = Σ Q_[del] / home_heat_mwh;  abitazioni dal calore del data center = Σ Q_[used] /
    home_heat_mwh
method-indicators-p2-eq2 = ore a pieno carico = Σ usato / max_[h] usato;  SCOP = Σ HP / Σ W_[hp]
method-const1-what = Finestra della media mobile della temperatura esterna
method-const1-value = 72 h
method-const1-source = inerzia degli edifici e della rete; MODEL.md §1
method-const2-what = Punti di rottura della curva di mandata (media su 72 ore)
method-const2-value = 0 °C e 10 °C
method-const2-source = PyPSA-Eur da Pieper et al. 2019
method-const3-what = Preriscaldamento minimo sul ritorno
method-const3-value = 5 K
method-const3-source = MODEL.md §4
method-const4-what = Capacità termica dell'acqua
method-const4-value = 1,163 kWh/(m³·K)
method-const4-source = catalogo tecnologico DEA (REFERENCE.md §4)
method-const5-what = Gas naturale, potere calorifico inferiore
method-const5-value = 9,79 kWh/Sm³
method-const5-source = MODEL.md §8
method-const6-what = Profilo giornaliero dell'acqua calda sanitaria, ore 0–23
method-const6-value = 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰
    (somma 1000 ‰)
method-const6-source = MODEL.md §5
method-const7-what = Temperatura media di riferimento della rete sopra il terreno, per le perdite
method-const7-value = 56,25 K
method-const7-source = rete 3G 90/75 → 50 °C su terreno a 10 °C; MODEL.md §5
method-const8-what = Passate della simulazione dell'accumulo
method-const8-value = 2 (messa a regime, poi quella riportata)
method-const8-source = MODEL.md §6
method-choice1 = La media su 72 ore è una media mobile all'indietro (quest'ora e le 71 precedenti) che si
    richiude a cavallo di Capodanno, quindi i primi giorni di gennaio usano gli ultimi giorni di
    dicembre dello stesso anno tipo.
method-choice2 = L'anno tipo incorporato è in UTC, un'ora indietro rispetto all'ora dell'Europa centrale, e
    ciascuno dei suoi mesi proviene da un anno diverso del periodo 2005–2020; nessuna delle due cose
    è corretta.
method-choice3 = La semiampiezza giornaliera A_[d] di una città sintetica è metà della sua escursione giornaliera
    media (media delle massime medie mensili meno media delle minime medie mensili) dalla stessa
    fonte; dove massime e minime non sono state trovate (Helsinki, Copenaghen, Parigi) è presa da
    una città comparabile indicata, come dice la fonte del clima. Una città le cui temperature non è
    stato possibile ricondurre a una fonte è esclusa, non stimata.
method-choice4 = La potenza complessiva del sito è determinata dopo il dispacciamento, perché il credito per il
    raffreddamento evitato dipende dal calore effettivamente usato.
method-choice5 = Con takes_all_heat tutto il calore disponibile è ceduto direttamente: non ci sono ammanchi, né
    integrazione, né accumulo.
method-choice6 = Un'ora conta fra le ore di pompa di calore quando in essa la pompa di calore ha prodotto calore;
    i conteggi di pareggio (CO2 e costo) e il conteggio al limite massimo del COP sono fatti fra
    quelle ore.
method-limit1 = Un bilancio energetico orario quasi stazionario: nessuna dinamica entro l'ora oltre la media
    mobile su 72 ore, nessun comportamento all'avviamento o a carico parziale della pompa di calore.
method-limit2 = Nessuna idraulica: portate, pressioni, diametri delle tubazioni e limiti di pompaggio non sono
    modellati; il pompaggio è una quota fissa del calore ceduto.
method-limit3 = La temperatura di ritorno è costante nell'anno e la domanda degli utenti non dipende dalla
    temperatura di mandata.
method-limit4 = Non ancora reti di 5ª generazione (a bassa temperatura, 10–25 °C) con pompe di calore in ogni
    edificio.
method-limit5 = Un solo anno tipo; nessuna variazione del meteo da un anno all'altro e nessuna crescita del
    carico IT.
method-planned1 = una temperatura stagionale dell'acqua di acquedotto nella domanda di acqua calda sanitaria
method-planned2 = un carico minimo (DEA: 25 %) e una disponibilità (circa 95 %) per la pompa di calore
method-planned3 = limiti di portata della rete nel punto di immissione
method-planned4 = una temperatura di ritorno che varia con la stagione
method-planned5 = reti a bassa temperatura di 5ª generazione
method-planned6 = idraulica della tubazione di allacciamento e perdite in base al diametro
method-planned7 = investimento per scambiatori e sottostazioni
method-planned8 = carico IT in crescita negli anni
method-planned9 = energia primaria netta
method-rule1-name = Germania, legge sull'efficienza energetica (EnEfG) §11
method-rule1-text = Data center in esercizio dal 1° luglio 2026: PUE ≤ 1,2 ed ERF ≥ 10 %; l'ERF sale al 15 % per i
    siti avviati dal 1° luglio 2027 e al 20 % dal 1° luglio 2028, come media annua raggiunta entro
    due anni dall'avvio. Siti esistenti: PUE ≤ 1,5 da luglio 2027 e ≤ 1,3 da luglio 2030.
    L'elettricità delle pompe di calore che innalzano la temperatura del calore di scarto non conta
    nel PUE.
method-rule1-source = Energieeffizienzgesetz (EnEfG) §11; REFERENCE.md §6; MODEL.md §10
method-rule2-name = Direttiva UE sull'efficienza energetica, articolo 12
method-rule2-text = I data center con una potenza IT installata di 500 kW o più comunicano ogni anno la loro
    prestazione energetica (PUE, WUE, ERF, REF e altro, come stabilito dal Regolamento delegato (UE) 2024/1364).
method-rule2-source = Directive (EU) 2023/1791, Art. 12; Delegated Regulation (EU) 2024/1364; REFERENCE.md §6
method-rule3-name = Direttiva UE sull'efficienza energetica, articolo 26
method-rule3-text = I data center sopra 1 MW devono utilizzare il loro calore di scarto, oppure dimostrare che non è
    tecnicamente o economicamente fattibile.
method-rule3-source = Directive (EU) 2023/1791, Art. 26; REFERENCE.md §6
method-rule4-name = ISO/IEC 30134-2 (EN 50600-4-2): efficacia nell'uso dell'energia (PUE)
method-rule4-text = PUE = energia totale del data center ÷ energia IT, su un anno; 1,0 significherebbe che ogni kWh
    va all'IT. Media del settore 1,58 (Uptime 2023).
method-rule4-source = ISO/IEC 30134-2 / EN 50600-4-2; REFERENCE.md §2, §6
method-rule5-name = ISO/IEC 30134-6 (EN 50600-4-6): fattore di riutilizzo dell'energia (ERF)
method-rule5-text = ERF = energia riutilizzata fuori dal data center ÷ energia totale del data center, da 0 a 1 (mostrato
    in percentuale).
method-rule5-source = ISO/IEC 30134-6 / EN 50600-4-6; REFERENCE.md §6
method-rule6-name = Italia: teleriscaldamento efficiente
method-rule6-text = Una rete è efficiente con almeno il 50 % di calore di scarto, o almeno il 50 % di energia
    rinnovabile, o almeno il 75 % di calore cogenerato; gli interventi di miglioramento possono
    ottenere certificati bianchi (TEE).
method-rule6-source = D.Lgs. 102/2014; REFERENCE.md §6
method-ref-brescia-title = Il progetto pilota: A2A + Qarnot, Centrale Lamarmora, Brescia (Italia)
method-ref-brescia-head1 = Voce
method-ref-brescia-head2 = Valore
method-ref-brescia-head3 = Fonte
method-ref-brescia-r1-c1 = Inaugurazione
method-ref-brescia-r1-c2 = 24–25 giugno 2025, su un ex parco carbone della centrale di cogenerazione di A2A
method-ref-brescia-r1-c3 = REFERENCE.md §1
method-ref-brescia-r2-c1 = Raffreddamento
method-ref-brescia-r2-c2 = raffreddamento a liquido ad acqua calda (unità Qarnot QBx), acqua fino a 65 °C
method-ref-brescia-r2-c3 = pausa-energia.com (A2A), e-gazette.it
method-ref-brescia-r3-c1 = Pompa di calore
method-ref-brescia-r3-c2 = nessuna: scambiatori di calore verso la rete (il raffreddamento ad aria darebbe ~30 °C e
    richiederebbe pompe di calore)
method-ref-brescia-r3-c3 = pausa-energia.com, serviziarete.it
method-ref-brescia-r4-c1 = Calore, fase 1 (30 unità QBx)
method-ref-brescia-r4-c2 = circa 800 MWh/anno
method-ref-brescia-r4-c3 = serviziarete.it
method-ref-brescia-r5-c1 = Calore, a regime
method-ref-brescia-r5-c2 = 16 GWh/anno
method-ref-brescia-r5-c3 = e-gazette.it, innovazionepa.soiel.it
method-ref-brescia-r6-c1 = Abitazioni
method-ref-brescia-r6-c2 = 1.350 appartamenti (appartamenti equivalenti da 80 m²)
method-ref-brescia-r6-c3 = sky.it, ilgiornale.it
method-ref-brescia-r7-c1 = CO2 evitata
method-ref-brescia-r7-c2 = 3.500 t/anno, «quanto ne assorbono più di 22.000 alberi»
method-ref-brescia-r7-c3 = innovazionepa.soiel.it
method-ref-brescia-r8-c1 = Rapporti impliciti [D]
method-ref-brescia-r8-c2 = 218,75 kg CO2/MWh di calore; 11,85 MWh per appartamento all'anno; 159 kg CO2 per albero
    all'anno; potenza termica media 1,83 MW
method-ref-brescia-r8-c3 = ricavati dai dati sopra
method-ref-brescia-r9-c1 = Rete di Brescia
method-ref-brescia-r9-c2 = 1.168 GWh/anno prodotti, 684 km, 179.000 appartamenti equivalenti; oltre l'80 % del calore
    rinnovabile o recuperato (termovalorizzatore fino a 365 MW termici)
method-ref-brescia-r9-c3 = pausa-energia.com; Giornale di Brescia (Feb 2026); Corriere di Brescia (2022)
method-ref-brescia-r10-c1 = Carico IT, temperatura di mandata
method-ref-brescia-r10-c2 = non pubblicati
method-ref-brescia-r10-c3 = —
method-ref-brescia-source = REFERENCE.md §1
method-ref-dea-title = Pompe di calore: catalogo tecnologico dell'Agenzia danese per l'energia
method-ref-dea-head1 = Voce
method-ref-dea-head2 = COP di targa 2020 / 2030 / 2050
method-ref-dea-head3 = Condizioni
method-ref-dea-r1-c1 = Pompa di calore da calore di scarto, 10 MW
method-ref-dea-r1-c2 = 5,0 / 5,2 / 5,4
method-ref-dea-r1-c3 = sorgente 25 → 15 °C, rete 35/70 °C
method-ref-dea-r2-c1 = Pompa di calore da calore di scarto, 1 MW
method-ref-dea-r2-c2 = 4,0 / 4,2 / 4,4
method-ref-dea-r2-c3 = sorgente 25 → 15 °C, rete 35/70 °C
method-ref-dea-r3-c1 = Aria, 10 MW
method-ref-dea-r3-c2 = 3,5 / 3,55 / 3,6
method-ref-dea-r3-c3 = aria −1 °C, rete 35/70 °C
method-ref-dea-r4-c1 = Acqua di mare, 20 MW
method-ref-dea-r4-c2 = 3,4 / 3,4 / 3,5
method-ref-dea-r4-c3 = mare 4 °C, rete 40/80 °C
method-ref-dea-r5-c1 = Investimento, vita utile, carico minimo
method-ref-dea-r5-c2 = 0,67 M€ per MW termico (2020); 25 anni; 25 %
method-ref-dea-r5-c3 = stesso catalogo
method-ref-dea-r6-c1 = COP reale rispetto all'ideale di Lorenz [D]
method-ref-dea-r6-c2 = circa 0,5 dell'ideale alla temperatura media logaritmica
method-ref-dea-r6-c3 = ricavato
method-ref-dea-source = Danish Energy Agency technology catalogue, tramite PyPSA technology-data (REFERENCE.md §3)
method-ref-generations-title = Generazioni del teleriscaldamento e temperature
method-ref-generations-head1 = Voce
method-ref-generations-head2 = Valore
method-ref-generations-head3 = Fonte
method-ref-generations-r1-c1 = 3ª generazione
method-ref-generations-r1-c2 = mandata 80–120 °C, ritorno 40–60 °C
method-ref-generations-r1-c3 = Lund et al. 2014
method-ref-generations-r2-c1 = 4ª generazione
method-ref-generations-r2-c2 = mandata 50–70 °C, ritorno 25–40 °C (valore di progetto DEA 70/35 °C)
method-ref-generations-r2-c3 = Lund et al. 2014; DEA
method-ref-generations-r3-c1 = 5ª generazione («a bassa temperatura»)
method-ref-generations-r3-c2 = reti a 10–25 °C con una pompa di calore in ogni edificio
method-ref-generations-r3-c3 = Lund et al. 2014
method-ref-generations-r4-c1 = Mandata massima per paese
method-ref-generations-r4-c2 = Italia 90, Danimarca 75, Germania 109, Finlandia 115, Svezia 102, Francia 110 °C
method-ref-generations-r4-c3 = PyPSA-Eur
method-ref-generations-r5-c1 = Perdite di rete
method-ref-generations-r5-c2 = 5–40 % del calore immesso; valore predefinito di PyPSA-Eur 15 %; passare da 90 a 70 °C di
    mandata riduce le perdite di circa un quarto
method-ref-generations-r5-c3 = metodo DIN EN 13941; PyPSA-Eur
method-ref-generations-r6-c1 = Grande serbatoio di acqua calda
method-ref-generations-r6-c2 = 3.000 m³ ≈ 175 MWh a 55 K; perdite 0,14–0,24 %/giorno; 3,0 M€ per GWh
method-ref-generations-r6-c3 = DEA
method-ref-generations-r7-c1 = Italia 2020
method-ref-generations-r7-c2 = 337 sistemi, oltre 5.000 km, 11,9 TWh immessi, il 63 % da gas
method-ref-generations-r7-c3 = GSE
method-ref-generations-source = REFERENCE.md §4
method-ref-grid-title = Elettricità di rete per paese, 2023 (ciclo di vita)
method-ref-grid-head1 = Paese
method-ref-grid-head2 = g CO2e per kWh
method-ref-grid-r1-c1 = Germania
method-ref-grid-r1-c2 = 381,0
method-ref-grid-r2-c1 = Italia
method-ref-grid-r2-c2 = 330,7
method-ref-grid-r3-c1 = Irlanda
method-ref-grid-r3-c2 = 290,8
method-ref-grid-r4-c1 = UE-27 [D]
method-ref-grid-r4-c2 = circa 214
method-ref-grid-r5-c1 = Danimarca
method-ref-grid-r5-c2 = 151,7
method-ref-grid-r6-c1 = Finlandia
method-ref-grid-r6-c2 = 79,2
method-ref-grid-r7-c1 = Francia
method-ref-grid-r7-c2 = 56,0
method-ref-grid-r8-c1 = Svezia
method-ref-grid-r8-c2 = 40,7
method-ref-grid-r9-c1 = Norvegia
method-ref-grid-r9-c2 = 30,1
method-ref-grid-source = Ember 2023, tramite codecarbon (licenza MIT); REFERENCE.md §5. Per confronto: gas naturale 201,4 kg
    CO2 per MWh di combustibile, solo combustione (fattore nazionale italiano 55,934 t CO2/TJ);
    circa 240 kg CO2e per MWh sul ciclo di vita
method-cooling-ex-air = batterie ad acqua nelle unità di trattamento aria; Meta Odense recupera così circa 0,8, Ardor
    indica 0,3–0,5 per i tipici siti raffreddati ad aria
method-cooling-ex-rear-door = scambiatori di calore sulla porta posteriore dei rack; IBM: 0,55–0,85 asportato
method-cooling-ex-direct-to-chip = piastre fredde; classe di liquido ASHRAE W45
method-cooling-ex-immersion = server immersi in un fluido dielettrico
method-cooling-ex-hot-water-liquid = raffreddamento a liquido ad acqua calda; A2A + Qarnot, Brescia (65 °C)

# Le parole della tabella dei dati d'ingresso (i numeri arrivano già formattati).
method-unit-share = quota (0–1)
method-unit-count = numero
method-unit-ratio = rapporto
method-default-all-year = null: tutto l'anno
method-default-fuel = null: CO2 del combustibile ÷ rendimento della caldaia, ogni mese
method-default-per-cooling = fissato dalla tecnologia di raffreddamento
method-default-per-generation = fissato dalla generazione della rete
method-default-per-country = fissato dal paese (economics.country)
method-range = da { $lo } a { $hi }{ $unit }
method-allowed-whole = { $range }, numeri interi
method-allowed-bool = true o false
method-allowed-season = null oppure {"{"}start, end{"}"} come MM-GG, estremi inclusi (02-29 non ammesso)
method-allowed-monthly = null oppure 12 valori, ciascuno { $range }
method-value-monthly = { $list }{ $unit } (a partire da gennaio)
method-value-season = da { $start } a { $end }
method-none = nessuno
method-weather-builtin-allowed = un id di clima (vedi Climi)
method-weather-epw-allowed = un percorso; 8.760 righe orarie, bulbo secco sotto 99,9 °C
method-weather-csv-allowed = un percorso; 8.760 valori, ciascuno da −90 a 70 °C
method-weather-monthly-allowed = 12 valori, ciascuno da { $lo } a { $hi } °C
method-drivers-title = Driver misurati in questo scenario
method-driver-line = { $input }: profilo misurato, { $hours } ore guidate, { $rest } ore lasciate al modello.
