"""Spanish temporal vocabulary and patterns, as data for newsloom.timex (see lang/en/time.py)."""

MONTHS = {"enero": 1, "ene.": 1, "febrero": 2, "feb.": 2, "marzo": 3, "mar.": 3, "abril": 4, "abr.": 4, "mayo": 5,
          "junio": 6, "jun.": 6, "julio": 7, "jul.": 7, "agosto": 8, "ago.": 8, "septiembre": 9, "setiembre": 9,
          "sept.": 9, "sep.": 9, "octubre": 10, "oct.": 10, "noviembre": 11, "nov.": 11, "diciembre": 12, "dic.": 12}
CASE_SENSITIVE = set()
WEEKDAYS = {"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
            "sabado": 6, "domingo": 7}
WEEKDAYS_PLURAL = {"sábados": 6, "sabados": 6, "domingos": 7}
DAY_SUFFIX = r"(?:º|°|\.º)?"

NUMBERS = {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
           "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21,
           "veintiuno": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "treinta": 30, "cuarenta": 40,
           "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "mil": 1000,
           "unos": "X", "unas": "X", "varios": "X", "varias": "X", "algunos": "X", "algunas": "X",
           "muchos": "X", "muchas": "X", "media": 0.5, "medio": 0.5}
NUMBER_JOINERS = r"(?:\s+y\s+)"
INDEFINITE_ARTICLES = ["un", "una", "uno"]
ARTICLE_UNIT_NEEDS_AFTER = {"S": r"\s+(?:después|antes|más tarde)\b"}
HALF_WORDS = r"(?:y\s+media|y\s+medio)"

UNITS = {"año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W", "día": "D", "días": "D",
         "dia": "D", "dias": "D", "jornada": "D", "jornadas": "D", "hora": "H", "horas": "H", "minuto": "MIN",
         "minutos": "MIN", "segundo": "S", "segundos": "S", "década": "DE", "décadas": "DE", "siglo": "CE",
         "siglos": "CE", "trimestre": "Q", "trimestres": "Q", "semestre": "6M", "semestres": "6M",
         "fin de semana": "WE", "fines de semana": "WE", "quinquenio": "5Y", "lustro": "5Y", "lustros": "5Y"}
PLURAL_UNITS = {"años", "meses", "semanas", "días", "dias", "jornadas", "horas", "minutos", "segundos", "décadas",
                "siglos", "trimestres", "semestres", "fines de semana", "lustros"}
UNITS_LOWERCASE = True

SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
BARE_SEASON_BEFORE = r"(?:\b(?:en|este|esta|el|durante|desde|hasta|pasado|próximo)\s+(?:el\s+)?)$"
PARTS_OF_DAY = {"mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI", "mediodía": "MI",
                "la mañana": "MO", "la tarde": "AF", "la noche": "NI", "la madrugada": "NI"}
DEICTIC = {"hoy": (0, None), "ayer": (-1, None), "mañana": (1, None), "anteayer": (-2, None),
           "antier": (-2, None), "pasado mañana": (2, None), "esta mañana": (0, "MO"), "esta tarde": (0, "AF"),
           "esta noche": (0, "NI"), "anoche": (-1, "NI"), "esta madrugada": (0, "NI")}

REL_PRE = {"este": 0, "esta": 0, "el próximo": 1, "la próxima": 1, "próximo": 1, "próxima": 1,
           "el pasado": -1, "la pasada": -1, "pasado": -1, "pasada": -1, "el último": -1, "la última": -1,
           "último": -1, "última": -1, "el que viene": 1}
# "anterior" / "siguiente" count from the date last mentioned (REL_ANAPHORIC), not from the publication date
REL_POST = {"pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "que viene": 1, "entrante": 1,
            "en curso": 0}
REL_ANAPHORIC = {"siguiente": 1, "anterior": -1, "mismo": 0, "misma": 0}
ANAPHORIC_DAYS = {"al día siguiente": (1, None), "el día siguiente": (1, None), "la víspera": (-1, None),
                  "ese día": (0, None), "ese mismo día": (0, None), "el mismo día": (0, None),
                  "a la mañana siguiente": (1, "MO")}

AGO_PRE = {"hace": -1, "dentro de": 1}
AGO_POST = {"atrás": -1, "antes": -1}

REFS = {"ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "actual": "PRESENT_REF", "hoy en día": "PRESENT_REF",
        "en la actualidad": "PRESENT_REF", "en este momento": "PRESENT_REF", "recientemente": "PAST_REF",
        "en el pasado": "PAST_REF", "anteriormente": "PAST_REF", "próximamente": "FUTURE_REF",
        "en el futuro": "FUTURE_REF", "el futuro": "FUTURE_REF", "pronto": "FUTURE_REF"}
REF_NEEDS_BEFORE = {"actual": r"(?:\b(?:el|la|los|las|su|sus)\s+)$"}

SET_WORDS = {"diario": "P1D", "diaria": "P1D", "diariamente": "P1D", "semanal": "P1W", "semanalmente": "P1W",
             "mensual": "P1M", "mensualmente": "P1M", "anual": "P1Y", "anualmente": "P1Y",
             "todos los días": "P1D", "cada día": "P1D", "todos los años": "P1Y"}
EVERY = {"cada": 1, "todos los": 1, "todas las": 1, "por": 1, "al": 1}

HOLIDAYS = {"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
            "día de reyes": (1, 6), "semana santa": ("easter", -7), "viernes santo": ("easter", -2),
            "domingo de resurrección": ("easter", 0), "día de todos los santos": (11, 1)}
HOLIDAY_NEEDS_CONTEXT = False

ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
            "tercera": 3, "cuarto": 4, "cuarta": 4, "1er": 1, "2º": 2, "3er": 3, "4º": 4}
DECADE_WORDS = {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7,
                "ochenta": 8, "noventa": 9}

TIME_WORDS = {"mediodía": 12, "medianoche": 24}
AMPM = {"a.m.": 0, "am": 0, "p.m.": 12, "pm": 12}
TIMEZONES = r"(?:hora local|hora peninsular|GMT|UTC|\(\d+\.\d+ GMT\))"

MODS = r"(?:principios de|finales de|mediados de|comienzos de|a principios de|a finales de|a mediados de|inicios de|fines de)"
APPROX = r"(?:unos|unas|cerca de|casi|más de|menos de|al menos|alrededor de|aproximadamente|apenas|hasta)"
NAMELIKE_BEFORE = (r"\b(?:en|de|del|desde|hasta|a|el|para|antes|después|entre|y|o|principios|finales|mediados|"
                   r"pasado|próximo|este|mes|durante|cada)\s*$")
YEAR_PREPOSITIONS = r"(?:en|desde|de|del|hasta|año)"

FUTURE_CUES = [r"\b\w{2,}(?:ará|erá|irá|rá)\b", r"\b\w{2,}(?:arán|erán|irán|rán)\b", r"\bva a\b", r"\bvan a\b",
               r"\bprevist[oa]s?\b", r"\bprogramad[oa]s?\b", r"\bpróxim[oa]s?\b", r"\bdebe\b", r"\bdeberá\b",
               r"\btiene previsto\b", r"\bplanea\b"]
PAST_CUES = [r"\b\w{2,}(?:ó|ió)\b", r"\b\w{2,}(?:aron|ieron)\b", r"\b(?:ha|han|había|habían)\s+\w+(?:ado|ido|to|cho)\b",
             r"\bfue\b", r"\bfueron\b", r"\bera\b", r"\beran\b", r"\b\w{3,}aba\b", r"\b\w{3,}ía\b", r"\bayer\b",
             r"\bpasad[oa]\b", r"\bhace\b"]
REPORTING_CUES = [r"\bdijo\b", r"\bafirmó\b", r"\bseñaló\b", r"\binformó\b", r"\banunció\b", r"\bsegún\b"]

BLOCKERS = [
    r"[$€£]\s?\d[\d.,]*(?:\s*(?:millones|mil millones|M))?",
    r"\b\d[\d.,]*\s*(?:millones|mil millones)?\s*(?:de\s+)?(?:euros|dólares|pesos|personas|civiles|muertos|"
    r"heridos|habitantes|votos|kilómetros|km|%|por ciento)\b",
    r"\b\d+\s*min\.?\s+de\s+lectura\b", r"\b\d{1,2}-\d{1,2}\b(?!\s*(?:años|meses|días))",
    r"\+?\(?\d{2,4}\)?[\s.-]\d{2,3}[\s.-]\d{2,3}[\s.-]\d{2,4}",
    r"\b\d+\s+años\s+de\s+edad\b", r"\bde\s+\d+\s+años\b(?=\s*(?:,|\)|de edad))",
    # ages: "un hombre de 41 años", "la capitana, de 29 años", "niños de 8 años", "mayores de 65 años"
    r"(?i)\b(?!(?:más|menos|cerca|plazo|periodo|período|lapso|espacio|condena|pena|prisión|cárcel|mandato|"
    r"después|antes|durante|hace|través|alrededor|contrato|término|trabajo|historia|experiencia|máximo|mínimo)\b)"
    r"[a-záéíóúñ]{3,}\s+de\s+\d+\s+años\b",
    r"(?<=[\w.]), de \d+ años\b",
    # "tiene 35 años", "cumplió 80 años": an age (but "tiene 35 años de experiencia" is a duration)
    r"(?i)\b(?:tiene|tenía|tendrá|tienen|tenían|tendrían|cumple|cumplió|cumplirá|cumplía|cumplen)\s+"
    r"(?:(?:casi|apenas|ya|solo|sólo)\s+)?\d+\s+años\b(?!\s+de\s+\w)",
]
NUMERIC_DATE_ORDER = "DMY"
# Spanish writes months in lower case: a bare month needs no preposition ("cerró octubre en alza"), and a
# capitalised month inside a sentence is part of a name ("la avenida 9 de Julio", "la Revolución de Mayo")
MONTH_NEEDS_CONTEXT = False
MONTH_CAPITALISED_IS_NAME = True
# words right before an expression that settle its tense
TENSE_BEFORE = [(r"\b(?:a\s+partir\s+(?:del?|de\s+la)|hasta(?:\s+(?:el|la|este|esta))?|para(?:\s+el)?|desde\s+el\s+próximo)\s+", "FUT"),
                (r"\bdesde\s+(?:el|la|hace)?\s*", "PAST")]
PART_OF_DAY_TYPE = "TIME"
PUBLISHED_CUES = r"(?:publicado|actualizado)"

RULES = [
    ("date", r"(?:(?:el|del)\s+)?(?:@WEEKDAY,?\s+)?@DAY\s+de\s+@MONTH\s+(?:de(?:l)?\s+)?@YEAR"),
    ("date", r"(?:(?:el|del)\s+)?(?:@RELPRE\s+)?(?:@WEEKDAY,?\s+)?@DAY\s+de\s+@MONTH(?:\s+@RELPOST)?"),
    ("numdate", r"(?<![\d/.-])@N1[/.-]@N2[/.-]@NY(?![\d/-])(?!\.\d)"),
    ("isodate", r"(?<![\d-])@YEAR-@MM-@DD(?![\d])"),
    ("date", r"(?:(?:@MODS)\s*)?@MONTH\s+(?:de(?:l)?\s+)?@YEAR"),
    ("rel_named", r"(?:(?:@MODS)\s*)?(?:el\s+mes\s+de\s+)?@MONTH\s+@RELPOST"),
    ("month", r"(?:(?:@MODS)\s*)?(?:el\s+mes\s+de\s+)?@MONTH(?!\s*\d)"),
    ("year", r"(?:(?:@MODS)\s*)?(?:el\s+año\s+)?@YEAR(?!\s*[-/]\s*\d)"),
    ("decade", r"(?:los\s+)?años\s+(?:19|20)?@DECADE_NUM:decade"),
    ("decade", r"(?:los\s+)?años\s+@DECADE", ["años"]),
    ("decade", r"(?:la\s+)?década\s+de\s+(?:(?:los\s+)?(?:19|20)?@DECADE_NUM:decade)", ["década"]),
    ("century", r"(?:el\s+)?siglo\s+@ROMAN", ["siglo"]),
    ("quarter", r"(?:el\s+)?@ORD\s+trimestre(?:\s+(?:de(?:l)?\s+)?@YEAR)?"),
    ("quarter", r"(?<![\w-])[QT](?P<qn>[1-4])(?:\s+|-)?(?:@YEAR)?(?![\w-])", ["q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4"]),
    ("deictic", r"(?:(?:@MODS)\s*)?@DEICTIC(?:\s+(?:por\s+la|en\s+la|a\s+la)\s+@POD)?(?:\s+@WEEKDAY)?"),
    ("deictic", r"(?:(?:@MODS)\s*)?@DEICTIC\s+@POD"),
    ("rel_unit", r"(?:(?:@MODS)\s*)?(?:el\s+|la\s+)?@RELPRE\s+@UNIT"),
    # "finales de mes", "principios de año", "lo que va de año": the current unit
    ("rel_unit", r"(?:a\s+)?(?P<span>(?:principios|finales|mediados|comienzos|inicios|fines)\s+de(?:l|\s+este|\s+esta)?\s+(?P<cur>mes|año|semana))(?!\s+(?:de|pasado|próximo|que\s+viene|\d))", ["principios", "finales", "mediados", "comienzos", "inicios", "fines"]),
    ("rel_unit", r"(?:en\s+)?(?P<span>lo\s+que\s+va\s+de(?:l)?\s+(?P<cur>año|mes|semana))", ["va"]),
    ("weekend", r"(?:el|este)\s+(?P<unit>fin\s+de\s+semana)(?!\s+(?:pasado|próximo|que viene))", ["semana"]),
    ("rel_unit", r"(?:(?:@MODS)\s*)?(?:el\s+|la\s+|los\s+|las\s+)?@UNIT\s+@RELPOST"),
    ("rel_named", r"(?:el\s+)?@RELPRE\s+@WEEKDAY"),
    ("rel_named", r"(?:el\s+)?@WEEKDAY\s+@RELPOST"),
    ("rel_named", r"(?:el\s+|la\s+)?@RELPRE\s+(?:@SEASON|@HOLIDAY)"),
    ("rel_named", r"(?:el\s+|la\s+)?(?:@SEASON)\s+@RELPOST"),
    ("duration", r"(?<=desde\s)hace\s+(?:@APPROX\s+)?@NUM\s+@UNIT"),
    ("ago", r"@AGOPRE\s+(?:@APPROX\s+)?@NUM\s+@UNIT(?:\s+@HALF)?"),
    ("ago", r"(?:@APPROX\s+)?@NUM\s+@UNIT\s+@AGOPOST"),
    ("weekday", r"(?:(?:@MODS)\s*)?(?:el\s+|este\s+)?@WEEKDAY(?:\s+(?:por\s+la|en\s+la|a\s+la)\s+@POD)?(?!\s*,?\s*\d)"),
    ("season", r"(?:(?:@MODS)\s*)?(?:@RELPRE\s+)?@SEASON(?:\s+de\s+@YEAR)?"),
    ("holiday", r"(?:\bla\s+|el\s+)?@HOLIDAY(?:\s+de\s+@YEAR)?"),
    ("anaphor", r"@ANADAY"),
    ("anaphor", r"(?:el\s+|la\s+)?@UNIT\s+@RELANA"),
    ("time", r"(?:a\s+las\s+|a\s+la\s+|sobre\s+las\s+|hacia\s+las\s+)?@HOUR(?:[:.]@MINUTE)?\s*(?:horas?|h\b|@AMPM)(?:\s+@TZ)?"),
    ("time", r"(?:a\s+las\s+|sobre\s+las\s+|hacia\s+las\s+)@HOUR(?:[:.]@MINUTE)?(?:\s+de\s+la\s+@POD)"),
    ("time", r"(?:a\s+las\s+)@HOUR[:.]@MINUTE"),
    ("time", r"(?:al\s+|a\s+)?@TIMEWORD"),
    ("duration", r"(?:@APPROX\s+)?@NUM(?:\s+@HALF)?\s+@UNIT(?:\s+@HALF)?"),
    ("duration", r"(?:\blos|las)\s+(?:@APPROX\s+)?(?:últimos|últimas|próximos|próximas)\s+@NUM\s+@UNIT"),
    ("duration", r"(?:\blos|las)\s+(?P<fuzzy>últimos|últimas|próximos|próximas)\s+@UNIT"),
    ("set", r"@EVERY\s+(?:@NUM\s+)?@UNIT"),
    ("set", r"(?:cada|todos\s+los)\s+@WEEKDAY"),
    # "los lunes" (lunes to viernes have no plural form), "los domingos": every such day
    ("set", r"(?:todos\s+)?(?P<span>los\s+(?:@WEEKDAYPL|(?P<weekday>lunes|martes|miércoles|miercoles|jueves|viernes)))(?![\w])(?!\s+\d)", ["los"]),
    ("set", r"@SETWORD"),
    ("ref", r"@REF"),
]
