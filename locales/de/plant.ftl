# heat-twin-Meldungen: Anlage (de)
# Die Anlagenansicht: Schema, Bildunterschrift, Schieberegler und Werte. Ein Zeilenumbruch in
# einem Kastennamen ist eine neue Zeile der Meldung (eingerückt).

plant-heading = Die Anlage, Stunde für Stunde
plant-no-run = Keine Ergebnisse: Beheben Sie die Probleme des Szenarios, um es zu rechnen.
plant-months = Januar Februar März April Mai Juni Juli August September Oktober November Dezember
plant-hour-label = Stunde des Jahres
plant-play = Abspielen
plant-pause = Pause
# Folgt dem sichtbaren Text der Schaltfläche („Abspielen: …“): Der zugängliche Name beginnt mit den sichtbaren Wörtern.
plant-play-label = läuft durch das Jahr, eine Woche pro Sekunde
plant-reduced-motion = Die Animation ist ausgeschaltet, weil Ihr System reduzierte Bewegung anfordert; bewegen Sie stattdessen den Schieberegler.
plant-electricity = Strom aus dem Netz
plant-data-centre = Rechenzentrum
plant-it-racks = IT-Racks
plant-recovery = Wärmerückgewinnung
plant-exchanger =
    Wärme-
    übertrager
plant-heat-pump =
    Wärme-
    pumpe
plant-dry-coolers =
    Rück-
    kühler
plant-tank = Speicher
plant-no-tank = kein Speicher
plant-network =
    Fernwärme-
    netz
plant-homes = Wohnungen
plant-backup =
    Ergänzende
    Erzeuger
plant-outdoor = Außen
plant-active = aktiv
plant-idle = inaktiv
plant-no-heat-pump = keine
plant-preheats-return =
    wärmt Rücklauf
    vor
plant-takes-all = nimmt die gesamte Wärme ab
plant-f-it = IT-Strom
plant-f-captured = erfasst
plant-f-rejected = abgeführt
plant-f-used = genutzt
plant-f-hp-electricity = zur Wärmepumpe
plant-f-direct = ins Netz
plant-f-charge = beladen
plant-f-discharge = entladen
plant-f-backup = ergänzende Erzeuger
plant-f-homes = zu den Wohnungen
plant-f-losses = Netzverluste
plant-f-pumping = Pumpen
plant-t-loop-out = Kreislauf ab
plant-t-loop-back = Kreislauf zurück
plant-t-supply = Netzvorlauf
plant-t-return = Netzrücklauf
plant-cop = COP
plant-demand = Bedarf
plant-values = Diese Stunde in Zahlen
plant-stored = Speicherinhalt
plant-scale = Die Breite der Bänder ist proportional zur Leistung; das breiteste Band ist { $max }, der größte Fluss des Jahres.
plant-mode-direct = direkter Wärmeaustausch
plant-mode-heat-pump = Wärmepumpe
plant-mode-return-line = Rücklaufvorwärmung
plant-mode-none = keine Rückgewinnung
# Bildunterschrift: „21. Januar, 08:00–09:00 · direkter Wärmeaustausch · Bedarf 12,3 MW, aus dem Rechenzentrum geliefert 2.040 kW“.
plant-caption-demand = { $date } · { $mode } · Bedarf { $demand }, aus dem Rechenzentrum geliefert { $delivered }
plant-caption-all = { $date } · { $mode } · aus dem Rechenzentrum geliefert { $delivered } (nimmt die gesamte Wärme ab)
# Der zugängliche Name des Schemas, in Teilen.
plant-sentence = { $date }, { $mode }: { $it } IT-Strom, { $captured } erfasste Wärme, { $delivered } an das Netz geliefert, { $rejected } abgeführt
plant-sentence-hp = , { $hp } Strom der Wärmepumpe
plant-sentence-demand = , Bedarf des Netzes { $demand }, ergänzende Erzeuger { $backup }
