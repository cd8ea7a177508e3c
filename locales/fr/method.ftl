# Messages de heat-twin : méthode (fr)
# Le panneau Méthode et sources. Balisage des équations : x_[indice], x^[exposant], *[premiers mots en gras].
# Les références (éditeurs, titres, textes de loi) restent telles quelles dans toutes les langues.

method-heading = Comment fonctionne le jumeau — méthode et sources
method-intro = Ce que calcule le jumeau, en mots simples et en équations ; chaque paramètre avec sa valeur par défaut et sa source ;
    les climats, les règles et les chiffres de référence sur lesquels il s'appuie. La spécification complète est docs/MODEL.md
    dans le dépôt du projet, les chiffres avec leurs sources docs/REFERENCE.md.
method-contents = Dans cette section
method-method-title = La méthode en mots simples
method-method-intro = Le jumeau simule une année type, heure par heure, le long de la chaîne centre de données → captage de la chaleur →
    échangeur de chaleur ou pompe à chaleur → stockage → réseau de chaleur → logements, puis fait le total du CO2 et
    de l'argent. Les noms comme pue ou loop_out_c sont des paramètres du tableau plus bas ; Σ est une somme
    sur les 8 760 heures de l'année.
method-constants-title = Constantes fixes de la version 1
method-choices-title = Choix faits là où la spécification ne dit rien
method-limits-title = Ce que le jumeau ne modélise pas
method-planned-title = Prévu après la version 1
method-inputs-title = Chaque paramètre, sa valeur par défaut et sa source
method-inputs-intro = Tous les paramètres d'un fichier de scénario, par section. « Ce scénario » indique la valeur utilisée lorsqu'elle
    diffère de la valeur par défaut (pour les paramètres fixés par la technologie de refroidissement ou la génération du réseau :
    de la valeur par défaut de l'option choisie).
method-col-input = Paramètre
method-col-constant = Constante
method-col-path = Chemin JSON
method-col-unit = Unité
method-col-default = Par défaut
method-col-allowed = Valeurs admises
method-col-source = Source
method-col-current = Ce scénario
method-col-value = Valeur
method-same-as-default = par défaut
method-no-scenario = Le scénario comporte des problèmes ; les valeurs utilisées ne sont pas affichées tant qu'il n'est pas valide.
method-weather-title = Météo
method-weather-intro = La section météo est l'une de quatre sources (un climat intégré, un fichier EPW, un CSV à une colonne ou
    douze moyennes mensuelles) ; ce n'est pas un champ unique.
method-cooling-title = Valeurs par défaut fixées par la technologie de refroidissement (data_centre.cooling)
method-cooling-intro = Lues dans le modèle pour chaque option ; une valeur indiquée dans le scénario l'emporte toujours.
method-cooling-example = Exemple
method-generation-title = Valeurs par défaut fixées par la génération du réseau (network.generation)
method-generation-intro = Lues dans le modèle pour chaque option ; custom part de la 3G ; une valeur indiquée dans le scénario l'emporte
    toujours.
method-choice = Option
method-climates-title = Climats
method-climates-intro = Les climats intégrés. L'année type est constituée de données horaires ; les villes sont des années synthétiques construites à partir
    de normales mensuelles publiées (MODEL.md §1.4). La moyenne annuelle est la moyenne, pondérée par le nombre de jours, des
    douze moyennes mensuelles.
method-col-climate = Climat (id)
method-col-kind = Type
method-col-station = Station
method-col-period = Période
method-col-mean = Moyenne annuelle
method-kind-tmy = année météorologique type (horaire)
method-kind-synthetic = année synthétique à partir de normales mensuelles
method-in-use = utilisé
method-attribution-lead = Attribution des données météorologiques :
method-ecad-note = Des moyennes mensuelles calculées par le projet à partir des séries journalières homogénéisées d'ECA&D (Klein Tank et al. 2002)
    sont utilisées là où la source l'indique :
method-rules-title = Références et réglementation
method-rules-intro = Le jumeau affiche son ERF et son PUE à côté de ces références ; il ne vérifie pas la conformité réglementaire.
method-scenario-title = Les sources de ce scénario
method-scenario-none = Ce scénario n'a pas de description.
method-scenario-preset = Projet chargé :
method-scenario-no-sources = Ce scénario n'indique aucune source. Chargez un projet depuis le menu en haut de la page pour en voir un avec ses
    sources, ou ajoutez une liste "sources" à votre fichier de scénario.
method-reference-title = Chiffres de référence
method-reference-intro = Des faits qu'un planificateur peut vouloir à côté des résultats, chacun avec sa source telle que l'indique le fichier
    de référence du projet.
method-derived-note = [D] signale un chiffre déduit par calcul de valeurs publiées, et non publié lui-même.
method-source-label = Source :
method-time-h = Temps et unités
method-time-p1 = Le jumeau parcourt une année type de 8 760 heures (sans 29 février) ; l'heure 0 est le 1er janvier 00:00–01:00.
    Au sein d'une heure, tout est considéré comme stationnaire, de sorte que l'énergie d'une heure en kWh est égale à sa puissance
    moyenne en kW. Les températures sont en °C, les écarts de température en K. Les totaux sont en MWh, en tonnes de
    CO2 et en euros ; l'énergie des combustibles est comptée sur leur pouvoir calorifique inférieur.
method-time-p1-eq1 = 1 kWh en une heure = 1 kW de puissance moyenne
method-time-p1-eq2 = T_[K] = T_[°C] + 273,15
method-weather-h = La météo et le lissage sur 72 heures
method-weather-p1 = La température extérieure de chaque heure, T_[out], provient d'une seule source : un climat intégré, un
    fichier météo EPW ou un CSV à une colonne importé, ou une année synthétique construite à partir de douze moyennes mensuelles.
    Une année synthétique place la moyenne de chaque mois au milieu du mois, trace des segments de droite entre
    elles jour par jour, ajoute une onde journalière culminant à 15 h avec une demi-amplitude A_[d] (4 K par défaut),
    puis décale chaque mois pour qu'il conserve exactement sa moyenne.
method-weather-p1-eq1 = T[h] = M(jour) + A_[d] · cos(2π (hod − 15 h) / 24 h)
method-weather-p2 = Les bâtiments et les canalisations enterrées réagissent lentement ; le réseau ne suit donc pas la température de
    l'heure en cours mais sa moyenne sur les 72 dernières heures. Cette moyenne boucle sur le Nouvel An, car une
    année type se répète.
method-weather-p2-eq1 = T_[smooth][h] = (1/72) · Σ_[k = 0…71] T_[out][(h − k) mod 8760]
method-data-centre-h = Le centre de données
method-data-centre-p1 = La charge IT est la puissance de conception de toutes les baies multipliée par un taux d'utilisation qui varie un peu autour de sa
    moyenne chaque jour, avec un maximum à 14 h. Le taux d'utilisation est maintenu entre 0 et 1 ; si la variation devait le porter
    au-dessus de 1, il y est écrêté et la page avertit, car la charge moyenne est alors inférieure à celle
    que vous avez fixée.
method-data-centre-p1-eq1 = P_[design] = racks · rack_kw
method-data-centre-p1-eq2 = u[h] = clamp(utilisation · (1 + daily_swing · cos(2π (hod − 14 h) / 24 h)), 0, 1)
method-data-centre-p1-eq3 = P_[IT][h] = P_[design] · u[h]
method-data-centre-p2 = L'ensemble du site consomme la puissance IT multipliée par son indicateur d'efficacité énergétique (PUE). Une pompe à chaleur qui
    valorise la chaleur récupérée ne fait pas partie du PUE, comme le prescrit la loi allemande sur l'efficacité énergétique (EnEfG
    §11). Si vous comptez le refroidissement évité, les groupes froids ou aéroréfrigérants secs du site travaillent moins
    pour la chaleur cédée : cette chaleur divisée par leur efficacité (EER) est économisée, mais le site
    ne consomme jamais moins que sa puissance IT.
method-data-centre-p2-eq1 = P_[dc0][h] = P_[IT][h] · pue
method-data-centre-p2-eq2 = avec le crédit : P_[dc][h] = max(P_[IT][h], P_[dc0][h] − Q_[used][h] / site_cooling_eer) ;
    sinon P_[dc] = P_[dc0]
method-data-centre-p3 = Toute l'électricité consommée par l'IT devient de la chaleur. La technologie de refroidissement détermine quelle part
    atteint une boucle d'eau exploitable par la récupération, et à quelle température : la boucle quitte l'IT à loop_out_c
    et revient loop_delta_k plus froide. Le reste réchauffe l'air des salles et est évacué par le refroidissement propre
    du site, hors de portée de la récupération.
method-data-centre-p3-eq1 = Q_[cap][h] = capture_share · P_[IT][h]
method-data-centre-p3-eq2 = T_[src] = loop_out_c, retour à T_[src] − loop_delta_k
method-network-temperatures-h = Températures du réseau
method-network-temperatures-p1 = La température de départ suit la météo : à sa valeur par temps froid lorsque la température extérieure moyenne
    sur 72 heures est de 0 °C ou moins, à sa valeur par temps doux à partir de 10 °C, sur une droite
    entre les deux (PyPSA-Eur, d'après Pieper et al. 2019). La température de retour est constante.
method-network-temperatures-p1-eq1 = T_[curve][h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 °C − T_[smooth][h]) / 10 K, 0, 1)
method-network-temperatures-p1-eq2 = T_[ret] = return_c
method-network-temperatures-p2 = Lorsque le réseau chauffe aussi l'eau chaude sanitaire, son départ ne descend jamais sous un plancher, 65 °C par défaut,
    afin que les logements puissent maintenir l'eau chaude stockée à 60 °C ou plus contre la légionelle (lignes directrices italiennes 2015,
    DVGW W551) ; environ 55 °C suffisent pour des modules thermiques d'appartement instantanés. Le départ le plus bas de
    l'année, T_[floor], fixe ensuite la taille du stockage.
method-network-temperatures-p2-eq1 = T_[sup][h] = max(T_[curve][h], dhw_min_supply_c) si dhw_share > 0, sinon T_[curve][h]
method-network-temperatures-p2-eq2 = T_[floor] = min_[h] T_[sup][h]
method-network-temperatures-p3 = La génération du réseau ne fait que fixer des températures par défaut : un réseau de 3e génération (3G)
    part à 90 °C par temps froid et à 75 °C par temps doux et revient à 50 °C ; un réseau de 4e génération (4G) à 70 °C
    et 65 °C, avec un retour à 35 °C (Lund et al. 2014). Les valeurs que vous fixez l'emportent. Un réseau valide a un
    départ par temps froid au moins aussi élevé que par temps doux, tous deux au-dessus du retour, et une température moyenne
    de l'eau supérieure à celle du sol.
method-network-temperatures-p3-eq1 = 3G : 90 / 75 → 50 °C ;  4G : 70 / 65 → 35 °C
method-network-temperatures-p3-eq2 = supply_max_c ≥ supply_min_c > return_c ;  (supply_min_c + return_c) / 2 > ground_c
method-recovery-h = Récupération de chaleur
method-recovery-p1 = *[Échange direct.] Lorsque l'eau de la boucle, diminuée du pincement a de l'échangeur (3 K par défaut), est au
    moins aussi chaude que le départ du réseau, un simple échangeur de chaleur cède la chaleur. Son côté froid
    le limite aussi : l'eau du réseau entre à la température de retour, de sorte que l'eau de la boucle ne peut pas être
    refroidie en dessous de T_[ret] + a. Si cette valeur est plus chaude que le retour propre de la boucle, seule une partie de la
    chaleur captée peut être cédée ; le reste est rejeté.
method-recovery-p1-eq1 = si T_[src] − a ≥ T_[sup][h] :  A[h] = Q_[cap][h] · f_[cold]
method-recovery-p1-eq2 = f_[cold] = clamp((T_[src] − a − T_[ret]) / loop_delta_k, 0, 1)
method-recovery-p2 = *[Préchauffage et pompe à chaleur.] Lorsque la boucle est trop froide, un échangeur préchauffe d'abord l'eau de retour
    du réseau autant qu'il le peut, jusqu'à T_[pre], et une pompe à chaleur la porte jusqu'au bout. L'échangeur
    et l'évaporateur de la pompe à chaleur prélèvent l'eau de la boucle en parallèle. s est la part de la pompe à chaleur
    dans le réchauffage ; elle vaut 1 lorsque la boucle est trop froide même pour préchauffer.
method-recovery-p2-eq1 = T_[pre] = max(T_[ret], T_[src] − a)
method-recovery-p2-eq2 = s = (T_[sup][h] − T_[pre]) / (T_[sup][h] − T_[ret])
method-recovery-p3 = Le coefficient de performance (COP) de la pompe à chaleur provient d'un modèle ajusté sur de grandes machines
    publiées (recovery.cop_method = fit, la valeur par défaut depuis la version 3 du modèle) : le COP idéal (de Lorenz)
    entre les températures de condensation et d'évaporation du fluide frigorigène, situées à ΔT_[p] (32 K)
    des températures moyennes logarithmiques de l'eau qu'il chauffe (de T_[pre] + a à T_[sup] + a)
    et de l'eau de la boucle qu'il refroidit, multiplié par un rendement interne η (0,93), puis le rendement
    de l'entraînement (0,94) et les auxiliaires (1 % de la chaleur). Ajusté sur cinq machines (la machine de 10 MW sur chaleur fatale
    de l'Agence danoise de l'énergie, Fenagy à Kajaani, Oilon à Espoo, Friotherm à
    Stockholm, Siemens Energy à Mannheim), son erreur moyenne est de 10,6 % (la méthode de Jensen et al. 2018
    utilisée par PyPSA-Eur : 15,1 %). Il n'y a pas de plafond : le COP diminue régulièrement à mesure que l'écart de température
    augmente. Les anciens scénarios qui fixent lorenz_efficiency conservent le rendement de Lorenz constant de la version 1
    avec son plafond max_cop (cop_method = lorenz).
method-recovery-p3-eq1 = T_[lm](x, y) = (x − y) / ln(x / y)   (= x si x = y), en kelvins
method-recovery-p3-eq2 = COP_[ref] = η · (T_[lm,sink] + ΔT_[p] / 2) / (max(T_[lm,sink] − T_[lm,source], 0) + ΔT_[p])
method-recovery-p3-eq3 = COP[h] = 1 / (1 / (η_[drive] · COP_[ref]) + f_[aux])
method-recovery-p4 = Pour chaque kWh livré au réseau, le centre de données fournit g kWh de chaleur et la pompe à chaleur
    consomme s / COP kWh d'électricité ; les deux font 1 kWh au total. L'installation peut donc livrer la
    chaleur captée divisée par g. Une limite de taille facultative plafonne la production de la pompe à chaleur ; elle ne limite que
    les heures où la pompe à chaleur est nécessaire.
method-recovery-p4-eq1 = g = (1 − s) + s · (1 − 1 / COP)
method-recovery-p4-eq2 = A[h] = Q_[cap][h] / g,  avec s · A[h] ≤ 1000 · heat_pump_max_mw kW si une limite est fixée
method-recovery-p5 = *[Repli.] Si aucune pompe à chaleur n'est autorisée, ou si son COP serait inférieur ou égal à 1, l'heure se replie sur
    le préchauffage du retour, comme ci-dessous ; pendant ces heures, le stockage peut se décharger mais pas se charger. Si
    même cela est impossible, rien n'est récupéré pendant cette heure, et la page explique pourquoi.
method-recovery-p6 = *[Injection sur le retour.] Ici, le centre de données réchauffe l'eau de retour du réseau et les
    installations propres du réseau la chauffent jusqu'au bout, comme le fait A2A à Brescia avec de l'eau à 65 °C et sans
    pompe à chaleur (le réglage de pompe à chaleur est alors ignoré). Il faut que la boucle, diminuée du pincement, soit au
    moins 5 K au-dessus du retour. La chaleur fournie est limitée par le côté froid de l'échangeur et par la
    part de l'élévation de température du réseau qu'elle couvre, appliquée à la demande qu'elle peut servir ; un réseau
    qui absorbe toute la chaleur n'impose pas cette limite.
method-recovery-p6-eq1 = possible si T_[src] − a ≥ T_[ret] + 5 K
method-recovery-p6-eq2 = A[h] = min(Q_[cap][h] · f_[cold],  D_[dc][h] · min(1, (T_[src] − a − T_[ret]) / (T_[sup][h] −
    T_[ret])))
method-recovery-p7 = *[Ce qui compte comme chaleur réutilisée.] Au sens de l'ISO/IEC 30134-6, l'énergie réutilisée est la chaleur du centre
    de données cédée à l'échangeur et à l'évaporateur de la pompe à chaleur, Q_[used]. La pompe
    à chaleur se trouve hors du périmètre du centre de données : son électricité n'entre ni dans le PUE ni dans
    l'énergie réutilisée.
method-demand-h = Demande du réseau
method-demand-p1 = Les logements raccordés sont comptés en équivalents-appartements de 80 m², chacun ayant besoin de home_heat_mwh par an en
    sortie de centrale, pertes du réseau comprises (11,85 MWh : les 16 GWh d'A2A pour 1 350 appartements). Ce que
    reçoivent les clients, c'est cette valeur diminuée de la part perdue dans les canalisations.
method-demand-p1-eq1 = E_[cust] = homes · home_heat_mwh · (1 − loss_share)
method-demand-p2 = Le chauffage des locaux est réparti sur l'année selon les degrés-heures de chauffage : de combien la température extérieure
    de chaque heure (la température horaire, pas la moyenne sur 72 heures) est inférieure à la température de non-chauffage, 16 °C par
    défaut. Si une saison de chauffage est définie, seuls ses jours comptent (jours entiers, inclus ; une saison qui
    commence après sa fin passe le Nouvel An).
method-demand-p2-eq1 = w[h] = max(0, heating_base_c − T_[out][h]) · in_season[h]
method-demand-p2-eq2 = SH[h] = E_[cust] · (1 − dhw_share) · w[h] / Σ w
method-demand-p3 = L'eau chaude sanitaire est la même chaque jour de l'année, répartie selon un profil journalier fixe p avec une pointe le matin
    et une le soir, en pour mille de la consommation du jour pour les heures 0 à 23 : 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰.
method-demand-p3-eq1 = DHW[h] = E_[cust] · dhw_share / 365 · p[hod] / 1000
method-demand-p4 = Les pertes des canalisations croissent avec l'écart entre la température de l'eau et celle du sol, rapporté à un réseau 3G
    de référence (90/75 → 50 °C sur un sol à 10 °C : 56,25 K). loss_share est la part que perd un tel réseau ;
    un réseau 4G perd environ 30 % de moins.
method-demand-p4-eq1 = θ[h] = (T_[sup][h] + T_[ret]) / 2 − ground_c,  θ_[ref] = 56,25 K
method-demand-p4-eq2 = L[h] = loss_share · homes · home_heat_mwh / 8760 h · θ[h] / θ_[ref]
method-demand-p5 = La chaleur nécessaire en sortie de centrale est le chauffage des locaux plus l'eau chaude sanitaire plus les pertes. Les installations qui fonctionnent de toute façon
    (incinération, chaleur industrielle) couvrent d'abord leur part ; le centre de données ne peut servir que le
    reste. Les installations de pointe du réseau couvrent ce qui manque encore.
method-demand-p5-eq1 = D[h] = SH[h] + DHW[h] + L[h]
method-demand-p5-eq2 = D_[dc][h] = max(0, D[h] − 1000 · baseload_mw kW)
method-demand-p6 = Un réseau bien plus grand que le centre de données (Brescia, Milan) peut absorber chaque kWh, à chaque heure : avec
    takes_all_heat, la demande n'impose aucune limite, la demande du réseau, l'appoint et la part du centre de données dans la
    demande ne sont pas indiqués, la production de base est ignorée et aucun stockage n'est utilisé.
method-storage-h = Stockage thermique
method-storage-p1 = Un ballon de stockage d'eau chaude à la centrale conserve la chaleur excédentaire pour plus tard. Il est chargé à la température de départ,
    qui est la plus basse en été, lorsque les excédents apparaissent ; c'est donc le départ le plus bas de l'année qui fixe sa
    capacité. Sa puissance nominale le remplit à partir de vide en hours_to_full heures. À chaque heure, il perd d'abord
    une petite part de son contenu. L'année est simulée deux fois : la première simulation part à moitié plein et ne sert qu'à
    mettre le stockage en régime ; la seconde part de là où la première s'est arrêtée et c'est elle qui est présentée. Le stockage
    ne fonctionne qu'avec une injection sur le départ et un réseau qui n'absorbe pas toute la chaleur ; sinon il est
    ignoré (avec un avertissement) et ne coûte rien.
method-storage-p1-eq1 = E_[max] = volume_m3 · 1,163 kWh/(m³·K) · (T_[floor] − return_c)
method-storage-p1-eq2 = P_[st] = E_[max] / hours_to_full
method-storage-p1-eq3 = pertes statiques par heure = contenu · loss_per_day / 24
method-dispatch-h = Répartition, heure par heure
method-dispatch-p1 = D'abord, la chaleur récupérée alimente directement le réseau ; un excédent charge le stockage et un déficit
    est couvert par le stockage, puis par les installations de pointe du réseau (appoint). Les installations qui fonctionnent de toute façon ne sont
    jamais remplacées.
method-dispatch-p1-eq1 = direct = min(A, D_[dc]) ;  excédent = A − direct ;  déficit = D_[dc] − direct
method-dispatch-p1-eq2 = charge = min(excédent, P_[st], E_[max] − contenu) ;  décharge = min(déficit, P_[st], contenu)
method-dispatch-p1-eq3 = appoint = déficit − décharge
method-dispatch-p2 = Seule la chaleur utilisée est produite : la pompe à chaleur fonctionne pour ce qui va directement au réseau
    plus ce qui charge le stockage, et la chaleur captée non absorbée est rejetée par les aéroréfrigérants secs
    du site. Le pompage consomme une petite part de la chaleur livrée. Le modèle vérifie que le bilan énergétique est équilibré
    sur l'année à un millionième près.
method-dispatch-p2-eq1 = utilisée = direct + charge ;  HP = s · utilisée ;  W_[hp] = s · utilisée / COP
method-dispatch-p2-eq2 = Q_[used] = min(g · utilisée, Q_[cap]) ;  Q_[rej] = Q_[cap] − Q_[used]
method-dispatch-p2-eq3 = Q_[del] = direct + décharge ;  W_[pump] = pumping_share · Q_[del]
method-emissions-h = Émissions
method-emissions-p1 = Chaque MWh livré remplace de la chaleur qui porte le facteur CO2 de son mois e[m] : par défaut le facteur
    du gaz divisé par le rendement de la chaudière tous les mois (201,4 / 0,92 = 218,9 kg/MWh de chaleur, la base
    d'A2A), ou douze valeurs mensuelles que vous indiquez, par exemple basses en été là où une usine
    d'incinération produit la chaleur d'été. On en soustrait l'électricité du réseau consommée par la pompe à chaleur et les pompes ;
    l'électricité de refroidissement évitée du site est ajoutée si vous la comptez. Avec un réseau électrique
    fortement carboné et une pompe à chaleur, le résultat peut être négatif.
method-emissions-p1-eq1 = e[m] = displaced_heat_kg_per_mwh[m], ou fuel_kg_per_mwh / boiler_efficiency
method-emissions-p1-eq2 = CO2_[avoided] [t] = [Σ_[h] Q_[del][h] · e[month(h)] − Σ(W_[hp] + W_[pump]) · grid + E_[cool] ·
    grid] / 1000
method-emissions-p1-eq3 = E_[cool] = Σ(P_[dc0] − P_[dc])   (énergies en MWh ; g/kWh = kg/MWh)
method-emissions-p2 = *[Une association prudente.] Le facteur par défaut du réseau électrique (Ember 2023) est un CO2e en cycle de vie, qui inclut
    l'approvisionnement en combustible et la construction des centrales, tandis que le facteur du gaz ne compte que le CO2 de la combustion
    (le gaz naturel en cycle de vie représente environ 240 kg CO2e par MWh de combustible). Les associer ainsi sous-estime
    les économies, surtout pour les installations avec pompe à chaleur.
method-emissions-p3 = L'équivalent en arbres divise le CO2 évité par ce qu'un arbre absorbe en un an (159 kg, d'après
    le rapport d'A2A de 3 500 t ↔ 22 000 arbres ; les valeurs génériques vont de 10 à 40 kg). Le combustible économisé est brut : la chaleur
    livrée divisée par le rendement de la chaudière, comme si elle provenait entièrement des chaudières ; le gaz à 9,79 kWh
    par m³ normal. Les heures de pompe à chaleur qui émettent plus que la chaleur qu'elles remplacent, ou qui coûtent plus que la
    chaudière, sont comptées et affichées.
method-emissions-p3-eq1 = arbres = CO2_[avoided] · 1000 / tree_kg_per_year
method-emissions-p3-eq2 = combustible économisé = Σ Q_[del] / boiler_efficiency ;  gaz = combustible économisé / 9,79 kWh/Sm³
method-emissions-p3-eq3 = émet plus si COP · e[m] < grid ;  coûte plus si COP < p_[el] · boiler_efficiency / p_[fuel]
method-economics-h = Économie
method-economics-p1 = Deux parties se partagent un même système. L'exploitant du réseau possède la conduite de raccordement et le stockage et paie
    le pompage ; le propriétaire de la pompe à chaleur (par défaut l'exploitant du réseau) paie son investissement, son entretien et
    son électricité. Le centre de données vend de la chaleur comptée, mesurée à l'échangeur et à l'évaporateur
    lorsque l'exploitant du réseau possède la pompe à chaleur, en sortie d'installation lorsque c'est le centre de données.
method-economics-p1-eq1 = C_[hp] = heat_pump_capex_eur_per_mw · (heat_pump_max_mw, ou la puissance de pointe de la pompe à chaleur en MW)
method-economics-p1-eq2 = C_[st] = volume_m3 · storage_capex_eur_per_m3 ;  C_[pipe] = pipe_length_km · 1000 m/km ·
    pipe_capex_eur_per_m
method-economics-p1-eq3 = capex = C_[hp] + C_[st] + C_[pipe] ;  O&M = om_share_of_capex · capex (chaque partie le sien)
method-economics-p1-eq4 = recettes de chaleur = chaleur comptée · heat_price_eur_per_mwh
method-economics-p2 = Le bénéfice annuel du système est le coût de combustible évité (le gaz est supposé substitué tous les mois,
    quels que soient les facteurs CO2 mensuels) moins l'électricité et l'O&M, plus l'éventuelle économie de refroidissement. Le
    prix de la chaleur le partage entre l'exploitant du réseau et le centre de données ; les deux parts font
    le tout.
method-economics-p2-eq1 = bénéfice = Σ Q_[del] / boiler_efficiency · p_[fuel] − Σ(W_[hp] + W_[pump]) · p_[el] − O&M +
    E_[cool] · p_[el]
method-economics-p2-eq2 = exploitant du réseau : coût de combustible évité − recettes de chaleur − son électricité − son O&M
method-economics-p2-eq3 = centre de données : recettes de chaleur − son électricité − son O&M + économie de refroidissement
method-economics-p3 = Le temps de retour simple est l'investissement divisé par le bénéfice annuel (aucun lorsque le bénéfice est nul ou
    négatif). Le coût actualisé de la chaleur (LCOH) répartit l'investissement sur la durée de vie avec le
    facteur de recouvrement du capital et ajoute l'électricité et l'O&M, par MWh livré : comparez-le au
    prix du combustible de la chaudière divisé par son rendement. Le coût par MWh de l'exploitant du réseau ajoute la chaleur qu'il paie
    au centre de données.
method-economics-p3-eq1 = temps de retour = capex / bénéfice
method-economics-p3-eq2 = CRF = r (1 + r)^[n] / ((1 + r)^[n] − 1)   (1 / n si r = 0)
method-economics-p3-eq3 = LCOH = (capex · CRF + coût de l'électricité + O&M) / Σ Q_[del]
method-economics-p3-eq4 = coût de l'exploitant du réseau = ((C_[st] + C_[pipe] + C_[hp] de l'exploitant) · CRF + son électricité + son O&M + recettes
    de chaleur) / Σ Q_[del]
method-indicators-h = Indicateurs
method-indicators-p1 = Facteur de réutilisation de l'énergie (ERF, ISO/IEC 30134-6) : la chaleur du centre de données réutilisée hors du site rapportée à
    toute l'énergie que consomme le site, entre 0 et 1 ; la chaleur perdue ensuite dans le stockage compte quand même.
    Indicateur d'efficacité énergétique (PUE, ISO/IEC 30134-2) : toute l'énergie que consomme le site rapportée à l'énergie
    IT, sans la pompe à chaleur de récupération.
method-indicators-p1-eq1 = ERF = Σ Q_[used] / Σ P_[dc]
method-indicators-p1-eq2 = PUE = Σ P_[dc] / Σ P_[IT]
method-indicators-p2 = Équivalent logements : la chaleur livrée (électricité de la pompe à chaleur comprise) divisée par la chaleur annuelle
    d'un logement ; les logements chauffés par la chaleur du centre de données ne comptent que la chaleur propre du centre de données. Heures
    équivalentes pleine charge : la production annuelle de l'installation de récupération divisée par sa production à l'heure la plus chargée, c'est-à-dire combien
    d'heures à pleine puissance donneraient la même chaleur. Le SCOP est la chaleur annuelle de la pompe à chaleur divisée par son
    électricité annuelle.
method-indicators-p2-eq1 = logements = Σ Q_[del] / home_heat_mwh ;  logements chauffés par le centre de données = Σ Q_[used] / home_heat_mwh
method-indicators-p2-eq2 = heures équivalentes pleine charge = Σ utilisée / max_[h] utilisée ;  SCOP = Σ HP / Σ W_[hp]
method-const1-what = Fenêtre de lissage de la température extérieure
method-const1-value = 72 h
method-const1-source = inertie des bâtiments et du réseau ; MODEL.md §1
method-const2-what = Points de rupture de la loi d'eau du départ (moyenne sur 72 heures)
method-const2-value = 0 °C et 10 °C
method-const2-source = PyPSA-Eur d'après Pieper et al. 2019
method-const3-what = Préchauffage minimal sur le retour
method-const3-value = 5 K
method-const3-source = MODEL.md §4
method-const4-what = Capacité thermique de l'eau
method-const4-value = 1,163 kWh/(m³·K)
method-const4-source = catalogue technologique de la DEA (REFERENCE.md §4)
method-const5-what = Gaz naturel, pouvoir calorifique inférieur
method-const5-value = 9,79 kWh/Sm³
method-const5-source = MODEL.md §8
method-const6-what = Profil journalier de l'eau chaude sanitaire, heures 0 à 23
method-const6-value = 10, 6, 4, 4, 6, 15, 50, 92, 80, 60, 45, 40, 45, 40, 30, 30, 35, 45, 65, 88, 80, 65, 40, 25 ‰
    (somme 1000 ‰)
method-const6-source = MODEL.md §5
method-const7-what = Écart de référence entre la température moyenne du réseau et le sol, pour les pertes
method-const7-value = 56,25 K
method-const7-source = réseau 3G 90/75 → 50 °C sur un sol à 10 °C ; MODEL.md §5
method-const8-what = Passes de simulation du stockage
method-const8-value = 2 (mise en régime, puis résultats présentés)
method-const8-source = MODEL.md §6
method-choice1 = La moyenne sur 72 heures est une moyenne glissante arrière (cette heure et les 71 précédentes) qui boucle sur le Nouvel An,
    si bien que les premiers jours de janvier utilisent les derniers jours de décembre de la même année type.
method-choice2 = L'année type intégrée est en UTC, une heure de retard sur l'heure d'Europe centrale, et chacun de ses
    mois provient d'une année différente de la période 2005–2020 ; ni l'un ni l'autre n'est corrigé.
method-choice3 = La demi-amplitude journalière A_[d] d'une ville synthétique est la moitié de son amplitude journalière moyenne (moyenne des maxima
    moyens mensuels moins moyenne des minima moyens mensuels) tirée de la même source ; là où aucun maximum ni minimum
    n'a été trouvé (Helsinki, Copenhague, Paris), elle est empruntée à une ville comparable nommée, comme l'indique la
    source du climat. Une ville dont les températures n'ont pas pu être rattachées à une source est écartée,
    pas estimée.
method-choice4 = La puissance totale du site est établie après la répartition, car le crédit de refroidissement évité dépend
    de la chaleur réellement utilisée.
method-choice5 = Avec takes_all_heat, tout ce qui est disponible est livré directement : il n'y a ni déficit, ni
    appoint, ni stockage.
method-choice6 = Une heure compte parmi les heures de la pompe à chaleur lorsque la pompe à chaleur y a produit de la chaleur ; les
    décomptes d'équilibre (CO2 et coût) et le décompte au plafond de COP sont faits parmi ces heures.
method-limit1 = Un bilan énergétique horaire quasi statique : aucune dynamique au sein d'une heure au-delà du lissage sur 72 heures,
    aucun comportement au démarrage ou en charge partielle de la pompe à chaleur.
method-limit2 = Pas d'hydraulique : débits, pressions, diamètres de canalisations et limites de pompage ne sont pas modélisés ; le pompage est une
    part fixe de la chaleur livrée.
method-limit3 = La température de retour est constante sur l'année et la demande des clients ne dépend pas de
    la température de départ.
method-limit4 = Pas encore de boucles de 5e génération (tempérées, 10–25 °C) avec des pompes à chaleur dans chaque bâtiment.
method-limit5 = Une seule année type ; aucune variation de la météo d'une année à l'autre et aucune croissance de la charge IT.
method-planned1 = une température saisonnière de l'eau de ville dans la demande d'eau chaude sanitaire
method-planned2 = une charge minimale (DEA : 25 %) et une disponibilité (environ 95 %) pour la pompe à chaleur
method-planned3 = des limites de débit du réseau au point d'injection
method-planned4 = une température de retour variant avec la saison
method-planned5 = les boucles tempérées de 5e génération
method-planned6 = l'hydraulique de la conduite de raccordement et les pertes selon le diamètre
method-planned7 = l'investissement des échangeurs et des sous-stations
method-planned8 = la montée en charge IT au fil des années
method-planned9 = l'énergie primaire nette
method-rule1-name = Allemagne, loi sur l'efficacité énergétique (EnEfG) §11
method-rule1-text = Centres de données mis en service à partir du 1er juillet 2026 : PUE ≤ 1,2 et ERF ≥ 10 % ; l'ERF passe à 15 %
    pour les sites mis en service à partir du 1er juillet 2027 et à 20 % à partir du 1er juillet 2028, en moyenne annuelle atteinte
    dans les deux ans suivant la mise en service. Sites existants : PUE ≤ 1,5 à partir de juillet 2027 et ≤ 1,3 à partir de juillet 2030.
    L'électricité des pompes à chaleur qui valorisent la chaleur fatale n'est pas comptée dans le PUE.
method-rule1-source = Energieeffizienzgesetz (EnEfG) §11 ; REFERENCE.md §6 ; MODEL.md §10
method-rule2-name = Directive européenne relative à l'efficacité énergétique, article 12
method-rule2-text = Les centres de données d'une puissance IT installée de 500 kW ou plus déclarent chaque année leur performance énergétique
    (PUE, WUE, ERF, REF et d'autres, comme le fixe le règlement délégué (UE) 2024/1364).
method-rule2-source = Directive (EU) 2023/1791, Art. 12; Delegated Regulation (EU) 2024/1364; REFERENCE.md §6
method-rule3-name = Directive européenne relative à l'efficacité énergétique, article 26
method-rule3-text = Les centres de données de plus de 1 MW doivent valoriser leur chaleur fatale, ou démontrer que ce n'est pas techniquement ou
    économiquement réalisable.
method-rule3-source = Directive (EU) 2023/1791, Art. 26; REFERENCE.md §6
method-rule4-name = ISO/IEC 30134-2 (EN 50600-4-2) : indicateur d'efficacité énergétique
method-rule4-text = PUE = énergie totale du centre de données ÷ énergie IT, sur une année ; 1,0 signifierait que chaque kWh va à
    l'IT. Moyenne du secteur 1,58 (Uptime 2023).
method-rule4-source = ISO/IEC 30134-2 / EN 50600-4-2 ; REFERENCE.md §2, §6
method-rule5-name = ISO/IEC 30134-6 (EN 50600-4-6) : facteur de réutilisation de l'énergie
method-rule5-text = ERF = énergie réutilisée hors du centre de données ÷ énergie totale du centre de données, de 0 à 1 (affiché en
    pourcentage).
method-rule5-source = ISO/IEC 30134-6 / EN 50600-4-6 ; REFERENCE.md §6
method-rule6-name = Italie : réseau de chaleur efficace
method-rule6-text = Un réseau est considéré comme efficace avec au moins 50 % de chaleur fatale, ou au moins 50 % d'énergie renouvelable,
    ou au moins 75 % de chaleur de cogénération ; les améliorations peuvent donner droit à des certificats blancs (TEE).
method-rule6-source = D.Lgs. 102/2014 ; REFERENCE.md §6
method-ref-brescia-title = Le pilote : A2A + Qarnot, Centrale Lamarmora, Brescia (Italie)
method-ref-brescia-head1 = Élément
method-ref-brescia-head2 = Valeur
method-ref-brescia-head3 = Source
method-ref-brescia-r1-c1 = Inauguration
method-ref-brescia-r1-c2 = 24–25 juin 2025, sur un ancien parc à charbon de la centrale de cogénération d'A2A
method-ref-brescia-r1-c3 = REFERENCE.md §1
method-ref-brescia-r2-c1 = Refroidissement
method-ref-brescia-r2-c2 = refroidissement liquide à eau tiède (unités Qarnot QBx), eau jusqu'à 65 °C
method-ref-brescia-r2-c3 = pausa-energia.com (A2A), e-gazette.it
method-ref-brescia-r3-c1 = Pompe à chaleur
method-ref-brescia-r3-c2 = aucune : des échangeurs de chaleur vers le réseau (un refroidissement par air donnerait ~30 °C et nécessiterait des pompes à chaleur)
method-ref-brescia-r3-c3 = pausa-energia.com, serviziarete.it
method-ref-brescia-r4-c1 = Chaleur, phase 1 (30 unités QBx)
method-ref-brescia-r4-c2 = environ 800 MWh/an
method-ref-brescia-r4-c3 = serviziarete.it
method-ref-brescia-r5-c1 = Chaleur, déploiement complet
method-ref-brescia-r5-c2 = 16 GWh/an
method-ref-brescia-r5-c3 = e-gazette.it, innovazionepa.soiel.it
method-ref-brescia-r6-c1 = Logements
method-ref-brescia-r6-c2 = 1 350 appartements (équivalents-appartements de 80 m²)
method-ref-brescia-r6-c3 = sky.it, ilgiornale.it
method-ref-brescia-r7-c1 = CO2 évité
method-ref-brescia-r7-c2 = 3 500 t/an, « autant qu'en absorbent plus de 22 000 arbres »
method-ref-brescia-r7-c3 = innovazionepa.soiel.it
method-ref-brescia-r8-c1 = Ratios implicites [D]
method-ref-brescia-r8-c2 = 218,75 kg CO2/MWh de chaleur ; 11,85 MWh par appartement et par an ; 159 kg CO2 par arbre et par an ; puissance
    thermique moyenne 1,83 MW
method-ref-brescia-r8-c3 = déduits des chiffres ci-dessus
method-ref-brescia-r9-c1 = Réseau de Brescia
method-ref-brescia-r9-c2 = 1 168 GWh/an produits, 684 km, 179 000 équivalents-appartements ; plus de 80 % de sa chaleur renouvelable
    ou récupérée (incinération jusqu'à 365 MW de chaleur)
method-ref-brescia-r9-c3 = pausa-energia.com; Giornale di Brescia (Feb 2026); Corriere di Brescia (2022)
method-ref-brescia-r10-c1 = Charge IT, température de départ
method-ref-brescia-r10-c2 = non publiées
method-ref-brescia-r10-c3 = —
method-ref-brescia-source = REFERENCE.md §1
method-ref-dea-title = Pompes à chaleur : catalogue technologique de l'Agence danoise de l'énergie (DEA)
method-ref-dea-head1 = Entrée
method-ref-dea-head2 = COP nominal 2020 / 2030 / 2050
method-ref-dea-head3 = Conditions
method-ref-dea-r1-c1 = Pompe à chaleur sur chaleur fatale, 10 MW
method-ref-dea-r1-c2 = 5,0 / 5,2 / 5,4
method-ref-dea-r1-c3 = source 25 → 15 °C, réseau 35/70 °C
method-ref-dea-r2-c1 = Pompe à chaleur sur chaleur fatale, 1 MW
method-ref-dea-r2-c2 = 4,0 / 4,2 / 4,4
method-ref-dea-r2-c3 = source 25 → 15 °C, réseau 35/70 °C
method-ref-dea-r3-c1 = Aérothermique, 10 MW
method-ref-dea-r3-c2 = 3,5 / 3,55 / 3,6
method-ref-dea-r3-c3 = air −1 °C, réseau 35/70 °C
method-ref-dea-r4-c1 = Sur eau de mer, 20 MW
method-ref-dea-r4-c2 = 3,4 / 3,4 / 3,5
method-ref-dea-r4-c3 = mer 4 °C, réseau 40/80 °C
method-ref-dea-r5-c1 = Investissement, durée de vie, charge minimale
method-ref-dea-r5-c2 = 0,67 M€ par MW de chaleur (2020) ; 25 ans ; 25 %
method-ref-dea-r5-c3 = même catalogue
method-ref-dea-r6-c1 = COP réel par rapport à l'idéal de Lorenz [D]
method-ref-dea-r6-c2 = environ 0,5 de l'idéal calculé sur les températures moyennes logarithmiques
method-ref-dea-r6-c3 = déduit
method-ref-dea-source = Danish Energy Agency technology catalogue, via PyPSA technology-data (REFERENCE.md §3)
method-ref-generations-title = Générations de réseaux de chaleur et températures
method-ref-generations-head1 = Élément
method-ref-generations-head2 = Valeur
method-ref-generations-head3 = Source
method-ref-generations-r1-c1 = 3e génération
method-ref-generations-r1-c2 = départ 80–120 °C, retour 40–60 °C
method-ref-generations-r1-c3 = Lund et al. 2014
method-ref-generations-r2-c1 = 4e génération
method-ref-generations-r2-c2 = départ 50–70 °C, retour 25–40 °C (valeur de planification de la DEA 70/35 °C)
method-ref-generations-r2-c3 = Lund et al. 2014 ; DEA
method-ref-generations-r3-c1 = 5e génération (« tempérée »)
method-ref-generations-r3-c2 = boucles à 10–25 °C avec une pompe à chaleur dans chaque bâtiment
method-ref-generations-r3-c3 = Lund et al. 2014
method-ref-generations-r4-c1 = Départ maximal par pays
method-ref-generations-r4-c2 = Italie 90, Danemark 75, Allemagne 109, Finlande 115, Suède 102, France 110 °C
method-ref-generations-r4-c3 = PyPSA-Eur
method-ref-generations-r5-c1 = Pertes du réseau
method-ref-generations-r5-c2 = 5 à 40 % de la chaleur injectée ; 15 % par défaut dans PyPSA-Eur ; passer d'un départ à 90 °C à 70 °C réduit les pertes d'environ un
    quart
method-ref-generations-r5-c3 = méthode DIN EN 13941 ; PyPSA-Eur
method-ref-generations-r6-c1 = Grand ballon de stockage d'eau chaude
method-ref-generations-r6-c2 = 3 000 m³ ≈ 175 MWh à 55 K ; pertes de 0,14 à 0,24 %/jour ; 3,0 M€ par GWh
method-ref-generations-r6-c3 = DEA
method-ref-generations-r7-c1 = Italie 2020
method-ref-generations-r7-c2 = 337 réseaux, plus de 5 000 km, 11,9 TWh injectés, 63 % issus du gaz
method-ref-generations-r7-c3 = GSE
method-ref-generations-source = REFERENCE.md §4
method-ref-grid-title = Électricité du réseau par pays, 2023 (cycle de vie)
method-ref-grid-head1 = Pays
method-ref-grid-head2 = g CO2e par kWh
method-ref-grid-r1-c1 = Allemagne
method-ref-grid-r1-c2 = 381,0
method-ref-grid-r2-c1 = Italie
method-ref-grid-r2-c2 = 330,7
method-ref-grid-r3-c1 = Irlande
method-ref-grid-r3-c2 = 290,8
method-ref-grid-r4-c1 = UE-27 [D]
method-ref-grid-r4-c2 = environ 214
method-ref-grid-r5-c1 = Danemark
method-ref-grid-r5-c2 = 151,7
method-ref-grid-r6-c1 = Finlande
method-ref-grid-r6-c2 = 79,2
method-ref-grid-r7-c1 = France
method-ref-grid-r7-c2 = 56,0
method-ref-grid-r8-c1 = Suède
method-ref-grid-r8-c2 = 40,7
method-ref-grid-r9-c1 = Norvège
method-ref-grid-r9-c2 = 30,1
method-ref-grid-source = Ember 2023, via codecarbon (licence MIT) ; REFERENCE.md §5. Pour comparaison : gaz naturel 201,4 kg
    CO2 par MWh de combustible, combustion seule (facteur national italien 55,934 t CO2/TJ) ; environ 240 kg
    CO2e par MWh en cycle de vie
method-cooling-ex-air = batteries à eau dans les centrales de traitement d'air ; Meta Odense récupère ainsi environ 0,8, Ardor donne 0,3 à 0,5 pour
    des sites typiques refroidis par air
method-cooling-ex-rear-door = échangeurs de porte arrière ; IBM : 0,55 à 0,85 évacués
method-cooling-ex-direct-to-chip = plaques froides ; classe liquide ASHRAE W45
method-cooling-ex-immersion = serveurs immergés dans un fluide diélectrique
method-cooling-ex-hot-water-liquid = refroidissement liquide à eau tiède ; A2A + Qarnot, Brescia (65 °C)

# Les mots du tableau des paramètres (les nombres arrivent formatés).
method-unit-share = part (0–1)
method-unit-count = nombre
method-unit-ratio = ratio
method-default-all-year = null : toute l'année
method-default-fuel = null : CO2 du combustible ÷ rendement de la chaudière tous les mois
method-default-per-cooling = fixé par la technologie de refroidissement
method-default-per-generation = fixé par la génération du réseau
method-default-per-country = fixé par le pays (economics.country)
method-range = de { $lo } à { $hi }{ $unit }
method-allowed-whole = { $range }, nombres entiers
method-allowed-bool = true ou false
method-allowed-season = null ou {"{"}start, end{"}"} au format MM-DD, inclus (02-29 exclu)
method-allowed-monthly = null ou 12 valeurs, chacune { $range }
method-value-monthly = { $list }{ $unit } (en commençant par janvier)
method-value-season = du { $start } au { $end }
method-none = aucun
method-weather-builtin-allowed = un identifiant de climat (voir Climats)
method-weather-epw-allowed = un chemin ; 8 760 lignes horaires, température sèche inférieure à 99,9 °C
method-weather-csv-allowed = un chemin ; 8 760 valeurs, chacune de −90 à 70 °C
method-weather-monthly-allowed = 12 valeurs, chacune de { $lo } à { $hi } °C
method-drivers-title = Pilotes mesurés de ce scénario
method-driver-line = { $input } : profil mesuré, { $hours } heures pilotées, { $rest } heures laissées au modèle.
