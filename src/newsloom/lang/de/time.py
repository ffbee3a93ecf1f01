"""German temporal vocabulary and patterns, as data for newsloom.timex (see lang/en/time.py)."""

MONTHS = {"januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "märz": 3, "maerz": 3, "april": 4,
          "apr.": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
          "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12}
CASE_SENSITIVE = set()
WEEKDAYS = {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
            "sonnabend": 6, "sonntag": 7}
WEEKDAYS_PLURAL = {"montags": 1, "dienstags": 2, "mittwochs": 3, "donnerstags": 4, "freitags": 5, "samstags": 6,
                   "sonntags": 7}
DAY_SUFFIX = r"\."

NUMBERS = {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
           "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
           "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
           "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
           "neunzig": 90, "hundert": 100, "einhundert": 100, "tausend": 1000, "anderthalb": 1.5, "eineinhalb": 1.5,
           "zweieinhalb": 2.5, "einige": "X", "einigen": "X", "mehrere": "X", "mehreren": "X", "wenige": "X",
           "wenigen": "X", "ein paar": "X", "viele": "X", "vielen": "X", "halbe": 0.5, "halben": 0.5}
NUMBER_JOINERS = r"(?:und)"
INDEFINITE_ARTICLES = ["ein", "eine", "einen", "einem", "einer"]

UNITS = {"jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M", "monaten": "M",
         "monats": "M", "woche": "W", "wochen": "W", "tag": "D", "tage": "D", "tagen": "D", "tages": "D",
         "stunde": "H", "stunden": "H", "minute": "MIN", "minuten": "MIN", "sekunde": "S", "sekunden": "S",
         "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE", "jahrhundert": "CE", "jahrhunderte": "CE",
         "jahrhunderten": "CE", "quartal": "Q", "quartale": "Q", "quartalen": "Q", "halbjahr": "6M",
         "wochenende": "WE", "wochenenden": "WE"}
PLURAL_UNITS = {"jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "stunden", "minuten", "sekunden",
                "jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten", "quartale", "quartalen", "wochenenden"}
UNITS_LOWERCASE = False

SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
BARE_SEASON_BEFORE = r"(?:\b(?:im|diesen|diesem|seit|bis|letzten|nächsten|vergangenen)\s+)$"
PARTS_OF_DAY = {"morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV", "nacht": "NI",
                "früh": "MO"}
DEICTIC = {"heute": (0, None), "gestern": (-1, None), "morgen": (1, None), "vorgestern": (-2, None),
           "übermorgen": (2, None), "heute morgen": (0, "MO"), "heute abend": (0, "EV"), "heute nacht": (0, "NI"),
           "gestern abend": (-1, "EV"), "gestern morgen": (-1, "MO"), "gestern nacht": (-1, "NI"),
           "heute früh": (0, "MO"), "heute nachmittag": (0, "AF"), "gestern nachmittag": (-1, "AF")}

REL_PRE = {"letzten": -1, "letzte": -1, "letztes": -1, "letzter": -1, "vergangenen": -1, "vergangene": -1,
           "vergangenes": -1, "vergangener": -1, "vorigen": -1, "vorige": -1, "voriges": -1, "voriger": -1,
           "nächsten": 1, "nächste": 1, "nächstes": 1, "nächster": 1,
           "kommenden": 1, "kommende": 1, "kommendes": 1, "kommender": 1, "diesen": 0, "diese": 0, "dieses": 0,
           "diesem": 0, "dieser": 0}
# the period before the one last named: "im Vorjahresmonat", "im Vorjahr", "im Vormonat" (unit, offset)
PREV_PERIOD = {"vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "vorjahresmonat": ("M", -12), "vormonat": ("M", -1),
               "vorjahresquartal": ("Q", -4), "vorquartal": ("Q", -1), "vorwoche": ("W", -1)}
REL_POST = {}
REL_ANAPHORIC = {}
ANAPHORIC_DAYS = {"am nächsten tag": (1, None), "am folgenden tag": (1, None), "tags darauf": (1, None),
                  "am vortag": (-1, None), "am selben tag": (0, None), "am gleichen tag": (0, None),
                  "an diesem tag": (0, None), "am nächsten morgen": (1, "MO"), "am folgenden morgen": (1, "MO"),
                  "diesem tag": (0, None), "selben tag": (0, None), "gleichen tag": (0, None),
                  "nächsten tag": (1, None), "folgenden tag": (1, None), "vortag": (-1, None)}

AGO_PRE = {"vor": -1, "in": 1}
AGO_POST = {"zuvor": -1, "davor": -1, "vorher": -1, "später": 1, "danach": 1, "darauf": 1}
# "ein Jahr zuvor", "zwei Tage später": counted from the date last mentioned
AGO_FROM_CONTEXT = {"zuvor", "davor", "vorher", "später", "danach", "darauf"}

REFS = {"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
        "aktuell": "PRESENT_REF", "nun": "PRESENT_REF", "heutzutage": "PRESENT_REF", "kürzlich": "PAST_REF",
        "neulich": "PAST_REF", "jüngst": "PAST_REF", "früher": "PAST_REF", "bald": "FUTURE_REF",
        "in zukunft": "FUTURE_REF", "künftig": "FUTURE_REF", "demnächst": "FUTURE_REF"}

SET_WORDS = {"nachts": "TNI", "morgens": "TMO", "vormittags": "TMO", "nachmittags": "TAF", "abends": "TEV",
             "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "stündlich": "PT1H",
             "alljährlich": "P1Y", "jeden tag": "P1D", "jedes jahr": "P1Y"}
EVERY = {"jeden": 1, "jede": 1, "jedes": 1, "pro": 1, "alle": 1}

HOLIDAYS = {"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31), "neujahr": (1, 1),
            "ostern": ("easter", 0), "ostersonntag": ("easter", 0), "ostermontag": ("easter", 1),
            "karfreitag": ("easter", -2), "gründonnerstag": ("easter", -3), "palmsonntag": ("easter", -7),
            "rosenmontag": ("easter", -48), "faschingsdienstag": ("easter", -47), "fastnachtsdienstag": ("easter", -47),
            "aschermittwoch": ("easter", -46), "christi himmelfahrt": ("easter", 39), "pfingsten": ("easter", 49),
            "pfingstmontag": ("easter", 50), "fronleichnam": ("easter", 60), "tag der deutschen einheit": (10, 3),
            "tag der arbeit": (5, 1), "allerheiligen": (11, 1), "reformationstag": (10, 31), "nikolaus": (12, 6),
            "nikolaustag": (12, 6), "dreikönigstag": (1, 6), "heilige drei könige": (1, 6), "valentinstag": (2, 14),
            "erster weihnachtstag": (12, 25), "zweiter weihnachtstag": (12, 26), "muttertag": ("nth", 5, 7, 2)}

ORDINALS = {"ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
DECADE_WORDS = {}

TIME_WORDS = {"mittag": 12, "mitternacht": 24}
AMPM = {}
TIMEZONES = r"(?:Uhr\s+(?:MEZ|MESZ|Ortszeit)|MEZ|MESZ|Ortszeit)"

MODS = r"(?:anfang|ende|mitte|gegen ende|zu beginn|anfangs|spätestens|frühestens)"
APPROX = r"(?:etwa|rund|fast|knapp|mehr als|weniger als|mindestens|über|gut|bis zu|ungefähr|ca\.)"
NAMELIKE_BEFORE = (r"\b(?:im|in|seit|bis|ab|vom|von|zum|am|anfang|ende|mitte|letzten|nächsten|vergangenen|des|der|den|dem|"
                   r"und|oder|diesen|jeden|für|vor|nach|zwischen|monat|monats|gegen|um|spätestens|bereits|schon)\s*$")
YEAR_PREPOSITIONS = r"(?:im\s+jahr|im\s+jahre|seit|bis|von|ab|um)"

FUTURE_CUES = [r"\bwird\b", r"\bwerden\b", r"\bwirst\b", r"\bsoll\b", r"\bsollen\b", r"\bgeplant\b",
               r"\bnächste[nmrs]?\b", r"\bkommende[nmrs]?\b", r"\bwill\b", r"\bwollen\b", r"\bvorgesehen\b"]
PAST_CUES = [r"\bhat\b", r"\bhaben\b", r"\bhatte\b", r"\bhatten\b", r"\bwar\b", r"\bwaren\b", r"\bwurde\b",
             r"\bwurden\b", r"\b(?:ist|sind)\s+(?:[^\s.!?;]+\s+){0,7}?(?-i:[a-zäöüß]*ge[a-zäöüß]+(?:en|t)|[a-zäöüß]+(?:iert|ert))\b",
             r"\bge\w+t\b", r"\bletzte[nmrs]?\b", r"\bvergangene[nmrs]?\b", r"\bgestern\b"]
# Präteritum of frequent strong and mixed verbs (the weak ones end in -te and are caught below)
PAST_CUES += [r"(?-i:\b(?:traf|trafen|kam|kamen|ging|gingen|fand|fanden|gab|gaben|nahm|nahmen|sprach|sprachen|stand|"
              r"standen|lag|lagen|fiel|fielen|blieb|blieben|hielt|hielten|rief|riefen|schrieb|schrieben|stieg|stiegen|"
              r"sank|sanken|zog|zogen|flog|flogen|fuhr|fuhren|starb|starben|verließ|verließen|begann|begannen|gewann|"
              r"gewannen|verlor|verloren|brach|brachen|bot|boten|schlug|schlugen|trat|traten|warf|sah|sahen|lief|liefen|"
              r"hieß|schien|wuchs|erschien|entschied|entschieden|beschloss|beschlossen|ließ|ließen|half|griff|griffen|"
              r"bat|baten|saß|saßen|brachte|brachten|dachte|wusste|nannte|kannte|sandte|wandte)\b)",
              r"(?-i:\b[a-zäöüß]{3,}(?<![sß])te\b)", r"(?-i:\b(?:sagten|meldeten|teilten|erklärten|forderten|kündigten|"
              r"stimmten|einigten|wählten|protestierten|demonstrierten)\b)"]
# German speaks of the coming days in the present tense ("Die Mannschaft trifft sich am Montag"): a bare weekday
# in a sentence without any tense cue is the next one
NO_CUE_TENSE = "FUT"
NO_CUE_TENSE_DATES = True     # the same for "am 3. Oktober" and "im Mai" in a present-tense sentence
# words right before an expression that settle its tense
TENSE_BEFORE = [(r"\b(?:für|ab|bis(?:\s+zum|\s+spätestens)?|spätestens|frühestens)\s+(?:de[nm]\s+|kommenden\s+)?", "FUT"),
                (r"\bseit\s+(?:de[mn]\s+|letztem\s+|vergangenem\s+)?", "PAST")]
REPORTING_CUES = [r"\bsagte\b", r"\berklärte\b", r"\bteilte\b", r"\bberichtete\b", r"\bsagt\b", r"\bzufolge\b"]

BLOCKERS = [
    r"[$€£]\s?\d[\d.,]*(?:\s*(?:Millionen|Milliarden|Mio\.|Mrd\.))?",
    r"\b\d[\d.,]*\s*(?:Millionen|Milliarden|Mio\.|Mrd\.)?\s*(?:Euro|Dollar|Franken|Menschen|Personen|Tote|"
    r"Verletzte|Einwohner|Stimmen|Kilometer|km|Prozent|%)\b",
    r"\b\d+\s*Min\.?\s+Lesezeit\b", r"\b\d{1,2}:\d{1,2}\b(?=\s*(?:-Sieg|Sieg|Niederlage|gewonnen|verloren))",
    r"\+?\(?\d{2,5}\)?[\s/-]\d{2,4}[\s/-]\d{2,4}(?:[\s/-]\d{2,4})*", r"\b\d+\s+Jahre\s+alte?[nrs]?\b",
    r"\b\d+-[Jj]ährige[nr]?\b",
    # ages: "ab 16 Jahren", "unter 18 Jahren", "im Alter von 80 Jahren", "Kinder bis 12 Jahre"
    r"\b(?:ab|unter|über|bis)\s+\d+\s+Jahre[n]?\b(?!\s+(?:lang|Haft|Gefängnis|dauer|später|zuvor|nach|vor))",
    r"\bim\s+Alter\s+von\s+\d+\s+Jahren\b", r"\b\d+\s+und\s+\d+\s+Jahre\s+alt\b",
]
NUMERIC_DATE_ORDER = "DMY"
PART_OF_DAY_TYPE = "TIME"
PUBLISHED_CUES = r"(?:veröffentlicht|aktualisiert|Stand)"

# Prepositions and articles (am, im, vom, zum, bis zum, den, der) stay outside the expression: "am Mittwoch" ->
# "Mittwoch", "im vergangenen Jahr" -> "vergangenen Jahr"
P = r"(?:(?:am|im|vom|zum|bis\s+zum|bis|den|dem|der|in\s+der|in|an)\s+)?"
RULES = [
    ("date", P + r"(?P<span>(?:@WEEKDAY,?\s+(?:de[mn]\s+)?)?@DAY\s+@MONTH\s+@YEAR)"),
    ("date", P + r"(?P<span>(?:@WEEKDAY,?\s+(?:de[mn]\s+)?)?@DAY\s+@MONTH)"),
    # "vom 12. bis 14. Mai": the first day of a range
    ("day2", r"(?:vom\s+)?(?P<span>@DAY:day2)\s*(?:bis(?:\s+zum)?|-|–|und)\s*@DAY\s+@MONTH(?:\s+@YEAR)?"),
    ("numdate", r"(?<![\d/.-])@N1\.@N2\.@NY(?![\d/-])(?!\.\d)"),
    ("isodate", r"(?<![\d-])@YEAR-@MM-@DD(?![\d])"),
    ("date", P + r"(?P<span>(?:(?:@MODS)\s*)?@MONTH\s+@YEAR)"),
    ("month", P + r"(?P<span>(?:(?:@MODS)\s*)?@MONTH)(?!\s*(?:1[89]|20)\d\d\b)"),
    ("rel_named", P + r"(?P<span>@RELPRE\s+(?:@MONTH))"),
    ("year", P + r"(?P<span>(?:(?:@MODS)\s*)?(?:Jahre?\s+)?@YEAR)(?!\s*[-/]\s*\d)"),
    ("decade", r"(?:(?:die|den|in\s+den)\s+)?(?P<span>(?:(?:@MODS)\s*)?(?:19|20)?@DECADE_NUM:decade(?:er)(?:\s+Jahre[n]?)?)"),
    ("century", P + r"(?P<span>(?P<ord>\d{1,2}\.)\s+Jahrhundert)", ["jahrhundert"]),
    ("quarter", P + r"(?P<span>@ORD\s+Quartal(?:\s+@YEAR)?)"),
    ("quarter", r"(?<![\w-])Q(?P<qn>[1-4])(?:\s+|/|-)?(?:@YEAR)?(?![\w-])", ["q1", "q2", "q3", "q4"]),
    ("deictic", r"(?:(?:@MODS)\s*)?@DEICTIC(?:\s+@POD)?"),
    ("anaphor", r"(?:am|an)\s+(?P<span>(?P<anaday>diesem\s+Tag|selben\s+Tag|gleichen\s+Tag|nächsten\s+Tag|folgenden\s+Tag|Vortag))", ["tag", "vortag"]),
    ("anaphor", r"@ANADAY"),
    ("prev_period", P + r"(?P<span>@PREVPERIOD)"),
    ("rel_unit", P + r"(?P<span>(?:(?:@MODS)\s*)?@RELPRE\s+@UNIT)"),
    # "Ende des Jahres", "Anfang dieses Monats": the current unit
    ("rel_unit", P + r"(?P<span>(?:Anfang|Ende|Mitte)\s+(?:des|dieses)\s+(?P<cur>Jahres|Monats))", ["anfang", "ende", "mitte"]),
    ("weekend", r"(?:am|übers|über\s+das|an\s+diesem)\s+(?P<span>(?P<unit>Wochenende))", ["wochenende"]),
    ("weekend", r"(?P<span>(?:das|dieses)\s+(?P<unit>Wochenende))", ["wochenende"]),
    ("rel_named", P + r"(?P<span>@RELPRE\s+@WEEKDAY(?:\s*@POD)?)"),
    ("rel_named", P + r"(?P<span>@RELPRE\s+(?:@SEASON))"),
    ("ago", r"@AGOPRE\s+(?:@APPROX\s+)?@NUM\s+@UNIT"),
    ("ago", r"(?:@APPROX\s+)?@NUM\s+@UNIT\s+@AGOPOST"),
    ("weekday", r"(?:(?:am|an)\s+)?(?P<span>(?:(?:@MODS)\s*)?(?:diesen\s+)?@WEEKDAY(?:\s*@POD)?)(?!\s*,?\s*(?:de[mn]\s+)?\d)"),
    # "Montagabend", "Freitagmorgen": one word
    ("weekday", r"(?:am\s+)?(?P<span>(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?P<pod>morgen|vormittag|mittag|nachmittag|abend|nacht))(?![\w])",
     [w + p for w in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")
      for p in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")]),
    ("season", P + r"(?P<span>(?:(?:@MODS)\s*)?(?:@RELPRE\s+)?@SEASON(?:\s+@YEAR)?)"),
    ("holiday", r"(?:(?:an|zu|am|zum|an\s+den)\s+)?(?P<span>@HOLIDAY(?:\s+@YEAR)?)"),
    ("time", r"(?:(?:um|gegen|ab|bis)\s+)?(?P<span>@HOUR(?:[:.]@MINUTE)?\s*Uhr(?:\s+@TZ)?)"),
    ("time", r"(?:(?:um|gegen)\s+)?(?P<span>@TIMEWORD)"),
    ("duration", r"(?:@APPROX\s+)?@NUM\s+@UNIT"),
    # "seit Wochen", "wird Monate dauern": a plural unit alone is a vague duration
    ("duration", r"(?:\b(?:seit|für|nach|über|schon|noch|werden|wird|dauert|dauerte|dauern|dauerten)\s+)(?P<span>@UNIT)(?=\s|[.,;:!?)])"),
    ("duration", r"(?:in\s+den\s+|die\s+)?(?P<span>(?:letzten|vergangenen|nächsten|kommenden)\s+@NUM\s+@UNIT)"),
    ("duration", r"(?:in\s+den\s+|die\s+)?(?P<span>(?P<fuzzy>letzten|vergangenen|nächsten|kommenden)\s+@UNIT)"),
    ("set", r"@EVERY\s+(?:@NUM\s+)?@UNIT"),
    ("set", r"(?:jeden)\s+@WEEKDAY"),
    ("set", r"@WEEKDAYPL"),
    ("set", r"@SETWORD"),
    ("ref", r"@REF"),
]
