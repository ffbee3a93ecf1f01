"""English data for mention repair, entity linking and role titles (read by newsloom.link).

Everything here is data: the engines in ``newsloom.link`` have no language branches.
Matching of titles, demonyms and connectors is done on :func:`newsloom.kb.text.norm` keys
(case and accents folded, '-' read as a space).
"""

# determiners stripped from the front of organisation and place names ("the United States")
ARTICLES = ["the"]
# elided articles glued to the next word (none in English)
ELISIONS: list[str] = []
# courtesy titles in front of a person's name; never part of the name
HONORIFICS = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "mx"]
# particles that belong to a surname ("Ursula von der Leyen" -> "von der Leyen")
NAME_PARTICLES = ["de", "del", "della", "di", "da", "dos", "van", "von", "der", "den", "le", "la", "al", "el",
                  "bin", "ibn", "ben", "abu", "st"]
# words that are never an entity on their own (a model's span "State" inside "Secretary of State")
NOT_ALONE = ["state", "states", "government", "administration", "ministry", "department", "minister",
             "president", "presidency", "office", "council", "committee", "army", "court", "parliament",
             "capital", "city", "country", "republic", "kingdom", "union", "west", "east", "north", "south",
             "allied", "allies", "context", "conclusion", "introduction", "summary", "update", "analysis",
             "opinion", "editorial", "breaking", "live", "read", "photo", "video", "source", "sources",
             "today", "yesterday", "tomorrow"]
# words that start a photo / picture credit; the names that follow name no actor of the story
CREDIT_MARKERS = ["photo", "photos", "photograph", "picture", "image", "credit", "credits", "illustration",
                  "file photo", "photo credit"]
# words inside a credit that are agency/pool markers ("Jane Roe/Pool via REUTERS")
CREDIT_LINKS = ["via", "for", "pool", "handout", "getty images", "afp", "reuters", "ap", "epa", "ansa", "dpa"]

# country code -> demonyms (the first one is how English titles name the country: "French Minister of ...")
DEMONYMS = {
    "US": "American", "GB": "British", "FR": "French", "DE": "German", "IT": "Italian",
    "ES": "Spanish", "PT": "Portuguese", "NL": "Dutch", "BE": "Belgian", "CH": "Swiss", "AT": "Austrian",
    "PL": "Polish", "UA": "Ukrainian", "RU": "Russian", "BY": "Belarusian", "CN": "Chinese",
    "JP": "Japanese", "KR": "South Korean", "KP": "North Korean", "IN": "Indian", "PK": "Pakistani",
    "AF": "Afghan", "IR": "Iranian", "IQ": "Iraqi", "SY": "Syrian", "LB": "Lebanese", "IL": "Israeli",
    "PS": "Palestinian", "JO": "Jordanian", "EG": "Egyptian", "SA": "Saudi|Saudi Arabian", "AE": "Emirati",
    "QA": "Qatari", "OM": "Omani", "YE": "Yemeni", "KW": "Kuwaiti", "BH": "Bahraini", "TR": "Turkish",
    "GR": "Greek", "CY": "Cypriot", "SE": "Swedish", "NO": "Norwegian", "DK": "Danish", "FI": "Finnish",
    "IS": "Icelandic", "IE": "Irish", "HU": "Hungarian", "CZ": "Czech", "SK": "Slovak", "RO": "Romanian",
    "BG": "Bulgarian", "RS": "Serbian", "HR": "Croatian", "SI": "Slovenian", "BA": "Bosnian",
    "AL": "Albanian", "MK": "Macedonian", "MD": "Moldovan", "GE": "Georgian", "AM": "Armenian",
    "AZ": "Azerbaijani", "KZ": "Kazakh", "UZ": "Uzbek", "CA": "Canadian", "MX": "Mexican",
    "BR": "Brazilian", "AR": "Argentine|Argentinian", "CL": "Chilean", "CO": "Colombian",
    "VE": "Venezuelan", "PE": "Peruvian", "CU": "Cuban", "EC": "Ecuadorian", "BO": "Bolivian",
    "AU": "Australian", "NZ": "New Zealand", "ZA": "South African", "NG": "Nigerian", "KE": "Kenyan",
    "ET": "Ethiopian", "SD": "Sudanese", "SS": "South Sudanese", "LY": "Libyan", "TN": "Tunisian",
    "DZ": "Algerian", "MA": "Moroccan", "ML": "Malian", "NE": "Nigerien", "SN": "Senegalese",
    "CD": "Congolese", "RW": "Rwandan", "SO": "Somali", "ID": "Indonesian", "MY": "Malaysian",
    "PH": "Filipino|Philippine", "VN": "Vietnamese", "TH": "Thai", "MM": "Burmese", "BD": "Bangladeshi",
    "LK": "Sri Lankan", "TW": "Taiwanese", "LT": "Lithuanian", "LV": "Latvian", "EE": "Estonian",
    "LU": "Luxembourgish", "VA": "Vatican",
}
# English demonyms are capitalised: "polish" or "turkey" in lower case are other words
DEMONYMS_CAPITALISED = True
# plural / noun forms made from each demonym: (ending, replacement endings)
DEMONYM_INFLECTIONS = [("ese", []), ("ish", []), ("ch", []), ("ss", []), ("", ["s"])]

# role titles: (phrase, role key, default country when the text names none)
ROLE_TITLES = [
    ("president", "president", None), ("vice president", "vice_president", None),
    ("prime minister", "prime_minister", None), ("premier", "prime_minister", None),
    ("chancellor", "chancellor", None), ("head of state", "head_of_state", None),
    ("head of government", "head_of_government", None), ("king", "king", None), ("queen", "queen", None),
    ("emir", "emir", None), ("sultan", "sultan", None), ("crown prince", "crown_prince", None),
    ("foreign minister", "foreign_minister", None), ("minister of foreign affairs", "foreign_minister", None),
    ("minister for foreign affairs", "foreign_minister", None), ("foreign affairs minister", "foreign_minister", None),
    ("foreign secretary", "foreign_minister", "GB"), ("secretary of state", "secretary_of_state", "US"),
    ("head of diplomacy", "foreign_minister", None), ("top diplomat", "foreign_minister", None),
    ("chief diplomat", "foreign_minister", None),
    ("defence minister", "defence_minister", None), ("defense minister", "defence_minister", None),
    ("minister of defence", "defence_minister", None), ("minister of defense", "defence_minister", None),
    ("defense secretary", "defence_minister", "US"), ("secretary of defense", "defence_minister", "US"),
    ("defence secretary", "defence_minister", "GB"),
    ("armed forces minister", "armed_forces_minister", None),
    ("minister of the armed forces", "armed_forces_minister", None),
    ("interior minister", "interior_minister", None), ("minister of the interior", "interior_minister", None),
    ("home secretary", "interior_minister", "GB"),
    ("finance minister", "finance_minister", None), ("minister of finance", "finance_minister", None),
    ("treasury secretary", "finance_minister", "US"), ("secretary of the treasury", "finance_minister", "US"),
    ("chancellor of the exchequer", "finance_minister", "GB"),
    ("economy minister", "economy_minister", None), ("justice minister", "justice_minister", None),
    ("minister of justice", "justice_minister", None), ("attorney general", "attorney_general", None),
    ("minister", "minister", None),
    ("secretary general", "secretary_general", None), ("spokesperson", "spokesperson", None),
    ("spokesman", "spokesperson", None), ("spokeswoman", "spokesperson", None),
    ("press secretary", "spokesperson", None),
    ("ambassador", "ambassador", None), ("special envoy", "special_envoy", None), ("envoy", "envoy", None),
    ("special emissary", "special_envoy", None), ("emissary", "envoy", None),
    ("special representative", "special_envoy", None),
    ("high representative", "high_representative", None), ("mayor", "mayor", None),
    ("governor", "governor", None), ("pope", "pope", None),
    ("national security adviser", "national_security_adviser", None),
    ("national security advisor", "national_security_adviser", None),
    ("supreme leader", "supreme_leader", None), ("senator", "senator", None),
]
# a title preceded by one of these is not (or not yet, or no longer) the person's role: skipped
ROLE_BLOCKERS = ["former", "ex", "late", "future", "next", "deputy", "vice", "assistant", "under",
                 "would be", "then", "previous", "outgoing", "acting", "candidate", "hopeful", "incoming"]
# words joining a title to what qualifies it ("of France", "of the United Nations")
CONNECTORS = ["of the", "of"]
# words introducing a remit ("special envoy for the Middle East")
REMIT_PREPS = ["for", "to"]
# forms of government in front of a country name ("the Sultanate of Oman" is Oman)
GOVERNMENT_FORMS = ["sultanate of", "kingdom of", "republic of", "emirate of", "principality of",
                    "grand duchy of", "state of", "islamic republic of", "federation of"]
# a country or big city written in lower case after a preposition is still a place ("support for kyiv");
# off where ordinary lower-case words too often spell place names
LOWERCASE_PLACES = True
# prepositions after which a lower-case place name may still be a place
LOCATIVE_PREPS = ["in", "to", "from", "for", "against", "at", "near", "toward", "towards", "into", "via", "and"]
# lower-case words that are also place names: never read as places when written in lower case
COMMON_LOWER = ["turkey", "china", "chile", "guinea", "chad", "jordan", "japan", "male", "nice", "split",
                "mobile", "reading", "victoria", "lima", "bath", "orange", "split", "georgia", "niger", "cuba",
                "malta", "panama", "sierra", "salem", "florence", "independence", "concord", "mercy", "reunion", "jersey", "guernsey",
                "chester", "worcester", "phoenix", "buffalo", "lincoln", "hamilton", "york", "seoul"]

# ---- the normalised English form of role titles (only in the English file) ----
# role key -> English title
ROLE_NAMES = {
    "president": "President", "vice_president": "Vice President", "prime_minister": "Prime Minister",
    "chancellor": "Chancellor", "head_of_state": "Head of State", "head_of_government": "Head of Government",
    "king": "King", "queen": "Queen", "emir": "Emir", "sultan": "Sultan", "crown_prince": "Crown Prince",
    "foreign_minister": "Minister of Foreign Affairs", "secretary_of_state": "Secretary of State",
    "defence_minister": "Minister of Defence", "armed_forces_minister": "Minister of the Armed Forces",
    "interior_minister": "Minister of the Interior", "finance_minister": "Minister of Finance",
    "economy_minister": "Minister of the Economy", "justice_minister": "Minister of Justice",
    "attorney_general": "Attorney General", "minister": "Minister", "secretary_general": "Secretary General",
    "spokesperson": "spokesperson", "ambassador": "Ambassador", "special_envoy": "special envoy",
    "envoy": "envoy", "high_representative": "High Representative", "mayor": "Mayor", "governor": "Governor",
    "pope": "Pope", "national_security_adviser": "National Security Adviser", "supreme_leader": "Supreme Leader",
    "senator": "Senator",
}
# how a country qualifies the title: "of" -> "President of France"; "adj" -> "French Minister of ..."
ROLE_STYLE = {
    "president": "of", "vice_president": "of", "prime_minister": "of", "chancellor": "of",
    "head_of_state": "of", "head_of_government": "of", "king": "of", "queen": "of", "emir": "of",
    "sultan": "of", "crown_prince": "of", "mayor": "of", "governor": "of", "supreme_leader": "of",
    "secretary_general": "of", "high_representative": "of", "pope": "none",
}
# (role key, country) -> the title that country gives the office
ROLE_OVERRIDES = {
    ("foreign_minister", "US"): "US Secretary of State",
    ("secretary_of_state", "US"): "US Secretary of State",
    ("foreign_minister", "GB"): "UK Foreign Secretary",
    ("defence_minister", "US"): "US Secretary of Defense",
    ("finance_minister", "US"): "US Secretary of the Treasury",
    ("interior_minister", "GB"): "UK Home Secretary",
    ("finance_minister", "GB"): "UK Chancellor of the Exchequer",
    ("chancellor", "DE"): "Chancellor of Germany",
    ("chancellor", "AT"): "Chancellor of Austria",
}
# adjective used in titles when it differs from the first demonym
COUNTRY_TITLE_ADJ = {"US": "US", "GB": "UK"}
# country names that take "the" in a title ("President of the United States")
THE_COUNTRIES = ["US", "GB", "NL", "PH", "AE", "CD", "CF", "DO", "BS", "GM", "CZ", "VA", "KM", "MV", "SB",
                 "MH"]

# time words a model may glue to a name ("Sumy Sunday"): cut from the end of a span
TIME_WORDS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "morning", "evening", "night", "today", "yesterday", "tomorrow", "tonight"]
