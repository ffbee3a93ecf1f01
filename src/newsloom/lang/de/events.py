"""German event vocabulary, as data for newsloom.events (see lang/en/events.py for the format).

No German spaCy model exists as a wheel: German text arrives without tags or parse, so the engine reads it
by position (the nearest named participants before and after a trigger). The forms below are therefore
spelled out generously, strong verbs by hand.
"""

VERB_INFLECTIONS = [
    ("ieren", ["iert", "ierte", "ierten", "ierst"]),
    ("eln", ["elt", "elte", "elten", "ge~elt"]),
    ("ern", ["ert", "erte", "erten", "ge~ert"]),
    ("en", ["t", "et", "te", "ete", "ten", "eten", "ge~t", "ge~et"]),
]
NOUN_INFLECTIONS = [("ung", ["ungen"]), ("e", ["en"]), ("", ["e", "en", "n", "s", "er"])]
IRREGULAR = {
    "treffen": "trifft traf trafen getroffen", "sprechen": "spricht sprach sprachen gesprochen",
    "besuchen": "besucht besuchte besuchten", "empfangen": "empfängt empfing empfingen",
    "verhandeln": "verhandelt verhandelte verhandelten", "beraten": "berät beriet berieten",
    "unterzeichnen": "unterzeichnet unterzeichnete unterzeichneten", "vereinbaren": "vereinbart vereinbarte vereinbarten",
    "zusagen": "sagt zu sagte zu zugesagt", "versprechen": "verspricht versprach versprachen",
    "freilassen": "lässt frei ließ frei ließen frei freigelassen", "zurückziehen": "zieht zurück zog zurück zurückgezogen",
    "fordern": "fordert forderte forderten gefordert", "verlangen": "verlangt verlangte verlangten",
    "vorwerfen": "wirft vor warf vor vorgeworfen", "verurteilen": "verurteilt verurteilte verurteilten",
    "kritisieren": "kritisiert kritisierte kritisierten", "ablehnen": "lehnt ab lehnte ab lehnten ab abgelehnt",
    "drohen": "droht drohte drohten gedroht", "warnen": "warnt warnte warnten gewarnt",
    "protestieren": "protestiert protestierte protestierten", "demonstrieren": "demonstriert demonstrierte demonstrierten",
    "festnehmen": "nimmt fest nahm fest nahmen fest festgenommen", "verhaften": "verhaftet verhaftete verhafteten",
    "angreifen": "greift an griff an griffen an angegriffen", "töten": "tötet tötete töteten getötet",
    "bombardieren": "bombardiert bombardierte", "beschießen": "beschießt beschoss beschossen",
    "verletzen": "verletzt verletzte verletzten", "entführen": "entführt entführte entführten",
    "ausweisen": "weist aus wies aus wiesen aus ausgewiesen", "verhängen": "verhängt verhängte verhängten",
    "stationieren": "stationiert stationierte", "entsenden": "entsendet entsandte entsandt",
    "liefern": "liefert lieferte lieferten geliefert", "unterstützen": "unterstützt unterstützte unterstützten",
    "loben": "lobt lobte lobten gelobt", "begrüßen": "begrüßt begrüßte begrüßten",
    "telefonieren": "telefoniert telefonierte telefonierten", "reisen": "reist reiste reisten gereist",
    "sterben": "stirbt starb starben gestorben", "sagen": "sagt sagte sagten gesagt",
    "erklären": "erklärt erklärte erklärten", "betonen": "betont betonte betonten",
}
ELISIONS: dict[str, str] = {}
PREP_FORMS = {"im": "in", "am": "an", "zum": "zu", "zur": "zu", "beim": "bei", "vom": "von"}
VERBS = {
    "treffen": "CONSULT:meeting", "besuchen": "CONSULT:visit", "empfangen": "CONSULT:visit", "sprechen": "CONSULT",
    "verhandeln": "CONSULT", "beraten": "CONSULT", "telefonieren": "CONSULT:phone", "reisen": "CONSULT:visit",
    "loben": "SUPPORT", "begrüßen": "SUPPORT", "unterstützen": "SUPPORT", "unterzeichnen": "SUPPORT",
    "vereinbaren": "AGREE", "zusagen": "AGREE", "versprechen": "AGREE", "einigen": "AGREE",
    "kooperieren": "COOPERATE", "zusammenarbeiten": "COOPERATE",
    "freilassen": "RETREAT:release", "zurückziehen": "RETREAT:withdraw", "zurücktreten": "RETREAT",
    "fordern": "REQUEST", "verlangen": "REQUEST", "auffordern": "REQUEST",
    "vorwerfen": "ACCUSE:allege", "verurteilen": "ACCUSE:disapprove", "kritisieren": "ACCUSE:disapprove",
    "beschuldigen": "ACCUSE:allege", "ermitteln": "ACCUSE:investigate",
    "ablehnen": "REJECT", "zurückweisen": "REJECT", "dementieren": "REJECT",
    "drohen": "THREATEN", "warnen": "THREATEN",
    "protestieren": "PROTEST:demo", "demonstrieren": "PROTEST:demo", "streiken": "PROTEST:boycott",
    "sanktionieren": "SANCTION", "ausweisen": "SANCTION:expel",
    "stationieren": "MOBILIZE:troops", "mobilisieren": "MOBILIZE:troops", "entsenden": "MOBILIZE:troops",
    "festnehmen": "COERCE:arrest", "verhaften": "COERCE:arrest", "inhaftieren": "COERCE:arrest",
    "verbieten": "COERCE:ban", "abschieben": "COERCE:deport",
    "angreifen": "ASSAULT", "töten": "ASSAULT", "bombardieren": "ASSAULT:aerial", "beschießen": "ASSAULT:heavy-weapons",
    "verletzen": "ASSAULT", "entführen": "ASSAULT:abduct", "ermorden": "ASSAULT", "erschießen": "ASSAULT:firearms",
}
NOUNS = {
    "treffen": "CONSULT:meeting", "besuch": "CONSULT:visit", "gipfel": "CONSULT:meeting", "gespräch": "CONSULT",
    "verhandlung": "CONSULT", "telefonat": "CONSULT:phone", "reise": "CONSULT:visit", "vermittlung": "CONSULT:mediation",
    "abkommen": "AGREE", "einigung": "AGREE", "vereinbarung": "AGREE", "zusage": "AGREE",
    "unterstützung": "SUPPORT", "zusammenarbeit": "COOPERATE", "hilfe": "AID", "hilfslieferung": "AID",
    "freilassung": "RETREAT:release", "rückzug": "RETREAT:withdraw", "waffenruhe": "RETREAT:ceasefire",
    "waffenstillstand": "RETREAT:ceasefire", "rücktritt": "RETREAT", "gefangenenaustausch": "RETREAT:release",
    "forderung": "REQUEST", "appell": "REQUEST", "vorwurf": "ACCUSE:allege", "kritik": "ACCUSE:disapprove",
    "ermittlung": "ACCUSE:investigate", "ablehnung": "REJECT", "veto": "REJECT", "drohung": "THREATEN",
    "ultimatum": "THREATEN", "protest": "PROTEST:demo", "demonstration": "PROTEST:demo", "kundgebung": "PROTEST:demo",
    "streik": "PROTEST:boycott", "sanktion": "SANCTION", "embargo": "SANCTION", "ausweisung": "SANCTION:expel",
    "festnahme": "COERCE:arrest", "verhaftung": "COERCE:arrest", "ausgangssperre": "COERCE:curfew",
    "angriff": "ASSAULT", "luftangriff": "ASSAULT:aerial", "anschlag": "ASSAULT:explosives",
    "beschuss": "ASSAULT:heavy-weapons", "offensive": "ASSAULT", "invasion": "ASSAULT", "gefecht": "ASSAULT",
    "kämpfe": "ASSAULT", "explosion": "ASSAULT:explosives", "entführung": "ASSAULT:abduct", "massaker": "ASSAULT:massacre",
}
PHRASES = {"zusammen treffen": "CONSULT:meeting", "sich einigen": "AGREE"}
VERB_OBJECT = {"verhängen": {"@sanction": "SANCTION", "ausgangssperre": "COERCE:curfew"},
               "liefern": {"@weapon": "AID:military", "@aid": "AID"}, "schicken": {"@weapon": "AID:military",
                                                                                  "@troops": "MOBILIZE:troops"}}
CLASSES = {"sanction": ["sanktion", "sanktionen", "embargo", "strafmaßnahme"],
           "weapon": ["waffe", "waffen", "munition", "panzer", "rakete", "raketen", "drohne"],
           "aid": ["hilfe", "hilfsgüter", "lebensmittel"], "troops": ["truppe", "truppen", "soldat", "soldaten"],
           "phone": ["telefon", "telefonisch", "video"]}
NEGATIONS = ["nicht", "kein", "keine", "keinen", "nie", "niemals", "ohne"]
FUTURE_AUX = ["wird", "werden", "werde"]
# "würden" is not listed: with accents folded it reads as "wurden" (were)
HYPOTHETICAL_AUX = ["könnte", "könnten", "sollte", "sollten"]
PLANNED_GOVERNORS = ["geplant", "soll", "sollen", "will", "wollen", "nächste", "nächsten", "kommende", "kommenden"]
CONDITIONAL_MARKS = ["wenn", "falls"]
QUESTION_MARKS = ["?"]
TARGET_PREPS = ["mit", "gegen", "an", "auf", "zu", "nach"]
SOURCE_PREPS = ["von", "durch"]
BETWEEN_PREPS = ["zwischen"]
OF_PREPS = ["von"]
PLACE_PREPS = ["in", "nach", "bei"]
PLACE_ONLY_PREPS = ["in", "bei"]
TOPIC_PREPS = ["über"]
PERSON_PRONOUNS = ["er", "sie"]
DETERMINERS = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"]
ROLE_NOUNS = ["gesandte", "gesandter", "minister", "ministerin", "präsident", "präsidentin", "kanzler",
              "kanzlerin", "botschafter", "sprecher", "sprecherin", "chef", "chefin"]
QUOTE_VERBS = ["sagen", "erklären", "betonen", "mitteilen", "warnen", "fordern", "kündigen"]
ACCORDING_TO = ["laut", "zufolge", "nach angaben"]
QUOTE_MARKS = [("\u201e", "\u201c"), ("\u00bb", "\u00ab"), ("\u201c", "\u201d"), ('"', '"')]
NUMBER_WORDS = {"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
                "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20, "hundert": 100, "dutzende": 24, "hunderte": 200,
                "tausende": 2000}
SCALES = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9,
          "mrd": 1e9}
DECIMAL_COMMA = True
CURRENCIES = {"$": "USD", "dollar": "USD", "€": "EUR", "euro": "EUR"}
APPROXIMATORS = ["mindestens", "mehr als", "über", "rund", "etwa", "fast", "knapp"]
DEAD_WORDS = ["tote", "toten", "getötet", "getöteten", "starben", "ums leben", "todesopfer", "leben"]
INJURED_WORDS = ["verletzte", "verletzten", "verletzt", "verwundete", "verwundet"]
PEOPLE_WORDS = ["menschen", "zivilisten", "soldaten", "kinder", "frauen", "männer", "personen", "wurden", "sind",
                "und"]
DURATION_UNITS = {"tag": "D", "tage": "D", "tagen": "D", "woche": "W", "wochen": "W"}
TOPICS = {"krieg": "war in {place}", "konflikt": "conflict in {place}", "frieden": "peace", "sanktionen": "sanctions",
          "atomprogramm": "{place} nuclear programme", "geiseln": "hostages", "waffenruhe": "ceasefire"}
