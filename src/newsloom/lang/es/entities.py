"""Spanish data for mention repair, entity linking and role titles (read by newsloom.link)."""

ARTICLES = ["el", "la", "los", "las"]
ELISIONS: list[str] = []
HONORIFICS = ["sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "dr", "dra", "lic", "ing"]
NAME_PARTICLES = ["de", "del", "de la", "de los", "y", "van", "von", "al", "el", "bin", "ibn", "ben"]
NOT_ALONE = ["estado", "estados", "gobierno", "administracion", "ministerio", "ministro", "presidente",
             "presidencia", "republica", "reino", "union", "consejo", "comision", "ejercito", "tribunal",
             "parlamento", "capital", "ciudad", "pais", "oeste", "este", "norte", "sur", "aliados", "contexto",
             "conclusion", "introduccion", "resumen", "analisis", "opinion", "editorial", "directo", "foto",
             "video", "fuente", "fuentes", "hoy", "ayer", "manana", "segun", "tras", "durante", "ante", "mientras",
             "veintisiete", "publicidad", "un", "una", "unos", "unas", "dos", "tres", "cuatro", "cinco",
             "seis", "siete", "ocho", "nueve", "diez", "cien", "mil", "suscribete", "gobierno central", "estado del bienestar"]
CREDIT_MARKERS = ["foto", "fotos", "fotografia", "imagen", "credito", "ilustracion"]
CREDIT_LINKS = ["via", "para", "pool", "afp", "reuters", "ap", "efe", "epa", "getty images", "europa press"]

DEMONYMS = {
    "US": "estadounidense|norteamericano", "GB": "británico", "FR": "francés", "DE": "alemán",
    "IT": "italiano", "ES": "español", "PT": "portugués", "NL": "neerlandés|holandés", "BE": "belga",
    "CH": "suizo", "AT": "austriaco|austríaco", "PL": "polaco", "UA": "ucraniano|ucranio", "RU": "ruso",
    "BY": "bielorruso", "CN": "chino", "JP": "japonés", "KR": "surcoreano", "KP": "norcoreano",
    "IN": "indio", "PK": "pakistaní", "AF": "afgano", "IR": "iraní", "IQ": "iraquí", "SY": "sirio",
    "LB": "libanés", "IL": "israelí", "PS": "palestino", "JO": "jordano", "EG": "egipcio", "SA": "saudí",
    "AE": "emiratí", "QA": "catarí|qatarí", "OM": "omaní", "YE": "yemení", "KW": "kuwaití", "TR": "turco",
    "GR": "griego", "CY": "chipriota", "SE": "sueco", "NO": "noruego", "DK": "danés", "FI": "finlandés",
    "IE": "irlandés", "HU": "húngaro", "CZ": "checo", "SK": "eslovaco", "RO": "rumano", "BG": "búlgaro",
    "RS": "serbio", "HR": "croata", "MD": "moldavo", "GE": "georgiano", "AM": "armenio", "CA": "canadiense",
    "MX": "mexicano", "BR": "brasileño", "AR": "argentino", "CL": "chileno", "CO": "colombiano",
    "VE": "venezolano", "PE": "peruano", "CU": "cubano", "EC": "ecuatoriano", "BO": "boliviano",
    "UY": "uruguayo", "PY": "paraguayo", "NI": "nicaragüense", "HN": "hondureño", "GT": "guatemalteco",
    "SV": "salvadoreño", "PA": "panameño", "CR": "costarricense", "DO": "dominicano", "AU": "australiano",
    "ZA": "sudafricano", "NG": "nigeriano", "SD": "sudanés", "LY": "libio", "TN": "tunecino",
    "DZ": "argelino", "MA": "marroquí", "CD": "congoleño", "VN": "vietnamita", "TH": "tailandés",
    "TW": "taiwanés", "ID": "indonesio", "PH": "filipino",
}
DEMONYMS_CAPITALISED = False
DEMONYM_INFLECTIONS = [("o", ["a", "os", "as"]), ("és", ["esa", "eses", "esas"]), ("án", ["ana", "anes", "anas"]),
                       ("í", ["íes", "ís"]), ("e", ["es"]), ("a", ["as"]), ("", ["a", "es", "as"])]

ROLE_TITLES = [
    ("presidente", "president", None), ("presidenta", "president", None),
    ("presidente del gobierno", "prime_minister", "ES"), ("presidenta del gobierno", "prime_minister", "ES"),
    ("vicepresidente", "vice_president", None), ("vicepresidenta", "vice_president", None),
    ("primer ministro", "prime_minister", None), ("primera ministra", "prime_minister", None),
    ("jefe de estado", "head_of_state", None), ("jefa de estado", "head_of_state", None),
    ("jefe del estado", "head_of_state", None), ("jefe de gobierno", "head_of_government", None),
    ("jefa de gobierno", "head_of_government", None), ("jefe del gobierno", "head_of_government", None),
    ("rey", "king", None), ("reina", "queen", None), ("emir", "emir", None), ("sultan", "sultan", None),
    ("principe heredero", "crown_prince", None),
    ("ministro de asuntos exteriores", "foreign_minister", None),
    ("ministra de asuntos exteriores", "foreign_minister", None),
    ("ministro de relaciones exteriores", "foreign_minister", None),
    ("ministra de relaciones exteriores", "foreign_minister", None),
    ("ministro de exteriores", "foreign_minister", None), ("ministra de exteriores", "foreign_minister", None),
    ("jefe de la diplomacia", "foreign_minister", None), ("jefa de la diplomacia", "foreign_minister", None),
    ("secretario de estado", "secretary_of_state", None), ("secretaria de estado", "secretary_of_state", None),
    ("ministro de defensa", "defence_minister", None), ("ministra de defensa", "defence_minister", None),
    ("ministro del interior", "interior_minister", None), ("ministra del interior", "interior_minister", None),
    ("ministro de hacienda", "finance_minister", None), ("ministra de hacienda", "finance_minister", None),
    ("ministro de economia", "economy_minister", None), ("ministra de economia", "economy_minister", None),
    ("ministro de justicia", "justice_minister", None), ("ministra de justicia", "justice_minister", None),
    ("ministro", "minister", None), ("ministra", "minister", None),
    ("secretario general", "secretary_general", None), ("secretaria general", "secretary_general", None),
    ("portavoz", "spokesperson", None), ("embajador", "ambassador", None), ("embajadora", "ambassador", None),
    ("enviado especial", "special_envoy", None), ("enviada especial", "special_envoy", None),
    ("emisario especial", "special_envoy", None), ("emisario", "envoy", None), ("enviado", "envoy", None),
    ("representante especial", "special_envoy", None), ("alto representante", "high_representative", None),
    ("alcalde", "mayor", None), ("alcaldesa", "mayor", None), ("gobernador", "governor", None),
    ("gobernadora", "governor", None), ("papa", "pope", None),
    ("asesor de seguridad nacional", "national_security_adviser", None),
    ("lider supremo", "supreme_leader", None), ("senador", "senator", None), ("senadora", "senator", None),
]
ROLE_BLOCKERS = ["ex", "expresidente", "antiguo", "antigua", "futuro", "futura", "difunto", "difunta",
                 "adjunto", "adjunta", "vice", "sub", "candidato", "candidata", "proximo", "proxima", "interino",
                 "interina"]
CONNECTORS = ["de la", "de los", "de las", "del", "de"]
REMIT_PREPS = ["para", "ante"]
GOVERNMENT_FORMS = ["sultanato de", "reino de", "reino del", "republica de", "republica del", "emirato de",
                    "principado de", "gran ducado de", "estado de", "federacion de"]
# a country or big city written in lower case after a preposition is still a place ("support for kyiv");
# off where ordinary lower-case words too often spell place names
LOWERCASE_PLACES = False
# prepositions after which a lower-case place name may still be a place
LOCATIVE_PREPS = ["en", "a", "de", "desde", "hacia", "contra", "para", "y", "entre"]
COMMON_LOWER = ["lima", "china", "turquia", "chile", "cuba", "victoria", "male", "niger", "sucre", "mobile",
                "split", "nice", "orange", "santiago", "concepcion", "leon", "granada", "valencia", "merida"]

# time words a model may glue to a name: cut from the end of a span
TIME_WORDS = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "enero", "febrero",
              "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
              "noviembre", "diciembre", "noche", "hoy", "ayer"]

# first words that make a capitalised name an organisation ("Ministerio de Sanidad", "Tribunal Supremo",
# "Banco de España"): a span starting so is an ORG whatever the model said
ORG_HEADS = ["ministerio", "tribunal", "audiencia", "juzgado", "fiscalia", "instituto", "banco", "caja", "museo",
             "universidad", "consejo", "comision", "comite", "agencia", "junta", "generalitat", "xunta",
             "diputacion", "ayuntamiento", "confederacion", "direccion", "fondo", "organizacion", "partido",
             "policia", "guardia", "bolsa", "servicio", "federacion", "asociacion", "fundacion", "sindicato",
             "corte", "congreso", "senado", "parlamento", "cortes", "asamblea", "camara", "secretaria",
             "grupo", "compania", "empresa", "editorial", "club", "cruz", "salvamento", "unidad", "oficina",
             "autoridad", "colegio", "real academia", "academia", "conferencia", "frente", "movimiento",
             "alianza", "coalicion", "union", "liga", "ejercito", "armada", "fuerzas", "mossos", "ertzaintza"]
# agency datelines of Spanish wire copy: "MADRID, 12 may (EFE).", "FRÁNCFORT (Alemania), 5 mar (EFE).",
# "Melbourne (Australia), 25 may (EFE)." (also with CoNLL-style spaces around the punctuation): the city and
# the region in brackets are places, the agency an organisation
_W = r"[A-ZÁÉÍÓÚÑÜ][A-Za-zÁÉÍÓÚÑÜáéíóúñüàèòç'’.\-]*"
_C = r"(?:de|del|la|las|los|el|y|DE|DEL|LA|LAS|LOS|EL|Y)"
_AG = r"EFE|Europa Press|EP|Efe|AFP|Reuters|AP|ANSA|DPA|dpa|Notimex|Télam|Xinhua|Prensa Latina|ACAN-EFE"
DATELINES = [
    rf"^[ \t]*(?P<place>{_W}(?:[ \t]+(?:{_W}|{_C}))*?)[ \t]*(?:\([ \t]*(?P<region>{_W}(?:[ \t]+(?:{_W}|{_C}))*)[ \t]*\)[ \t]*)?,"
    rf"[ \t]*\d{{1,2}}[ \t]+(?:de[ \t]+)?[a-zé]{{3,10}}\.?(?:[ \t]+(?:de[ \t]+)?\d{{4}})?[ \t]*\([ \t]*(?P<agency>{_AG})[ \t]*\)",
    rf"^[ \t]*(?P<place>{_W}(?:[ \t]+(?:{_W}|{_C}))*?)[ \t]*\([ \t]*(?P<agency>{_AG})[ \t]*\)[ \t]*[.\-–—]",
]
# Spanish names of organisations and places capitalise their words: a lower-case word at the end of a span
# ("Real Madrid ganó") is not part of the name
NAMES_END_CAPITALISED = True
# people carry two surnames, the first of which alone names them ("Elena Gómez Rey" ... "Gómez dijo")
DOUBLE_SURNAMES = True
# country names in -ia are written as in English ("Eslovenia"); nothing to change for the linker
PLACE_NAME_ENDINGS: list[tuple[str, str]] = []
