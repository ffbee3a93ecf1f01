"""English temporal vocabulary and patterns, as data for newsloom.timex.

Rules are regular expressions with @MACROS (see newsloom.timex.lexicon) and a kind naming the
engine's interpreter. Everything language specific lives here; the engine never tests the language.
"""

MONTHS = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
    "april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
    "august": 8, "aug.": 8, "aug": 8, "september": 9, "sept.": 9, "sep.": 9, "sept": 9,
    "october": 10, "oct.": 10, "oct": 10, "november": 11, "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}
# words that are also ordinary words: only a capitalised form counts
CASE_SENSITIVE = {"may", "march", "mar.", "august", "jan", "feb", "apr", "aug", "sept", "sep.", "oct", "nov", "dec",
                  "jun.", "jul.", "sun", "sat", "wed"}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
}
WEEKDAYS_PLURAL = {"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6,
                   "sundays": 7}

DAY_SUFFIX = r"(?:st|nd|rd|th)?"

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
    "a few": "X", "few": "X", "several": "X", "some": "X", "many": "X", "a number of": "X", "numerous": "X",
    "a thousand": 1000, "two thousand": 2000,
}
NUMBER_JOINERS = r"(?:\s+and\s+|-|\s+)"
INDEFINITE_ARTICLES = ["a", "an"]
# "a second betrayal", "a quarter of the budget": when such a unit is really a time unit
ARTICLE_UNIT_NEEDS_AFTER = {"S": r"\s+(?:later|earlier|ago|or)\b"}
# "three quarters of the budget" is a fraction; "several quarters of losses" a duration
UNIT_FRACTION_AFTER = {"Q": r"\s+of\s+(?:(?i:the|a|an|its|his|her|their|our|all|this|that|these|those|them|it|us)\b|[A-Z\d$])"}
# "$1.76 a year", "four flights a week": a rate, i.e. a SET
SET_RATE_BEFORE = r"(?:\d[\d,.]*%?|once|twice|times|million|billion|percent)\s+(?:[\w-]+\s+){0,2}$"
HALF_WORDS = r"(?:and\s+a\s+half)"

UNITS = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
    "day": "D", "days": "D", "hour": "H", "hours": "H", "hrs": "H", "minute": "MIN", "minutes": "MIN",
    "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "quarter": "Q", "quarters": "Q", "fortnight": "2W", "weekend": "WE", "weekends": "WE",
    "millennium": "1000Y", "semester": "6M",
}
# units whose plural/singular form says 'more than one'
PLURAL_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries",
                "quarters", "weekends", "yrs", "hrs"}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "mid-afternoon": "AF", "mid afternoon": "AF", "midday": "MI", "mid-morning": "MO",
                "late afternoon": "AF", "late night": "NI", "nights": "NI", "mornings": "MO", "evenings": "EV"}

# words naming a day relative to the publication date; (offset in days, part of day)
DEICTIC = {"today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
           "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
           "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
           "last night": (-1, "NI"), "last evening": (-1, "EV"), "tomorrow morning": (1, "MO")}

# relative words before a unit / month / weekday: offset
REL_PRE = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
           "this": 0, "current": 0, "the current": 0, "this current": 0, "the coming": 1, "the last": -1,
           "the past": -1, "the previous": -1, "the next": 1, "upcoming": 1, "the upcoming": 1,
           "the latest": -1, "the most recent": -1, "latest": -1, "most recent": -1}
REL_POST = {}
# anaphoric relatives (relative to the last date mentioned)
REL_ANAPHORIC = {"following": 1, "the following": 1, "that": 0, "the same": 0, "that same": 0, "the previous": -1,
                 "the preceding": -1, "the prior": -1}

# "three days before/after/later" is anchored to an event: only its duration part is a timex
AGO_POST = {"ago": -1, "earlier": -1, "from now": 1, "hence": 1, "from today": 1}
AGO_PRE = {}
# "a year earlier" right after "last year" / "in 2011": counted from the year last named
AGO_FROM_CONTEXT = {"earlier"}

REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
"the present": "PRESENT_REF", "this crucial moment": "PRESENT_REF",
    
    "recently": "PAST_REF", "lately": "PAST_REF", "more recently": "PAST_REF",
    "most recently": "PAST_REF", "the past": "PAST_REF", 
    "in the past": "PAST_REF", "once upon a time": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", 
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", 
    "long-term": None, "the coming months": "FUTURE_REF", "coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "coming days": "FUTURE_REF", "the coming years": "FUTURE_REF", "coming years": "FUTURE_REF",
    "in the future": "FUTURE_REF", "one day": None,
}
# REFS that are only taken with these words around them (regex on the text just before)
REF_NEEDS_BEFORE = {"future": r"(?:\b(?:the|near|of|for|in|its|his|her|their|our|my|your|a|distant|any|all)\s+)$",
                    "current": r"(?:\b(?:the|its|his|her|their|our|my|your)\s+)$"}

# TimeML SET values for adverbs / adjectives
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "TNI", "biannual": "P6M",
             "bimonthly": "P2M", "biweekly": "P2W", "twice a year": "P6M", "twice a month": "P2W",
             "once a year": "P1Y", "once a week": "P1W", "once a month": "P1M"}
EVERY = {"every": 1, "each": 1, "per": 1, "every other": 2}

HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4), "labor day": ("nth", 9, 1, 1),
    "memorial day": ("nth", 5, 1, -1), "easter": ("easter", 0), "easter sunday": ("easter", 0),
    "good friday": ("easter", -2), "easter monday": ("easter", 1), "veterans day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "may day": (5, 1), "st. patrick's day": (3, 17),
    # U.S. calendar: Election Day is the Tuesday after the first Monday of November
    "election day": ("nth", 11, 1, 1, 1), "mother's day": ("nth", 5, 7, 2), "father's day": ("nth", 6, 7, 3),
    "martin luther king day": ("nth", 1, 1, 3), "presidents day": ("nth", 2, 1, 3),
    "presidents' day": ("nth", 2, 1, 3), "columbus day": ("nth", 10, 1, 2),
}

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
            "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
            "12th": 12, "13th": 13, "14th": 14, "15th": 15, "16th": 16, "17th": 17, "18th": 18,
            "19th": 19, "nineteenth": 19, "20th": 20, "twentieth": 20, "21st": 21, "twenty-first": 21}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

TIME_WORDS = {"noon": 12, "midday": 12, "midnight": 24}
AMPM = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
TIMEZONES = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local time|\(\d{3,4} GMT\))"

# modifiers that leave the value unchanged (TimeML puts them in a mod attribute)
MODS = r"(?:early|late|mid-?|earlier|later|the end of|the beginning of|the start of|the middle of|the end of the|end-|end of)"
APPROX = r"(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|at most|up to|no more than|under|only|just|barely|the better part of)"
# words before a bare month name / holiday that make it a date rather than a name
NAMELIKE_BEFORE = (r"\b(?:a|an|in|by|since|until|till|through|throughout|during|early|late|mid|from|to|of|before|after|"
                   r"last|next|this|that|each|every|for|on|around|between|and|or|the|until|til|as of|"
                   r"beginning|end|start|middle|'s)[\s-]*$")

UNITS_LOWERCASE = True
# a year before 1800 needs one of these right before it ("in 1415", "since 1066")
YEAR_PREPOSITIONS = r"\b(?:in|since|until|till|by|from|before|after|around|circa|year)"
# a month name followed by "of" and a capitalised word is a name ("the March of Dimes")
MONTH_NAME_AFTER = r"\s+of\s+(?:the\s+)?[A-Z][a-z]"
# a bare four-digit number before a plural noun is a count ("seized 2000 rifles"), unless a word before it
# introduces a year ("in 2000 voters ...", "the 1998 elections")
YEAR_COUNT_AFTER = r"\s+(?!(?:was|is|has|had|does|did|sees|saw|marks|means)\b)[a-z]{2,}s\b"
YEAR_INTRO_BEFORE = (r"(?:\b(?:in|of|since|by|until|till|from|to|the|and|or|early|late|mid|before|after|during|for|"
                     r"through|between|around|circa|year|fiscal|calendar)|['’]s|[,(])")
# "the past year" is a duration, "past year" / "last year" a date
DURATION_REL_RE = r"^the (?:past|last|next|coming|previous|upcoming)$"
BARE_SEASON_BEFORE = r"(?:\b(?:in|during|through|since|until|by|over|for|this|last|next|early|late|mid)\s+(?:the\s+)?)$"
PUBLISHED_CUES = r"(?:published|posted|updated|first published|last updated|issued)"

# tense cues (case-insensitive regexes) looked for in the sentence around a timex
FUTURE_CUES = [r"\b(?:will|would|shall|to|can|may|might|must)\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?(?:\w+ed|held|made|set|put|cut|hit|built|kept|sent|paid|sold|told|found|given|taken|seen|done|known|shown|run|won|met|brought|bought)\b",
               r"\bwill\b", r"\b\w+'ll\b", r"\bshall\b", r"\bgoing to\b", r"\bscheduled\b", r"\bset to\b",
               r"\bis expected\b", r"\bare expected\b", r"\bis due\b", r"\bare due\b", r"\bis set to\b",
               r"\bare set to\b", r"\bplans? to\b", r"\bslated\b", r"\bupcoming\b", r"\bnext\b(?!\s+to\b)",
               r"\bis to\b", r"\bare to\b", r"\bas (?:soon|early) as\b", r"\bwould\b", r"\bwon't\b",
               r"\bexpects?\b", r"\bintends?\b", r"\bforecast\b", r"\bhopes? to\b", r"\bpayable\b", r"\bplanning to\b",
               r"\bcan\b", r"\bshould\b", r"\bmust\b", r"(?-i:\bmay\b)", r"\bmight\b",
               # schedule verbs in the present tense ("the two leaders meet Monday", "the trial opens Tuesday")
               r"\b(?:meets?|begins|starts|opens|leaves|arrives|visits|convenes|resumes|expires|heads|travels|returns|"
               r"votes|hosts|faces|testifies|ends|closes|kicks\s+off|wraps\s+up|takes\s+office|go(?:es)?\s+to\s+the\s+polls)\b",
               # present passive of scheduling verbs ("when the case is heard in May"): not the past participle
               r"\b(?:is|are)\s+(?:heard|held|planned|opened|launched|signed|decided|completed)\b"]
# a deadline preposition right before a date points ahead ("by May", "until Jan. 14"); not "this year through
# August", a period up to now
DEADLINE_BEFORE = r"\b(?:by|until|till|(?<!year\s)(?<!year's\s)through|before)\s+(?:early\s+|late\s+|mid-?\s*|the\s+end\s+of\s+)?$"
# words right before an expression that settle its tense, whatever the verbs around say
TENSE_BEFORE = [(r"\bas\s+(?:soon|early)\s+as\s+(?:[\w']+\s+){0,2}", "FUT"),
                (r"(?<!\bnot\s)(?<!n't\s)(?<=[a-z]\s)(?:until|till)\s+(?:the\s+)?", "FUT"),    # not "Until Friday, police had ..."
                (r"\b(?:scheduled|set|slated|planned|due|pencil(?:l)?ed\s+in)\s+for\s+(?:next\s+)?", "FUT"),
                (r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?", "PAST")]
REPORTING_CUES = [r"\bsaid\b", r"\bsays\b", r"\btold\b", r"\bannounced\b", r"\breported\b", r"\badded\b",
                  r"\bstated\b", r"\bconfirmed\b", r"\bdisclosed\b", r"\baccording to\b"]
PAST_CUES = [r"\bwas\b", r"\bwere\b", r"\bhad\b", r"\bdid\b",
             r"(?-i:\b(?!(?:scheduled|expected|planned|slated|need|indeed|speed|announced|reported|stated|confirmed|"
             r"disclosed|added|seed|feed|proceed|exceed|succeed|red|bed|hundred|wed)\b)[a-z]{3,}ed\b)", r"\bago\b", r"\blast\b",
             r"\bearlier\b", r"\bagreed\b", r"\bbegan\b", r"\bcame\b", r"\bwent\b", r"\bmet\b", r"\bleft\b",
             r"\bheld\b", r"\bgave\b", r"\btook\b", r"\bsaw\b", r"\bmade\b", r"\bfound\b", r"\bfell\b",
             r"\brose\b", r"\bwon\b", r"\blost\b", r"\bspoke\b", r"\bwrote\b", r"\bhas been\b", r"\bhave been\b",
             r"\b(?:flew|drove|ran|fought|sought|bought|brought|thought|caught|taught|sold|paid|led|fled|stood|"
             r"understood|won|began|became|chose|froze|rode|shook|spoke|stole|swore|tore|wore|woke|drew|grew|knew|"
             r"threw|blew|slew|bit|hid|slid|spat|swam|sang|rang|sank|shrank|forgot|got|shot|stuck|struck|swung|"
             r"hung|dug|fed|bled|bred|met|kept|slept|swept|wept|crept|felt|dealt|meant|sent|spent|built|lent|bent|"
             r"lit|quit|split|spread|withdrew|overthrew|undertook|forbade|arose|awoke|sprang|fell|sold|held|"
             r"heard|laid|gave|took|came|went|saw|did|made|found|left|lost|hit|cut|put|set|let|shut|burst|cast|"
             r"cost|hurt|beat|ate|oversaw|rebuilt|resumed)\b",
             r"\bsince\b", r"\bbroke\b", r"\bsent\b", r"\bhit\b", r"\bstruck\b", r"\bkilled\b", r"\bthrew\b"]

# spans that are never timexes (money, ages, scores, reading times, titled works ...)
BLOCKERS = [
    # "today's youth", "in today's world": "today" meaning "nowadays" in a generic phrase
    r"\b[Tt]oday['’]s\s+(?=(?:youth|world|society|generation|young|children|kids|teenagers|standards|technology|culture)\b)",
    # "Now, ..." opening a sentence is a discourse marker, not a reference to the present
    r"(?:(?<=[.!?\"'`]\s)|(?<=[.!?\"'`]\s\s)|(?<=\n)|(?<![\s\S]))Now(?=,)",
    r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k))?",
    r"\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|yen|francs|marks|people|persons|troops|"
    r"soldiers|civilians|residents|children|men|women|votes|shares|barrels|tons|tonnes|km|kilometers|miles|"
    r"meters|metres|feet|percent|per cent|%|points|cars|homes|houses|jobs|workers|employees|students|cases|"
    r"deaths|victims|members|delegates|seats)\b",
    r"\b\d+\s*min(?:s|\.)?\s+read\b",
    r"\b\S+-(?:year|month|week|day)-olds?\b", r"\b\d+\s+years?\s+old\b", r"\b\d+\s+years?\s+of\s+age\b",
    r"\b(?:Sunday|Saturday|Monday|Friday)\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Night|Sport|People|"
    r"Independent|Observer|Tribune|Mail|World|Business|Morning Herald|Age)\b",
    r"\b(?:Black|Bloody|Super|Cyber|Ash)\s+(?:Friday|Sunday|Monday|Tuesday|Wednesday|Thursday)\b",
    # a holiday word used as a surname: "Christopher Christmas", "Mr. Easter"
    r"\b(?:(?:Mr|Mrs|Ms|Dr)\.?|(?<![.!?\"“]\s)(?<!\n)(?!(?:Merry|Happy|Orthodox|Catholic|Coptic|Western|Eastern|Last|"
    r"Next|This|On|By|Before|After|Since|Until|At|Over|For|During|Around|Till|From|Good|White|Black|Green|Holy|"
    r"Christian|Jewish|Muslim)\b)[A-Z][a-z]+)\s+(?:Christmas|Easter|Halloween|Noel)\b(?!\s+(?:Day|Eve|Sunday|Monday|Island))",
    r"\bMay\s+(?:I|we|you|he|she|they|it|be|not|have)\b",
    r"\b\d{1,2}-\d{1,2}\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?))",
    r"\+?\d{2,4}[\s.-]\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})*",
    r"\bone\s+of\b", r"\bone\s+(?:day|time)\s+(?:or|and)\b",
    # "he hopes one day to ...", "she may one day run": "some day", not a one-day duration
    r"\b(?:will|would|could|might|may|can|should|must|to|I|we|you|he|she|they|it|hope|hopes|hoped|dream|dreams|dreamed)\s+one\s+day\b(?!\s+(?:of|in|at|a|per|after|before|later|earlier|ago|or|and)\b)",
    # "the people of tomorrow", "the world of tomorrow": generic future, not the next day
    r"\bof\s+tomorrow\b(?!\s*(?:morning|afternoon|evening|night|['’]s))",
    # speeds and physical rates: "15 million instructions per second", "60 miles an hour"
    r"\b(?:miles|kilometers|kilometres|km|meters|metres|feet|knots|instructions|operations|words|frames|beats|bits|bytes|"
    r"kilobits|megabits|gigabits|revolutions|rotations|litres|liters|gallons|cubic\s+\w+)\s+(?:an?|per)\s+(?:second|minute|hour)\b",
    r"\b(?:Nineteen|Twenty)\s+(?:Eighty|Seventy)-\w+\b",
]

# numeric date order for d/m/y style numbers
NUMERIC_DATE_ORDER = "MDY"
PART_OF_DAY_TYPE = "TIME"

DAY_UNIT_WORD = r"(?:day|days)"
RULES = [
    # ---- explicit calendar dates
    ("date", r"(?:@RELPRE\s+)?(?:@WEEKDAY,?\s+)?(?:the\s+)?@DAY\s+(?:of\s+)?@MONTH,?\s+@YEAR"),
    ("date", r"(?:@RELPRE\s+)?(?:@WEEKDAY,?\s+)?@MONTH\s+@DAY,?\s+@YEAR"),
    ("date", r"(?:@RELPRE\s+)?(?:@WEEKDAY,?\s+)?@MONTH\s+(?:the\s+)?@DAY(?![\d,]*\d|\s*(?:million|billion|percent|%))"),
    ("date", r"(?:@RELPRE\s+)?(?:@WEEKDAY,?\s+)?(?:the\s+)?@DAY\s+(?:of\s+)?@MONTH"),
    ("day2", r"@MONTH\s+@DAY\s*(?:and|to|through|or|-|–)\s*(?P<span>@DAY:day2)(?![\d:,.]\d)(?!\s*(?:percent|%|million|billion|years?|months?|days?))"),
    ("date", r"(?:(?:@MODS)\s*)?@MONTH,?\s+(?:of\s+)?@YEAR"),
    ("date", r"(?:(?:@MODS)\s*)?@MONTH\s+(?=['’])@YY(?!\d)"),
    ("date", r"(?:the\s+)?(?P<weekof>week|weekend)\s+of\s+@MONTH\s+@DAY(?:,?\s+@YEAR)?"),
    ("numdate", r"(?<![\d/.-])@N1[/.-]@N2[/.-]@NY(?![\d/-])(?!\.\d)"),
    ("isodate", r"(?<![\d-])@YEAR-@MM-@DD(?:T@HOUR:@MINUTE)?(?![\d])"),
    ("month_relyear", r"(?:(?:@MODS)\s*)?@MONTH\s+(?:of\s+)?@RELPRE\s+year"),
    ("month", r"(?:(?:@MODS)\s*)?@MONTH(?!\s*\d)"),
    ("year", r"(?:(?:@MODS)\s*)?(?:fiscal\s+(?:year\s+)?)?@YEAR(?!\s*-\s*\d)"),
    ("year", r"(?:the\s+)?(?:(?:@MODS)\s*)?@YEAR\s+(?:(?P<yperiod>period)|fiscal year|season|election)", ["period", "fiscal", "season", "election"]),
    ("year", r"(?:the\s+)?year\s+@YEAR"),
    ("year", r"(?:(?:@MODS)\s*)?post-@YEAR", ["post"]),
    ("spoken_year", r"(?:(?:in|of|since|until|by)\s+)(?P<span>(?:@MONTH\s+)?(?:nineteen|twenty)\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))\b", ['nineteen', 'twenty']),
    ("spoken_year", r"(?P<span>(?:@MONTH\s+)?nineteen\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))\b(?!\s+(?:percent|people|dollars|points|years|hundred|thousand|million))", ["nineteen"]),
    ("spoken_year", r"(?P<span>(?:the\s+)?year\s+(?P<y2000>two\s+thousand))", ['thousand']),
    ("decade", r"(?:the\s+)?(?:(?:@MODS)\s*)?@DECADE"),
    ("century", r"(?:the\s+)?(?:(?:@MODS)\s*)?@ORD[-\s]century"),
    # ---- quarters and halves
    ("quarter", r"(?:(?:the|a|its|their)\s+)?(?:flat\s+|fiscal\s+|calendar\s+)?@ORD[-\s]quarter(?!\w)(?:\s+of\s+(?:fiscal\s+)?@YEAR)?"),
    ("quarter", r"(?:the\s+)?@YEAR\s+(?:fiscal\s+)?@ORD[-\s]quarter(?!\w)"),
    ("quarter", r"(?:@RELPRE\s+(?P<poss>year['’]s)|(?:the\s+)?(?P<yearago>year-(?:ago|earlier)))\s+(?:fiscal\s+)?@ORD[-\s]quarter(?!\w)"),
    ("quarter", r"(?:@RELPRE\s+(?P<poss>year['’]s)|(?:the\s+)?(?P<yearago>year-(?:ago|earlier)))\s+(?:quarter|(?P<qperiod>period))(?!\w)", ['quarter', 'period']),
    ("quarter", r"(?:the\s+)?year[-\s](?P<yearago>ago|earlier)\s+(?:quarter|(?P<qperiod>period))(?!\w)", ['quarter', 'period']),
    # "net for the year-earlier nine months": the length of the period compared
    ("duration", r"(?:the\s+)?year[-\s](?:ago|earlier)\s+@NUM\s+@UNIT", ["ago", "earlier"]),
    ("quarter", r"(?:the\s+)?(?P<latest>latest|most recent|recent|current|same|fiscal)\s+(?:quarter|period)(?!\w)", ['quarter', 'period']),
    ("quarter", r"(?P<thisq>the|this|that)\s+quarter(?![\w-])(?!\s+(?:of|century|mile|point|share|percent|stake))", ['quarter']),
    ("quarter", r"(?P<corr>the\s+(?:corresponding|comparable|same)\s+(?:period|quarter))\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)", ['period', 'quarter']),
    ("quarter", r"(?:the\s+)?(?:quarter|period)\s+a\s+year\s+(?P<yearago>ago|earlier)", ["quarter", "period"]),
    ("quarter", r"@RELPRE\s+quarter"),
    ("quarter", r"(?<![\w-])Q(?P<qn>[1-4])(?:\s+|\s*['’]|-)?(?:@YEAR|(?P<yy2>\d\d))?(?![\w-])", ["q1", "q2", "q3", "q4"]),
    ("half", r"(?<![\w-])H(?P<hn>[12])\s+@YEAR", ["h1", "h2"]),
    ("half", r"(?:the\s+)?(?:@ORD|(?P<lasthalf>last|latter))\s+half(?:\s+of\s+(?:the\s+year|@YEAR))?", ["half"]),
    # ---- relative to the publication date
    ("deictic", r"(?:(?:@MODS)\s*)?@DEICTIC(?:\s+@POD)?"),
    ("deictic", r"@POD\s+@DEICTIC"),
    ("rel_unit", r"(?:(?:@MODS)\s*)?@RELPRE\s+(?:fiscal\s+(?=year))?@UNIT"),
    ("rel_unit", r"(?:(?:@MODS)\s*)?(?:this|that|the)\s+(?P<anaph>same)\s+@UNIT"),
    ("rel_unit", r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+|this\s+)?(?P<cur>year|month|week)", ["end", "beginning", "start", "middle"]),
    ("rel_unit", r"(?:(?:earlier|later)\s+in\s+)(?:the\s+)(?P<cur>year|month|week)", ["earlier", "later"]),
    # "by year-end", "since year-end", "at month-end": the last day of that year / month
    ("rel_unit", r"(?:around\s+)?(?P<unitend>year|month)(?:[-\s]|['’]s\s+)end", ["end"]),
    ("the_year", r"(?:the\s+)(?:full\s+|fiscal\s+|current\s+|calendar\s+|whole\s+|entire\s+)?(?P<unit>year)(?!\s*(?:-|to|of|in|before|after|ago|earlier|later|and|or|two|nineteen|twenty|\d)\b)(?P<ended>\s+(?:ended|ending|through|to)\b)?", ["year"]),
    ("weekend", r"(?:(?:@MODS)\s*)?the\s+weekend(?!\s+of)", ["weekend"]),
    ("yearago", r"(?:the\s+)?year[-\s](?:ago|earlier)(?!\s+(?:@ORD[-\s])?(?:quarter|period))", ["ago", "earlier"]),
    ("rel_named", r"(?:(?:@MODS)\s*)?@RELPRE\s+(?:@WEEKDAY|@MONTH|@SEASON|@HOLIDAY)(?:\s+@POD)?"),
    ("ago", r"(?:@APPROX\s+)?@NUM[-\s]+@UNIT\s+(?:or\s+so\s+)?@AGOPOST"),
    ("ago", r"(?:@APPROX\s+)?@UNIT\s+(?:or\s+so\s+)?@AGOPOST"),
    ("weekday", r"(?:(?:@MODS)\s*)?@WEEKDAY(?:\s+@POD)?"),
    ("season", r"(?:(?:@MODS)\s*)?(?:@RELPRE\s+)?@SEASON(?:\s+(?:of\s+)?@YEAR)?"),
    ("season", r"(?:(?:@MODS)\s*)?@SEASON\s+of\s+(?P<yrel>last|this|next)\s+year"),
    ("holiday", r"(?:@RELPRE\s+)?@HOLIDAY(?:\s+@YEAR)?"),
    ("anaphor", r"(?:(?:earlier|later)\s+)?(?:@RELANA)\s+(?:@UNIT|@POD)"),
    ("anaphor_wd", r"(?:@RELANA)\s+@WEEKDAY"),
    ("anaphor", r"(?:the\s+)?(?P<ana_day>(?:next|following)\s+(?:day|morning|afternoon|evening|night))", ['next', 'following']),
    ("anaphor", r"(?:the\s+)?(?P<ana_prev>(?:previous|preceding)\s+(?:day|night|evening))", ['previous', 'preceding']),
    # ---- times of day
    # "at" is a preposition, outside the expression; "about / around" are inside (TimeML mod)
    ("time", r"(?:\bat\s+)?(?P<span>(?:(?:about|around|approximately|shortly before|shortly after|just before|just after)\s+)?@HOUR(?::@MINUTE)?\s*@AMPM(?:\s+@TZ)?(?:,?\s+(?:on\s+)?(?:@WEEKDAY|@DEICTIC|@MONTH\s+@DAY))?)"),
    ("time", r"@TIMEWORD(?:\s+@TZ)?(?:,?\s+(?:on\s+)?(?:@WEEKDAY|@DEICTIC|@MONTH\s+@DAY))?"),
    ("time", r"@HOUR:@MINUTE(?::\d\d)?(?:\s+@TZ)?(?![\d:])"),
    ("time", r"@HOUR\s+(?:in\s+the\s+)@POD"),
    # a bare part of the day ("orders piled up in the morning", "by mid afternoon"): the day in context
    ("pod_ref", r"(?:in|during|by|until)\s+(?P<span>the\s+(?:early\s+|late\s+)?@POD)(?!\s+(?:of|after|before|paper|papers|news|show|edition|session|shift|prayers?)\b)", ["morning", "afternoon", "evening"]),
    ("pod_ref", r"(?:by|at|around|until|in|before|after)\s+(?P<span>mid-?\s?(?:morning|afternoon)|midday)\b", ["mid", "midday", "mid-morning", "mid-afternoon", "afternoon", "morning"]),
    ("time", r"(?:(?:@MODS)\s*)?@RELPRE\s+@POD"),
    ("set", r"(?P<span>(?P<rate>a|per)\s+@UNIT)(?![\w-])"),
    # ---- durations
    ("duration", r"(?:@APPROX\s+)?(?:the\s+)?(?:@DURREL\s+)?@NUM(?:\s+@HALF)?[-\s]+(?:more\s+|additional\s+|full\s+|long\s+|straight\s+|consecutive\s+)?@UNIT(?:\s+@HALF)?(?:-long)?"),
    ("duration", r"(?:@APPROX\s+)?(?:the\s+)?(?:@DURREL\s+)?@NUM[-\s]+(?:or\s+(?:so\s+)?|to\s+@NUM:num2\s+|or\s+@NUM:num3\s+)@UNIT"),
    ("duration", r"(?:the\s+)?(?P<fuzzy>(?:past|last|next|coming|first|recent|final)\s+(?:few|several|many)|recent|several|many|few)\s+@UNIT"),
    ("duration", r"(?:\b(?:for|within|in|over|after|the|take|took|takes|taken|lasted|last|lasts|spent|just|only|mere|barely)\s+)(?P<span>(?:the\s+)?(?:better\s+part\s+of\s+)?(?:@UNIT))(?=\s*(?:[.,;:!?)]|and|or|of|to|before|after|ago|now|later|earlier|before|since|that|when|the|$))"),
    ("duration", r"(?:@UNIT)-(?:long|old)"),
    # "in the first hours of the war", "the final days of his life", "in the weeks ahead": a vague length
    ("duration", r"(?P<span>(?:the\s+)?(?:first|last|final|opening|closing)\s+@UNIT)(?=\s+of\s)"),
    ("duration", r"(?P<span>the\s+@UNIT\s+(?:ahead|to\s+come))\b"),
    ("duration", r"(?:a\s+)?(?:@APPROX\s+)?(?:a\s+)?(?P<whilex>(?:(?:fairly|very|relatively|rather|quite)\s+)?(?:long|lengthy|extended|short|brief)\s+(?:while|time|period)|while|some\s+time|a\s+long\s+time)(?=\s*[.,;)]|\s+(?:now|ago|later|before|after))", ['while', 'time', 'period']),
    # ---- sets
    ("set", r"@EVERY\s+(?:@NUM\s+)?@UNIT"),
    ("set", r"@EVERY\s+(?:@WEEKDAY|@MONTH|@SEASON)(?:\s+@POD)?"),
    ("set", r"(?:on\s+)?(?P<span>@WEEKDAYPL(?:\s+@POD)?)"),
    ("set", r"(?:on\s+)?(?P<span>@WEEKDAY\s+@PODPL)"),
    ("set", r"@SETWORD"),
    ("set", r"(?P<span>(?:\ban?|\bthe)\s+@UNIT)(?=\s+(?:or\s+(?:two|so)|earlier))(?!)"),
    # ---- references
    ("ref", r"@REF"),
]
# relative words that introduce a duration ("the past two months")
DURREL = r"(?:past|last|next|first|coming|previous|following|final|initial|remaining|additional|another|further|more|other)"
