"""German data for mention repair, entity linking and role titles (read by newsloom.link).

German has no spaCy model on PyPI: its mentions come from the knowledge base (see newsloom.link.repair),
so these tables matter more here. Demonym adjectives are inflected by DEMONYM_INFLECTIONS.
"""

ARTICLES = ["der", "die", "das", "den", "dem", "des"]
ELISIONS: list[str] = []
HONORIFICS = ["herr", "herrn", "frau", "dr", "prof", "fraulein"]
NAME_PARTICLES = ["von", "van", "der", "den", "zu", "vom", "de", "al", "el", "bin", "ibn", "ben"]
NOT_ALONE = ["staat", "staaten", "regierung", "verwaltung", "ministerium", "minister", "ministerin",
             "prasident", "prasidentin", "republik", "konigreich", "union", "rat", "kommission", "armee",
             "gericht", "parlament", "hauptstadt", "stadt", "land", "westen", "osten", "norden", "suden",
             "verbundete", "kontext", "fazit", "einleitung", "analyse", "meinung", "kommentar", "foto",
             "video", "quelle", "quellen", "heute", "gestern", "morgen"]
CREDIT_MARKERS = ["foto", "fotos", "bild", "bildquelle", "quelle", "illustration"]
CREDIT_LINKS = ["via", "fur", "pool", "afp", "reuters", "ap", "dpa", "epa", "getty images", "imago",
                "picture alliance"]

DEMONYMS = {
    "US": "amerikanisch|us-amerikanisch", "GB": "britisch", "FR": "französisch", "DE": "deutsch",
    "IT": "italienisch", "ES": "spanisch", "PT": "portugiesisch", "NL": "niederländisch", "BE": "belgisch",
    "CH": "schweizerisch", "AT": "österreichisch", "PL": "polnisch", "UA": "ukrainisch", "RU": "russisch",
    "BY": "belarussisch|weißrussisch", "CN": "chinesisch", "JP": "japanisch", "KR": "südkoreanisch",
    "KP": "nordkoreanisch", "IN": "indisch", "PK": "pakistanisch", "AF": "afghanisch", "IR": "iranisch",
    "IQ": "irakisch", "SY": "syrisch", "LB": "libanesisch", "IL": "israelisch", "PS": "palästinensisch",
    "JO": "jordanisch", "EG": "ägyptisch", "SA": "saudisch|saudi-arabisch", "AE": "emiratisch",
    "QA": "katarisch", "OM": "omanisch", "YE": "jemenitisch", "KW": "kuwaitisch", "TR": "türkisch",
    "GR": "griechisch", "CY": "zypriotisch", "SE": "schwedisch", "NO": "norwegisch", "DK": "dänisch",
    "FI": "finnisch", "IE": "irisch", "HU": "ungarisch", "CZ": "tschechisch", "SK": "slowakisch",
    "RO": "rumänisch", "BG": "bulgarisch", "RS": "serbisch", "HR": "kroatisch", "SI": "slowenisch",
    "MD": "moldauisch", "GE": "georgisch", "AM": "armenisch", "AZ": "aserbaidschanisch",
    "CA": "kanadisch", "MX": "mexikanisch", "BR": "brasilianisch", "AR": "argentinisch", "CL": "chilenisch",
    "CO": "kolumbianisch", "VE": "venezolanisch", "CU": "kubanisch", "AU": "australisch",
    "ZA": "südafrikanisch", "NG": "nigerianisch", "SD": "sudanesisch", "LY": "libysch", "DZ": "algerisch",
    "MA": "marokkanisch", "VN": "vietnamesisch", "TW": "taiwanisch", "LT": "litauisch", "LV": "lettisch",
    "EE": "estnisch", "ID": "indonesisch",
}
DEMONYMS_CAPITALISED = False
DEMONYM_INFLECTIONS = [("", ["e", "en", "er", "es", "em"])]

ROLE_TITLES = [
    ("prasident", "president", None), ("prasidentin", "president", None),
    ("bundesprasident", "president", "DE"), ("bundesprasidentin", "president", "DE"),
    ("vizeprasident", "vice_president", None), ("vizeprasidentin", "vice_president", None),
    ("ministerprasident", "prime_minister", None), ("ministerprasidentin", "prime_minister", None),
    ("premierminister", "prime_minister", None), ("premierministerin", "prime_minister", None),
    ("regierungschef", "head_of_government", None), ("regierungschefin", "head_of_government", None),
    ("staatschef", "head_of_state", None), ("staatschefin", "head_of_state", None),
    ("staatsoberhaupt", "head_of_state", None),
    ("bundeskanzler", "chancellor", "DE"), ("bundeskanzlerin", "chancellor", "DE"),
    ("kanzler", "chancellor", None), ("kanzlerin", "chancellor", None), ("konig", "king", None),
    ("konigin", "queen", None), ("emir", "emir", None), ("sultan", "sultan", None),
    ("kronprinz", "crown_prince", None),
    ("aussenminister", "foreign_minister", None), ("aussenministerin", "foreign_minister", None),
    ("chefdiplomat", "foreign_minister", None), ("chefdiplomatin", "foreign_minister", None),
    ("verteidigungsminister", "defence_minister", None), ("verteidigungsministerin", "defence_minister", None),
    ("innenminister", "interior_minister", None), ("innenministerin", "interior_minister", None),
    ("finanzminister", "finance_minister", None), ("finanzministerin", "finance_minister", None),
    ("wirtschaftsminister", "economy_minister", None), ("wirtschaftsministerin", "economy_minister", None),
    ("justizminister", "justice_minister", None), ("justizministerin", "justice_minister", None),
    ("minister", "minister", None), ("ministerin", "minister", None),
    ("generalsekretar", "secretary_general", None), ("generalsekretarin", "secretary_general", None),
    ("sprecher", "spokesperson", None), ("sprecherin", "spokesperson", None),
    ("regierungssprecher", "spokesperson", None), ("regierungssprecherin", "spokesperson", None),
    ("botschafter", "ambassador", None), ("botschafterin", "ambassador", None),
    ("sondergesandter", "special_envoy", None), ("sondergesandte", "special_envoy", None),
    ("sondergesandten", "special_envoy", None), ("sonderbeauftragter", "special_envoy", None),
    ("sonderbeauftragte", "special_envoy", None), ("gesandter", "envoy", None), ("gesandte", "envoy", None),
    ("aussenbeauftragter", "high_representative", None), ("aussenbeauftragte", "high_representative", None),
    ("burgermeister", "mayor", None), ("burgermeisterin", "mayor", None),
    ("oberburgermeister", "mayor", None), ("oberburgermeisterin", "mayor", None),
    ("gouverneur", "governor", None), ("gouverneurin", "governor", None), ("papst", "pope", None),
    ("nationaler sicherheitsberater", "national_security_adviser", None),
    ("oberster fuhrer", "supreme_leader", None), ("senator", "senator", None), ("senatorin", "senator", None),
]
ROLE_BLOCKERS = ["ehemalige", "ehemaliger", "ehemaligen", "fruhere", "fruherer", "fruheren", "ex", "kunftige",
                 "kunftiger", "kunftigen", "verstorbene", "verstorbenen", "stellvertretende",
                 "stellvertretender", "stellvertretenden", "vize", "designierte", "designierter", "kandidat",
                 "kandidatin", "amtierende", "amtierender"]
CONNECTORS = ["der", "des", "von", "vom"]
REMIT_PREPS = ["fur"]
GOVERNMENT_FORMS = ["sultanat", "konigreich", "republik", "emirat", "furstentum", "großherzogtum",
                    "grossherzogtum", "staat", "foderation"]
# a country or big city written in lower case after a preposition is still a place ("support for kyiv");
# off where ordinary lower-case words too often spell place names
LOWERCASE_PLACES = False
# prepositions after which a lower-case place name may still be a place
LOCATIVE_PREPS = ["in", "nach", "aus", "von", "bei", "gegen", "fur", "und", "zwischen", "uber"]
COMMON_LOWER = ["male", "nizza", "lima", "victoria", "mobile", "split", "orange", "bath", "essen", "halle",
                "hamm", "wesel", "brand", "mark", "china", "kuba", "niger", "tschad"]

# time words a model may glue to a name: cut from the end of a span
TIME_WORDS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
              "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
              "abend", "nacht", "heute", "gestern"]

# place names take a genitive -s ("Europas", "Israels"): a name plus this ending is still the name
GENITIVE_ENDINGS = ["s"]
# capitalised nouns that are also the names of cities or districts: not places when looked for in text
COMMON_CAPITALISED = ["Mitte", "Löwen", "Bergen", "Dramen", "Favoriten", "Länder", "Lander", "Essen", "Halle",
                      "Hamm", "Brand", "Marken", "Zug", "Singen", "Wesel", "Stade", "Lahr", "Sonne", "Linden",
                      "Neustadt", "Hof", "Weiden", "Moers", "Gera", "Bad", "Laufen", "Kempen", "Worms",
                      "Wedding", "Altstadt", "Innenstadt", "Süd", "Nord", "Ost", "West", "Kanton", "Land",
                      "Staat", "Mark", "Rain", "Tal", "Berg", "Burg", "Zoo", "Garten", "Mark", "Lage", "Bühl",
                      "Leer", "Hagen", "Herne", "Bergkamen", "Wangen", "Eisen", "Werne", "Zeitz", "Mainburg"]

# first words that make a capitalised name an organisation ("Bundesamt für Migration", "Institut für …")
ORG_HEADS = ["bundesamt", "bundesanstalt", "bundesministerium", "ministerium", "landesamt", "institut", "amt",
             "gericht", "landgericht", "amtsgericht", "oberlandesgericht", "bundesgerichtshof", "verband",
             "bundesverband", "stiftung", "verein", "gesellschaft", "partei", "gewerkschaft", "universitat",
             "hochschule", "akademie", "bank", "kommission", "rat", "agentur", "behorde", "polizei", "bundeswehr"]
# agency datelines of German wire copy: "Berlin (dpa) -", "BERLIN (Reuters) –"
_W = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß'’.\-]*"
_AG = r"dpa|AFP|Reuters|AP|epd|KNA|dts|ddp|APA|sda|SDA|Keystone-SDA|afp|rtr"
DATELINES = [
    rf"^[ \t]*(?P<place>{_W}(?:[ \t]+{_W})?)[ \t]*(?:/[ \t]*(?P<region>{_W}(?:[ \t]+{_W})?)[ \t]*)?\([ \t]*(?P<agency>{_AG})[ \t]*\)[ \t]*[-–—:]",
]

# country names end in -ien where English has -ia ("Slowenien", "Kroatien"): for names the knowledge base
# does not know, the linker tries the English ending ("Vardenien" ~ "Vardenia")
PLACE_NAME_ENDINGS = [("ien", "ia")]

# a name glued by a hyphen into a word makes a compound ("SPD-Chef", "FDP-geführte", "Merkel-Regierung"): not
# a mention of the name by itself (the knowledge base does not add one there)
HYPHEN_COMPOUNDS = True

# --- features of newsloom's German NER model (newsloom.crfner; retrain it after a change here) ---
# how common a word is, from the frequency lists of the wordfreq package (case-folded): German capitalises
# every noun, and a common word is rarely a name; a word about as common in other languages is often one
WORD_FREQUENCIES = "de"
FOREIGN_FREQUENCIES = ["en", "fr", "es", "it"]
# the common nouns (every inflected form) and the names of the German Wiktionary (package german_nouns)
NOUN_LEXICON = "german_nouns"
# endings of common nouns, and of adjectives and demonyms ("französische", "Berliner" is an adjective
# too): a capitalised word so ending is rarely a name
NER_NOUN_SUFFIXES = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "tät",
                     "täten", "tion", "tionen", "nis", "nisse", "tum", "ment", "ments", "enz", "anz", "ling",
                     "ität"]
NER_ADJ_SUFFIXES = ["isch", "ische", "ischen", "ischer", "isches", "ischem", "lich", "liche", "lichen", "licher",
                    "ig", "ige", "igen", "iger", "er", "ern"]
# words inside or beside the names of organisations (heads, legal forms, clubs); one of five letters or more
# also counts as the end of a compound ("Landesverband", "Bundesministerium")
NER_ORG_WORDS = ["verband", "verbände", "verbandes", "ministerium", "ministeriums", "universität", "klinikum",
                 "stiftung", "verein", "vereins", "gesellschaft", "institut", "instituts", "institute", "bank",
                 "partei", "kammer", "amt", "amtes", "gericht", "gerichts", "gerichtshof", "rundfunk", "rundfunks",
                 "verlag", "verlags", "ag", "gmbh", "kg", "e.v.", "ev", "fc", "sv", "tsv", "vfb", "vfl", "sc", "tus",
                 "inc", "inc.", "corp", "corporation", "ltd", "co", "group", "gruppe", "konzern", "holding",
                 "werke", "akademie", "hochschule", "schule", "bund", "union", "agentur", "behörde", "kommission",
                 "rat", "radio", "tv", "zeitung", "records", "band", "club", "team", "university", "college",
                 "laboratory", "company", "association", "society", "council", "party", "bureau"]
