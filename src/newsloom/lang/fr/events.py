"""French event vocabulary, as data for newsloom.events (see lang/en/events.py for the format).

Lemmas are infinitives and singular nouns; a verb written "se rendre" is a trigger only with its reflexive
pronoun ("Rubio va se rendre à Paris"), never alone ("rendre hommage").
"""

VERB_INFLECTIONS = [
    ("cer", ["ce", "ces", "cent", "cé", "cée", "cés", "cées", "çait", "çaient", "ça", "cèrent", "cera", "ceront",
             "cerait", "ceraient", "çant", "çons", "cez", "cerez", "cerons"]),
    ("ger", ["ge", "ges", "gent", "gé", "gée", "gés", "gées", "geait", "geaient", "gea", "gèrent", "gera", "geront",
             "gerait", "geraient", "geant", "geons", "gez"]),
    ("oyer", ["oie", "oies", "oient", "oyé", "oyée", "oyés", "oyées", "oyait", "oyaient", "oya", "oyèrent", "oiera",
              "oieront", "oierait", "oyant"]),
    ("ayer", ["aie", "aye", "aient", "ayent", "ayé", "ayée", "ayés", "ayait", "ayaient", "aya", "aiera", "ayera",
              "ayant"]),
    ("érer", ["ère", "ères", "èrent", "éré", "érée", "érés", "érées", "érait", "éraient", "éra", "érèrent", "érera",
              "éreront", "érerait", "éreraient", "érant", "érons", "érez"]),
    ("éder", ["ède", "èdent", "édé", "édée", "édés", "édait", "édaient", "éda", "édèrent", "édera", "éderont",
              "éderait", "édant"]),
    ("éger", ["ège", "ègent", "égé", "égée", "égés", "égeait", "égea", "égera", "égeront", "égeant"]),
    ("éter", ["ète", "ètent", "été", "étée", "étés", "était", "étaient", "éta", "étera", "éteront", "étant"]),
    ("ever", ["ève", "èvent", "evé", "evée", "evés", "evait", "evaient", "eva", "èvera", "èveront", "evant"]),
    ("ener", ["ène", "ènent", "ené", "enée", "enés", "enait", "enaient", "ena", "ènera", "èneront", "enant"]),
    ("er", ["e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "era", "eront", "erait",
            "eraient", "ant", "ons", "ez", "ai", "ais", "erons", "erez"]),
    ("ir", ["it", "issent", "i", "ie", "is", "ies", "issait", "issaient", "ira", "iront", "irait", "iraient",
            "issant", "issons", "irent", "issez"]),
    ("re", ["", "s", "ent", "u", "ue", "us", "ues", "ait", "aient", "it", "irent", "ra", "ront", "rait", "raient",
            "ant", "ons"]),
]
NOUN_INFLECTIONS = [("al", ["aux"]), ("ail", ["aux", "ails"]), ("eau", ["eaux"]), ("eu", ["eux"]),
                    ("s", []), ("x", []), ("z", []), ("", ["s"])]
IRREGULAR = {
    "rejeter": "rejette rejettent rejettera rejetteront", "appeler": "appelle appellent appellera appelleront",
    "rappeler": "rappelle rappellent rappellera rappelleront", "jeter": "jette jettent",
    "tenir": "tient tiennent tenu tenue tenus tenues tenait tenaient tiendra tiendront tiendrait tiendraient tint "
             "tinrent tenant",
    "entretenir": "entretient entretiennent entretenu entretenue entretenus entretenues entretenait entretenaient "
                  "entretiendra entretiendront entretiendrait entretint entretenant",
    "soutenir": "soutient soutiennent soutenu soutenue soutenus soutenues soutenait soutenaient soutiendra "
                "soutiendront soutiendrait soutint soutenant",
    "détenir": "détient détiennent détenu détenue détenus détenues détenait détiendra détenant",
    "retenir": "retient retiennent retenu retenue retenus retenues retenait retiendra",
    "obtenir": "obtient obtiennent obtenu obtenue obtenus obtenues obtiendra",
    "recevoir": "reçoit reçoivent reçu reçue reçus reçues recevait recevaient recevra recevront reçut reçurent "
                "recevant",
    "prendre": "prend prennent pris prise prises prenait prenaient prendra prendront prit prirent prenant",
    "reprendre": "reprend reprennent repris reprise reprises reprenait reprendra reprendront reprit",
    "mettre": "met mettent mis mise mises mettait mettaient mettra mettront mit mirent mettant",
    "promettre": "promet promettent promis promise promises promettait promettra promettront promit",
    "permettre": "permet permettent permis permise permettra",
    "admettre": "admet admettent admis admise admettait admettra", "commettre": "commet commettent commis commise",
    "soumettre": "soumet soumettent soumis soumise",
    "détruire": "détruit détruisent détruite détruits détruites détruisait détruira détruiront détruisant",
    "abattre": "abat abattent abattu abattue abattus abattues abattait abattra abattant",
    "combattre": "combat combattent combattu combattue combattus combattait combattra combattant",
    "battre": "bat battent battu battue battus battait battra",
    "offrir": "offre offrent offert offerte offerts offertes offrait offrira offriront offrant",
    "ouvrir": "ouvre ouvrent ouvert ouverte ouverts ouvertes ouvrait ouvrira ouvriront ouvrant",
    "convenir": "convient conviennent convenu convenue convenus convenues convenait conviendra",
    "parvenir": "parvient parviennent parvenu parvenue parvenus parvenues parvenait parviendra parviendront",
    "intervenir": "intervient interviennent intervenu intervenue intervenait interviendra",
    "prévenir": "prévient préviennent prévenu prévenue prévenait", "venir": "vient viennent venu venue venus",
    "faire": "fait font faite faits faites faisait faisaient fera feront ferait feraient fit firent faisant",
    "aller": "va vont vas allé allée allés allées allait allaient ira iront irait iraient allant",
    "envoyer": "envoie envoient envoyé envoyée envoyés envoyées envoyait enverra enverront enverrait",
    "accueillir": "accueille accueillent accueilli accueillie accueillis accueillait accueillera accueilleront",
    "conclure": "conclut concluent conclu conclue conclus conclues concluait conclura concluront",
    "interdire": "interdit interdisent interdite interdits interdites interdisait interdira",
    "dire": "dit disent dite dits disait disaient dira diront dirait", "redire": "redit",
    "écrire": "écrit écrivent écrite écrivait écrira", "décrire": "décrit décrivent",
    "reconnaître": "reconnaît reconnait reconnaissent reconnu reconnue reconnus reconnaissait reconnaîtra",
    "vouloir": "veut veulent voulu voulait voulaient voudra voudront voudrait voudraient",
    "pouvoir": "peut peuvent pu pouvait pouvaient pourra pourront pourrait pourraient",
    "devoir": "doit doivent dû due devait devaient devra devront devrait devraient",
    "mourir": "meurt meurent mort morte morts mortes mourait mourra", "périr": "péri péris périt",
    "atteindre": "atteint atteignent atteinte atteints", "craindre": "craint craignent",
    "rompre": "rompt rompent rompu rompue rompus rompait rompra", "interrompre": "interrompt interrompent interrompu",
    "répondre": "répond répondent répondu répondait répondra", "poursuivre": "poursuit poursuivent poursuivi",
    "suivre": "suit suivent suivi", "vivre": "vit vivent vécu", "naître": "naît né née",
    "avoir": "a ont eu eue eus avait avaient aura auront aurait auraient", "être": "est sont été était étaient "
             "sera seront serait seraient fut furent",
    "savoir": "sait savent su savait saura", "voir": "voit voient vu vue voyait verra",
    "lever": "lève lèvent lèvera lèveront levé levée levés levées levait", "relever": "relève relèvent relevé",
    "céder": "cède cèdent cédé cédée cédait cédera", "libérer": "libère libèrent libéré libérée libérés libérées",
    "exécuter": "exécute exécutent exécuté exécutée exécutés", "enlever": "enlève enlèvent enlevé enlevée enlevés",
    "s'emparer": "empare emparent emparé emparée emparés", "sommer": "somme somment sommé",
    "lancer": "lance lancent lancé lancée lancés lancées lançait lancera lanceront lançant",
    "abstenir": "abstient abstiennent abstenu",
    "secourir": "secourt secourent secouru secourue secourus secourues secourait secourra secourront",
    "émettre": "émet émettent émis émise émis émises émettait émettra",
}
IRREGULAR_NOUNS = {"pourparlers": "pourparlers", "hostilités": "hostilités", "représailles": "représailles"}
ELISIONS = {"l'": "le", "d'": "de", "qu'": "que", "s'": "se", "n'": "ne", "j'": "je", "c'": "ce", "m'": "me",
            "t'": "te", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque", "quelqu'": "quelque"}
PREP_FORMS = {"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à", "de la": "de", "de le": "de",
              "a": "à", "en": "en", "auprès de": "auprès", "aupres de": "auprès", "à le": "à", "de les": "de",
              "à les": "à", "vis-à-vis de": "envers"}
REFLEXIVE_PRONOUNS = ["se", "s'", "me", "m'", "te", "t'", "nous", "vous"]

VERBS = {
    # CONSULT
    "rencontrer": "CONSULT:meeting", "recevoir": "CONSULT:visit", "visiter": "CONSULT:visit",
    "se rendre": "CONSULT:visit", "s'entretenir": "CONSULT:meeting", "se réunir": "CONSULT:meeting",
    "discuter": "CONSULT", "négocier": "CONSULT", "échanger": "CONSULT", "téléphoner": "CONSULT:phone",
    "converser": "CONSULT", "consulter": "CONSULT", "dialoguer": "CONSULT", "accueillir": "CONSULT:visit",
    "arriver": "CONSULT:visit", "se déplacer": "CONSULT:visit", "voyager": "CONSULT:visit", "se concerter": "CONSULT",
    "s'envoler": "CONSULT:visit", "atterrir": "CONSULT:visit", "retrouver": "CONSULT:meeting",
    # SUPPORT
    "saluer": "SUPPORT", "féliciter": "SUPPORT", "soutenir": "SUPPORT", "appuyer": "SUPPORT", "approuver": "SUPPORT",
    "se féliciter": "SUPPORT", "louer": "SUPPORT", "remercier": "SUPPORT", "reconnaître": "SUPPORT",
    "signer": "SUPPORT", "ratifier": "SUPPORT", "s'excuser": "CONCEDE", "pardonner": "SUPPORT",
    "réaffirmer": "SUPPORT", "endosser": "SUPPORT", "applaudir": "SUPPORT", "encourager": "SUPPORT",
    "défendre": "SUPPORT", "gracier": "CONCEDE", "quitter": "RETREAT:withdraw", "secourir": "AID:humanitarian",
    # AGREE
    "accepter": "AGREE", "convenir": "AGREE", "s'engager": "AGREE", "promettre": "AGREE", "proposer": "AGREE",
    "offrir": "AGREE", "s'accorder": "AGREE",
    # CONCEDE
    "céder": "CONCEDE", "concéder": "CONCEDE", "renoncer": "CONCEDE", "assouplir": "CONCEDE",
    # COOPERATE
    "coopérer": "COOPERATE", "collaborer": "COOPERATE", "extrader": "COOPERATE:legal",
    # AID
    "aider": "AID", "financer": "AID:economic", "armer": "AID:military", "évacuer": "AID:humanitarian",
    # RETREAT
    "libérer": "RETREAT:release", "relâcher": "RETREAT:release", "se retirer": "RETREAT:withdraw",
    "retirer": "RETREAT:withdraw", "démissionner": "RETREAT:resign", "capituler": "RETREAT:disarm",
    "désarmer": "RETREAT:disarm", "rapatrier": "RETREAT:return", "restituer": "RETREAT:return",
    "se rendre aux": "RETREAT:disarm",
    # REQUEST
    "exhorter": "REQUEST", "demander": "REQUEST", "exiger": "REQUEST", "réclamer": "REQUEST", "presser": "REQUEST",
    "implorer": "REQUEST", "solliciter": "REQUEST", "sommer": "REQUEST", "inviter": "REQUEST",
    "enjoindre": "REQUEST", "supplier": "REQUEST", "revendiquer": "REQUEST",
    # ACCUSE
    "accuser": "ACCUSE:allege", "condamner": "ACCUSE:disapprove", "critiquer": "ACCUSE:disapprove",
    "dénoncer": "ACCUSE:disapprove", "fustiger": "ACCUSE:disapprove", "reprocher": "ACCUSE:disapprove",
    "blâmer": "ACCUSE:disapprove", "déplorer": "ACCUSE:disapprove", "enquêter": "ACCUSE:investigate",
    "stigmatiser": "ACCUSE:disapprove", "vilipender": "ACCUSE:disapprove", "épingler": "ACCUSE:disapprove",
    "incriminer": "ACCUSE:allege", "inculper": "ACCUSE:allege", "imputer": "ACCUSE:allege", "fustigé": "ACCUSE:disapprove",
    "protester": "PROTEST:demo", "s'indigner": "ACCUSE:disapprove", "tancer": "ACCUSE:disapprove",
    "s'insurger": "ACCUSE:disapprove",
    # REJECT
    "rejeter": "REJECT", "refuser": "REJECT", "nier": "REJECT", "démentir": "REJECT", "s'opposer": "REJECT",
    "récuser": "REJECT", "repousser": "REJECT", "écarter": "REJECT", "bloquer": "REJECT", "décliner": "REJECT",
    "exclure": "REJECT", "interdire l'accès": "REJECT:yield",
    # THREATEN
    "menacer": "THREATEN", "avertir": "THREATEN", "intimider": "THREATEN",
    # PROTEST
    "manifester": "PROTEST:demo", "défiler": "PROTEST:demo", "boycotter": "PROTEST:boycott",
    "se rassembler": "PROTEST:demo",
    # SANCTION
    "sanctionner": "SANCTION", "expulser": "SANCTION:expel",
    # MOBILIZE
    "déployer": "MOBILIZE:troops", "mobiliser": "MOBILIZE:troops", "masser": "MOBILIZE:troops",
    "patrouiller": "MOBILIZE:police",
    # COERCE
    "arrêter": "COERCE:arrest", "interpeller": "COERCE:arrest", "détenir": "COERCE:arrest",
    "emprisonner": "COERCE:arrest", "incarcérer": "COERCE:arrest", "confisquer": "COERCE:seize",
    "refouler": "COERCE:deport", "démanteler": "COERCE", "intercepter": "COERCE:arrest", "arraisonner": "COERCE:seize",
    "boucler": "COERCE:restrict", "ordonner": "REQUEST",
    "interdire": "COERCE:restrict", "censurer": "COERCE:censor", "réprimer": "COERCE", "disperser": "COERCE",
    "occuper": "COERCE:seize", "annexer": "COERCE:seize", "perquisitionner": "COERCE:seize",
    "saisir": "COERCE:seize", "s'emparer": "COERCE:seize", "expulsé": "COERCE:deport", "écrouer": "COERCE:arrest",
    # ASSAULT
    "attaquer": "ASSAULT", "tuer": "ASSAULT", "assassiner": "ASSAULT:targeted", "abattre": "ASSAULT:firearms",
    "bombarder": "ASSAULT:aerial", "pilonner": "ASSAULT:heavy-weapons", "frapper": "ASSAULT",
    "tirer": "ASSAULT:firearms", "envahir": "ASSAULT", "torturer": "ASSAULT:torture", "enlever": "ASSAULT:abduct",
    "kidnapper": "ASSAULT:abduct", "séquestrer": "ASSAULT:abduct", "blesser": "ASSAULT", "massacrer": "ASSAULT",
    "exécuter": "ASSAULT", "détruire": "ASSAULT", "combattre": "ASSAULT", "se battre": "ASSAULT",
    "s'affronter": "ASSAULT", "affronter": "ASSAULT", "viser": "ASSAULT", "cibler": "ASSAULT", "toucher": "ASSAULT",
    "poignarder": "ASSAULT:beat", "lyncher": "ASSAULT:beat", "incendier": "ASSAULT", "piller": "ASSAULT",
    "mitrailler": "ASSAULT:firearms", "canonner": "ASSAULT:heavy-weapons", "agresser": "ASSAULT:beat",
    "violer": "ASSAULT:sexual", "égorger": "ASSAULT", "décapiter": "ASSAULT", "tabasser": "ASSAULT:beat",
}

NOUNS = {
    # CONSULT
    "rencontre": "CONSULT:meeting", "réunion": "CONSULT:meeting", "entretien": "CONSULT:meeting",
    "visite": "CONSULT:visit", "sommet": "CONSULT:meeting", "pourparlers": "CONSULT", "négociation": "CONSULT",
    "discussion": "CONSULT", "consultation": "CONSULT", "conversation": "CONSULT", "appel": "CONSULT:phone",
    "voyage": "CONSULT:visit", "tournée": "CONSULT:visit", "déplacement": "CONSULT:visit",
    "médiation": "CONSULT:third-party", "conférence": "CONSULT:meeting", "tête-à-tête": "CONSULT:meeting",
    "round": "CONSULT", "échange": "CONSULT", "visioconférence": "CONSULT:phone", "concertation": "CONSULT",
    # SUPPORT
    "soutien": "SUPPORT", "éloge": "SUPPORT", "félicitation": "SUPPORT", "reconnaissance": "SUPPORT",
    "ratification": "SUPPORT", "appui": "SUPPORT",
    # AGREE
    "accord": "AGREE", "entente": "AGREE", "pacte": "AGREE", "promesse": "AGREE", "engagement": "AGREE",
    "compromis": "AGREE",
    # CONCEDE
    "concession": "CONCEDE", "amnistie": "CONCEDE",
    # COOPERATE
    "coopération": "COOPERATE", "collaboration": "COOPERATE", "partenariat": "COOPERATE",
    "extradition": "COOPERATE:legal",
    # AID
    "aide": "AID", "assistance": "AID", "don": "AID", "financement": "AID:economic", "prêt": "AID:economic",
    "asile": "AID:asylum", "livraison": "AID", "secours": "AID:humanitarian", "évacuation": "AID:humanitarian",
    "confinement": "COERCE:restrict",
    # RETREAT
    "libération": "RETREAT:release", "retrait": "RETREAT:withdraw", "cessez-le-feu": "RETREAT:ceasefire",
    "excuses": "CONCEDE", "grâce": "CONCEDE", "regret": "CONCEDE", "amende": "SANCTION:convict",
    "trêve": "RETREAT:ceasefire", "armistice": "RETREAT:ceasefire", "démission": "RETREAT:resign",
    "capitulation": "RETREAT:disarm", "reddition": "RETREAT:disarm", "désescalade": "RETREAT:disarm",
    "rapatriement": "RETREAT:return", "repli": "RETREAT:withdraw",
    # REQUEST
    "demande": "REQUEST", "exigence": "REQUEST", "revendication": "REQUEST", "requête": "REQUEST",
    "supplique": "REQUEST",
    # ACCUSE
    "accusation": "ACCUSE:allege", "critique": "ACCUSE:disapprove", "condamnation": "ACCUSE:disapprove",
    "plainte": "ACCUSE:allege", "enquête": "ACCUSE:investigate", "dénonciation": "ACCUSE:disapprove",
    "reproche": "ACCUSE:disapprove", "réquisitoire": "ACCUSE:disapprove",
    # REJECT
    "rejet": "REJECT", "refus": "REJECT", "démenti": "REJECT", "veto": "REJECT", "véto": "REJECT",
    # THREATEN
    "menace": "THREATEN", "ultimatum": "THREATEN", "avertissement": "THREATEN",
    # PROTEST
    "manifestation": "PROTEST:demo", "rassemblement": "PROTEST:demo", "marche": "PROTEST:demo",
    "grève": "PROTEST:strike", "émeute": "PROTEST:riot", "boycott": "PROTEST:boycott", "sit-in": "PROTEST:obstruct",
    "blocage": "PROTEST:obstruct", "protestation": "PROTEST:demo", "mobilisation": "PROTEST:demo",
    # SANCTION
    "sanction": "SANCTION:discontinue", "embargo": "SANCTION:discontinue", "expulsion": "SANCTION:expel", "rupture": "SANCTION:withdraw",
    # MOBILIZE
    "déploiement": "MOBILIZE:troops", "manœuvre": "MOBILIZE:troops", "manoeuvre": "MOBILIZE:troops",
    "exercice": "MOBILIZE:troops", "renfort": "MOBILIZE:troops",
    # COERCE
    "arrestation": "COERCE:arrest", "interpellation": "COERCE:arrest", "détention": "COERCE:arrest",
    "emprisonnement": "COERCE:arrest", "couvre-feu": "COERCE:curfew", "interdiction": "COERCE:restrict",
    "censure": "COERCE:censor", "perquisition": "COERCE:seize", "saisie": "COERCE:seize",
    "occupation": "COERCE:seize", "annexion": "COERCE:seize", "répression": "COERCE", "inculpation": "ACCUSE:allege",
    "blocus": "COERCE:restrict", "incarcération": "COERCE:arrest",
    # ASSAULT
    "attaque": "ASSAULT", "frappe": "ASSAULT:aerial", "bombardement": "ASSAULT:aerial",
    "pilonnage": "ASSAULT:heavy-weapons", "offensive": "ASSAULT", "assaut": "ASSAULT", "invasion": "ASSAULT",
    "affrontement": "ASSAULT", "combat": "ASSAULT", "bataille": "ASSAULT", "embuscade": "ASSAULT:firearms",
    "fusillade": "ASSAULT:firearms", "tir": "ASSAULT:firearms", "meurtre": "ASSAULT", "assassinat": "ASSAULT:targeted",
    "massacre": "ASSAULT", "explosion": "ASSAULT:explosives", "attentat": "ASSAULT:explosives",
    "enlèvement": "ASSAULT:abduct", "torture": "ASSAULT:torture", "incursion": "ASSAULT", "hostilités": "ASSAULT",
    "tuerie": "ASSAULT", "raid": "ASSAULT:aerial", "agression": "ASSAULT:beat", "exécution": "ASSAULT",
    "salve": "ASSAULT:heavy-weapons", "prise d'otages": "ASSAULT:abduct", "représailles": "ASSAULT",
}

PHRASES = {
    "appeler à": "REQUEST", "plaider pour": "REQUEST", "faire pression": "REQUEST", "mettre en demeure": "REQUEST",
    "ouvrir le feu": "ASSAULT:firearms", "tirer sur": "ASSAULT:firearms", "faire exploser": "ASSAULT:explosives",
    "prendre en otage": "ASSAULT:abduct", "prendre d'assaut": "ASSAULT", "mettre le feu": "ASSAULT",
    "se mettre de accord": "AGREE", "tomber de accord": "AGREE", "trouver un accord": "AGREE",
    "parvenir à un accord": "AGREE", "conclure un accord": "AGREE", "sceller un accord": "AGREE",
    "prendre part": "CONSULT", "appel téléphonique": "CONSULT:phone", "entretien téléphonique": "CONSULT:phone",
    "échange téléphonique": "CONSULT:phone", "conversation téléphonique": "CONSULT:phone",
    "coup de téléphone": "CONSULT:phone", "coup de fil": "CONSULT:phone", "visite officielle": "CONSULT:visit",
    "visite de état": "CONSULT:visit", "cycle de négociation": "CONSULT",
    "faire marche arrière": "CONCEDE", "faire cesser": None, "faire des concessions": "CONCEDE", "mettre fin": None,
    "échange de prisonnier": "RETREAT:release", "échange de prisonniers": "RETREAT:release",
    "mettre en garde": "THREATEN", "mandat d'arrêt": "ACCUSE:allege", "ville morte": "PROTEST:strike",
    "céder à": "CONCEDE", "reculer face à": "CONCEDE", "mettre en pause": "CONCEDE", "brandir la menace": "THREATEN", "descendre dans la rue": "PROTEST:demo",
    "grève de la faim": "PROTEST:hunger", "rompre les relations": "SANCTION:withdraw",
    "mettre en alerte": "MOBILIZE:troops", "état de alerte": "MOBILIZE:troops",
    "garde à vue": "COERCE:arrest", "placer en détention": "COERCE:arrest", "mettre en examen": "ACCUSE:allege",
    "mise en examen": "ACCUSE:allege", "déposer les armes": "RETREAT:disarm", "rendre les armes": "RETREAT:disarm",
    "passer à tabac": "ASSAULT:beat", "gaz lacrymogène": "ASSAULT:crowd-control", "balle en caoutchouc": "ASSAULT:crowd-control",
    "patrouille conjointe": "COOPERATE:military", "remettre en liberté": "RETREAT:release",
    "présenter des excuses": "CONCEDE", "faire grève": "PROTEST:strike", "se mettre en grève": "PROTEST:strike",
    "grève générale": "PROTEST:strike", "frappe de drone": "ASSAULT:drone", "attaque de drone": "ASSAULT:drone",
    "déclarer coupable": "SANCTION:convict", "reconnaître coupable": "SANCTION:convict",
    "loi martiale": "COERCE:martial-law", "état de urgence": "COERCE:martial-law",
    "frappe aérienne": "ASSAULT:aerial", "raid aérien": "ASSAULT:aerial",
    "tir de roquette": "ASSAULT:heavy-weapons", "tir de missile": "ASSAULT:aerial",
    "attentat-suicide": "ASSAULT:suicide-attack", "attentat suicide": "ASSAULT:suicide-attack",
    "voiture piégée": "ASSAULT:explosives", "exercice militaire": "MOBILIZE:troops", "exercice conjoint": "COOPERATE:military",
    "manœuvre conjointe": "COOPERATE:military", "aide humanitaire": "AID:humanitarian", "aide militaire": "AID:military",
    "s'en prendre à": "ACCUSE:disapprove", "porter plainte": "ACCUSE:allege", "mettre en cause": "ACCUSE:allege",
    "ouvrir une enquête": "ACCUSE:investigate", "mettre son veto": "REJECT", "opposer son veto": "REJECT",
    "bilan": None, "conférence de presse": None, "crime de guerre": None, "échange de vues": "CONSULT",
    "prendre la parole": None, "point presse": None, "point de presse": None,
}

VERB_OBJECT = {
    "envoyer": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic", "@troops": "MOBILIZE:troops"},
    "fournir": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "livrer": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "donner": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "accorder": {"statut": "SUPPORT", "reconnaissance": "SUPPORT", "asile": "AID:asylum", "@aid": "AID", "@money": "AID:economic", "amnistie": "CONCEDE",
                 "accès": "RETREAT:access", "grâce": "RETREAT:release", "concession": "CONCEDE"},
    "débloquer": {"@aid": "AID", "@money": "AID:economic"}, "allouer": {"@aid": "AID", "@money": "AID:economic"},
    "octroyer": {"@aid": "AID", "@money": "AID:economic", "asile": "AID:asylum"},
    "dépêcher": {"@troops": "MOBILIZE:troops", "@aid": "AID"},
    "adopter": {"@sanction": "SANCTION:discontinue"},
    "approuver": {"@sanction": "SANCTION:discontinue", "@aid": "AID", "@money": "AID:economic"},
    "autoriser": {"@access": "RETREAT:access"}, "permettre": {"@access": "RETREAT:access"},
    "laisser": {"@access": "RETREAT:access"}, "ouvrir": {"@access": "RETREAT:access"},
    "transmettre": {"information": "COOPERATE:intelligence", "renseignement": "COOPERATE:intelligence",
                    "donnée": "COOPERATE:intelligence", "document": "COOPERATE:legal", "dossier": "COOPERATE:legal"},
    "interrompre": {"@talks": "SANCTION:withdraw", "@aid": "SANCTION:discontinue"},
    "abroger": {"loi": "CONCEDE", "@restriction": "CONCEDE", "décret": "CONCEDE"},
    "présenter": {"excuse": "CONCEDE", "condoléance": "SUPPORT"},
    "imposer": {"@sanction": "SANCTION:discontinue", "couvre-feu": "COERCE:curfew", "@restriction": "COERCE:restrict",
                "blocus": "COERCE:restrict", "loi": "COERCE:martial-law"},
    "prendre": {"@sanction": "SANCTION"},
    "lever": {"@sanction": "RETREAT", "couvre-feu": "CONCEDE", "@restriction": "CONCEDE", "blocus": "RETREAT:withdraw",
              "siège": "RETREAT:withdraw", "urgence": "CONCEDE", "suspension": "CONCEDE", "interdiction": "CONCEDE"},
    "alléger": {"@sanction": "RETREAT", "@restriction": "CONCEDE"},
    "assouplir": {"@sanction": "RETREAT", "@restriction": "CONCEDE"},
    "couper": {"internet": "COERCE:withhold", "accès": "COERCE:withhold", "réseau": "COERCE:withhold",
               "@ties": "SANCTION:withdraw", "@aid": "SANCTION:discontinue", "@money": "SANCTION:discontinue"},
    "suspendre": {"diffusion": "COERCE:censor", "chaîne": "COERCE:censor", "média": "COERCE:censor",
                  "journal": "COERCE:censor", "radio": "COERCE:censor", "@ties": "SANCTION:withdraw", "@aid": "SANCTION:discontinue", "@talks": "SANCTION:withdraw",
                  "@agreement": "SANCTION:withdraw", "coopération": "SANCTION:withdraw", "@money": "SANCTION:discontinue",
                  "@protest": "CONCEDE", "internet": "COERCE:withhold", "prêt": "SANCTION:discontinue",
                  "versement": "SANCTION:discontinue"},
    "geler": {"avoir": "SANCTION", "actif": "SANCTION", "@aid": "SANCTION:discontinue", "@talks": "SANCTION:withdraw",
              "@money": "SANCTION:discontinue"},
    "annuler": {"@talks": "SANCTION:withdraw", "@agreement": "SANCTION:withdraw"},
    "rappeler": {"@diplomat": "SANCTION:withdraw", "@troops": "MOBILIZE:troops", "réserviste": "MOBILIZE:troops"}, "convoquer": {"@diplomat": "ACCUSE:disapprove"},
    "rompre": {"@ties": "SANCTION:withdraw", "@talks": "SANCTION:withdraw", "cessez-le-feu": "ASSAULT",
               "trêve": "ASSAULT"},
    "violer": {"cessez-le-feu": "ASSAULT", "trêve": "ASSAULT"},
    "rétablir": {"@ties": "SUPPORT"}, "normaliser": {"@ties": "SUPPORT"}, "établir": {"@ties": "SUPPORT"},
    "reprendre": {"@ties": "SUPPORT", "@talks": "CONSULT", "@aid": "AID"},
    "conclure": {"@agreement": "AGREE"}, "sceller": {"@agreement": "AGREE"}, "parvenir": {"@agreement": "AGREE"},
    "décréter": {"cessez-le-feu": "RETREAT:ceasefire", "trêve": "RETREAT:ceasefire", "couvre-feu": "COERCE:curfew",
                 "état": "COERCE:martial-law", "loi": "COERCE:martial-law"},
    "proclamer": {"cessez-le-feu": "RETREAT:ceasefire", "trêve": "RETREAT:ceasefire"},
    "échanger": {"@prisoner": "RETREAT:release", "tir": "ASSAULT:firearms", "information": "COOPERATE:intelligence",
                 "renseignement": "COOPERATE:intelligence", "donnée": "COOPERATE:intelligence"},
    "restituer": {"@prisoner": "RETREAT:release"}, "remettre": {"@prisoner": "RETREAT:release"},
    "partager": {"renseignement": "COOPERATE:intelligence", "information": "COOPERATE:intelligence",
                 "donnée": "COOPERATE:intelligence"},
    "exprimer": {"regret": "CONCEDE", "excuse": "CONCEDE", "volonté": "AGREE", "disponibilité": "AGREE",
                 "soutien": "SUPPORT", "solidarité": "SUPPORT", "inquiétude": "ACCUSE:disapprove",
                 "indignation": "ACCUSE:disapprove", "colère": "ACCUSE:disapprove", "préoccupation": "ACCUSE:disapprove",
                 "condoléance": "SUPPORT", "gratitude": "SUPPORT"},
    "déposer": {"plainte": "ACCUSE:allege", "recours": "ACCUSE:allege"},
    "lancer": {"@attack": "ASSAULT", "@missile": "ASSAULT:aerial", "@talks": "CONSULT", "ultimatum": "THREATEN",
               "appel": "REQUEST", "@investigation": "ACCUSE:investigate", "mandat": "ACCUSE:allege"},
    "émettre": {"mandat": "ACCUSE:allege", "ultimatum": "THREATEN"},
    "verser": {"@money": "AID:economic", "@aid": "AID"},
    "distribuer": {"@aid": "AID:humanitarian", "@money": "AID:economic", "@weapon": "AID:military"},
    "observer": {"grève": "PROTEST:strike", "morte": "PROTEST:strike", "cessez-le-feu": "RETREAT:ceasefire",
                 "trêve": "RETREAT:ceasefire"},
    "tirer": {"@missile": "ASSAULT:aerial", "@bullet": "ASSAULT:firearms"},
    "fermer": {"frontière": "COERCE:restrict", "ambassade": "SANCTION:withdraw", "espace": "COERCE:restrict"},
    "brandir": {"menace": "THREATEN"},
    "commettre": {"@crime": "ACCUSE:allege"}, "perpétrer": {"@crime": "ACCUSE:allege"},
}

CLASSES = {
    "aid": ["aide", "assistance", "secours", "vivre", "nourriture", "médicament", "vaccin", "humanitaire",
            "enveloppe", "paquet", "tente", "soutien", "équipe", "secouriste", "sauveteur", "médical", "farine",
            "couverture", "eau"],
    "access": ["accès", "convoi", "inspecteur", "casque", "observateur", "évacuation", "corridor", "aide",
               "camion", "humanitaire", "humanitaires", "enquêteur", "journaliste"],
    "targets": ["installation", "site", "cible", "infrastructure", "position", "base", "dépôt", "raffinerie",
                "centrale", "caserne", "bâtiment", "immeuble", "hôpital", "école", "ville", "village", "quartier",
                "port", "aéroport", "pont", "usine", "centre"],
    "weapon": ["arme", "armement", "munition", "missile", "char", "avion", "artillerie", "obus", "drone", "fusil",
               "équipement", "chasseur", "roquette", "canon", "f-16", "patriot", "matériel"],
    "money": ["dollar", "euro", "livre", "yen", "yuan", "rouble", "franc", "$", "€", "£", "argent", "fonds",
              "financement", "prêt", "subvention", "million", "milliard", "crédit", "budget"],
    "troops": ["troupe", "soldat", "force", "armée", "navire", "bataillon", "brigade", "unité", "renfort",
               "militaire", "parachutiste", "police", "policier", "gendarme", "personnel", "porte-avions",
               "sous-marin", "bombardier"],
    "sanction": ["sanction", "embargo", "droit de douane", "tarif", "pénalité", "mesure"],
    "restriction": ["restriction", "interdiction", "mesure", "limite", "confinement", "contrôle"],
    "ties": ["relation", "lien", "contact"],
    "talks": ["pourparlers", "négociation", "réunion", "sommet", "dialogue", "discussion", "visite", "rencontre",
              "consultation", "entretien"],
    "agreement": ["accord", "pacte", "traité", "trêve", "cessez-le-feu", "mémorandum", "déclaration", "contrat",
                  "arrangement", "entente", "compromis"],
    "prisoner": ["prisonnier", "otage", "captif", "détenu", "soldat", "corps", "civil", "personne", "blessé"],
    "diplomat": ["diplomate", "ambassadeur", "ambassadrice", "envoyé", "attaché", "consul", "chargé"],
    "attack": ["attaque", "frappe", "offensive", "raid", "assaut", "bombardement", "opération", "incursion",
               "invasion", "tir", "hostilités", "combat"],
    "missile": ["missile", "roquette", "drone", "obus", "mortier", "projectile", "bombe", "salve"],
    "bullet": ["balle", "coup", "rafale", "fusil"],
    "investigation": ["enquête", "investigation", "information"],
    "protest": ["manifestation", "grève", "boycott", "mouvement", "blocage"],
    "crime": ["crime", "atrocité", "génocide", "exaction", "massacre", "violation", "torture", "nettoyage"],
    "labour": ["travailleur", "syndicat", "salarié", "employé", "enseignant", "médecin", "infirmier", "chauffeur",
               "personnel", "mineur", "pilote", "cheminot", "étudiant", "général", "salaire"],
    "crowd": ["manifestant", "émeutier", "étudiant", "foule", "militant", "partisan", "jeune", "supporter",
              "opposant", "casseur", "protestataire"],
    "military": ["militaire", "armée", "naval", "marine", "aérien", "troupe", "soldat", "force", "guerre", "tir",
                 "missile", "nucléaire", "combat", "navire", "char"],
    "weaponry": ["missile", "roquette", "drone", "obus", "frappe", "bombe", "mortier", "artillerie", "avion",
                 "hélicoptère", "char", "homme armé", "militant", "attaque", "projectile", "grenade", "explosion",
                 "balle", "sniper", "armée", "russe", "israélien", "soldat", "troupe", "bombardement", "tir",
                 "aérien", "chasseur", "force"],
    "abstract": ["politique", "plan", "décision", "remarque", "commentaire", "déclaration", "proposition", "idée",
                 "approche", "bilan", "gestion", "position", "rhétorique", "discours", "rapport", "loi", "projet",
                 "gouvernement", "réforme", "budget", "programme", "corruption", "pauvreté", "inflation", "maladie",
                 "virus", "climat", "crime", "terrorisme", "extrémisme", "désinformation", "incendie", "feu",
                 "cancer", "faim", "impunité", "pandémie", "racisme", "problème", "question", "dossier"],
    "police": ["police", "policier", "gendarme", "agent", "autorité", "sécurité", "procureur", "enquêteur",
               "douane", "gendarmerie"],
    "phone": ["téléphone", "téléphonique", "visioconférence", "vidéo", "visio", "virtuel", "ligne"],
    "press": ["presse", "média", "journaliste", "point"],
    "arrestable": ["personne", "suspect", "manifestant", "militant", "journaliste", "homme", "femme",
                   "opposant", "individu", "membre", "responsable", "dirigeant", "auteur", "jeune", "étudiant",
                   "prêtre", "fidèle", "religieux", "civil", "écolier", "élève", "lycéen", "touriste", "travailleur",
                   "ressortissant", "fille", "garçon", "villageois", "passager", "ministre", "migrant"],
    "stop": ["tuerie", "guerre", "combat", "conflit", "hostilités", "violence", "production", "programme",
             "processus", "progression", "avancée", "offensive", "attaque", "fin"],
    "sport": ["match", "but", "coupe", "ligue", "championnat", "finale", "titre", "saison", "tournoi", "équipe",
              "club", "score", "point", "élection", "vote", "scrutin", "course", "record", "tour"],
    "court": ["tribunal", "juge", "cour", "justice", "prison", "an", "année", "mois", "peine", "réclusion",
              "perpétuité", "amende"],
    "exchange": ["prisonnier", "otage", "captif", "détenu", "tous contre tous", "soldat", "corps", "blessé",
                 "militaire"],
}

SENSES = {
    "grève": [({"faim"}, "PROTEST:hunger")],
    "affrontement": [({"@crowd"}, "PROTEST:riot")],
    "s'affronter": [({"@crowd"}, "PROTEST:riot")],
    "attaquer": [({"@abstract"}, "ACCUSE:disapprove"), ({"verbal", "verbalement", "justice"}, "ACCUSE:allege")],
    "attaque": [({"verbal", "personnel", "cardiaque", "panique"}, None)],
    "bloquer": [({"@crowd", "agriculteur", "routier", "chauffeur", "syndicat", "grévistes"}, "PROTEST:obstruct"),
                ({"site", "compte", "internet", "accès", "réseau", "plateforme", "diffusion"}, "COERCE:censor"),
                ({"route", "rue", "autoroute", "entrée", "pont", "port", "dépôt", "raffinerie"}, "PROTEST:obstruct")],
    "occuper": [({"@crowd"}, "PROTEST:obstruct"), ({"poste", "fonction", "place", "rang", "terrain", "esprit"}, None)],
    "frapper": [({"@weaponry", "@military", "@targets"}, "ASSAULT"), ({}, None)],
    "toucher": [({"@weaponry", "@targets"}, "ASSAULT"), ({}, None)],
    "viser": [({"@weaponry", "@targets"}, "ASSAULT"), ({}, None)],
    "cibler": [({"@weaponry", "@targets"}, "ASSAULT"), ({}, None)],
    "défendre": [({"@troops", "@military", "ville", "position", "frontière", "territoire", "titre", "se"}, None)],
    "quitter": [({"mission", "onu", "casque", "observateur", "ambassadeur", "diplomate"}, "SANCTION:withdraw"),
                ({"bloc", "alliance", "organisation", "union", "communauté", "accord", "traité", "cédéao",
                  "coalition", "négociation", "réunion", "table"}, "SANCTION:withdraw"),
                ({"@troops", "soldat", "troupe", "force", "militaire", "armée"}, "RETREAT:withdraw"), ({}, None)],
    "disperser": [({"gaz", "lacrymogène", "balle", "canon", "matraque", "force"}, "ASSAULT:crowd-control")],
    "livraison": [({"gaz", "pétrole", "énergie", "électricité", "céréale", "blé", "uranium", "pétrolier"},
                   "COOPERATE"), ({"@weapon"}, "AID:military"), ({"@aid"}, "AID:humanitarian"), ({}, None)],
    "détruire": [({"@weaponry", "@military"}, "ASSAULT"), ({}, None)],
    "tirer": [({"leçon", "conclusion", "bilan", "parti", "profit", "sonnette", "affaire", "épingle", "trait"}, None)],
    "combattre": [({"@abstract"}, None)],
    "arrêter": [({"@stop"}, None), ({}, "COERCE:arrest")],
    "intercepter": [({"missile", "drone", "roquette", "obus", "projectile", "appel", "message", "communication",
                      "courriel", "ballon"}, None)],
    "revendiquer": [({"attentat", "attaque", "responsabilité", "assassinat", "enlèvement", "explosion", "frappe",
                      "tir", "victoire"}, None)],
    "détenir": [({"@arrestable", "prison", "otage"}, "COERCE:arrest"), ({}, None)],
    "saisir": [({"occasion", "justice", "tribunal", "cour", "conseil", "chance"}, None)],
    "appel": [({"@phone"}, "CONSULT:phone"), ({"à"}, "REQUEST"), ({"offre", "fonds", "témoin", "cour", "juge",
                                                                    "décision"}, None), ({"avec"}, "CONSULT:phone"),
              ({}, None)],
    "échange": [({"@exchange"}, "RETREAT:release"), ({"@phone"}, "CONSULT:phone"), ({"commercial", "commerce",
                                                                                       "tir", "coup"}, None),
                ({"libre"}, None), ({"entre", "avec"}, "CONSULT"), ({}, None)],
    "échanger": [({"@phone"}, "CONSULT:phone")],
    "entretien": [({"@phone"}, "CONSULT:phone"), ({"accorder", "journal", "quotidien", "magazine", "chaîne",
                                                   "télévision", "radio"}, None)],
    "conférence": [({"@press"}, None), ({"@phone"}, "CONSULT:phone")],
    "exercice": [({"conjoint", "commun"}, "COOPERATE:military"), ({"@military"}, "MOBILIZE:troops"), ({}, None)],
    "manœuvre": [({"conjoint", "commun"}, "COOPERATE:military"), ({"@military"}, "MOBILIZE:troops"), ({}, None)],
    "soutien": [({"@weapon", "militaire"}, "AID:military"), ({"financier", "économique", "@money"}, "AID:economic"),
                ({"humanitaire"}, "AID:humanitarian")],
    "aide": [({"militaire"}, "AID:military"), ({"humanitaire"}, "AID:humanitarian"),
             ({"économique", "financier", "financière"}, "AID:economic")],
    "retirer": [({"@troops", "rebelle", "combattant", "milicien", "jihadiste", "djihadiste", "insurgé"}, "RETREAT:withdraw"),
                ({"projet", "loi", "réforme", "texte", "décret", "plainte", "mesure", "taxe"}, "CONCEDE"),
                ({"@diplomat", "casque", "mission", "observateur"}, "SANCTION:withdraw"), ({"@agreement", "@talks", "candidature", "plainte"},
                                                        "SANCTION:withdraw"), ({"@troops"}, "RETREAT:withdraw"),
                ({}, None)],
    "se retirer": [({"@troops", "rebelle", "combattant", "milicien", "jihadiste", "djihadiste", "insurgé", "localité",
                     "ville", "village", "position", "territoire", "zone"}, "RETREAT:withdraw"),
                   ({"@agreement", "@talks", "organisation", "course"}, "SANCTION:withdraw")],
    "libérer": [({"@prisoner", "@arrestable", "otage"}, "RETREAT:release"), ({"ville", "territoire", "village"},
                                                                             "ASSAULT"), ({}, None)],
    "déployer": [({"@police"}, "MOBILIZE:police"), ({"effort", "énergie", "talent", "stratégie"}, None)],
    "expulser": [({"migrant", "réfugié", "personne", "famille", "habitant", "étudiant", "travailleur",
                   "ressortissant", "étranger", "journaliste"}, "COERCE:deport")],
    "condamner": [({"@court"}, "SANCTION:convict")],
    "condamnation": [({"@court"}, "SANCTION:convict")],
    "exécuter": [({"plan", "ordre", "programme", "contrat", "manœuvre"}, None)],
    "manifester": [({"soutien", "intérêt", "volonté", "inquiétude", "désir", "opposition", "solidarité",
                     "impatience"}, None)],
    "marche": [({"arrière", "forcée", "suivre", "bonne", "monde", "marché", "en"}, None)],
    "visiter": [({"site", "page"}, None)],
    "arriver": [({"à", "conclusion", "terme", "échéance"}, None)],
    "round": [({"@sport", "premier", "second", "dernier"}, None)],
    "signer": [({"@agreement", "décret", "loi", "ordonnance", "déclaration", "lettre", "pétition", "texte"},
                "SUPPORT"), ({}, None)],
    "accepter": [({"@agreement", "proposition", "plan", "offre", "médiation", "invitation", "condition", "demande",
                   "démission", "cessez-le-feu"}, "AGREE"), ({}, None)],
    "proposer": [({"@agreement", "médiation", "aide", "plan", "cessez-le-feu", "négociation", "rencontre"}, "AGREE"),
                 ({}, None)],
    "offrir": [({"@aid", "médiation", "asile", "@agreement"}, "AGREE"), ({}, None)],
    "menace": [({"terroriste", "sécuritaire", "climatique", "existentiel"}, None)],
    "avertissement": [({"météo", "orage", "canicule"}, None)],
    "mobilisation": [({"@military", "@troops", "réserviste", "partielle", "générale"}, "MOBILIZE:troops")],
    "recevoir": [({"appel"}, "CONSULT:phone"), ({"@aid", "@money", "soutien", "lettre", "message", "prix",
                                                "menace", "coup", "critique", "feu", "ordre", "instruction"}, None)],
    "accueillir": [({"réfugié", "migrant", "sommet", "jeux", "événement", "festival", "conférence"}, None)],
    "convenir": [({"rappeler", "noter", "souligner", "préciser", "dire", "ajouter", "reconnaître", "admettre"}, None)],
    "demander": [({"pardon"}, "SUPPORT")],
    "demande": [({"forte", "faible", "mondiale", "intérieure", "consommation", "marché", "énergie", "pétrole",
                  "ralentissement", "hausse", "baisse", "croissance", "offre", "prix", "solide"}, None)],
    "soutenir": [({"que", "qu'"}, None)],
    "discussion": [],
    "enlever": [({"@arrestable", "otage", "enfant"}, "ASSAULT:abduct"), ({}, None)],
    "violer": [({"femme", "fille", "enfant", "mineur", "jeune"}, "ASSAULT:sexual"),
               ({"cessez-le-feu", "trêve", "accord"}, "ASSAULT"), ({}, None)],

    "don": [({"@money", "@aid", "@weapon"}, "AID"), ({}, None)],
    "engagement": [({"militaire", "armée", "troupe"}, "MOBILIZE:troops")],
    "raid": [({"police", "policier"}, "COERCE:seize")],
}

REQUIRES = {
    "arriver": "place", "voyager": "place", "s'envoler": "place", "atterrir": "place", "se déplacer": "place",
    "déplacer": "place", "voyage": "place", "déplacement": "place", "tournée": "place",
    "discuter": "partner", "échanger": "partner", "conversation": "partner", "converser": "partner",
    "recevoir": "object", "accueillir": "object", "libérer": "object", "soutenir": "object", "appuyer": "object",
    "aider": "object", "offrir": "object", "round": "anaphor", "saluer": "object", "reconnaître": "object",
    "retrouver": "object", "rendre": "place",
}

HOST_VERBS = ["recevoir", "accueillir"]
# verb endings of the conditional (models often tag it as imperfect): "retirerait", "accepteraient"
CONDITIONAL_ENDINGS = ["rait", "raient", "rions", "riez"]
# verbs conjugated with "être" that models parse as passives: "sont descendus", "est arrivé"
ACTIVE_ETRE_VERBS = ["descendre", "arriver", "partir", "venir", "entrer", "sortir", "tomber", "mourir", "rester",
                     "retourner", "monter", "passer", "revenir", "parvenir", "intervenir", "naître", "décéder"]
JOINT_WORDS = ["conjointement", "ensemble", "conjoint", "conjointe", "conjoints", "conjointes", "commun", "commune"]
LIGHT_VERBS = ["procéder", "placer", "tenir", "avoir", "mener", "lancer", "effectuer", "engager", "organiser", "participer", "entamer",
               "ouvrir", "poursuivre", "reprendre", "conduire", "faire", "prendre", "assister", "réaliser",
               "commencer", "débuter", "achever", "conclure", "multiplier", "intensifier", "programmer", "annoncer",
               "planifier", "préparer", "accueillir", "présider", "co-présider", "coprésider", "rendre", "signer",
               "déclencher", "perpétrer", "commettre", "revendiquer"]
# "take part in talks", "participer à une réunion"
LIGHT_PREPS = ["à", "a", "en", "dans", "sur"]
# "to stop an incursion", "éviter une escalade": the object is not being done by the subject
PREVENT_VERBS = ["empêcher", "éviter", "arrêter", "stopper", "cesser", "déjouer", "craindre", "risquer", "condamner"]
HAPPEN_VERBS = ["entrer", "arriver", "parvenir", "avoir lieu", "tenir", "dérouler", "intervenir", "commencer", "débuter", "reprendre", "s'ouvrir",
                "ouvrir", "terminer", "achever", "se poursuivre", "poursuivre", "éclater", "survenir", "produire",
                "se produire", "durer", "aboutir", "échouer", "suivre"]
PLANNED_GOVERNORS = ["prévoir", "programmer", "devoir", "compter", "projeter", "s'apprêter", "apprêter", "préparer",
                     "aller", "planifier", "annoncer", "fixer", "décider", "convenir", "prévu", "programmé",
                     "prochain", "futur", "à venir", "attendu", "annoncé", "éventuel", "censé", "envisagé"]
FUTURE_GOVERNORS = ["aller", "devoir"]
AUX_FUTURE_LEMMAS = ["aller"]
FUTURE_AUX = []
HYPOTHETICAL_AUX = ["pouvoir", "pourrait", "pourraient", "peut", "peuvent", "pourra", "pourront"]
INTENT_GOVERNORS = ["prêt", "disposé", "ouvert", "proposer", "offrir", "désireux"]
BACKGROUND_PREPS = ["après", "suite à", "à la suite de", "avant", "depuis", "en réponse à", "en représailles à",
                    "malgré", "au lendemain de", "alors que", "tandis que", "conformément à", "dans le cadre de",
                    "en marge de", "à l'issue de", "en vertu de", "sous", "à la veille de", "en vue de"]
# ", une décision saluée par Kiev": a reaction set off after the news
REACTION_NOUNS = ["décision", "mesure", "geste", "annonce", "accusation", "allégation", "initiative", "démarche"]
# "trois jours de manœuvres", "un nouveau cycle de négociations", "un paquet de sanctions": the event is inside
CONTAINER_NOUNS = ["jour", "nuit", "semaine", "mois", "année", "vague", "série", "cycle", "salve", "paquet", "train",
                   "niveau", "état", "campagne", "week-end", "journée", "round"]
# an order by whoever can give it is the act ordered
ORDER_VERBS = ["ordonner", "commander"]
DEFY_VERBS = ["braver", "défier"]
# "..., cédant aux manifestants": the act it hangs from is a concession
YIELD_TRIGGERS = ["céder", "céder à", "reculer face à", "plier", "s'incliner"]
# "à la demande de Paris", "sur invitation de": a request that says how, not what
ADVERBIAL_PREPS = ["à", "sur"]
WARN_VERBS = ["avertir", "mettre en garde", "prévenir"]
PUNITIVE_WORDS = ["conséquence", "riposte", "riposter", "répondre", "réponse", "représailles", "prix", "force",
                  "sanction", "attaque", "frappe", "guerre", "mesure", "action", "poursuite", "poursuivre", "punir",
                  "arrestation", "prison", "expulsion", "expulser", "couper", "suspendre", "geler", "perdre", "tarif",
                  "détruire", "écraser", "frapper", "militaire", "agression", "intervention", "payer", "châtiment"]
CROWD_NOUNS = ["manifestant", "émeutier", "foule", "partisan", "jeune", "casseur", "étudiant", "supporter",
               "protestataire"]
PROTEST_MANNER_PREPS = ["en", "lors de", "pendant", "au cours de", "durant"]
REASON_PREPS = ["pour", "en raison de", "à cause de", "en protestation contre"]
CLAIM_OBJECTS = ["responsabilité"]
# the model tags present participles as infinitives: "les accusant", "dénonçant"
PRESENT_PARTICIPLE_ENDINGS = ["ant"]
# "les parties se sont mises d'accord", "les deux camps": the two sides of the last event that had two
# "the need to continue negotiations": what a noun of need or wish governs did not happen
NEED_NOUNS = ["nécessité", "besoin", "importance", "objectif", "but", "espoir", "volonté", "perspective", "possibilité", "moyen", "voie"]
# plural nouns after a number that are no counted participants ("12 percent", "300 kilometres")
NOT_COUNTED = ["pour", "fois", "point", "degré", "kilomètre", "mètre", "voix", "siège", "habitant", "an"]
# "since the start of the invasion": history, not news
HISTORY_PREPS = ["depuis"]
PARTY_NOUNS = ["participant", "partie", "camp", "délégation", "belligérant", "protagoniste"]
BOTH_WORDS = ["deux"]
# "par le passé", "régulièrement": habits, not events
HABITUAL_CUES = ["par le passé", "régulièrement", "souvent", "habituellement", "fréquemment", "à plusieurs reprises"]
ALLEGATION_VERBS = ["commettre", "perpétrer"]
HYPOTHETICAL_GOVERNORS = ["vouloir", "espérer", "souhaiter", "chercher", "tenter", "essayer", "viser", "envisager",
                          "pouvoir", "possible", "potentiel", "éventuel", "susceptible", "prêt", "vouloir",
                          "réfléchir", "craindre", "rêver", "falloir", "hypothétique", "permettre"]
NEGATING_GOVERNORS = ["échouer", "manquer", "renoncer"]
REPORTED_CUES = ["présumé", "supposé", "prétendu", "apparemment", "vraisemblablement", "aurait", "auraient"]
NEGATIONS = ["ne", "n'", "pas", "jamais", "aucun", "aucune", "sans", "non", "ni", "nullement", "guère"]
CONDITIONAL_MARKS = ["si", "s'", "au cas où", "à condition que"]
PURPOSE_MARKS = ["pour", "afin de", "afin que", "en vue de", "dans le but de", "pour que"]
QUESTION_MARKS = ["?"]

TARGET_PREPS = ["avec", "contre", "à", "sur", "envers", "vers", "auprès", "à l'encontre de", "chez", "à destination de"]
SOURCE_PREPS = ["par", "de la part de"]
BETWEEN_PREPS = ["entre", "parmi"]
OF_PREPS = ["de"]
PLACE_PREPS = ["à", "en", "dans", "près de", "chez", "sur", "vers", "au", "depuis"]
PLACE_ONLY_PREPS = ["en", "dans", "près de", "depuis"]
TOPIC_PREPS = ["sur", "concernant", "à propos de", "au sujet de", "quant à", "relatif à", "de"]
INCLUDING = ["dont", "notamment", "parmi lesquels", "parmi lesquelles", "y compris", "comme"]
ACCOMPANY_VERBS = ["accompagner", "rejoindre"]
AFTER_WORDS = ["après", "plus tard"]
BEFORE_WORDS = ["avant", "plus tôt"]
PERSON_PRONOUNS = ["il", "elle", "lui"]
GROUP_PRONOUNS = ["ils", "elles", "eux", "leur"]
RELATIVE_PRONOUNS = ["qui", "que", "qu'", "lequel", "laquelle", "lesquels", "dont"]
WHERE_WORDS = ["où"]
DETERMINERS = ["le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "son", "sa",
               "ses", "leur", "leurs", "notre", "nos"]
DEMONSTRATIVES = ["ce", "cet", "cette", "ces"]
ANAPHORIC_DETERMINERS = ["le", "la", "les", "l'", "ce", "cet", "cette", "ces"]
ANAPHORIC_ADJECTIVES = ["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "autre", "prochain", "prochaine",
                        "second", "seconde", "deuxième", "troisième", "dernier", "dernière", "même", "énième"]
ROLE_NOUNS = ["émissaire", "envoyé", "envoyée", "ministre", "secrétaire", "président", "présidente", "chef",
              "cheffe", "dirigeant", "dirigeante", "leader", "premier", "première", "chancelier", "chancelière",
              "ambassadeur", "ambassadrice", "diplomate", "porte-parole", "roi", "reine", "prince", "pape",
              "commandant", "général", "gouverneur", "maire", "sénateur", "négociateur", "négociatrice",
              "médiateur", "homologue", "directeur", "directrice", "patron", "patronne", "responsable",
              "conseiller", "conseillère", "procureur", "procureure", "juge", "candidat", "candidate", "monarque",
              "émir", "sultan", "ayatollah", "locataire", "hôte", "représentant", "représentante", "vice-président"]
SPOKES_NOUNS = ["porte-parole", "représentant", "représentante"]
STATEMENT_NOUNS = ["communiqué", "déclaration", "annonce", "message", "lettre", "rapport", "note", "compte rendu",
                   "source", "sources", "porte-parole", "responsable", "responsables", "entourage"]
CAPITAL_WORDS = ["capitale"]
PARTITIVE_HEADS = ["membre", "proche", "source", "entourage", "un", "une", "partie", "plusieurs", "certain",
                   "certains", "partisan", "opposant", "critique", "allié", "reste", "majorité", "chacun", "aucun",
                   "famille", "fils", "fille", "épouse", "mari", "conseiller", "collaborateur"]
HEAD_OF_STATE_NOUNS = ["président", "présidente", "chef", "dirigeant", "dirigeante", "leader", "premier",
                       "première", "chancelier", "chancelière", "roi", "reine", "émir", "sultan", "monarque",
                       "locataire"]
PLACE_NOUNS = ["ville", "village", "région", "province", "état", "pays", "capitale", "sultanat", "royaume",
               "république", "émirat", "district", "quartier", "zone", "port", "île", "frontière", "banlieue",
               "centre", "siège", "périphérie", "localité", "commune", "territoire", "enclave", "bande", "camp",
               "oblast", "gouvernorat", "côte", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est",
               "sud-ouest", "palais", "base"]
SPOKES_PREPS = ["de"]
CLAIM_VERBS = ["revendiquer"]
NON_ACTORS = ["bombe", "engin", "explosion", "décision", "plan", "loi", "projet", "rapport", "incendie", "tempête",
              "inondation", "séisme", "année", "semaine", "jour", "mois", "temps", "résultat", "vote", "élection",
              "crise", "guerre", "conflit", "situation", "question", "mesure", "politique", "accord", "document",
              "déclaration", "lettre", "vidéo", "image", "preuve", "enquête", "incident", "violence", "tension",
              "prix", "taux", "marché", "économie", "contenu", "objectif", "dialogue", "processus"]
QUANTIFIER_HEADS = ["centaine", "millier", "dizaine", "douzaine", "vingtaine", "trentaine", "groupe", "nombre",
                    "foule", "millions", "milliers", "centaines", "dizaines", "million", "plus"]
GENERIC_ACTORS = ["police", "policier", "manifestant", "troupe", "soldat", "force", "militant", "rebelle",
                  "gouvernement", "ministère", "armée", "militaire", "autorité", "responsable", "étudiant",
                  "travailleur", "ouvrier", "activiste", "insurgé", "combattant", "milice", "opposition",
                  "parlement", "député", "tribunal", "cour", "procureur", "foule", "habitant", "colon",
                  "agriculteur", "syndicat", "parti", "régime", "djihadiste", "jihadiste", "terroriste", "séparatiste",
                  "junte", "coalition", "allié", "dirigeant", "délégation", "négociateur", "diplomate", "enquêteur",
                  "marine", "émeutier", "réfugié", "migrant", "civil", "otage", "prisonnier", "détenu", "journaliste",
                  "médecin", "enseignant", "juge", "ministre", "président", "cabinet", "sénat", "congrès",
                  "assemblée", "conseil", "agence", "entreprise", "banque", "groupe", "organisation",
                  "administration", "ambassade", "partie", "camp", "partisan", "électeur",
                  "citoyen", "homme", "femme", "enfant", "jeune", "officier", "agent", "commandant", "porte-parole",
                  "envoyé", "ambassadeur", "membre", "source", "unité", "brigade", "bataillon", "avion", "drone",
                  "missile", "roquette", "bombardier", "assaillant", "suspect", "ravisseur", "pirate", "bandit",
                  "gang", "cartel", "tribu", "clan", "imam", "évêque", "pape", "roi", "reine", "prince", "émir",
                  "dictateur", "jury", "commission", "comité", "inspecteur", "casque bleu", "mission", "contingent",
                  "participant", "délégué", "protestataire", "gendarme", "chef", "opposant", "parquet", "gendarmerie",
                  "préfecture", "ong", "association", "juge", "combattant", "émeutier", "routier", "chauffeur",
                  "médecin", "infirmier", "agriculteur", "pêcheur", "personne", "famille", "proche", "service"]

QUOTE_VERBS = ["dire", "déclarer", "affirmer", "souligner", "indiquer", "ajouter", "expliquer", "estimer", "assurer",
               "préciser", "rappeler", "annoncer", "confirmer", "insister", "répondre", "écrire", "reconnaître",
               "admettre", "avertir", "prévenir", "marteler", "confier", "juger", "considérer", "noter", "observer",
               "déplorer", "dénoncer", "démentir", "nier", "réclamer", "plaider", "regretter", "relever",
               "conclure", "tweeter", "commenter", "ironiser", "s'inquiéter", "se réjouir", "se féliciter",
               "promettre", "menacer", "exhorter", "souhaiter", "espérer", "avancer", "faire valoir", "lancer",
               "rapporter", "martèle", "détailler", "réagir", "résumer", "raconter", "témoigner", "signaler",
               "mettre en garde", "fustiger", "reprocher", "accuser", "s'exclamer",
               "répéter", "réaffirmer", "assener", "clamer", "proclamer", "certifier", "garantir", "prédire"]
CONTENT_OBJECT_VERBS = ["souligner", "rappeler", "réaffirmer", "marteler", "insister", "répéter"]
ACCORDING_TO = ["selon", "d'après", "de source"]
QUOTE_MARKS = [("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"'), ("\u2039", "\u203a")]

NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                "cent": 100, "mille": 1000, "une dizaine de": 10, "une douzaine de": 12, "une quinzaine de": 15,
                "une vingtaine de": 20, "une trentaine de": 30, "une quarantaine de": 40, "une cinquantaine de": 50,
                "une soixantaine de": 60, "une centaine de": 100, "un millier de": 1000,
                "des dizaines de": 20, "des centaines de": 200, "des milliers de": 2000, "dizaines": 20,
                "centaines": 200, "milliers": 2000}
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
          "mds": 1e9, "mrd": 1e9, "m": 1e6, "k": 1e3, "billion": 1e12, "billions": 1e12}
DECIMAL_COMMA = True
CURRENCIES = {"$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
              "eur": "EUR", "£": "GBP", "livre": "GBP", "livres": "GBP", "sterling": "GBP", "yen": "JPY",
              "yuans": "CNY", "yuan": "CNY", "rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH",
              "hryvnias": "UAH", "franc": "CHF", "francs": "CHF", "shekel": "ILS", "shekels": "ILS",
              "m€": "EUR", "md€": "EUR"}
APPROXIMATORS = ["au moins", "plus de", "près de", "environ", "quelque", "quelques", "jusqu'à", "presque",
                 "moins de", "pas moins de", "autour de", "une estimation de", "au minimum", "au total"]
DEAD_WORDS = ["mort", "morts", "tué", "tués", "tuées", "tuée", "tuer", "tuant", "décès", "décédé", "décédés",
              "victime", "victimes", "vie", "vies", "péri", "périr", "bilan", "tuerie", "trouvé la mort",
              "cadavre", "cadavres", "corps", "fauché", "tombé", "tombés", "abattu", "abattus", "massacré",
              "massacrés", "exécuté", "exécutés", "décapité", "décapités", "égorgé", "égorgés"]
INJURED_WORDS = ["blessé", "blessés", "blessée", "blessées", "blesser", "blessant", "blessure", "blessures",
                 "hospitalisé", "hospitalisés"]
PEOPLE_WORDS = ["personne", "personnes", "civil", "civils", "soldat", "soldats", "enfant", "enfants", "femme",
                "femmes", "homme", "hommes", "policier", "policiers", "manifestant", "manifestants", "combattant",
                "combattants", "militaire", "militaires", "habitant", "habitants", "passager", "passagers",
                "migrant", "migrants", "réfugié", "réfugiés", "Palestiniens", "Israéliens", "Ukrainiens", "Russes",
                "autres", "d'entre", "eux", "dont", "ont", "été", "sont", "a", "avaient", "étaient", "et",
                "grièvement", "légèrement", "gravement", "mortellement", "faisant", "au", "moins", "de", "d'"]
QUANTITY_NOUNS = ["troupe", "soldat", "prisonnier", "otage", "détenu", "missile", "drone", "roquette", "char",
                  "réfugié", "migrant", "manifestant", "personne", "civil", "navire", "avion", "obus", "arrestation",
                  "enfant", "famille", "maison", "bâtiment", "village", "militaire"]
DURATION_UNITS = {"jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "mois": "M", "an": "Y", "ans": "Y",
                  "année": "Y", "années": "Y", "heure": "H", "heures": "H"}

TOPICS = {
    "guerre": "war in {place}", "conflit": "conflict in {place}", "crise": "crisis in {place}",
    "invasion": "invasion of {place}", "nucléaire": "{place} nuclear programme", "cessez-le-feu": "ceasefire",
    "trêve": "ceasefire", "otage": "hostages", "prisonnier": "prisoners", "sanction": "sanctions",
    "humanitaire": "humanitarian aid", "famine": "famine", "réfugié": "refugees", "migration": "migration",
    "commerce": "trade", "droit de douane": "tariffs", "élection": "elections", "climat": "climate",
    "énergie": "energy", "gaz": "energy", "pétrole": "energy", "terrorisme": "terrorism", "sécurité": "security",
    "paix": "peace", "reconstruction": "reconstruction", "arme": "weapons", "armement": "weapons",
    "munition": "weapons", "défense": "defence", "économie": "economy", "économique": "economy",
    "occupation": "occupation", "droits de l'homme": "human rights",
}
