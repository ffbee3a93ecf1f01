"""Spanish event vocabulary, as data for newsloom.events (see lang/en/events.py for the format).

Smaller than the English and French tables: the common news verbs and nouns of each PLOVER type.
"""

VERB_INFLECTIONS = [
    ("car", ["ca", "can", "có", "caron", "cado", "cada", "cados", "cadas", "caba", "caban", "cará", "carán",
             "caría", "carían", "cando", "qué", "que", "quen"]),
    ("gar", ["ga", "gan", "gó", "garon", "gado", "gada", "gados", "gadas", "gaba", "gaban", "gará", "garán",
             "garía", "gando", "gué", "gue", "guen"]),
    ("zar", ["za", "zan", "zó", "zaron", "zado", "zada", "zados", "zadas", "zaba", "zaban", "zará", "zarán",
             "zaría", "zando", "cé", "ce", "cen"]),
    ("ar", ["a", "an", "ó", "aron", "ado", "ada", "ados", "adas", "aba", "aban", "ará", "arán", "aría", "arían",
            "ando", "é", "e", "en", "amos"]),
    ("er", ["e", "en", "ió", "ieron", "ido", "ida", "idos", "idas", "ía", "ían", "erá", "erán", "ería", "erían",
            "iendo", "a", "an"]),
    ("ir", ["e", "en", "ió", "ieron", "ido", "ida", "idos", "idas", "ía", "ían", "irá", "irán", "iría", "irían",
            "iendo", "a", "an"]),
]
NOUN_INFLECTIONS = [("z", ["ces"]), ("ión", ["iones"]), ("s", []), ("", ["s", "es"])]
IRREGULAR = {
    "reunir": "reúne reúnen", "mantener": "mantiene mantienen mantuvo mantuvieron mantenido mantendrá",
    "sostener": "sostiene sostienen sostuvo sostuvieron sostenido", "atacar": "atacó atacaron atacado",
    "herir": "hiere hieren hirió hirieron herido heridos herida heridas", "morir": "muere mueren murió murieron muerto muertos",
    "pedir": "pide piden pidió pidieron pedido", "exigir": "exige exigen exigió exigieron exigido",
    "poner": "pone ponen puso pusieron puesto", "proponer": "propone proponen propuso propusieron propuesto",
    "ir": "va van fue fueron irá", "hacer": "hace hacen hizo hicieron hecho hará", "decir": "dice dicen dijo dijeron dicho dirá",
    "acordar": "acuerda acuerdan acordó acordaron acordado", "rechazar": "rechaza rechazan rechazó rechazaron rechazado",
    "condenar": "condena condenan condenó condenaron condenado", "advertir": "advierte advierten advirtió advirtieron",
    "detener": "detiene detienen detuvo detuvieron detenido detenidos detenida", "liberar": "libera liberan liberó liberaron liberado",
    "retirar": "retira retiran retiró retiraron retirado", "visitar": "visita visitan visitó visitaron visitado",
    "poder": "puede pueden pudo podría podrían podrá", "querer": "quiere quieren quiso querría",
    "tener": "tiene tienen tuvo tuvieron tenido tendrá",
}
ELISIONS: dict[str, str] = {}
PREP_FORMS = {"del": "de", "al": "a"}
REFLEXIVE_PRONOUNS = ["se"]

VERBS = {
    "reunir": "CONSULT:meeting", "se reunir": "CONSULT:meeting", "visitar": "CONSULT:visit",
    "recibir": "CONSULT:visit", "dialogar": "CONSULT", "negociar": "CONSULT", "conversar": "CONSULT",
    "viajar": "CONSULT:visit", "llegar": "CONSULT:visit", "entrevistar": "CONSULT:meeting",
    "elogiar": "SUPPORT", "felicitar": "SUPPORT", "respaldar": "SUPPORT", "apoyar": "SUPPORT", "agradecer": "SUPPORT",
    "firmar": "SUPPORT", "ratificar": "SUPPORT", "reconocer": "SUPPORT",
    "acordar": "AGREE", "prometer": "AGREE", "comprometer": "AGREE", "aceptar": "AGREE", "ofrecer": "AGREE",
    "ceder": "CONCEDE", "cooperar": "COOPERATE", "colaborar": "COOPERATE", "extraditar": "COOPERATE:legal",
    "donar": "AID", "financiar": "AID:economic",
    "liberar": "RETREAT:release", "excarcelar": "RETREAT:release", "retirar": "RETREAT:withdraw",
    "dimitir": "RETREAT", "renunciar": "RETREAT",
    "pedir": "REQUEST", "exigir": "REQUEST", "reclamar": "REQUEST", "instar": "REQUEST", "solicitar": "REQUEST",
    "urgir": "REQUEST",
    "acusar": "ACCUSE:allege", "condenar": "ACCUSE:disapprove", "criticar": "ACCUSE:disapprove",
    "denunciar": "ACCUSE:disapprove", "investigar": "ACCUSE:investigate", "culpar": "ACCUSE:allege",
    "rechazar": "REJECT", "negar": "REJECT", "vetar": "REJECT", "desmentir": "REJECT",
    "amenazar": "THREATEN", "advertir": "THREATEN",
    "protestar": "PROTEST:demo", "manifestar": "PROTEST:demo", "marchar": "PROTEST:demo",
    "sancionar": "SANCTION", "expulsar": "SANCTION:expel",
    "desplegar": "MOBILIZE:troops", "movilizar": "MOBILIZE:troops",
    "detener": "COERCE:arrest", "arrestar": "COERCE:arrest", "encarcelar": "COERCE:arrest", "prohibir": "COERCE:ban",
    "deportar": "COERCE:deport", "confiscar": "COERCE:seize",
    "atacar": "ASSAULT", "matar": "ASSAULT", "asesinar": "ASSAULT:assassinate", "bombardear": "ASSAULT:aerial",
    "disparar": "ASSAULT:firearms", "herir": "ASSAULT", "secuestrar": "ASSAULT:abduct", "invadir": "ASSAULT",
    "torturar": "ASSAULT:torture", "combatir": "ASSAULT", "enfrentar": "ASSAULT",
}
NOUNS = {
    "reunión": "CONSULT:meeting", "visita": "CONSULT:visit", "cumbre": "CONSULT:meeting", "negociación": "CONSULT",
    "conversación": "CONSULT", "diálogo": None, "encuentro": "CONSULT:meeting", "llamada": "CONSULT:phone",
    "viaje": "CONSULT:visit", "mediación": "CONSULT:mediation", "entrevista": "CONSULT:meeting",
    "acuerdo": "AGREE", "pacto": "AGREE", "promesa": "AGREE", "apoyo": "SUPPORT", "cooperación": "COOPERATE",
    "ayuda": "AID", "asistencia": "AID", "liberación": "RETREAT:release", "retirada": "RETREAT:withdraw",
    "alto el fuego": "RETREAT:ceasefire", "tregua": "RETREAT:ceasefire", "dimisión": "RETREAT",
    "petición": "REQUEST", "exigencia": "REQUEST", "acusación": "ACCUSE:allege", "crítica": "ACCUSE:disapprove",
    "condena": "ACCUSE:disapprove", "investigación": "ACCUSE:investigate", "rechazo": "REJECT", "veto": "REJECT",
    "amenaza": "THREATEN", "ultimátum": "THREATEN", "protesta": "PROTEST:demo", "manifestación": "PROTEST:demo",
    "huelga": "PROTEST:boycott", "disturbio": "PROTEST:riot", "sanción": "SANCTION", "embargo": "SANCTION",
    "expulsión": "SANCTION:expel", "despliegue": "MOBILIZE:troops", "detención": "COERCE:arrest",
    "arresto": "COERCE:arrest", "toque de queda": "COERCE:curfew", "ataque": "ASSAULT", "bombardeo": "ASSAULT:aerial",
    "ofensiva": "ASSAULT", "asalto": "ASSAULT", "invasión": "ASSAULT", "enfrentamiento": "ASSAULT",
    "combate": "ASSAULT", "atentado": "ASSAULT:explosives", "explosión": "ASSAULT:explosives",
    "secuestro": "ASSAULT:abduct", "asesinato": "ASSAULT:assassinate", "masacre": "ASSAULT:massacre",
    "tiroteo": "ASSAULT:firearms",
}
PHRASES = {
    "alto el fuego": "RETREAT:ceasefire", "llegar a un acuerdo": "AGREE", "alcanzar un acuerdo": "AGREE",
    "ponerse de acuerdo": "AGREE", "llamar a": "REQUEST", "abrir fuego": "ASSAULT:firearms",
    "llamada telefónica": "CONSULT:phone", "conversación telefónica": "CONSULT:phone",
    "toque de queda": "COERCE:curfew", "ayuda humanitaria": "AID:humanitarian", "ayuda militar": "AID:military",
    "ataque aéreo": "ASSAULT:aerial", "coche bomba": "ASSAULT:explosives", "balance": None,
}
VERB_OBJECT = {
    "enviar": {"@aid": "AID", "@weapon": "AID:military", "@troops": "MOBILIZE:troops", "@money": "AID:economic"},
    "entregar": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "suministrar": {"@aid": "AID", "@weapon": "AID:military"},
    "imponer": {"@sanction": "SANCTION", "toque": "COERCE:curfew"},
    "levantar": {"@sanction": "RETREAT:ease"},
    "romper": {"@ties": "SANCTION:withdraw"}, "suspender": {"@ties": "SANCTION:withdraw", "@aid": "SANCTION:discontinue"},
    "alcanzar": {"@agreement": "AGREE"}, "sellar": {"@agreement": "AGREE"},
    "intercambiar": {"@prisoner": "RETREAT:release"},
}
CLASSES = {
    "aid": ["ayuda", "asistencia", "alimento", "medicina", "vacuna", "humanitaria"],
    "weapon": ["arma", "munición", "misil", "tanque", "avión", "artillería", "dron", "equipo"],
    "money": ["dólar", "euro", "$", "€", "millón", "millones", "dinero", "fondo", "préstamo"],
    "troops": ["tropa", "soldado", "fuerza", "ejército", "buque", "policía", "militar"],
    "sanction": ["sanción", "embargo", "arancel", "medida"],
    "ties": ["relación", "lazo", "vínculo"],
    "agreement": ["acuerdo", "pacto", "tratado", "tregua"],
    "prisoner": ["prisionero", "rehén", "detenido", "preso", "soldado"],
    "phone": ["teléfono", "telefónica", "telefónico", "videoconferencia"],
    "crowd": ["manifestante", "estudiante", "multitud", "activista", "opositor"],
}
SENSES = {"enfrentamiento": [({"@crowd"}, "PROTEST:riot")], "llegar": [({"acuerdo", "conclusión"}, None)]}
REQUIRES = {"viajar": "place", "llegar": "place", "recibir": "object", "apoyar": "object", "liberar": "object"}
LIGHT_VERBS = ["celebrar", "mantener", "sostener", "realizar", "llevar", "lanzar", "iniciar", "emprender",
               "participar", "efectuar", "hacer", "tener"]
LIGHT_PREPS = ["en", "a"]
HAPPEN_VERBS = ["tener lugar", "celebrar", "producir", "comenzar", "terminar", "estallar"]
PLANNED_GOVERNORS = ["prever", "planear", "programar", "ir", "deber", "previsto", "próximo", "programado"]
FUTURE_GOVERNORS = ["ir"]
HYPOTHETICAL_AUX = ["poder"]
HYPOTHETICAL_GOVERNORS = ["querer", "esperar", "intentar", "buscar", "posible"]
NEGATING_GOVERNORS = ["fracasar"]
REPORTED_CUES = ["presuntamente", "supuestamente"]
NEGATIONS = ["no", "nunca", "jamás", "sin", "ningún", "ninguna"]
CONDITIONAL_MARKS = ["si"]
PURPOSE_MARKS = ["para"]
TARGET_PREPS = ["con", "contra", "a", "sobre", "hacia"]
SOURCE_PREPS = ["por"]
BETWEEN_PREPS = ["entre"]
OF_PREPS = ["de"]
PLACE_PREPS = ["en", "a", "cerca de"]
PLACE_ONLY_PREPS = ["en"]
TOPIC_PREPS = ["sobre", "acerca de", "de"]
INCLUDING = ["incluido", "incluidos", "entre ellos", "como"]
AFTER_WORDS = ["después", "tras"]
BEFORE_WORDS = ["antes"]
PERSON_PRONOUNS = ["él", "ella"]
GROUP_PRONOUNS = ["ellos", "ellas"]
RELATIVE_PRONOUNS = ["que", "quien", "quienes", "cual"]
WHERE_WORDS = ["donde"]
DETERMINERS = ["el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "su", "sus"]
DEMONSTRATIVES = ["este", "esta", "estos", "estas", "ese", "esa"]
ANAPHORIC_DETERMINERS = ["el", "la", "los", "las", "este", "esta", "estos", "estas"]
ANAPHORIC_ADJECTIVES = ["nuevo", "nueva", "otro", "otra", "próximo", "próxima", "segundo", "segunda"]
ROLE_NOUNS = ["enviado", "enviada", "ministro", "ministra", "secretario", "secretaria", "presidente", "presidenta",
              "jefe", "jefa", "líder", "canciller", "embajador", "embajadora", "portavoz", "rey", "reina", "papa",
              "comandante", "general", "homólogo", "homóloga", "ministros", "ministras", "presidentes", "presidentas",
              "cancilleres", "jefes", "jefas", "líderes", "enviados", "embajadores", "portavoces", "homólogos"]
HEAD_OF_STATE_NOUNS = ["presidente", "presidenta", "jefe", "líder", "rey", "reina", "primer"]
SPOKES_NOUNS = ["portavoz", "representante"]
SPOKES_PREPS = ["de"]
CAPITAL_WORDS = ["capital"]
PLACE_NOUNS = ["ciudad", "pueblo", "región", "provincia", "país", "capital", "sede", "frontera", "franja"]
PARTITIVE_HEADS = ["miembro", "uno", "una", "parte", "fuente", "entorno"]
GENERIC_ACTORS = ["policía", "manifestante", "tropa", "soldado", "fuerza", "militante", "rebelde", "gobierno",
                  "ministerio", "ejército", "autoridad", "estudiante", "trabajador", "activista", "insurgente",
                  "milicia", "oposición", "parlamento", "tribunal", "fiscal", "multitud", "sindicato", "partido",
                  "régimen", "delegación", "diplomático", "refugiado", "migrante", "civil", "rehén", "periodista",
                  "pistolero", "agricultor"]
QUANTIFIER_HEADS = ["centenar", "centenares", "miles", "decenas", "grupo", "millar", "millares"]
STATEMENT_NOUNS = ["comunicado", "declaración", "anuncio", "fuente", "fuentes", "portavoz"]
QUOTE_VERBS = ["decir", "declarar", "afirmar", "señalar", "indicar", "añadir", "explicar", "asegurar", "subrayar",
               "destacar", "anunciar", "confirmar", "insistir", "responder", "escribir", "reconocer", "advertir",
               "precisar", "sostener", "agregar", "manifestar"]
CONTENT_OBJECT_VERBS = ["subrayar", "destacar", "recalcar"]
ACCORDING_TO = ["según", "de acuerdo con"]
QUOTE_MARKS = [("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"')]
NUMBER_WORDS = {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30, "cien": 100, "mil": 1000, "decenas": 20,
                "centenares": 200, "miles": 2000}
SCALES = {"mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12}
DECIMAL_COMMA = True
CURRENCIES = {"$": "USD", "dólar": "USD", "dólares": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR"}
APPROXIMATORS = ["al menos", "más de", "unos", "unas", "casi", "cerca de", "alrededor de", "menos de"]
DEAD_WORDS = ["muerto", "muertos", "muerta", "muertas", "fallecido", "fallecidos", "víctimas", "matando", "murieron",
              "mató", "mataron", "vida", "vidas", "balance"]
INJURED_WORDS = ["herido", "heridos", "herida", "heridas", "hiriendo", "lesionados"]
PEOPLE_WORDS = ["personas", "civiles", "soldados", "niños", "mujeres", "hombres", "policías", "manifestantes",
                "de", "ellos", "han", "fueron", "resultaron", "y"]
QUANTITY_NOUNS = ["soldado", "prisionero", "rehén", "detenido", "misil", "dron", "persona", "refugiado", "migrante"]
DURATION_UNITS = {"día": "D", "días": "D", "semana": "W", "semanas": "W"}
TOPICS = {"guerra": "war in {place}", "conflicto": "conflict in {place}", "crisis": "crisis in {place}",
          "nuclear": "{place} nuclear programme", "paz": "peace", "rehén": "hostages", "sanción": "sanctions",
          "humanitaria": "humanitarian aid", "comercio": "trade", "arancel": "tariffs", "seguridad": "security"}
