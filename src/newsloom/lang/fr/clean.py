"""French web debris, as data for :mod:`newsloom.clean` (see ``newsloom/lang/en/clean.py`` for the format).

Whole-line patterns, case-insensitive, unless said otherwise.
"""

# Page furniture: partage, abonnement, publicité, lecture, droits.
LINES = [
    r"partager(?: (?:cet article|l['’]article|sur [\w .]{1,30}|par (?:e-?mail|courriel)))?",
    r"(?:copier|copié) le lien",
    r"imprimer(?: l['’]article| cet article)?",
    r"(?:écouter|ecouter) (?:cet |l['’])?article.{0,30}",
    r"abonnez-vous.{0,120}",
    r"s['’]abonner(?: (?:à|a) (?:notre |la |nos )?newsletters?.{0,60})?",
    r"inscrivez-vous (?:à|a) (?:notre|nos) .{0,100}",
    r"(?:recevez|découvrez) (?:notre|nos) newsletters?.{0,80}",
    r"suivez-nous sur .{1,60}",
    r"déjà abonné\s*\??.{0,40}",
    r"cet article est réservé aux (?:abonnés|membres).{0,60}",
    r"(?:la suite|l['’]accès à la totalité) de cet article est réservée? aux abonnés.{0,40}",
    r"il vous reste \d{1,3}\s*% de cet article à lire\.?.{0,60}",
    r"publicité|contenu sponsorisé|contenu partenaire",
    r"tous droits réservés\.?", r"(?:copyright|droits d['’]auteur)\s*(?:©\s*)?\d{4}.{0,100}",
    # temps de lecture : "Lecture 3 min", "Lecture : 3 min.", "3 min de lecture", "Temps de lecture : 4 minutes"
    r"(?:temps de )?lecture\s*:?\s*\d{1,2}\s*(?:min|min\.|minutes?)",
    r"\d{1,2}\s*(?:min|min\.|minutes?)\s*de lecture",
]

# Étiquettes d'horodatage : "Publié le … Modifié le …", "Mis à jour le 12/04/2025 à 10h32".
STAMP_LABELS = [
    r"(?:publié|modifié|actualisé|mis à jour|mise à jour|posté)\s*(?:le|à|:)?\s*:?",
    r"(?:première|dernière) (?:modification|mise à jour|publication)\s*(?:le)?\s*:?",
]

DATE_WORDS = [
    r"janvier|janv\.?", r"février|févr\.?|fevrier", r"mars", r"avril|avr\.?", r"mai", r"juin", r"juillet|juil\.?",
    r"août|aout", r"septembre|sept\.?", r"octobre|oct\.?", r"novembre|nov\.?", r"décembre|déc\.?|decembre",
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    r"le|à|a|et|heure de paris|heures?|h|il y a|mis à jour", r"1er", r"er",
]

# Teasers « Lire aussi » (aussi collés au titre suivant : « Lire aussiLe prix du blé … »).
TEASERS = [
    r"(?:à |a )?lire (?:aussi|également|egalement)", r"(?:à |a )?voir (?:aussi|également)",
    r"sur le même (?:sujet|thème)\s*:?", r"lire la suite", r"(?:notre |nos )?(?:article|articles) (?:lié|liés)\s*:",
    r"(?:à |a )?(?:écouter|regarder) aussi",
]

# Rubriques « les plus lus » et apparentées.
LIST_HEADINGS = [
    r"(?:les )?(?:articles )?(?:les )?plus (?:lus|lues|commentés|commentées|partagés|partagées|populaires|consultés|vus|vues)",
    r"les plus (?:lus|commentés|partagés)(?: de la semaine| du jour| aujourd['’]hui)?",
    r"(?:dans la même rubrique|articles similaires|vous aimerez aussi|vous aimerez peut-être aussi|à la une)",
    r"(?:nos )?(?:dernières|derniers) (?:actualités|infos|articles|dépêches)",
    r"(?:à lire|à voir) (?:également|aussi) sur .{1,40}",
]

COMMENT_FORM = [
    r"laisser (?:un commentaire|une réponse)(?: annuler la réponse)?",
    r"annuler la réponse",
    r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\.?(?:\s*les champs obligatoires sont indiqués avec\s*\*?\.?)?",
    r"les champs obligatoires sont (?:indiqués|marqués) (?:avec|par)\s*\*?\.?",
    r"enregistrer mon nom, mon (?:e-?mail|courriel) et mon site (?:web )?dans (?:le|ce) navigateur pour mon prochain commentaire\.?",
    r"vous devez (?:être connecté|vous connecter) pour (?:publier|poster) un commentaire\.?",
    r"(?:publier|poster|envoyer) (?:le |un )?commentaire",
]

FORM_FIELDS = [
    r"commentaires?\s*\*?", r"nom\s*\*?", r"(?:adresse )?(?:e-?mail|courriel)\s*\*?", r"site (?:web|internet)\s*\*?",
    r"prévenez-moi de tous les nouveaux (?:commentaires|articles) par (?:e-?mail|courriel)\.?",
]

CREDIT_WORDS = [r"Photo", r"Photos", r"Crédit photo", r"Crédits photo", r"Crédit", r"Crédits", r"Illustration"]

AGENCIES = [r"AFP", r"Sipa", r"SIPA", r"Hans Lucas", r"Divergence", r"Abaca", r"ABACA", r"MaxPPP", r"Belga", r"ANP"]

NAME_PARTICLES = [r"de", r"du", r"des", r"d['’]", r"la", r"le"]
