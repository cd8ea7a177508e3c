# Messages de heat-twin : installation (fr)
# La vue de l'installation : schéma, légende, curseur et valeurs. Un retour à la ligne dans le nom
# d'un bloc est une nouvelle ligne du message (indentée).

plant-heading = L'installation, heure par heure
plant-no-run = Aucun résultat à afficher : corrigez les problèmes du scénario pour le simuler.
plant-months = janvier février mars avril mai juin juillet août septembre octobre novembre décembre
plant-hour-label = Heure de l'année
plant-play = Lecture
plant-pause = Pause
# Suit le texte visible du bouton (« Lecture : … ») : le nom accessible commence par les mots visibles.
plant-play-label = parcourt l'année, une semaine par seconde
plant-reduced-motion = L'animation est désactivée car votre système demande de réduire les animations ; déplacez plutôt le curseur.
plant-electricity = Électricité du réseau
plant-data-centre = Centre de données
plant-it-racks = Baies IT
plant-recovery = Récupération de chaleur
plant-exchanger =
    Échangeur
    de chaleur
plant-heat-pump =
    Pompe
    à chaleur
plant-dry-coolers =
    Aéroréfrigérants
    secs
plant-tank = Stockage
plant-no-tank = pas de stockage
plant-network =
    Réseau
    de chaleur
plant-homes = Logements
plant-backup =
    Installations
    d'appoint
plant-outdoor = Extérieur
plant-active = en marche
plant-idle = à l'arrêt
plant-no-heat-pump = aucune
plant-preheats-return =
    préchauffe
    le retour
plant-takes-all = absorbe toute la chaleur
plant-f-it = électricité IT
plant-f-captured = captée
plant-f-rejected = rejetée
plant-f-used = utilisée
plant-f-hp-electricity = vers la pompe à chaleur
plant-f-direct = vers le réseau
plant-f-charge = charge
plant-f-discharge = décharge
plant-f-backup = installations d'appoint
plant-f-homes = vers les logements
plant-f-losses = pertes du réseau
plant-f-pumping = pompage
plant-t-loop-out = Sortie de boucle
plant-t-loop-back = Retour de boucle
plant-t-supply = Départ du réseau
plant-t-return = Retour du réseau
plant-cop = COP
plant-demand = demande
plant-values = Cette heure en chiffres
plant-stored = Contenu du stockage
plant-scale = La largeur des bandes est proportionnelle à la puissance ; la bande la plus large vaut { $max }, le plus grand flux de l'année.
plant-mode-direct = échange direct
plant-mode-heat-pump = pompe à chaleur
plant-mode-return-line = préchauffage du retour
plant-mode-none = pas de récupération
# Légende : « 21 janvier, 08:00–09:00 · échange direct · demande 12,3 MW, livrée par le centre de données 2 040 kW ».
plant-caption-demand = { $date } · { $mode } · demande { $demand }, livrée par le centre de données { $delivered }
plant-caption-all = { $date } · { $mode } · livrée par le centre de données { $delivered } (absorbe toute la chaleur)
# Le nom accessible du schéma, en plusieurs parties.
plant-sentence = { $date }, { $mode } : { $it } d'électricité IT, { $captured } de chaleur captée, { $delivered } livrés au réseau, { $rejected } rejetés
plant-sentence-hp = , { $hp } d'électricité pour la pompe à chaleur
plant-sentence-demand = , demande du réseau { $demand }, installations d'appoint { $backup }
