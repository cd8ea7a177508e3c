# heat-twin messages: warnings (it)
# Un messaggio per codice di avviso del modello (heat_twin_model::Warnings), numeri già formattati.
warnings-aria = Avvisi
warning-return-line-too-cold = L'acqua del circuito ({ $source } °C, { $hot_end } °C dopo la differenza di { $approach } K dello scambiatore) non riesce a preriscaldare il ritorno a { $return } °C dei 5 K minimi: in { $none } ore non si recupera calore.
warning-heat-pump-cop-below-one = In { $lost } ore ({ $share } dell'anno) il COP della pompa di calore sarebbe 1 o meno (il salto termico è troppo grande): in { $fallback } di queste il calore preriscalda invece il ritorno, in { $none } non si recupera calore.
warning-source-too-cold = In { $lost } ore ({ $share } dell'anno) l'acqua del circuito ({ $source } °C, { $hot_end } °C dopo la differenza di { $approach } K dello scambiatore) è più fredda della mandata della rete e la pompa di calore non è ammessa: in { $fallback } di queste il calore preriscalda invece il ritorno, in { $none } non si recupera calore.
warning-exchanger-cold-end = Il lato freddo dello scambiatore limita il recupero: l'acqua del circuito si può raffreddare solo fino a { $cold_end } °C (ritorno { $return } °C + { $approach } K di differenza), quindi in { $hours } ore di immissione diretta o sul ritorno si può cedere solo il { $share } del calore catturato ({ $mwh } MWh trattenuti).
warning-heat-pump-capacity = La potenza di { $mw } MW della pompa di calore limita il recupero in { $hours } ore: c'era più calore del data center di quanto potesse innalzarne.
warning-heat-pump-at-max-cop = La pompa di calore funziona al suo COP massimo di { $cop } in { $hours } delle sue { $hp_hours } ore ({ $share }): il COP stagionale è allora il limite impostato, non un risultato delle temperature.
warning-heat-pump-co2-above-boiler = In { $hours } delle { $hp_hours } ore della pompa di calore ({ $share }) il suo COP per il fattore di CO2 del calore sostituito è inferiore a quello della rete elettrica: in quelle ore si emette più CO2 di quanta ne emetterebbe il calore delle caldaie sostituito.
warning-heat-pump-cost-above-boiler = In { $hours } delle { $hp_hours } ore della pompa di calore ({ $share }) il suo COP è sotto il COP di pareggio dei costi di { $cop } (prezzo dell'energia elettrica × rendimento della caldaia / prezzo del combustibile): in quelle ore il calore costa più di quello delle caldaie.
warning-heat-pump-cost-above-boiler-free-fuel = In { $hours } delle { $hp_hours } ore della pompa di calore ({ $share }) il suo COP è sotto il pareggio dei costi (il combustibile sostituito è gratuito) (prezzo dell'energia elettrica × rendimento della caldaia / prezzo del combustibile): in quelle ore il calore costa più di quello delle caldaie.
warning-high-rejection = Il { $share } del calore catturato ({ $rejected } di { $captured } MWh) viene dissipato dai sistemi di raffreddamento del sito: più di un terzo.
warning-utilisation-clamped = Un utilizzo medio del { $set } con un'oscillazione giornaliera di ±{ $swing } supera il 100 % nel picco giornaliero; limitato, l'utilizzo medio è { $mean }.
warning-high-pumping = L'energia elettrica di pompaggio vale il { $share } del calore fornito, oltre il 3 %.
warning-high-network-losses = Le dispersioni di rete sono il { $share } del calore richiesto in centrale, oltre il 25 %: una rete poco densa o troppo calda.
warning-storage-ignored-return-line = L'accumulo da { $volume } m³ non è servito e non costa nulla: un accumulo serve solo con l'immissione in mandata e una rete dalla domanda limitata, mentre qui il calore entra nel ritorno.
warning-storage-ignored-takes-all-heat = L'accumulo da { $volume } m³ non è servito e non costa nulla: un accumulo serve solo con l'immissione in mandata e una rete dalla domanda limitata, mentre qui la rete assorbe tutto il calore.
warning-no-space-heating = Nella stagione di riscaldamento il clima non ha nessuna ora sotto la temperatura base di { $base } °C: non c'è riscaldamento degli ambienti, solo acqua calda sanitaria e dispersioni di rete.
warning-climate-changed-home-heat-unchanged = Il clima è cambiato ma il calore per abitazione è ancora { $mwh } MWh/anno: il calore per abitazione dipende dal clima (Italia { $italy }; una casa danese 13–18), quindi impostalo per questo luogo.
warning-invalid = { $field }: { $message }
warning-weather = Il clima non si può usare: { $reason }.
warning-weather-not-uploaded = Il clima non si può usare: il file meteo «{ $file }» non è stato caricato.
