"""French temporal vocabulary and patterns, as data for newsloom.timex (see lang/en/time.py)."""

MONTHS = {
    "janvier": 1, "janv.": 1, "janv": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2, "mars": 3,
    "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12,
    "decembre": 12, "déc.": 12, "dec.": 12,
}
CASE_SENSITIVE = set()

WEEKDAYS = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}
WEEKDAYS_PLURAL = {"lundis": 1, "mardis": 2, "mercredis": 3, "jeudis": 4, "vendredis": 5, "samedis": 6,
                   "dimanches": 7}

DAY_SUFFIX = r"(?:er|re|e|ème)?"

NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80,
    "quatre-vingts": 80, "soixante-dix": 70, "quatre-vingt-dix": 90, "cent": 100, "mille": 1000,
    "quelques": "X", "plusieurs": "X", "de nombreuses": "X", "de nombreux": "X", "nombreuses": "X",
    "une dizaine de": 10, "une douzaine de": 12, "une quinzaine de": 15, "une vingtaine de": 20,
    "une trentaine de": 30, "une centaine de": 100, "un quart de": 0.25, "un demi": 0.5, "une demi": 0.5,
    "un bon nombre de": "X", "bien des": "X",
}
NUMBER_JOINERS = r"(?:-et-|\s+et\s+|-|\s+)"
INDEFINITE_ARTICLES = ["un", "une"]
ARTICLE_UNIT_NEEDS_AFTER = {"S": r"\s+(?:plus tard|plus tôt|après|avant)\b"}
HALF_WORDS = r"(?:et\s+demie?)"

UNITS = {
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "annee": "Y", "mois": "M", "semaine": "W", "semaines": "W",
    "jour": "D", "jours": "D", "journée": "D", "journées": "D", "heure": "H", "heures": "H",
    "minute": "MIN", "minutes": "MIN", "seconde": "S", "secondes": "S", "décennie": "DE", "décennies": "DE",
    "siècle": "CE", "siècles": "CE", "trimestre": "Q", "trimestres": "Q", "semestre": "6M", "semestres": "6M",
    "week-end": "WE", "week-ends": "WE", "weekend": "WE", "quinquennat": "5Y", "septennat": "7Y",
    "demi-heure": "30MIN", "demi-journée": "12H", "demi-siècle": "50Y", "millénaire": "1000Y",
}
PLURAL_UNITS = {"ans", "années", "semaines", "jours", "journées", "heures", "minutes", "secondes", "décennies",
                "siècles", "trimestres", "semestres", "week-ends"}

SEASONS = {"printemps": "SP", "été": "SU", "eté": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}
BARE_SEASON_BEFORE = r"(?:\b(?:en|l['’]|cet|ce|le|au|du|pendant\s+l['’]|durant\s+l['’]|comme|depuis\s+l['’]|jusqu['’]à\s+l['’])\s*)$|^\s*$|[.!?»]\s*$"
BARE_SEASON_GENERIC = True
PARTS_OF_DAY = {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
                "fin d'après-midi": "AF", "fin de soirée": "EV", "début de soirée": "EV", "fin de matinée": "MO",
                "début d'après-midi": "AF", "début de matinée": "MO", "mi-journée": "MI"}

DEICTIC = {"aujourd'hui": (0, None), "hier": (-1, None), "demain": (1, None), "avant-hier": (-2, None),
           "après-demain": (2, None), "ce soir": (0, "EV"), "ce matin": (0, "MO"), "cette nuit": (0, "NI"),
           "cet après-midi": (0, "AF"), "cette après-midi": (0, "AF"), "cette matinée": (0, "MO"),
           "cette soirée": (0, "EV"), "ce jour": (0, None)}

REL_PRE = {"ce": 0, "cet": 0, "cette": 0, "ce même": 0, "la nouvelle": 0, "ce dernier": -1, "cette dernière": -1,
           "le dernier": -1, "la dernière": -1, "le prochain": 1, "la prochaine": 1}
REL_POST = {"dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1, "passé": -1, "passée": -1,
            "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1, "écoulé": -1, "écoulée": -1,
            "en cours": 0, "courant": 0}
REL_ANAPHORIC = {"suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1, "même": 0}

# days named relative to the last date mentioned: (offset in days, part of day)
ANAPHORIC_DAYS = {"le lendemain": (1, None), "la veille": (-1, None), "le jour même": (0, None),
                  "ce jour-là": (0, None), "ce même jour": (0, None), "le même jour": (0, None),
                  "le matin même": (0, "MO"), "le soir même": (0, "EV"), "le lendemain matin": (1, "MO"),
                  "la veille au soir": (-1, "EV"), "le surlendemain": (2, None), "l'avant-veille": (-2, None),
                  "la soirée": (0, "EV"), "la nuit": (0, "NI"), "la matinée": (0, "MO"),
                  "ce moment-là": (0, None), "ce moment là": (0, None)}
ANAPHORIC_NEEDS_BEFORE = {"la soirée": r"(?:\bdans|\bpendant|\bdurant|\bau cours de|\bde|\ben fin de|\bdébut de)\s+$",
                          "la nuit": r"(?:\bdans|\bpendant|\bdurant|\bau cours de|\btard dans|\bde)\s+$",
                          "la matinée": r"(?:\bdans|\bpendant|\bdurant|\bau cours de|\ben fin de|\bde)\s+$"}

AGO_PRE = {"il y a": -1, "voici": -1, "voilà": -1, "dans": 1, "d'ici": 1}
# "trois jours avant/après" is anchored to an event, not to the publication date: only "P3D" is a timex
AGO_POST = {"plus tôt": -1, "plus tard": 1, "auparavant": -1}

REFS = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF",
    "actuels": "PRESENT_REF", "actuelles": "PRESENT_REF", "désormais": "PRESENT_REF", "à présent": "PRESENT_REF",
    "de nos jours": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF", "à l'heure qu'il est": "PRESENT_REF",
    "en ce moment": "PRESENT_REF", "pour l'instant": "PRESENT_REF", "pour le moment": "PRESENT_REF",
    "dorénavant": "PRESENT_REF", "présentement": "PRESENT_REF",
    "récemment": "PAST_REF", "récent": "PAST_REF", "récente": "PAST_REF", "récents": "PAST_REF",
    "récentes": "PAST_REF", "auparavant": "PAST_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF",
    "naguère": "PAST_REF", "dernièrement": "PAST_REF", "nouvellement": "PAST_REF", "par le passé": "PAST_REF",
    "le passé": "PAST_REF", "prochainement": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "sous peu": "FUTURE_REF", "à terme": "FUTURE_REF",
    "à court terme": "FUTURE_REF", "à long terme": "FUTURE_REF", "à moyen terme": "FUTURE_REF",
}
REF_NEEDS_BEFORE = {"auparavant": r"(?:^|[.!?;:]\s*|,\s*|\n\s*)$"}

# "quotidien", "hebdomadaire", "mensuel" are mostly newspapers: only the adverbs count
SET_WORDS = {"quotidiennement": "P1D", "mensuellement": "P1M", "hebdomadairement": "P1W",
             "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y", "annuellement": "P1Y",
             "trimestriel": "P1Q", "trimestrielle": "P1Q", "semestriel": "P6M", "semestrielle": "P6M",
             "bimensuel": "P2W", "toute l'année": "P1Y", "tous les ans": "P1Y", "tous les jours": "P1D"}
EVERY = {"chaque": 1, "tous les": 1, "toutes les": 1, "par": 1}

HOLIDAYS = {
    "noël": (12, 25), "réveillon de noël": (12, 24), "nouvel an": (1, 1), "jour de l'an": (1, 1),
    "saint-sylvestre": (12, 31), "toussaint": (11, 1), "pâques": ("easter", 0), "lundi de pâques": ("easter", 1),
    "ascension": ("easter", 39), "pentecôte": ("easter", 49), "lundi de pentecôte": ("easter", 50),
    "fête nationale": (7, 14), "saint-valentin": (2, 14), "fête du travail": (5, 1), "armistice": (11, 11),
    "assomption": (8, 15), "vendredi saint": ("easter", -2), "épiphanie": (1, 6), "mardi gras": ("easter", -47),
}

ORDINALS = {"premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "deuxième": 2, "second": 2,
            "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4,
            "4ème": 4, "cinquième": 5, "5e": 5, "sixième": 6, "6e": 6, "septième": 7, "huitième": 8,
            "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
            "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19,
            "vingtième": 20, "vingt et unième": 21, "17e": 17, "18e": 18, "19e": 19, "20e": 20, "21e": 21,
            "dernier": None}
DECADE_WORDS = {}

TIME_WORDS = {"midi": 12, "minuit": 24}
AMPM = {}
TIMEZONES = r"(?:locales?|heure locale|heure de Paris|heure française|GMT|UTC|en France|à Paris)"

MODS = r"(?:début|fin|mi-|courant|au début d['’]|au début de|à la fin d['’]|à la fin de|la fin d['’]|la fin de|le début d['’]|le début de|fin d['’]|début d['’]|au milieu d['’]|au milieu de|le milieu d['’]|le milieu de|la mi-)"
APPROX = r"(?:environ|près de|presque|plus de|moins de|au moins|quelque|à peine|jusqu['’]à|pas moins de|pas plus de|bientôt|déjà|seulement)"
NAMELIKE_BEFORE = (r"\b(?:en|depuis|jusqu['’]en|jusqu['’]au|jusqu['’]à|début|fin|mi|courant|dès|d['’]ici|avant|après|"
                   r"entre|et|ou|de|d['’]|du|au|à|le|la|mois|pour|vers|chaque|ce|cet|cette|dernier|prochain|"
                   r"pendant|durant|lors|partir)[\s-]*$")
YEAR_PREPOSITIONS = r"(?:en|depuis|de|du|dès|avant|après|vers|l['’]an|année|jusqu['’]en)"

FUTURE_CUES = [r"\bva\b", r"\bvont\b", r"\bsera\b", r"\bseront\b", r"\baura\b", r"\bauront\b", r"\bdevra\b",
               r"\bdevront\b", r"\bdoit\b", r"\bdoivent\b", r"\bprévue?s?\b", r"\bprochaine?s?\b",
               r"\b(?!(?:opéra|caméra|extra|sahara|contra|cobra|algebra|ultra|sierra|tora|mantra|zebra|ora|"
               r"hora|aura|sera|cara|era|vera|clara|laura|sandra|barbara|alexandra|cassandra|tiara)\b)"
               r"[a-zéèêëàâîïôûç]{2,}(?:era|ira|dra|rra|tra|ra)\b",
               r"\b[a-zéèêëàâîïôûç]{2,}(?:eront|iront|dront|rront|ront)\b", r"\bdevrait\b", r"\bdevraient\b",
               r"\bpourrait\b", r"\bcompte\b", r"\bsouhaite\b", r"\bà partir d",
               r"\bs['’]apprête\b", r"\bprogramm[ée]e?s?\b", r"\bannoncée? pour\b", r"\bd['’]ici\b"]
# words right before an expression that settle its tense
TENSE_BEFORE = [(r"\b(?:à\s+partir\s+d[eu]|d['’]ici|jusqu['’]\s*(?:à|au)|prévue?s?\s+(?:pour\s+)?)\s*(?:le\s+|ce\s+)?", "FUT"),
                (r"\bdepuis\s+(?:le\s+|ce\s+)?", "PAST")]
PAST_CUES = [r"\ba\s+(?:\w+\s+){0,2}?[a-zéèêàâîôûç]+(?:é|i|u|is|it|ert|int)e?s?\b", r"\bont\s+(?:\w+\s+)??[a-zéèêàâîôûç]+(?:é|i|u|is|it|ert|int)e?s?\b",
             r"\bavait\b", r"\bavaient\b", r"\bayant\b", r"\bétait\b", r"\bétaient\b", r"\ba été\b", r"\bont été\b",
             r"\best\s+(?:\w+\s+)??[a-zéèêàâîôûç]+(?:é|u|i|is|it)e?s?\b", r"\bsont\s+(?:\w+\s+)??[a-zéèêàâîôûç]+(?:é|u|i)e?s?\b",
             r"\b[a-zéèêàâîôûç]{3,}aient\b", r"\b[a-zéèêàâîôûç]{3,}ait\b", r"\b[a-zéèêàâîôûç]{3,}èrent\b",
             r"\bhier\b", r"\bdernière?s?\b", r"\bil y a\b", r"\beut\b", r"\bfut\b", r"\bfurent\b",
             r"\bs['’]est\b", r"\bse sont\b", r"\bdéclaré\b", r"\bannoncé\b", r"\bindiqué\b", r"\baffirmé\b",
             r"\bdepuis\b", r"\bavant-hier\b", r"\b(?:avons|avez|ai|as)\s+(?:\w+\s+)??[a-zéèêàâîôûç]+(?:é|i|u|is|it|ert|int)e?s?\b"]

PUBLISHED_CUES = r"(?:publié|mis à jour|mise à jour|paru|édition du)"

BLOCKERS = [
    r"[$€£¥]\s?\d[\d\s,.]*(?:\s*(?:millions?|milliards?|M|Md|k))?",
    r"\b\d[\d\s,.]*\s*(?:millions?|milliards?)?\s*(?:d['’])?(?:euros?|dollars?|francs?|livres|yens?|€|\$|personnes|"
    r"habitants|civils|soldats|morts|blessés|victimes|élèves|salariés|emplois|voix|sièges|km|kilomètres|mètres|m2|"
    r"tonnes|%|pour cent|points|voitures|logements|membres|délégués|cas|exemplaires)\b",
    r"\b\d+\s*min\.?\s+(?:de\s+)?lecture\b",
    r"\b[\w-]+-Noël\b", r"\bNoël\s+(?:[A-ZÉ][\w-]+)", r"\b[A-ZÉ][a-zé]+\s+Noël\b(?<!Joyeux Noël)(?<!Père Noël)",
    r"\bJournal du Dimanche\b", r"\b(?:Vendredi|Dimanche|Lundi|Mardi|Mercredi|Jeudi|Samedi)\s+(?:noir|saint)\b",
    r"\b\d{1,2}-\d{1,2}\b(?!\s*(?:ans|mois|jours|semaines|heures|minutes))",
    r"\+?\(?\d{2,4}\)?[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{2}(?:[\s.-]\d{2})*",
    r"\b\d+\s*(?:ans|mois)\b(?=\s*,?\s*(?:a été|est|était))(?<=\d ans)(?!)",
    # ages: "âgé de 54 ans", "Paul, 53 ans,", "une fillette de 6 ans", "les 6-16 ans", "les moins de 17 ans"
    r"(?i)\b(?:âgée?s?|agée?s?)\s+de\s+\d+\s+ans\b", r"\b\d+\s+ans\s*\)", r"\(\s*\d+\s+ans\b",
    r"(?<=[\w.]), \d+ ans\b", r"(?i)\b\d{1,2}-\d{1,2}\s+ans\b", r"(?i)\bles\s+(?:moins|plus)\s+de\s+\d+\s+ans\b",
    r"(?i)\b(?!(?:plus|moins|près|terme|peine|durée|période|espace|bout|cours|mandat|délai|contrat|bail|prison|"
    r"réclusion|sursis|détention|lors|fin|âge|âgé|âgée|agé|agée)\b)[a-zéèêàâîôûç]{3,}\s+de\s+\d+\s+ans\b",
    r"(?i)\bjeux\s+(?:olympiques\s+)?d['’]hiver\b", r"(?i)\bsports?\s+d['’]hiver\b",
    r"\b(?:un|une|le|la)\s+(?:enfant|fillette|garçon|homme|femme|jeune|adolescente?|bébé|quadragénaire)\s+de\s+\d+\s+(?:ans|mois)\b",
    r"\b\d+e\s+(?:arrondissement|étage|édition|place|rang|tour|victoire|position|fois)\b",
    # "il a 35 ans", "elle aura 18 ans" (an age), but "il y a 35 ans" (ago) and "a 35 ans de carrière" (a duration)
    r"(?i)(?<!\by\s)\b(?:a|avait|aura|aurait|ont|avaient|auront|fête\s+ses|fêtera\s+ses|fêtait\s+ses)\s+"
    r"(?:(?:presque|environ|à\s+peine|tout\s+juste|bientôt|déjà|seulement)\s+)?\d+\s+ans\b(?!\s+(?:de|d['’])\s*\w)",
    r"\bà la une\b",
]

NUMERIC_DATE_ORDER = "DMY"
PART_OF_DAY_TYPE = "TIME"

RULES = [
    # ---- explicit calendar dates
    ("date", r"(?:\b(?:du|au)\s+)?(?P<span>(?:le\s+)?(?:@WEEKDAY\s+)?@DAY\s+@MONTH,?\s+@YEAR)"),
    ("date", r"(?:\b(?:du|au)\s+)?(?P<span>(?:le\s+)?(?:@WEEKDAY\s+)?@DAY\s+@MONTH\s+@YY(?!\d))"),
    ("date", r"(?:\b(?:du|au)\s+)?(?P<span>(?:le\s+)?(?:@RELPRE\s+)?(?:@WEEKDAY\s+)?@DAY\s+@MONTH(?:\s+@RELPOST)?)"),
    ("date", r"(?:(?:la|une)\s+)?(?P<weekof>semaine)\s+du\s+@DAY\s+@MONTH(?:\s+@YEAR)?"),
    ("day2", r"(?:\bdu\s+)?(?P<span>(?:les\s+)?@DAY:day2)\s*(?:et|au|-|–|ou)\s*@DAY\s+@MONTH(?:\s+@YEAR)?(?:\s+@RELPOST)?"),
    ("numdate", r"(?<![\d/.-])@N1[/.]@N2[/.]@NY(?![\d/-])(?!\.\d)"),
    ("isodate", r"(?<![\d-])@YEAR-@MM-@DD(?:T@HOUR:@MINUTE)?(?![\d])"),
    ("date", r"(?:(?:@MODS)\s*)?(?:(?:le\s+)?mois\s+d['’e]\s*)?@MONTH\s+@YEAR"),
    ("date", r"(?:(?:@MODS)\s*)?@MONTH\s+@YY(?!\d)"),
    ("rel_named", r"(?:(?:@MODS)\s*)?(?:(?:le\s+)?mois\s+d['’e]\s*)?@MONTH\s+@RELPOST"),
    ("month", r"(?:(?:@MODS)\s*)?(?:(?:le\s+)?mois\s+d['’e]\s*)?@MONTH(?!\s*\d)"),
    ("year", r"(?:(?:@MODS)\s*)?(?:l['’]\s*(?:année|an)\s+)?@YEAR(?!\s*-\s*\d)"),
    ("year", r"(?:l['’]\s*)?exercice\s+@YEAR"),
    ("decade", r"(?:les\s+)?(?:(?:@MODS)\s*)?années\s+(?:19|20)?@DECADE_NUM:decade"),
    ("century", r"(?:le\s+)?(?:(?:@MODS)\s*)?(?:@ROMAN(?:e|ème)|@ORD)\s+siècle", ["siècle"]),
    # ---- quarters
    ("quarter", r"(?:\b(?:du|au)\s+)?(?P<span>(?:le\s+)?@ORD\s+trimestre(?:\s+(?:de\s+l['’]année\s+|de\s+)?@YEAR)?)"),
    ("quarter", r"(?:\b(?:du|au)\s+)?(?P<span>(?:le\s+)?@ORD\s+trimestre\s+(?:de\s+l['’]année\s+|(?:de\s+)?l['’]an\s+)?@RELPOST)"),
    ("quarter", r"(?P<thisq>ce|le)\s+trimestre(?!\s+d)", ["trimestre"]),
    ("half", r"(?:le\s+|au\s+)?@ORD\s+semestre(?:\s+(?:de\s+)?@YEAR)?"),
    ("quarter", r"(?<![\w-])[QT](?P<qn>[1-4])(?:\s+|-)?(?:@YEAR)?(?![\w-])", ["q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4"]),
    # ---- relative to the publication date
    # "hier à 10 h" is one expression; after a part of the day ("ce soir à 20 h 10") the time is a second one
    ("deictic", r"(?:(?:@MODS)\s*)?@DEICTIC(?:,?\s+@WEEKDAY)?(?:\s+@POD)?"),
    ("deictic", r"(?<![\w-])(?P<deictic>aujourd['’]hui|avant-hier|après-demain|hier|demain)(?:,?\s+@WEEKDAY)?,?\s+à\s+@HOUR\s*h(?:\s*@MINUTE)?(?!\w)",
     ["hier", "demain", "aujourd", "hui"]),
    ("rel_unit", r"(?:(?:@MODS)\s*)?@RELPRE\s+@UNIT"),
    ("rel_unit", r"(?:(?:à|en|dès|d['’]ici|depuis)\s+)?(?:la\s+|le\s+)?(?:fin|début|milieu|mi-)\s*(?:du\s+|de\s+l['’]\s*|de\s+la\s+|d['’]\s*)(?P<cur>mois|année|semaine|an|trimestre)(?!\s+(?:de|d['’]|prochain|dernier|passé|\d))", ["fin", "début", "milieu", "mi"]),
    ("rel_unit", r"(?:(?:@MODS)\s*)?(?:l['’]\s*|la\s+|le\s+|les\s+)?@UNIT\s+@RELPOST"),
    ("rel_unit", r"(?:(?:@MODS)\s*)?(?:l['’]\s*|la\s+|le\s+)?@UNIT\s+(?P<anaph>même)"),
    ("rel_named", r"(?:(?:@MODS)\s*)?(?:ce\s+)?@WEEKDAY\s+@RELPOST(?:\s+@POD)?"),
    ("rel_named", r"(?:(?:@MODS)\s*)?(?:l['’]\s*|le\s+|la\s+)?(?:@SEASON|@HOLIDAY)\s+@RELPOST"),
    ("rel_named", r"(?:@RELPRE\s+)(?:@SEASON|@HOLIDAY)"),
    ("ago", r"@AGOPRE\s+(?:@APPROX\s+)?@NUM\s+@UNIT(?:\s+@HALF)?"),
    ("ago", r"(?:@APPROX\s+)?@NUM\s+@UNIT\s+@AGOPOST"),
    ("weekday", r"(?:(?:@MODS)\s*)?(?:ce\s+(?:même\s+)?)?@WEEKDAY(?:\s+@POD)?(?!\s*,?\s*(?:\d|@MONTH))"),
    ("season", r"(?:(?:@MODS)\s*)?(?:@RELPRE\s+)?@SEASON(?:\s+(?:de\s+)?@YEAR)?"),
    ("season", r"(?:les\s+)?mois\s+d['’]\s*@SEASON", ["mois"]),
    ("holiday", r"(?:(?:le|la|à|l['’])\s*)?@HOLIDAY(?:\s+@YEAR)?"),
    ("anaphor", r"(?:(?:le|la|l['’])\s*)?@UNIT\s+@RELANA"),
    ("anaphor", r"@ANADAY"),
    # ---- times of day
    ("time", r"(?:vers\s+)?@HOUR\s*h(?:\s*@MINUTE)?(?!\w)(?:\s+@TZ)?(?:,?\s+@DEICTIC)?"),
    ("time", r"(?:vers\s+)?@HOUR\s+heures?(?:\s+@MINUTE)?(?:\s+(?:du|de\s+l['’])\s*@POD)?(?:\s+@TZ)?(?:,?\s+(?:@DEICTIC|@WEEKDAY)(?!\s+\d))?"),
    ("time", r"(?:vers\s+)?@HOUR:@MINUTE(?![\d:])"),
    ("time", r"(?:(?:à|vers)\s+)?@TIMEWORD(?:,?\s+(?:@DEICTIC|@WEEKDAY))?"),
    # ---- durations
    ("duration", r"(?:@APPROX\s+)?@NUM(?:\s+@HALF)?[-\s]+@UNIT(?:\s+@HALF)?"),
    ("duration", r"(?:@APPROX\s+)?(?:les|ces)\s+@NUM\s+(?:derni[eè]re?s|prochaine?s|premi[eè]re?s)\s+@UNIT"),
    ("duration", r"(?:les|ces)\s+(?P<fuzzy>derni[eè]re?s|prochaine?s)\s+@UNIT"),
    ("duration", r"(?:\b(?:depuis|pendant|durant|des|plusieurs|quelques)\s+)(?P<span>(?:des|plusieurs|quelques|de\s+longues|de\s+nombreuses|de\s+nombreux)\s+@UNIT)"),
    ("duration", r"(?P<unit>quinquennat|septennat)s?\b", ["quinquennat", "septennat"]),
    # ---- sets
    ("set", r"@EVERY\s+(?:@NUM\s+)?@UNIT"),
    ("set", r"(?:chaque|tous\s+les|toutes\s+les)\s+(?P<span2>@WEEKDAYPL|@WEEKDAY)(?:\s+@POD)?"),
    ("set", r"(?:les|le)\s+(?:(?:premier|deuxième|troisième|quatrième|dernier)s?\s+(?:et\s+(?:premier|deuxième|troisième|quatrième|dernier)s?\s+)?)@WEEKDAYPL"),
    ("set", r"(?:\buniquement|\bseulement|\bsauf|\bfermé|\bouvert|\bouverte|\bouverts|\bfermée|\bfermés)\s+(?P<span>le\s+@WEEKDAY)(?!\s+\d)"),
    ("set", r"@SETWORD"),
    # ---- references
    ("ref", r"@REF"),
]
DURREL = r"(?:premiers|premières|derniers|dernières|prochains|prochaines)"
