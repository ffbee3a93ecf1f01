"""German web debris, as data for :mod:`newsloom.clean` (see ``newsloom/lang/en/clean.py`` for the format).

Whole-line patterns, case-insensitive, unless said otherwise.
"""

# Page furniture: Teilen, Abo, Werbung, Lesezeit, Rechte.
LINES = [
    r"(?:diesen )?(?:artikel )?teilen(?: (?:auf|per|via) [\w .]{1,30})?",
    r"link kopieren",
    r"(?:artikel )?drucken",
    r"(?:artikel )?(?:anhören|vorlesen lassen).{0,30}",
    r"jetzt abonnieren.{0,100}",
    r"abonnieren sie .{0,120}",
    r"(?:zum )?newsletter (?:abonnieren|bestellen|anmelden).{0,60}",
    r"melden sie sich .{0,40}newsletter.{0,60}",
    r"folgen sie uns (?:auf|bei) .{1,60}",
    r"(?:sie sind )?bereits (?:abonnent|abonniert)\??.{0,40}",
    r"dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|fuer) (?:abonnenten|abonnentinnen).{0,60}",
    r"weiterlesen mit .{1,60}",
    r"anzeige|werbung|gesponserter inhalt",
    r"alle rechte vorbehalten\.?", r"copyright\s*(?:©\s*)?\d{4}.{0,100}",
    # Lesezeit: "Lesezeit: 4 Min.", "4 Minuten Lesezeit", "3 Min. Lesedauer"
    r"(?:lesezeit|lesedauer)\s*:?\s*(?:ca\.\s*)?\d{1,2}\s*(?:min|min\.|minuten)",
    r"\d{1,2}\s*(?:min|min\.|minuten)\s*(?:lesezeit|lesedauer)",
    # Cookie- und Newsletter-Hinweise
    r"wir (?:verwenden|nutzen) cookies\W.{10,280}", r"diese (?:website|seite|webseite) (?:verwendet|nutzt) cookies\W.{0,280}",
    r"(?:alle )?cookies (?:akzeptieren|ablehnen|zulassen|verwalten)", r"cookie-einstellungen(?: (?:anpassen|ändern))?",
    r"(?:akzeptieren und schließen|zustimmen und weiter)",
]

STAMP_LABELS = [
    r"(?:veröffentlicht|aktualisiert|zuletzt aktualisiert|erstmals veröffentlicht|geändert)\s*(?:am|um)?\s*:?",
    r"stand\s*:",
]

DATE_WORDS = [
    r"januar|jan\.?|jänner", r"februar|feb\.?", r"märz|mär\.?", r"april|apr\.?", r"mai", r"juni", r"juli",
    r"august|aug\.?", r"september|sept?\.?", r"oktober|okt\.?", r"november|nov\.?", r"dezember|dez\.?",
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so",
    r"am|um|uhr|und|vor|stunden?|minuten?|mez|mesz",
]

TEASERS = [
    r"lesen sie (?:auch|mehr|hier)", r"auch interessant\s*:?", r"mehr zum thema", r"siehe auch", r"weiterlesen",
    r"das könnte sie auch interessieren", r"passend zum thema\s*:?",
]

LIST_HEADINGS = [
    r"meist(?:gelesen|kommentiert|geteilt|geklickt)(?:e)?(?: artikel| nachrichten)?",
    r"am meisten (?:gelesen|kommentiert|geteilt)", r"beliebteste (?:artikel|nachrichten)", r"top-artikel",
    r"weitere (?:artikel|nachrichten|themen)", r"neueste (?:artikel|nachrichten)",
]

COMMENT_FORM = [
    r"(?:schreibe|hinterlasse|schreiben sie|hinterlassen sie) einen kommentar(?: antworten abbrechen)?",
    r"antworten abbrechen|antwort abbrechen",
    r"(?:die|deine|ihre) e-?mail-adresse wird nicht veröffentlicht\.?(?:\s*(?:erforderliche|erforderlichen|pflicht)[\s-]?felder sind (?:mit|durch)\s*\*?\s*(?:markiert|gekennzeichnet)\.?)?",
    r"(?:erforderliche|erforderlichen|pflicht)[\s-]?felder sind (?:mit|durch)\s*\*?\s*(?:markiert|gekennzeichnet)\.?",
    r"meinen namen, meine e-mail-adresse und meine website in diesem browser für die nächste kommentierung speichern\.?",
    r"sie müssen (?:angemeldet|eingeloggt) sein, um einen kommentar (?:abzugeben|zu schreiben)\.?",
    r"kommentar (?:abschicken|absenden|veröffentlichen)",
]

FORM_FIELDS = [
    r"kommentare?\s*\*?", r"name\s*\*?", r"e-?mail(?:-adresse)?\s*\*?", r"website\s*\*?",
]

CREDIT_WORDS = [r"Foto", r"Fotos", r"Bild", r"Bildquelle", r"Quelle Foto", r"Titelbild"]

AGENCIES = [r"dpa", r"DPA", r"picture alliance", r"picture-alliance", r"Imago", r"IMAGO", r"Keystone", r"KEYSTONE",
            r"APA", r"epd", r"KNA", r"ddp", r"EPA"]

NAME_PARTICLES = [r"von", r"van", r"der", r"den", r"zu", r"vom"]
