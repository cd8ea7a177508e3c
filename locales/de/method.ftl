# heat-twin-Meldungen: Methode (de)
# Der Bereich „Methode und Quellen“. Formel-Auszeichnung: x_[tief], x^[hoch], *[fette Einleitungswörter].
# Zitate (Herausgeber, Titel, Gesetze) bleiben in jeder Sprache, wie sie sind.

method-heading = Wie der Zwilling rechnet – Methode und Quellen
method-intro = Was der Zwilling berechnet, in einfachen Worten und Gleichungen; jede Eingabe mit ihrem Standardwert und ihrer Quelle;
    die Klimadaten, Vorschriften und Referenzzahlen, auf die er sich stützt. Die vollständige Spezifikation ist docs/MODEL.md
    im Repository des Projekts, die Zahlen mit ihren Quellen docs/REFERENCE.md.
method-contents = In diesem Abschnitt
method-method-title = Die Methode in einfachen Worten
method-method-intro = Der Zwilling rechnet ein Testreferenzjahr Stunde für Stunde durch die Kette Rechenzentrum → Wärmeerfassung →
    Wärmeübertrager oder Wärmepumpe → Speicher → Fernwärmenetz → Wohnungen und summiert dann CO2 und
    Geld. Namen wie pue oder loop_out_c sind Eingaben aus der Tabelle weiter unten; Σ ist eine Summe
    über die 8.760 Stunden des Jahres.
method-constants-title = Feste Konstanten der Version 1
method-choices-title = Festlegungen, wo die Spezifikation schweigt
method-limits-title = Was der Zwilling nicht modelliert
method-planned-title = Geplant nach Version 1
method-inputs-title = Jede Eingabe, ihr Standardwert und ihre Quelle
method-inputs-intro = Alle Eingaben einer Szenariodatei, nach Abschnitt. „Dieses Szenario“ zeigt den verwendeten Wert, wo er
    vom Standardwert abweicht (bei Eingaben, die durch die Kühltechnik oder die Netzgeneration festgelegt werden:
    vom Standardwert der gewählten Variante).
method-col-input = Eingabe
method-col-constant = Konstante
method-col-path = JSON-Pfad
method-col-unit = Einheit
method-col-default = Standardwert
method-col-allowed = Zulässig
method-col-source = Quelle
method-col-current = Dieses Szenario
method-col-value = Wert
method-same-as-default = Standardwert
method-no-scenario = Das Szenario hat Probleme; die verwendeten Werte werden erst angezeigt, wenn es gültig ist.
method-weather-title = Wetter
method-weather-intro = Der Abschnitt Wetter ist eine von vier Quellen (ein eingebautes Klima, eine EPW-Datei, eine einspaltige CSV-Datei oder
    zwölf Monatsmittel); er ist kein einzelnes Feld.
method-cooling-title = Durch die Kühltechnik festgelegte Standardwerte (data_centre.cooling)
method-cooling-intro = Für jede Auswahl aus dem Modell gelesen; ein im Szenario angegebener Wert hat immer Vorrang.
method-cooling-example = Beispiel
method-generation-title = Durch die Netzgeneration festgelegte Standardwerte (network.generation)
method-generation-intro = Für jede Auswahl aus dem Modell gelesen; „benutzerdefiniert“ beginnt bei 3G; ein im Szenario angegebener Wert hat immer
    Vorrang.
method-choice = Auswahl
method-climates-title = Klimadaten
method-climates-intro = Die eingebauten Klimadaten. Das Testreferenzjahr besteht aus Stundenwerten; die Städte sind synthetische Jahre aus
    veröffentlichten Monatsmitteln (MODEL.md §1.4). Das Jahresmittel ist das nach Tagen gewichtete Mittel der
    zwölf Monatsmittel.
method-col-climate = Klima (ID)
method-col-kind = Art
method-col-station = Station
method-col-period = Zeitraum
method-col-mean = Jahresmittel
method-kind-tmy = Testreferenzjahr (stündlich)
method-kind-synthetic = synthetisches Jahr aus Monatsmitteln
method-in-use = verwendet
method-attribution-lead = Nachweis der Wetterdaten:
method-ecad-note = Monatsmittel, die das Projekt aus den zusammengeführten Tagesreihen von ECA&D (Klein Tank et al. 2002) abgeleitet hat,
    werden verwendet, wo die Quelle dies angibt:
method-rules-title = Richtwerte und Vorschriften
method-rules-intro = Der Zwilling zeigt seinen ERF und seine PUE neben diesen Richtwerten; er prüft nicht die Einhaltung von Rechtsvorschriften.
method-scenario-title = Quellen dieses Szenarios
method-scenario-none = Dieses Szenario hat keine Beschreibung.
method-scenario-preset = Geladenes Projekt:
method-scenario-no-sources = Dieses Szenario nennt keine Quellen. Laden Sie ein Projekt über das Menü oben, um eines mit seinen
    Quellen zu sehen, oder ergänzen Sie Ihre Szenariodatei um eine Liste "sources".
method-reference-title = Referenzzahlen
method-reference-intro = Fakten, die ein Planer neben den Ergebnissen sehen möchte, jeweils mit der Quelle, wie sie die Referenzdatei
    des Projekts angibt.
method-derived-note = [D] kennzeichnet eine Zahl, die rechnerisch aus veröffentlichten Zahlen abgeleitet, aber selbst nicht veröffentlicht ist.
method-source-label = Quelle:
method-time-h = Zeit und Einheiten
method-time-p1 = Der Zwilling geht durch ein Testreferenzjahr mit 8.760 Stunden (ohne Schalttag); Stunde 0 ist der 1. Januar 00:00–01:00 Uhr.
    Innerhalb einer Stunde gilt alles als stationär, sodass die Energie einer Stunde in kWh ihrer mittleren
    Leistung in kW entspricht. Temperaturen sind in °C, Temperaturdifferenzen in K angegeben. Summen sind in MWh, Tonnen
    CO2 und Euro angegeben; Brennstoffenergie wird mit ihrem Heizwert gerechnet.
method-time-p1-eq1 = 1 kWh in einer Stunde = 1 kW mittlere Leistung
method-time-p1-eq2 = T_[K] = T_[°C] + 273,15
method-weather-h = Wetter und die 72-Stunden-Glättung
method-weather-p1 = Die Außentemperatur jeder Stunde, T_[out], stammt aus einer Quelle: einem eingebauten Klima, einer
    hochgeladenen EPW-Wetterdatei oder einspaltigen CSV-Datei oder einem synthetischen Jahr aus zwölf Monatsmitteln.
    Ein synthetisches Jahr setzt das Mittel jedes Monats in die Monatsmitte, verbindet diese Tag für Tag durch Geraden,
    addiert eine Tageswelle mit dem Höchstwert um 15:00 Uhr und der halben Schwankung A_[d] (standardmäßig 4 K)
    und verschiebt dann jeden Monat so, dass er sein vorgegebenes Mittel genau einhält.
method-weather-p1-eq1 = T[h] = M(Tag) + A_[d] · cos(2π (hod − 15 h) / 24 h)
method-weather-p2 = Gebäude und erdverlegte Rohre reagieren träge, daher folgt das Netz nicht der Temperatur der
    aktuellen Stunde, sondern ihrem Mittel über die letzten 72 Stunden. Das Mittel läuft über den Jahreswechsel, weil sich ein
    Testreferenzjahr wiederholt.
method-weather-p2-eq1 = T_[smooth][h] = (1/72) · Σ_[k = 0…71] T_[out][(h − k) mod 8760]
method-data-centre-h = Das Rechenzentrum
method-data-centre-p1 = Die IT-Last ist die Auslegungsleistung aller Racks mal einer Auslastung, die jeden Tag leicht um ihren
    Mittelwert schwankt, mit dem Höchstwert um 14:00 Uhr. Die Auslastung bleibt zwischen 0 und 1; würde die Schwankung sie
    über 1 treiben, wird sie dort abgeschnitten und die Seite warnt, weil die mittlere Last dann niedriger ist als die
    eingestellte.
method-data-centre-p1-eq1 = P_[design] = racks · rack_kw
method-data-centre-p1-eq2 = u[h] = clamp(utilisation · (1 + daily_swing · cos(2π (hod − 14 h) / 24 h)), 0, 1)
method-data-centre-p1-eq3 = P_[IT][h] = P_[design] · u[h]
method-data-centre-p2 = Der gesamte Standort bezieht die IT-Leistung mal seiner Energieverbrauchseffektivität (PUE). Eine Wärmepumpe, die
    die zurückgewonnene Wärme aufwertet, ist nicht Teil der PUE, wie es das deutsche Energieeffizienzgesetz (EnEfG
    §11) vorschreibt. Wenn Sie vermiedene Kühlung anrechnen, arbeiten die standorteigenen Kältemaschinen oder Rückkühler weniger
    für die abgegebene Wärme: Diese Wärme geteilt durch ihre Effizienz (EER) wird eingespart, aber der Standort
    bezieht nie weniger als seine IT-Leistung.
method-data-centre-p2-eq1 = P_[dc0][h] = P_[IT][h] · pue
method-data-centre-p2-eq2 = mit Gutschrift: P_[dc][h] = max(P_[IT][h], P_[dc0][h] − Q_[used][h] / site_cooling_eer);
    sonst P_[dc] = P_[dc0]
method-data-centre-p3 = Der gesamte Strom, den die IT verbraucht, wird zu Wärme. Die Kühltechnik entscheidet, wie viel davon
    einen für die Rückgewinnung nutzbaren Wasserkreislauf erreicht und wie warm: Der Kreislauf verlässt die IT mit loop_out_c
    und kommt um loop_delta_k kühler zurück. Der Rest erwärmt die Raumluft und wird von der standorteigenen
    Kühlung abgeführt, außer Reichweite der Rückgewinnung.
method-data-centre-p3-eq1 = Q_[cap][h] = capture_share · P_[IT][h]
method-data-centre-p3-eq2 = T_[src] = loop_out_c, Rücklauf mit T_[src] − loop_delta_k
method-network-temperatures-h = Netztemperaturen
method-network-temperatures-p1 = Die Vorlauftemperatur folgt dem Wetter: auf ihrem Wert für kaltes Wetter, wenn das 72-Stunden-Mittel
    der Außentemperatur 0 °C oder darunter liegt, auf ihrem Wert für mildes Wetter ab 10 °C, dazwischen auf einer
    Geraden (PyPSA-Eur, nach Pieper et al. 2019). Die Rücklauftemperatur ist konstant.
method-network-temperatures-p1-eq1 = T_[curve][h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 °C − T_[smooth][h]) / 10 K, 0, 1)
method-network-temperatures-p1-eq2 = T_[ret] = return_c
method-network-temperatures-p2 = Wo das Netz auch Trinkwasser erwärmt, sinkt sein Vorlauf nie unter eine Untergrenze, standardmäßig 65 °C,
    damit die Wohnungen gespeichertes Warmwasser zum Schutz vor Legionellen auf 60 °C oder mehr halten können (italienische Leitlinien 2015,
    DVGW W551); für Wohnungsstationen im Durchflussprinzip genügen etwa 55 °C. Der niedrigste Vorlauf des
    Jahres, T_[floor], bestimmt später die Größe des Speichers.
method-network-temperatures-p2-eq1 = T_[sup][h] = max(T_[curve][h], dhw_min_supply_c) wenn dhw_share > 0, sonst T_[curve][h]
method-network-temperatures-p2-eq2 = T_[floor] = min_[h] T_[sup][h]
method-network-temperatures-p3 = Die Netzgeneration füllt nur Standardtemperaturen ein: Ein Netz der 3. Generation (3G)
    liefert 90 °C bei kaltem und 75 °C bei mildem Wetter mit 50 °C Rücklauf; eines der 4. Generation (4G) 70 °C
    und 65 °C mit 35 °C Rücklauf (Lund et al. 2014). Von Ihnen gesetzte Werte haben Vorrang. In einem gültigen Netz ist der
    Vorlauf bei kaltem Wetter mindestens so hoch wie bei mildem, beide liegen über dem Rücklauf, und die mittlere
    Wassertemperatur liegt über der des Erdreichs.
method-network-temperatures-p3-eq1 = 3G: 90 / 75 → 50 °C;  4G: 70 / 65 → 35 °C
method-network-temperatures-p3-eq2 = supply_max_c ≥ supply_min_c > return_c;  (supply_min_c + return_c) / 2 > ground_c
method-recovery-h = Wärmerückgewinnung
method-recovery-p1 = *[Direkter Wärmeaustausch.] Wenn das Kreislaufwasser abzüglich der Grädigkeit a des Wärmeübertragers (standardmäßig 3 K)
    mindestens so warm ist wie der Vorlauf des Netzes, übergibt ein einfacher Wärmeübertrager die Wärme. Auch sein kaltes Ende
    begrenzt ihn: Das Netzwasser tritt mit der Rücklauftemperatur ein, daher kann das Kreislaufwasser nicht unter
    T_[ret] + a abgekühlt werden. Liegt dieser Wert über dem eigenen Rücklauf des Kreislaufs, kann nur ein Teil der
    erfassten Wärme übergeben werden; der Rest wird abgeführt.
method-recovery-p1-eq1 = wenn T_[src] − a ≥ T_[sup][h]:  A[h] = Q_[cap][h] · f_[cold]
method-recovery-p1-eq2 = f_[cold] = clamp((T_[src] − a − T_[ret]) / loop_delta_k, 0, 1)
method-recovery-p2 = *[Vorwärmung und Wärmepumpe.] Ist der Kreislauf zu kühl, wärmt zuerst ein Wärmeübertrager das zurückfließende
    Netzwasser so weit wie möglich vor, auf T_[pre], und eine Wärmepumpe hebt es um den Rest an. Der
    Wärmeübertrager und der Verdampfer der Wärmepumpe entnehmen das Kreislaufwasser parallel. s ist der Anteil der Wärmepumpe
    an der Erwärmung; er ist 1, wenn der Kreislauf selbst zum Vorwärmen zu kalt ist.
method-recovery-p2-eq1 = T_[pre] = max(T_[ret], T_[src] − a)
method-recovery-p2-eq2 = s = (T_[sup][h] − T_[pre]) / (T_[sup][h] − T_[ret])
method-recovery-p3 = Die Leistungszahl (COP) der Wärmepumpe stammt aus einem Modell, das an veröffentlichte große
    Maschinen angepasst ist (recovery.cop_method = fit, Standard seit Modellversion 3): der ideale
    (Lorenz-)COP zwischen Kondensations- und Verdampfungstemperatur des Kältemittels, die ΔT_[p] (32 K)
    von den logarithmischen Mitteltemperaturen des erwärmten Wassers (von T_[pre] + a bis T_[sup] + a)
    und des abgekühlten Kreislaufwassers entfernt liegen, mal einem inneren Gütegrad η (0,93); danach werden der Wirkungsgrad
    des Antriebs (0,94) und die Hilfsenergie (1 % der Wärme) berücksichtigt. Angepasst an fünf Maschinen (die 10-MW-Abwärmeanlage der Danish
    Energy Agency, Fenagy in Kajaani, Oilon in Espoo, Friotherm in
    Stockholm, Siemens Energy in Mannheim), beträgt sein mittlerer Fehler 10,6 % (das Verfahren von Jensen et al. 2018,
    das PyPSA-Eur verwendet: 15,1 %). Es gibt keine Obergrenze: Der COP sinkt stetig, wenn der Temperaturhub
    steigt. Ältere Szenarien, die lorenz_efficiency setzen, behalten den konstanten Lorenz-Gütegrad der Version 1
    mit seiner Obergrenze max_cop (cop_method = lorenz).
method-recovery-p3-eq1 = T_[lm](x, y) = (x − y) / ln(x / y)   (= x für x = y), Kelvin
method-recovery-p3-eq2 = COP_[ref] = η · (T_[lm,sink] + ΔT_[p] / 2) / (max(T_[lm,sink] − T_[lm,source], 0) + ΔT_[p])
method-recovery-p3-eq3 = COP[h] = 1 / (1 / (η_[drive] · COP_[ref]) + f_[aux])
method-recovery-p4 = Für jede an das Netz gelieferte kWh gibt das Rechenzentrum g kWh Wärme ab, und die Wärmepumpe
    verbraucht s / COP kWh Strom; beides zusammen ergibt 1 kWh. Die Anlage kann daher die
    erfasste Wärme geteilt durch g liefern. Eine optionale Größenbegrenzung deckelt die Leistung der Wärmepumpe; sie begrenzt nur
    die Stunden, die die Wärmepumpe brauchen.
method-recovery-p4-eq1 = g = (1 − s) + s · (1 − 1 / COP)
method-recovery-p4-eq2 = A[h] = Q_[cap][h] / g,  mit s · A[h] ≤ 1000 · heat_pump_max_mw kW, wenn eine Begrenzung gesetzt ist
method-recovery-p5 = *[Rückfallebene.] Ist keine Wärmepumpe zugelassen oder läge ihr COP bei 1 oder darunter, fällt die Stunde auf
    die Vorwärmung des Rücklaufs zurück, wie unten beschrieben; in diesen Stunden darf der Speicher entladen, aber nicht beladen werden. Ist
    selbst das unmöglich, wird in dieser Stunde nichts zurückgewonnen, und die Seite sagt, warum.
method-recovery-p6 = *[Einspeisung in den Rücklauf.] Hier erwärmt das Rechenzentrum das zurückfließende Netzwasser, und die
    eigenen Erzeugungsanlagen des Netzes heizen es um den Rest auf, wie A2A in Brescia mit 65 °C warmem Wasser und ohne
    Wärmepumpe (die Einstellung der Wärmepumpe wird dann ignoriert). Dazu muss der Kreislauf abzüglich der Grädigkeit
    mindestens 5 K über dem Rücklauf liegen. Die abgegebene Wärme ist begrenzt durch das kalte Ende des Wärmeübertragers und durch den
    Teil der Temperaturerhöhung im Netz, den sie abdeckt, angewandt auf den Bedarf, den sie bedienen kann; ein Netz,
    das die gesamte Wärme abnimmt, setzt keine solche Grenze.
method-recovery-p6-eq1 = möglich, wenn T_[src] − a ≥ T_[ret] + 5 K
method-recovery-p6-eq2 = A[h] = min(Q_[cap][h] · f_[cold],  D_[dc][h] · min(1, (T_[src] − a − T_[ret]) / (T_[sup][h] −
    T_[ret])))
method-recovery-p7 = *[Was als wiederverwendete Wärme zählt.] Im Sinne von ISO/IEC 30134-6 ist die wiederverwendete Energie die Wärme des
    Rechenzentrums, die am Wärmeübertrager und am Verdampfer der Wärmepumpe übergeben wird, Q_[used]. Die
    Wärmepumpe liegt außerhalb der Bilanzgrenze des Rechenzentrums: Ihr Strom ist weder in der PUE noch in der
    wiederverwendeten Energie enthalten.
method-demand-h = Bedarf des Netzes
method-demand-p1 = Angeschlossene Wohnungen werden als Wohnungsäquivalente zu 80 m² gezählt, die jeweils home_heat_mwh im Jahr an
    der Erzeugungsanlage benötigen, einschließlich Netzverlusten (11,85 MWh: 16 GWh von A2A für 1.350 Wohnungen). Was die
    Kunden erhalten, ist dieser Wert abzüglich des Anteils, der in den Rohren verloren geht.
method-demand-p1-eq1 = E_[cust] = homes · home_heat_mwh · (1 − loss_share)
method-demand-p2 = Die Raumwärme wird über Heizgradstunden auf das Jahr verteilt: wie weit die Außentemperatur jeder Stunde
    (die stündliche, nicht das 72-Stunden-Mittel) unter der Heizgrenztemperatur liegt, standardmäßig 16 °C.
    Ist eine Heizperiode gesetzt, zählen nur ihre Tage (ganze Tage, einschließlich; eine Heizperiode, die
    nach ihrem Ende beginnt, reicht über den Jahreswechsel).
method-demand-p2-eq1 = w[h] = max(0, heating_base_c − T_[out][h]) · in_season[h]
method-demand-p2-eq2 = SH[h] = E_[cust] · (1 − dhw_share) · w[h] / Σ w
method-demand-p3 = Warmwasser ist an jedem Tag des Jahres gleich, geformt durch ein festes Tagesprofil p mit einer Morgen-
    und einer Abendspitze, in Promille des Tagesverbrauchs für die Stunden 0–23: 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰.
method-demand-p3-eq1 = DHW[h] = E_[cust] · dhw_share / 365 · p[hod] / 1000
method-demand-p4 = Die Rohrverluste wachsen damit, um wie viel das Wasser wärmer ist als das Erdreich, gemessen an einem
    3G-Referenznetz (90/75 → 50 °C über 10 °C Erdreich: 56,25 K). loss_share ist der Anteil, den ein solches Netz
    verliert; ein 4G-Netz verliert etwa 30 % weniger.
method-demand-p4-eq1 = θ[h] = (T_[sup][h] + T_[ret]) / 2 − ground_c,  θ_[ref] = 56,25 K
method-demand-p4-eq2 = L[h] = loss_share · homes · home_heat_mwh / 8760 h · θ[h] / θ_[ref]
method-demand-p5 = Die an der Erzeugungsanlage benötigte Wärme ist Raumwärme plus Warmwasser plus Verluste. Ohnehin laufende Anlagen
    (Müllheizkraftwerke, industrielle Abwärme) decken zuerst ihren Teil; das Rechenzentrum kann nur den
    Rest bedienen. Die Spitzenlastanlagen des Netzes decken, was dann noch fehlt.
method-demand-p5-eq1 = D[h] = SH[h] + DHW[h] + L[h]
method-demand-p5-eq2 = D_[dc][h] = max(0, D[h] − 1000 · baseload_mw kW)
method-demand-p6 = Ein Netz, das weit größer ist als das Rechenzentrum (Brescia, Mailand), kann jede kWh in jeder Stunde abnehmen: Mit
    takes_all_heat setzt der Bedarf keine Grenze, Netzbedarf, ergänzende Erzeugung und der Anteil des Rechenzentrums am
    Bedarf werden nicht ausgewiesen, die Grundlast wird ignoriert und kein Speicher verwendet.
method-storage-h = Wärmespeicher
method-storage-p1 = Ein Warmwasserspeicher an der Erzeugungsanlage bewahrt überschüssige Wärme für später auf. Er wird mit Vorlauftemperatur beladen,
    die im Sommer, wenn die Überschüsse entstehen, am niedrigsten ist; daher bestimmt der niedrigste Vorlauf des Jahres seine
    Kapazität. Seine Nennleistung füllt ihn in hours_to_full Stunden von leer bis voll. In jeder Stunde verliert er zuerst
    einen kleinen Anteil seines Inhalts. Das Jahr wird zweimal gerechnet: Der erste Durchlauf beginnt halb voll und dient nur
    dem Einschwingen des Speichers; der zweite beginnt dort, wo der erste endete, und wird ausgewiesen. Der Speicher
    wirkt nur bei Einspeisung in den Vorlauf und einem Netz, das nicht die gesamte Wärme abnimmt; andernfalls wird er
    ignoriert (mit einer Warnung) und kostet nichts.
method-storage-p1-eq1 = E_[max] = volume_m3 · 1,163 kWh/(m³·K) · (T_[floor] − return_c)
method-storage-p1-eq2 = P_[st] = E_[max] / hours_to_full
method-storage-p1-eq3 = Bereitschaftsverlust je Stunde = Inhalt · loss_per_day / 24
method-dispatch-h = Einsatz, Stunde für Stunde
method-dispatch-p1 = Zuerst bedient die zurückgewonnene Wärme das Netz direkt; ein Überschuss belädt den Speicher, und ein Defizit
    wird aus dem Speicher gedeckt, dann durch die Spitzenlastanlagen des Netzes (ergänzende Erzeugung). Die ohnehin laufenden Anlagen werden
    nie verdrängt.
method-dispatch-p1-eq1 = direkt = min(A, D_[dc]);  Überschuss = A − direkt;  Defizit = D_[dc] − direkt
method-dispatch-p1-eq2 = Beladen = min(Überschuss, P_[st], E_[max] − Inhalt);  Entladen = min(Defizit, P_[st], Inhalt)
method-dispatch-p1-eq3 = ergänzend = Defizit − Entladen
method-dispatch-p2 = Es wird nur Wärme erzeugt, die auch genutzt wird: Die Wärmepumpe läuft für das, was direkt ins Netz geht,
    plus das, was den Speicher belädt, und die nicht abgenommene erfasste Wärme wird von den Rückkühlern des Standorts
    abgeführt. Das Pumpen verbraucht einen kleinen Anteil der gelieferten Wärme. Das Modell prüft, dass die Energiebilanz
    über das Jahr auf ein Millionstel aufgeht.
method-dispatch-p2-eq1 = genutzt = direkt + Beladen;  HP = s · genutzt;  W_[hp] = s · genutzt / COP
method-dispatch-p2-eq2 = Q_[used] = min(g · genutzt, Q_[cap]);  Q_[rej] = Q_[cap] − Q_[used]
method-dispatch-p2-eq3 = Q_[del] = direkt + Entladen;  W_[pump] = pumping_share · Q_[del]
method-emissions-h = Emissionen
method-emissions-p1 = Jede gelieferte MWh ersetzt Wärme mit dem CO2-Faktor e[m] ihres Monats: standardmäßig in jedem Monat der
    Gasfaktor geteilt durch den Kesselwirkungsgrad (201,4 / 0,92 = 218,9 kg/MWh Wärme, die Basis von A2A),
    oder zwölf von Ihnen angegebene Monatswerte, etwa niedrig im Sommer, wo ein Müllheizkraftwerk
    die Sommerwärme erzeugt. Davon wird der Netzstrom der Wärmepumpe und der Pumpen
    abgezogen; der vermiedene Kühlstrom des Standorts wird addiert, wenn Sie ihn anrechnen. Bei einem
    CO2-intensiven Strommix und einer Wärmepumpe kann das Ergebnis negativ sein.
method-emissions-p1-eq1 = e[m] = displaced_heat_kg_per_mwh[m] oder fuel_kg_per_mwh / boiler_efficiency
method-emissions-p1-eq2 = CO2_[avoided] [t] = [Σ_[h] Q_[del][h] · e[month(h)] − Σ(W_[hp] + W_[pump]) · grid + E_[cool] ·
    grid] / 1000
method-emissions-p1-eq3 = E_[cool] = Σ(P_[dc0] − P_[dc])   (Energien in MWh; g/kWh = kg/MWh)
method-emissions-p2 = *[Eine konservative Kombination.] Der Standardfaktor des Stromnetzes (Ember 2023) ist CO2e über den Lebenszyklus, einschließlich
    Brennstoffbereitstellung und Kraftwerksbau, während der Gasfaktor nur das CO2 der Verbrennung zählt
    (Erdgas über den Lebenszyklus: etwa 240 kg CO2e je MWh Brennstoff). Diese Kombination unterschätzt
    die Einsparungen, am stärksten bei Anlagen mit Wärmepumpe.
method-emissions-p3 = Die Baum-Äquivalente teilen das vermiedene CO2 durch das, was ein Baum im Jahr aufnimmt (159 kg, abgeleitet aus
    den 3.500 t ↔ 22.000 Bäumen von A2A; allgemeine Angaben liegen bei 10–40 kg). Der eingesparte Brennstoff ist brutto: die gelieferte
    Wärme geteilt durch den Kesselwirkungsgrad, als käme sie vollständig aus den Kesseln; Gas mit 9,79 kWh
    je Normkubikmeter. Wärmepumpenstunden, die mehr emittieren als die Wärme, die sie ersetzen, oder mehr kosten als
    der Kessel, werden gezählt und angezeigt.
method-emissions-p3-eq1 = Bäume = CO2_[avoided] · 1000 / tree_kg_per_year
method-emissions-p3-eq2 = eingesparter Brennstoff = Σ Q_[del] / boiler_efficiency;  Gas = eingesparter Brennstoff / 9,79 kWh/Sm³
method-emissions-p3-eq3 = emittiert mehr, wenn COP · e[m] < grid;  kostet mehr, wenn COP < p_[el] · boiler_efficiency / p_[fuel]
method-economics-h = Wirtschaftlichkeit
method-economics-p1 = Zwei Parteien teilen sich ein System. Der Netzbetreiber besitzt die Anschlussleitung und den Speicher und bezahlt das
    Pumpen; wer die Wärmepumpe besitzt (standardmäßig der Netzbetreiber), bezahlt ihre Investition, ihre Instandhaltung und
    ihren Strom. Das Rechenzentrum verkauft gemessene Wärme, gemessen an Wärmeübertrager und Verdampfer,
    wenn der Netzbetreiber die Wärmepumpe besitzt, an der Anlage, wenn das Rechenzentrum sie besitzt.
method-economics-p1-eq1 = C_[hp] = heat_pump_capex_eur_per_mw · (heat_pump_max_mw oder die Spitzenleistung der Wärmepumpe in MW)
method-economics-p1-eq2 = C_[st] = volume_m3 · storage_capex_eur_per_m3;  C_[pipe] = pipe_length_km · 1000 m/km ·
    pipe_capex_eur_per_m
method-economics-p1-eq3 = capex = C_[hp] + C_[st] + C_[pipe];  O&M = om_share_of_capex · capex (jede Partei für sich)
method-economics-p1-eq4 = Wärmeerlös = gemessene Wärme · heat_price_eur_per_mwh
method-economics-p2 = Der jährliche Nutzen des Systems sind die vermiedenen Brennstoffkosten (es wird angenommen, dass in jedem Monat Gas verdrängt wird,
    unabhängig von den monatlichen CO2-Faktoren) abzüglich Strom und O&M, zuzüglich einer etwaigen Kühleinsparung. Der
    Wärmepreis teilt ihn zwischen Netzbetreiber und Rechenzentrum auf; die beiden Anteile ergeben zusammen das
    Ganze.
method-economics-p2-eq1 = Nutzen = Σ Q_[del] / boiler_efficiency · p_[fuel] − Σ(W_[hp] + W_[pump]) · p_[el] − O&M +
    E_[cool] · p_[el]
method-economics-p2-eq2 = Netzbetreiber: vermiedene Brennstoffkosten − Wärmeerlös − sein Strom − seine O&M
method-economics-p2-eq3 = Rechenzentrum: Wärmeerlös − sein Strom − seine O&M + Kühleinsparung
method-economics-p3 = Die einfache Amortisationszeit ist die Investition geteilt durch den jährlichen Nutzen (keine, wenn der Nutzen null oder
    negativ ist). Die Wärmegestehungskosten (LCOH) verteilen die Investition mit dem Annuitätenfaktor über die Nutzungsdauer
    und addieren Strom und O&M, je gelieferter MWh: Vergleichen Sie sie mit dem
    Brennstoffpreis des Kessels geteilt durch seinen Wirkungsgrad. Die Kosten des Netzbetreibers je MWh enthalten zusätzlich die Wärme, die er
    dem Rechenzentrum bezahlt.
method-economics-p3-eq1 = Amortisationszeit = capex / Nutzen
method-economics-p3-eq2 = CRF = r (1 + r)^[n] / ((1 + r)^[n] − 1)   (1 / n für r = 0)
method-economics-p3-eq3 = LCOH = (capex · CRF + Stromkosten + O&M) / Σ Q_[del]
method-economics-p3-eq4 = Kosten des Netzbetreibers = ((C_[st] + C_[pipe] + C_[hp] des Netzbetreibers) · CRF + sein Strom + seine O&M +
    Wärmeerlös) / Σ Q_[del]
method-indicators-h = Kennzahlen
method-indicators-p1 = Energiewiederverwendungsfaktor (ERF, ISO/IEC 30134-6): die außerhalb des Standorts wiederverwendete Wärme des Rechenzentrums geteilt durch
    die gesamte vom Standort bezogene Energie, zwischen 0 und 1; Wärme, die später im Speicher verloren geht, zählt trotzdem.
    Energieverbrauchseffektivität (PUE, ISO/IEC 30134-2): die gesamte vom Standort bezogene Energie geteilt durch die
    IT-Energie, ohne die Wärmepumpe der Wärmerückgewinnung.
method-indicators-p1-eq1 = ERF = Σ Q_[used] / Σ P_[dc]
method-indicators-p1-eq2 = PUE = Σ P_[dc] / Σ P_[IT]
method-indicators-p2 = Wohnungsäquivalente: die gelieferte Wärme (einschließlich Strom der Wärmepumpe) geteilt durch die
    Jahreswärme einer Wohnung; die Wohnungen aus der Wärme des Rechenzentrums zählen nur dessen eigene Wärme.
    Volllaststunden: die Jahresleistung der Rückgewinnungsanlage geteilt durch ihre Leistung in ihrer stärksten Stunde, also wie viele
    Stunden bei voller Leistung dieselbe Wärme ergäben. Die SCOP ist die Jahreswärme der Wärmepumpe geteilt durch ihren
    Jahresstrom.
method-indicators-p2-eq1 = Wohnungen = Σ Q_[del] / home_heat_mwh;  Wohnungen aus der Wärme des Rechenzentrums = Σ Q_[used] / home_heat_mwh
method-indicators-p2-eq2 = Volllaststunden = Σ genutzt / max_[h] genutzt;  SCOP = Σ HP / Σ W_[hp]
method-const1-what = Glättungsfenster der Außentemperatur
method-const1-value = 72 h
method-const1-source = Trägheit von Gebäuden und Netz; MODEL.md §1
method-const2-what = Knickpunkte der Vorlaufkurve (72-Stunden-Mittel)
method-const2-value = 0 °C und 10 °C
method-const2-source = PyPSA-Eur nach Pieper et al. 2019
method-const3-what = Mindestvorwärmung im Rücklauf
method-const3-value = 5 K
method-const3-source = MODEL.md §4
method-const4-what = Wärmekapazität von Wasser
method-const4-value = 1,163 kWh/(m³·K)
method-const4-source = DEA-Technologiekatalog (REFERENCE.md §4)
method-const5-what = Erdgas, Heizwert
method-const5-value = 9,79 kWh/Sm³
method-const5-source = MODEL.md §8
method-const6-what = Tagesprofil Warmwasser, Stunden 0–23
method-const6-value = 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰
    (Summe 1000 ‰)
method-const6-source = MODEL.md §5
method-const7-what = Mittlere Netztemperatur über dem Erdreich als Referenz für die Verluste
method-const7-value = 56,25 K
method-const7-source = 3G-Netz 90/75 → 50 °C über 10 °C Erdreich; MODEL.md §5
method-const8-what = Simulationsdurchläufe für den Speicher
method-const8-value = 2 (Einschwingen, dann ausgewiesen)
method-const8-source = MODEL.md §6
method-choice1 = Das 72-Stunden-Mittel ist ein nachlaufendes Mittel (diese Stunde und die 71 davor), das über den Jahreswechsel läuft,
    sodass die ersten Januartage die letzten Dezembertage desselben Testreferenzjahres verwenden.
method-choice2 = Das eingebaute Testreferenzjahr ist in UTC, eine Stunde hinter der Mitteleuropäischen Zeit, und jeder seiner
    Monate stammt aus einem anderen Jahr von 2005–2020; beides wird nicht korrigiert.
method-choice3 = Die halbe Tagesschwankung A_[d] einer synthetischen Stadt ist die Hälfte ihrer mittleren Tagesschwankung (Mittel der monatlichen mittleren
    Höchstwerte abzüglich Mittel der monatlichen mittleren Tiefstwerte) aus derselben Quelle; wo keine Höchst- und Tiefstwerte
    gefunden wurden (Helsinki, Kopenhagen, Paris), wird sie von einer benannten vergleichbaren Stadt übernommen, wie die
    Quelle des Klimas angibt. Eine Stadt, deren Temperaturen sich nicht auf eine Quelle zurückführen ließen, wird weggelassen,
    nicht geschätzt.
method-choice4 = Die Leistungsaufnahme des Standorts wird nach dem Einsatz festgelegt, weil die Gutschrift für vermiedene Kühlung
    von der tatsächlich genutzten Wärme abhängt.
method-choice5 = Mit takes_all_heat wird alles Verfügbare direkt geliefert: Es gibt kein Defizit, keine
    ergänzende Erzeugung und keinen Speicher.
method-choice6 = Eine Stunde zählt zu den Wärmepumpenstunden, wenn die Wärmepumpe in ihr Wärme erzeugt hat; die
    Zählungen zur Wirtschaftlichkeits- und CO2-Schwelle und die Zählung an der COP-Obergrenze beziehen sich auf diese Stunden.
method-limit1 = Eine quasistationäre stündliche Energiebilanz: keine Dynamik innerhalb einer Stunde über die 72-Stunden-Glättung hinaus,
    kein Anfahr- oder Teillastverhalten der Wärmepumpe.
method-limit2 = Keine Hydraulik: Volumenströme, Drücke, Rohrgrößen und Pumpgrenzen werden nicht modelliert; das Pumpen ist ein
    fester Anteil der gelieferten Wärme.
method-limit3 = Die Rücklauftemperatur ist über das Jahr konstant, und der Bedarf der Kunden hängt nicht von
    der Vorlauftemperatur ab.
method-limit4 = Noch keine Netze der 5. Generation (Umgebungstemperatur, 10–25 °C) mit Wärmepumpen in jedem Gebäude.
method-limit5 = Ein Testreferenzjahr; keine Wetterschwankungen von Jahr zu Jahr und kein Wachstum der IT-Last.
method-planned1 = eine jahreszeitlich schwankende Kaltwassertemperatur im Warmwasserbedarf
method-planned2 = eine Mindestlast (DEA: 25 %) und eine Verfügbarkeit (etwa 95 %) der Wärmepumpe
method-planned3 = Durchflussgrenzen des Netzes am Einspeisepunkt
method-planned4 = eine Rücklauftemperatur, die sich mit der Jahreszeit ändert
method-planned5 = Umgebungstemperaturnetze der 5. Generation
method-planned6 = Hydraulik der Anschlussleitung und Verluste nach Rohrgröße
method-planned7 = Investitionen für Wärmeübertrager und Übergabestationen
method-planned8 = Hochlauf der IT-Last über die Jahre
method-planned9 = Netto-Primärenergie
method-rule1-name = Deutschland, Energieeffizienzgesetz (EnEfG) §11
method-rule1-text = Rechenzentren, die ab dem 1. Juli 2026 den Betrieb aufnehmen: PUE ≤ 1,2 und ERF ≥ 10 %; der ERF steigt auf 15 %
    für Standorte mit Betriebsbeginn ab dem 1. Juli 2027 und auf 20 % ab dem 1. Juli 2028, als Jahresmittel, das
    innerhalb von zwei Jahren nach Betriebsbeginn erreicht werden muss. Bestehende Standorte: PUE ≤ 1,5 ab Juli 2027 und ≤ 1,3 ab Juli 2030.
    Strom für Wärmepumpen, die die Abwärme aufwerten, zählt nicht zur PUE.
method-rule1-source = Energieeffizienzgesetz (EnEfG) §11; REFERENCE.md §6; MODEL.md §10
method-rule2-name = EU-Energieeffizienzrichtlinie, Artikel 12
method-rule2-text = Rechenzentren mit einer installierten IT-Leistung von 500 kW oder mehr melden jedes Jahr ihre Energieeffizienz
    (PUE, WUE, ERF, REF und weitere, wie in der Delegierten Verordnung (EU) 2024/1364 festgelegt).
method-rule2-source = Directive (EU) 2023/1791, Art. 12; Delegated Regulation (EU) 2024/1364; REFERENCE.md §6
method-rule3-name = EU-Energieeffizienzrichtlinie, Artikel 26
method-rule3-text = Rechenzentren über 1 MW müssen ihre Abwärme nutzen oder nachweisen, dass dies technisch oder
    wirtschaftlich nicht machbar ist.
method-rule3-source = Directive (EU) 2023/1791, Art. 26; REFERENCE.md §6
method-rule4-name = ISO/IEC 30134-2 (EN 50600-4-2): Energieverbrauchseffektivität
method-rule4-text = PUE = gesamte Energie des Rechenzentrums ÷ IT-Energie, über ein Jahr; 1,0 hieße, dass jede kWh in die
    IT geht. Branchendurchschnitt 1,58 (Uptime 2023).
method-rule4-source = ISO/IEC 30134-2 / EN 50600-4-2; REFERENCE.md §2, §6
method-rule5-name = ISO/IEC 30134-6 (EN 50600-4-6): Energiewiederverwendungsfaktor
method-rule5-text = ERF = außerhalb des Rechenzentrums wiederverwendete Energie ÷ gesamte Energie des Rechenzentrums, von 0 bis 1 (als
    Prozentsatz angezeigt).
method-rule5-source = ISO/IEC 30134-6 / EN 50600-4-6; REFERENCE.md §6
method-rule6-name = Italien: effizientes Fernwärmenetz
method-rule6-text = Ein Netz gilt als effizient mit mindestens 50 % Abwärme oder mindestens 50 % erneuerbarer Energie
    oder mindestens 75 % Wärme aus Kraft-Wärme-Kopplung; Modernisierungen können Weiße Zertifikate (TEE) erhalten.
method-rule6-source = D.Lgs. 102/2014; REFERENCE.md §6
method-ref-brescia-title = Das Pilotprojekt: A2A + Qarnot, Centrale Lamarmora, Brescia (Italien)
method-ref-brescia-head1 = Merkmal
method-ref-brescia-head2 = Wert
method-ref-brescia-head3 = Quelle
method-ref-brescia-r1-c1 = Eröffnet
method-ref-brescia-r1-c2 = 24.–25. Juni 2025, auf einem ehemaligen Kohlelager des Heizkraftwerks von A2A
method-ref-brescia-r1-c3 = REFERENCE.md §1
method-ref-brescia-r2-c1 = Kühlung
method-ref-brescia-r2-c2 = Warmwasser-Flüssigkeitskühlung (Qarnot-Einheiten QBx), Wasser bis 65 °C
method-ref-brescia-r2-c3 = pausa-energia.com (A2A), e-gazette.it
method-ref-brescia-r3-c1 = Wärmepumpe
method-ref-brescia-r3-c2 = keine: Wärmeübertrager ins Netz (Luftkühlung ergäbe ~30 °C und bräuchte Wärmepumpen)
method-ref-brescia-r3-c3 = pausa-energia.com, serviziarete.it
method-ref-brescia-r4-c1 = Wärme, Phase 1 (30 QBx-Einheiten)
method-ref-brescia-r4-c2 = etwa 800 MWh/a
method-ref-brescia-r4-c3 = serviziarete.it
method-ref-brescia-r5-c1 = Wärme, Endausbau
method-ref-brescia-r5-c2 = 16 GWh/a
method-ref-brescia-r5-c3 = e-gazette.it, innovazionepa.soiel.it
method-ref-brescia-r6-c1 = Wohnungen
method-ref-brescia-r6-c2 = 1.350 Wohnungen (Wohnungsäquivalente zu 80 m²)
method-ref-brescia-r6-c3 = sky.it, ilgiornale.it
method-ref-brescia-r7-c1 = Vermiedenes CO2
method-ref-brescia-r7-c2 = 3.500 t/a, „so viel, wie mehr als 22.000 Bäume aufnehmen“
method-ref-brescia-r7-c3 = innovazionepa.soiel.it
method-ref-brescia-r8-c1 = Abgeleitete Verhältnisse [D]
method-ref-brescia-r8-c2 = 218,75 kg CO2/MWh Wärme; 11,85 MWh je Wohnung und Jahr; 159 kg CO2 je Baum und Jahr; mittlere
    Wärmeleistung 1,83 MW
method-ref-brescia-r8-c3 = aus den obigen Zahlen abgeleitet
method-ref-brescia-r9-c1 = Netz von Brescia
method-ref-brescia-r9-c2 = 1.168 GWh/a erzeugt, 684 km, 179.000 Wohnungsäquivalente; über 80 % seiner Wärme erneuerbar
    oder zurückgewonnen (Müllheizkraftwerk bis 365 MW Wärme)
method-ref-brescia-r9-c3 = pausa-energia.com; Giornale di Brescia (Feb 2026); Corriere di Brescia (2022)
method-ref-brescia-r10-c1 = IT-Last, Vorlauftemperatur
method-ref-brescia-r10-c2 = nicht veröffentlicht
method-ref-brescia-r10-c3 = —
method-ref-brescia-source = REFERENCE.md §1
method-ref-dea-title = Wärmepumpen: Technologiekatalog der Danish Energy Agency
method-ref-dea-head1 = Eintrag
method-ref-dea-head2 = Nenn-COP 2020 / 2030 / 2050
method-ref-dea-head3 = Bedingungen
method-ref-dea-r1-c1 = Abwärme-Wärmepumpe, 10 MW
method-ref-dea-r1-c2 = 5,0 / 5,2 / 5,4
method-ref-dea-r1-c3 = Quelle 25 → 15 °C, Netz 35/70 °C
method-ref-dea-r2-c1 = Abwärme-Wärmepumpe, 1 MW
method-ref-dea-r2-c2 = 4,0 / 4,2 / 4,4
method-ref-dea-r2-c3 = Quelle 25 → 15 °C, Netz 35/70 °C
method-ref-dea-r3-c1 = Luft-Wärmepumpe, 10 MW
method-ref-dea-r3-c2 = 3,5 / 3,55 / 3,6
method-ref-dea-r3-c3 = Luft −1 °C, Netz 35/70 °C
method-ref-dea-r4-c1 = Meerwasser, 20 MW
method-ref-dea-r4-c2 = 3,4 / 3,4 / 3,5
method-ref-dea-r4-c3 = Meer 4 °C, Netz 40/80 °C
method-ref-dea-r5-c1 = Investition, Nutzungsdauer, Mindestlast
method-ref-dea-r5-c2 = 0,67 Mio. € je MW Wärme (2020); 25 Jahre; 25 %
method-ref-dea-r5-c3 = derselbe Katalog
method-ref-dea-r6-c1 = Realer COP gegenüber dem Lorenz-Ideal [D]
method-ref-dea-r6-c2 = etwa 0,5 des Ideals mit logarithmischen Mitteltemperaturen
method-ref-dea-r6-c3 = abgeleitet
method-ref-dea-source = Danish Energy Agency technology catalogue, über PyPSA technology-data (REFERENCE.md §3)
method-ref-generations-title = Fernwärmegenerationen und Temperaturen
method-ref-generations-head1 = Merkmal
method-ref-generations-head2 = Wert
method-ref-generations-head3 = Quelle
method-ref-generations-r1-c1 = 3. Generation
method-ref-generations-r1-c2 = Vorlauf 80–120 °C, Rücklauf 40–60 °C
method-ref-generations-r1-c3 = Lund et al. 2014
method-ref-generations-r2-c1 = 4. Generation
method-ref-generations-r2-c2 = Vorlauf 50–70 °C, Rücklauf 25–40 °C (DEA-Planungswert 70/35 °C)
method-ref-generations-r2-c3 = Lund et al. 2014; DEA
method-ref-generations-r3-c1 = 5. Generation („kalte Nahwärme“)
method-ref-generations-r3-c2 = Netze mit 10–25 °C und einer Wärmepumpe in jedem Gebäude
method-ref-generations-r3-c3 = Lund et al. 2014
method-ref-generations-r4-c1 = Höchster Vorlauf nach Land
method-ref-generations-r4-c2 = Italien 90, Dänemark 75, Deutschland 109, Finnland 115, Schweden 102, Frankreich 110 °C
method-ref-generations-r4-c3 = PyPSA-Eur
method-ref-generations-r5-c1 = Netzverluste
method-ref-generations-r5-c2 = 5–40 % der eingespeisten Wärme; Standardwert von PyPSA-Eur 15 %; 90 → 70 °C Vorlauf senkt die Verluste um etwa
    ein Viertel
method-ref-generations-r5-c3 = Methode nach DIN EN 13941; PyPSA-Eur
method-ref-generations-r6-c1 = Großer Warmwasserspeicher
method-ref-generations-r6-c2 = 3.000 m³ ≈ 175 MWh bei 55 K; 0,14–0,24 %/Tag Verlust; 3,0 Mio. € je GWh
method-ref-generations-r6-c3 = DEA
method-ref-generations-r7-c1 = Italien 2020
method-ref-generations-r7-c2 = 337 Netze, über 5.000 km, 11,9 TWh eingespeist, 63 % aus Gas
method-ref-generations-r7-c3 = GSE
method-ref-generations-source = REFERENCE.md §4
method-ref-grid-title = Netzstrom nach Land, 2023 (Lebenszyklus)
method-ref-grid-head1 = Land
method-ref-grid-head2 = g CO2e je kWh
method-ref-grid-r1-c1 = Deutschland
method-ref-grid-r1-c2 = 381,0
method-ref-grid-r2-c1 = Italien
method-ref-grid-r2-c2 = 330,7
method-ref-grid-r3-c1 = Irland
method-ref-grid-r3-c2 = 290,8
method-ref-grid-r4-c1 = EU-27 [D]
method-ref-grid-r4-c2 = etwa 214
method-ref-grid-r5-c1 = Dänemark
method-ref-grid-r5-c2 = 151,7
method-ref-grid-r6-c1 = Finnland
method-ref-grid-r6-c2 = 79,2
method-ref-grid-r7-c1 = Frankreich
method-ref-grid-r7-c2 = 56,0
method-ref-grid-r8-c1 = Schweden
method-ref-grid-r8-c2 = 40,7
method-ref-grid-r9-c1 = Norwegen
method-ref-grid-r9-c2 = 30,1
method-ref-grid-source = Ember 2023, über codecarbon (MIT-Lizenz); REFERENCE.md §5. Zum Vergleich: Erdgas 201,4 kg
    CO2 je MWh Brennstoff, nur Verbrennung (italienischer nationaler Faktor 55,934 t CO2/TJ); etwa 240 kg
    CO2e je MWh über den Lebenszyklus
method-cooling-ex-air = Wasserregister in den Lüftungsgeräten; Meta Odense gewinnt so etwa 0,8 zurück, Ardor nennt 0,3–0,5 für
    typische luftgekühlte Standorte
method-cooling-ex-rear-door = Rücktür-Wärmeübertrager; IBM: 0,55–0,85 abgeführt
method-cooling-ex-direct-to-chip = Cold Plates; ASHRAE-Flüssigkeitsklasse W45
method-cooling-ex-immersion = Server in eine dielektrische Flüssigkeit getaucht
method-cooling-ex-hot-water-liquid = Warmwasser-Flüssigkeitskühlung; A2A + Qarnot, Brescia (65 °C)

# Die Wörter der Eingabetabelle (Zahlen kommen formatiert an).
method-unit-share = Anteil (0–1)
method-unit-count = Anzahl
method-unit-ratio = Verhältnis
method-default-all-year = null: ganzjährig
method-default-fuel = null: Brennstoff-CO2 ÷ Kesselwirkungsgrad in jedem Monat
method-default-per-cooling = durch die Kühltechnik festgelegt
method-default-per-generation = durch die Netzgeneration festgelegt
method-default-per-country = durch das Land festgelegt (economics.country)
method-range = { $lo } bis { $hi }{ $unit }
method-allowed-whole = { $range }, ganze Zahlen
method-allowed-bool = true oder false
method-allowed-season = null oder {"{"}start, end{"}"} als MM-DD, einschließlich (02-29 nicht)
method-allowed-monthly = null oder 12 Werte, jeweils { $range }
method-value-monthly = { $list }{ $unit } (beginnend mit Januar)
method-value-season = { $start } bis { $end }
method-none = keine
method-weather-builtin-allowed = eine Klima-ID (siehe Klimadaten)
method-weather-epw-allowed = ein Pfad; 8.760 Stundenzeilen, Trockentemperatur unter 99,9 °C
method-weather-csv-allowed = ein Pfad; 8.760 Werte, jeweils −90 bis 70 °C
method-weather-monthly-allowed = 12 Werte, jeweils { $lo } bis { $hi } °C
method-drivers-title = Gemessene Treiber in diesem Szenario
method-driver-line = { $input }: gemessenes Profil, { $hours } Stunden getrieben, { $rest } Stunden dem Modell überlassen.
