"""French data for mention repair, entity linking and role titles (read by newsloom.link).

Titles, demonyms and connectors are matched on folded keys (case and accents ignored, '-' read as a space),
so "secrétaire d'État" also matches "secretaire d'Etat". Role keys are normalised to English by
``newsloom.lang.en.entities.ROLE_NAMES``.
"""

ARTICLES = ["le", "la", "les", "l'"]
# elided articles and prepositions glued to the next word: "l'OTAN", "d'Oman"
ELISIONS = ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"]
HONORIFICS = ["m", "mme", "mlle", "mm", "mmes", "monsieur", "madame", "mademoiselle", "me", "maitre", "dr",
              "docteur", "pr", "professeur", "sir", "mgr"]
NAME_PARTICLES = ["de", "du", "des", "d'", "le", "la", "van", "von", "der", "al", "el", "ben", "bin", "ibn", "abou"]
NOT_ALONE = ["etat", "etats", "gouvernement", "administration", "ministere", "ministre", "president",
             "presidence", "republique", "royaume", "union", "conseil", "commission", "armee", "cour",
             "parlement", "capitale", "ville", "pays", "ouest", "est", "nord", "sud", "allies", "contexte",
             "conclusion", "introduction", "resume", "analyse", "opinion", "editorial", "direct", "lire",
             "photo", "video", "source", "sources", "aujourd'hui", "hier", "demain"]
CREDIT_MARKERS = ["photo", "photos", "credit", "credits", "credit photo", "illustration", "image", "cliche"]
CREDIT_LINKS = ["via", "pour", "pool", "afp", "reuters", "ap", "epa", "getty images", "dpa", "anadolu"]

# country code -> masculine singular demonyms (feminine and plural forms are made by DEMONYM_INFLECTIONS;
# irregular forms listed explicitly with '|')
DEMONYMS = {
    "US": "américain|états-unien", "GB": "britannique", "FR": "français", "DE": "allemand", "IT": "italien",
    "ES": "espagnol", "PT": "portugais", "NL": "néerlandais", "BE": "belge", "CH": "suisse",
    "AT": "autrichien", "PL": "polonais", "UA": "ukrainien", "RU": "russe", "BY": "biélorusse",
    "CN": "chinois", "JP": "japonais", "KR": "sud-coréen", "KP": "nord-coréen", "IN": "indien",
    "PK": "pakistanais", "AF": "afghan", "IR": "iranien", "IQ": "irakien", "SY": "syrien", "LB": "libanais",
    "IL": "israélien", "PS": "palestinien", "JO": "jordanien", "EG": "égyptien", "SA": "saoudien",
    "AE": "émirati", "QA": "qatari|qatarien", "OM": "omanais", "YE": "yéménite", "KW": "koweïtien",
    "BH": "bahreïni", "TR": "turc|turque|turcs|turques", "GR": "grec|grecque|grecs|grecques",
    "CY": "chypriote", "SE": "suédois", "NO": "norvégien", "DK": "danois", "FI": "finlandais",
    "IS": "islandais", "IE": "irlandais", "HU": "hongrois", "CZ": "tchèque", "SK": "slovaque",
    "RO": "roumain", "BG": "bulgare", "RS": "serbe", "HR": "croate", "SI": "slovène", "BA": "bosnien",
    "AL": "albanais", "MK": "macédonien", "MD": "moldave", "GE": "géorgien", "AM": "arménien",
    "AZ": "azerbaïdjanais", "KZ": "kazakh", "UZ": "ouzbek", "CA": "canadien", "MX": "mexicain",
    "BR": "brésilien", "AR": "argentin", "CL": "chilien", "CO": "colombien", "VE": "vénézuélien",
    "PE": "péruvien", "CU": "cubain", "EC": "équatorien", "BO": "bolivien", "AU": "australien",
    "NZ": "néo-zélandais", "ZA": "sud-africain", "NG": "nigérian", "KE": "kényan", "ET": "éthiopien",
    "SD": "soudanais", "LY": "libyen", "TN": "tunisien", "DZ": "algérien", "MA": "marocain", "ML": "malien",
    "NE": "nigérien", "SN": "sénégalais", "CD": "congolais", "RW": "rwandais", "SO": "somalien",
    "ID": "indonésien", "MY": "malaisien", "PH": "philippin", "VN": "vietnamien", "TH": "thaïlandais",
    "MM": "birman", "BD": "bangladais", "TW": "taïwanais", "LT": "lituanien",
    "LV": "letton|lettonne|lettons|lettonnes", "EE": "estonien", "LU": "luxembourgeois", "VA": "vatican",
}
DEMONYMS_CAPITALISED = False
DEMONYM_INFLECTIONS = [("ien", ["ienne", "iens", "iennes"]), ("ais", ["aise", "aises"]),
                       ("ois", ["oise", "oises"]), ("e", ["es"]), ("", ["e", "s", "es"])]

ROLE_TITLES = [
    ("president", "president", None), ("presidente", "president", None),
    ("president de la republique", "president", "FR"), ("presidente de la republique", "president", "FR"),
    ("chef de l'etat", "head_of_state", None), ("cheffe de l'etat", "head_of_state", None),
    ("chef du gouvernement", "head_of_government", None), ("premier ministre", "prime_minister", None),
    ("premiere ministre", "prime_minister", None), ("chancelier", "chancellor", None),
    ("chanceliere", "chancellor", None), ("roi", "king", None), ("reine", "queen", None),
    ("emir", "emir", None), ("sultan", "sultan", None), ("prince heritier", "crown_prince", None),
    ("ministre des affaires etrangeres", "foreign_minister", None),
    ("chef de la diplomatie", "foreign_minister", None), ("cheffe de la diplomatie", "foreign_minister", None),
    ("secretaire d'etat", "secretary_of_state", None),
    ("ministre de la defense", "defence_minister", None), ("ministre des armees", "armed_forces_minister", None),
    ("ministre de l'interieur", "interior_minister", None), ("ministre des finances", "finance_minister", None),
    ("ministre de l'economie", "economy_minister", None), ("ministre de la justice", "justice_minister", None),
    ("garde des sceaux", "justice_minister", "FR"), ("ministre", "minister", None),
    ("secretaire general", "secretary_general", None), ("secretaire generale", "secretary_general", None),
    ("porte parole", "spokesperson", None), ("ambassadeur", "ambassador", None),
    ("ambassadrice", "ambassador", None), ("emissaire special", "special_envoy", None),
    ("emissaire speciale", "special_envoy", None), ("envoye special", "special_envoy", None),
    ("envoyee speciale", "special_envoy", None), ("emissaire", "envoy", None), ("envoye", "envoy", None),
    ("representant special", "special_envoy", None), ("haut representant", "high_representative", None),
    ("haute representante", "high_representative", None), ("maire", "mayor", None),
    ("gouverneur", "governor", None), ("pape", "pope", None),
    ("conseiller a la securite nationale", "national_security_adviser", None),
    ("guide supreme", "supreme_leader", None), ("senateur", "senator", None), ("senatrice", "senator", None),
    ("vice president", "vice_president", None), ("vice presidente", "vice_president", None),
]
ROLE_BLOCKERS = ["ancien", "ancienne", "ex", "futur", "future", "feu", "adjoint", "adjointe", "vice", "sous",
                 "candidat", "candidate", "prochain", "prochaine", "interimaire", "delegue", "deleguee"]
CONNECTORS = ["de la", "de l'", "des", "du", "de", "d'"]
REMIT_PREPS = ["pour", "aupres de", "aupres du", "aupres des", "charge de", "chargee de", "en charge de"]
GOVERNMENT_FORMS = ["sultanat d'", "sultanat de", "royaume d'", "royaume de", "royaume du", "republique d'",
                    "republique de", "republique du", "emirat d'", "emirat de", "principaute de",
                    "principaute d'", "grand duche de", "etat d'", "etat de", "federation de"]
# a country or big city written in lower case after a preposition is still a place ("support for kyiv");
# off where ordinary lower-case words too often spell place names
LOWERCASE_PLACES = False
# prepositions after which a lower-case place name may still be a place
LOCATIVE_PREPS = ["a", "en", "au", "aux", "de", "d'", "vers", "contre", "depuis", "pour", "sur", "et", "entre"]
COMMON_LOWER = ["sucre", "roseau", "vienne", "nice", "orange", "tours", "nancy", "male", "lima", "cuba",
                "chine", "turquie", "georgie", "niger", "victoria", "mobile", "split", "bath", "grasse",
                "sens", "vire", "die", "bar", "pau", "auch", "laval", "belfort", "avion", "bagnols", "paris"]

# time words a model may glue to a name ("Soumy dimanche"): cut from the end of a span
TIME_WORDS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier",
              "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
              "matin", "soir", "nuit", "aujourd'hui", "hier", "demain"]

# country names end in -ie where English has -ia ("Slovénie", "Croatie"): for names the knowledge base does
# not know, the linker tries the English ending ("Vardénie" ~ "Vardenia")
PLACE_NAME_ENDINGS = [("ie", "ia")]
