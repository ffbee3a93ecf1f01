"""newsloom.clean: web debris out, every fact in, offsets of clean text untouched.

Fixtures in tests/fixtures/clean are our own text: ``*_debris.txt`` carry typical debris (with the expected
output in ``*.expected.txt`` and the removed pieces in ``*.removed.json``), ``*_news.txt`` carry none and
must come back byte-identical, although they hold lines that look like debris at first sight.
"""
import importlib
import json
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from newsloom.clean import clean
from newsloom.records import Cleaned

DIR = FIXTURES / "clean"
LANGS = ("en", "fr", "es", "de")


def read(name: str) -> str:
    return (DIR / name).read_text(encoding="utf-8")


def removed_text(c: Cleaned) -> str:
    return "\n".join(c.removed)


# --- the fixtures, whole -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_debris_fixture_gives_the_expected_text_and_pieces(lang):
    c = clean(read(f"{lang}_debris.txt"), lang)
    assert isinstance(c, Cleaned)
    assert c.text == read(f"{lang}_debris.expected.txt")
    assert c.removed == json.loads(read(f"{lang}_debris.removed.json"))


@pytest.mark.parametrize("lang", LANGS)
def test_language_id_is_not_needed(lang):
    """Same result with no language, and with a wrong one: all languages' patterns apply."""
    text = read(f"{lang}_debris.txt")
    expected = clean(text, lang)
    assert clean(text, None) == expected
    wrong = "de" if lang != "de" else "en"
    assert clean(text, wrong) == expected
    assert clean(text, "it") == expected          # a language without a pattern module


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("given_lang", [None, "en", "fr", "es", "de"])
def test_clean_news_comes_back_byte_identical(lang, given_lang):
    text = read(f"{lang}_news.txt")
    c = clean(text, given_lang)
    assert c.removed == []
    assert c.text == text


@pytest.mark.parametrize("name", [f"{lang}_{kind}.txt" for lang in LANGS for kind in ("debris", "news")])
def test_cleaning_twice_changes_nothing_more(name):
    once = clean(read(name))
    twice = clean(once.text)
    assert twice.removed == [] and twice.text == once.text


# --- debris out, facts in, per kind --------------------------------------------------------------------

DEBRIS = {
    "en": ["Leave a Reply", "Post Comment", "Your email address will not be published", "Save my name, email",
           "Required fields are marked *",
           "Save my name, email", "Post Comment", "Most read", "Tram fares to rise in The Hague",
           "Read alsoShipping lines", "First modification", "Last update", "3 min read", "Share this article",
           "Subscribe to our newsletter", "Photo Tom Baker/Pool via REUTERS", "Photo: AFP", "### ", "*** "],
    "fr": ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée", "Les plus lus",
           "Rennes accueille le congrès", "Lire aussi", "Publié le 12 mars 2025", "Modifié le", "Mis à jour le",
           "Lecture 3 min", "Partager", "Abonnez-vous", "(Crédit photo : Claire Morvan / AFP)", "## "],
    "es": ["Deja una respuesta", "Tu dirección de correo electrónico no será publicada", "Lo más leído",
           "Sevilla amplía el horario", "Lea también", "Actualizado el", "Lectura: 4 min", "Compartir en Facebook",
           "Esta es tu última noticia", "Suscríbete", "Foto: Elena Ruiz/EFE"],
    "de": ["Schreibe einen Kommentar", "Die E-Mail-Adresse wird nicht veröffentlicht", "Meistgelesen",
           "Augsburg plant autofreie Altstadt", "Lesen Sie auch", "Stand: 14.02.2025", "Lesezeit: 3 Min.",
           "Artikel teilen", "Jetzt abonnieren", "Foto: dpa", "© dpa-infocom"],
}

FACTS = {
    "en": ["Port workers end strike in Rotterdam after pay deal", "6.5 percent", "eleven days",
           "Marieke de Vries in Rotterdam, 2 May 2025.", "How the strike began", "on 21 April 2025",
           "At least 1,200 workers", "about a third", "With AFP and Reuters"],
    "fr": ["Les agriculteurs bretons bloquent le port de Brest", "au moins 40 tracteurs", "Yannick Le Goff",
           "devant la capitainerie, le 11 mars 2025.", "« Nous ne pouvons plus vendre à perte »", "Avec AFP"],
    "es": ["El Gobierno aprueba un plan de ayudas", "300 millones de euros", "12.000 explotaciones",
           "cerca de Córdoba, el 3 de junio de 2025."],
    "de": ["Bahnstreik legt Fernverkehr in Bayern lahm", "rund 250 Verbindungen", "Deutsche Bahn in München",
           "Hauptbahnhof auf Informationen, 14. Februar 2025."],
}


@pytest.mark.parametrize("lang", LANGS)
def test_debris_goes_into_removed(lang):
    c = clean(read(f"{lang}_debris.txt"))
    for phrase in DEBRIS[lang]:
        assert phrase not in c.text, phrase
        assert phrase in removed_text(c), phrase


@pytest.mark.parametrize("lang", LANGS)
def test_facts_stay_once(lang):
    c = clean(read(f"{lang}_debris.txt"))
    for phrase in FACTS[lang]:
        assert c.text.count(phrase) == 1, phrase


def test_comment_form_and_its_fields_go_together():
    text = ("The bridge reopens on Monday.\n\nLeave a Reply\nCancel reply\n"
            "Your email address will not be published.\n"
            "Comment *\nRequired fields are marked *\nName *\nEmail *\nWebsite\n")
    c = clean(text)
    assert c.text == "The bridge reopens on Monday.\n"
    assert c.removed[0] == "Leave a Reply" and c.removed[-1] == "Website"
    # outside a comment form a "Website" line is not debris
    assert clean("Website\nThe bridge reopens on Monday.\n").removed == []


def test_most_read_list_stops_at_prose():
    text = ("Les plus commentés\nUn nouveau pont sur la Loire ?\nLa gare de Tours rénovée\n"
            "Le conseil municipal a voté jeudi un budget de 12 millions d'euros pour la rénovation du pont.\n"
            "La mairie confirme")
    c = clean(text)
    assert c.removed == ["Les plus commentés", "Un nouveau pont sur la Loire ?", "La gare de Tours rénovée"]
    assert c.text.startswith("Le conseil municipal a voté jeudi") and c.text.endswith("La mairie confirme")


def test_short_factual_lines_stay_when_no_list_heading_is_above():
    text = "France calls for permanent ceasefire in Gaza\nTalks resume in Doha\nKyiv hit by drones overnight\n"
    assert clean(text) == Cleaned(text=text, removed=[])


@pytest.mark.parametrize("line", [
    "Read alsoTwo years of war: what changed",
    "Read also: Two years of war: what changed",
    "READ MORE: Two years of war: what changed",
    "Lire aussiDeux ans de guerre : ce qui a changé",
    "Ver también: Dos años de guerra",
    "Lesen Sie auchZwei Jahre Krieg: was sich geändert hat",
])
def test_teaser_line_goes_whole(line):
    c = clean(f"The war entered its third year.\n{line}\nThe front has barely moved.\n")
    assert c.removed == [line]
    assert c.text == "The war entered its third year.\nThe front has barely moved.\n"


def test_teaser_prefix_glued_to_prose_is_kept():
    # we cannot tell where the teaser ends: better keep a teaser than lose a paragraph
    text = ("Siehe auch: Rathaus In der Altstadt befinden sich zwei Schulen, ein Museum und das alte Rathaus, "
            "das 1502 erbaut und 1948 nach schweren Kriegsschäden originalgetreu wieder aufgebaut wurde.")
    assert clean(text).removed == []


@pytest.mark.parametrize("line", [
    "4 min", "4 min read", "Lecture 3 min", "3 minutos de lectura", "Lesezeit: 4 Min.",
    "First modification:", "Last update: 03/05/2025 - 11:40", "Updated 7 April 2025, 10:15 GMT",
    "Publié le 3 avril 2025 à 9h12 Modifié le 3 avril 2025 à 11h00", "Mis à jour le 04/04/2025 à 10h32",
    "Actualizado el 2 de abril de 2025 a las 12:30 h", "Stand: 02.04.2025, 08:15 Uhr",
])
def test_stamp_lines_go(line):
    c = clean(f"The summit opened on Tuesday.\n{line}\nLeaders signed a declaration.")
    assert c.removed == [line]
    assert c.text == "The summit opened on Tuesday.\nLeaders signed a declaration."


@pytest.mark.parametrize("line", [
    "4 minutes later the police arrived.",
    "Updated casualty figures will be released on Monday.",
    "Published in 2019, the report warned of shortages.",
    "Mis à part la question du gaz, rien n'a été décidé.",
    "Stand der Gespräche: offen, sagte der Sprecher.",
    "Share prices rose by 4 percent.",
    "Partager le fardeau reste l'objectif, a dit la ministre.",
    "Most of the 35 victims were civilians.",
    "Lo más importante será el acuerdo pesquero.",
])
def test_lines_that_merely_start_like_debris_stay(line):
    text = f"The summit opened on Tuesday.\n{line}\n"
    assert clean(text).removed == []


# --- picture credits: the credit goes, the caption stays -----------------------------------------------

@pytest.mark.parametrize("caption, credit", [
    ("The minister greets her counterpart in Rome, 4 May 2025.", " Photo Jane Doe/Pool via REUTERS"),
    ("The minister greets her counterpart in Rome, 4 May 2025.", " Photo: AFP"),
    ("The minister greets her counterpart in Rome, 4 May 2025.", " REUTERS/Jane Doe"),
    ("La ministre accueille son homologue à Rome, le 4 mai 2025.", " (Crédit photo : Jean Dupont / AFP)"),
    ("La ministre accueille son homologue à Rome, le 4 mai 2025.", " © AFP"),
    ("La ministra recibe a su homólogo en Roma, el 4 de mayo de 2025.", " Foto: Ana García/EFE"),
    ("Die Ministerin empfängt ihren Amtskollegen in Rom, 4. Mai 2025.", " Foto: dpa"),
    ("Die Ministerin empfängt ihren Amtskollegen in Rom, 4. Mai 2025.", " Bild: picture alliance/dpa"),
    ("Minister meets counterpart in Rome", " | Photo: Jane Doe"),
])
def test_credit_goes_caption_stays(caption, credit):
    c = clean(caption + credit + "\nThe talks lasted two hours.")
    assert c.removed == [credit]
    assert c.text == caption + "\nThe talks lasted two hours."


def test_credit_line_alone_goes_whole():
    c = clean("The talks lasted two hours.\nPhoto: Jane Doe/AFP\nBoth sides called them useful.")
    assert c.removed == ["Photo: Jane Doe/AFP"]
    assert c.text == "The talks lasted two hours.\nBoth sides called them useful."


@pytest.mark.parametrize("line", [
    "Photo opportunities were rare during the meeting.",
    "He visited the Photo Museum in Paris.",
    "The bank fell. Credit Suisse declined to comment.",
    "Credit Suisse",
    "Minister arrives in Rome (Photo taken on 4 April 2025)",
    "Photo de famille à l'issue du sommet : les dirigeants ont posé devant le palais.",
    "Foto de archivo: el puerto de Algeciras, en una imagen de 2024.",
    "Bild: Die beiden Politiker vor dem Palast.",
    "Nach Angaben der Bild-Zeitung dauerte das Gespräch zwei Stunden. Bild berichtete zuerst.",
    "Courtesy of The Harbour TimesMaria Lopez, harbour master",      # caption glued to a credit: keep
    "Courtesy of The Harbour TimesMaria Lopez, Harbour Master",
    "The jury met in Arles. Picture Of The Year Goes To Kyiv.",
])
def test_caption_like_content_is_not_a_credit(line):
    assert clean(line).removed == []


# --- markdown ------------------------------------------------------------------------------------------

def test_markdown_heading_marks_go_heading_text_stays():
    c = clean("### Conclusion\nThe deal holds.\n*** Visit of the envoy: a turning point? ***\n**Context**\n")
    assert c.text == "Conclusion\nThe deal holds.\nVisit of the envoy: a turning point?\nContext\n"
    assert c.removed == ["### ", "*** ", " ***", "**", "**"]


def test_inline_emphasis_and_hashtags_stay():
    text = "**Kyiv** said talks would resume.\n#Ukraine trended on Monday.\n"
    assert clean(text).removed == []


# --- repeats -------------------------------------------------------------------------------------------

def test_repeated_run_glued_and_truncated_is_kept_once():
    first = ("The envoy will travel to Paris on Wednesday for talks on the war, the ministry said.\n"
             "He will be joined by the special adviser for the region, according to a statement.\n"
             "The envoy had however said on Monday that a deal was close.\n")
    repeat = ("The envoy will travel to Paris on Wednesday for talks on the war, the ministry said."
              "He will be joined by the special adviser for the region, according to a statement."
              "The envoy had however...")
    c = clean(first + repeat + "\nMost read\nA headline about something else\n")
    assert c.text == first
    assert c.removed == [repeat, "Most read", "A headline about something else"]


def test_repeated_paragraph_kept_once_blank_lines_tidy():
    para = "The city council approved the new budget of 40 million euros on Thursday evening."
    c = clean(f"{para}\n\nThe mayor welcomed the vote.\n\n{para}\n\nOpposition members abstained.\n")
    assert c.text == f"{para}\n\nThe mayor welcomed the vote.\n\nOpposition members abstained.\n"
    assert c.removed == [para]


def test_repeat_inside_a_line_removes_only_the_repeat():
    s = "The city council approved the new budget of 40 million euros on Thursday evening."
    c = clean(f"{s}\nThe mayor welcomed the vote. {s}")
    assert c.text == f"{s}\nThe mayor welcomed the vote."
    assert c.removed == [f" {s}"]


def test_short_repeats_and_quoted_repeats_stay():
    text = ("Talks will resume on Monday.\nThe two sides met in Oslo.\nTalks will resume on Monday.\n"
            "He said the deal was historic and would be signed soon.\n"
            "She agreed: He said the deal was historic and would be signed soon.\n")
    assert clean(text).removed == []


def test_lone_truncated_fragment_of_an_earlier_sentence_goes():
    text = ("The foreign minister had however announced on Monday that the talks were close to a result.\n"
            "Other news.\nThe foreign minister had however…")
    c = clean(text)
    assert c.removed == ["The foreign minister had however…"]
    assert c.text == "The foreign minister had however announced on Monday that the talks were close to a result.\n" \
                     "Other news."


# --- white space and offsets ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A.\n\nShare this article\n\nB.", "A.\n\nB."),
    ("A.\nShare this article\n\nB.", "A.\n\nB."),
    ("Share this article\n\nA.\n", "A.\n"),
    ("A.\n\nShare this article\n", "A.\n"),
    ("\nA.\n\n\nB.\n", "\nA.\n\n\nB.\n"),
    ("A.\r\nShare this article\r\nB.\r\n", "A.\r\nB.\r\n"),
    ("", ""),
])
def test_paragraph_breaks(text, expected):
    assert clean(text).text == expected


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


LINE_POOL = [
    "Leave a Reply", "Most read", "Read alsoA headline", "4 min", "Share this article", "### Conclusion",
    "*** Title ***", "Photo: AFP", "The talks ended. Photo Jane Doe/AFP", "Les plus lus", "© dpa",
    "The ministers met in Rome on 4 May 2025 and agreed on a plan.", "At least 35 civilians were killed.",
    "Short headline", "", " ", "The envoy had however...", "Deja una respuesta", "Meistgelesen",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINE_POOL), st.text(max_size=60)), max_size=25),
       st.sampled_from([None, "en", "fr", "es", "de", "xx"]))
def test_only_deletes(lines, lang):
    """Whatever the input: the output is the input with pieces deleted, and the pieces are all there."""
    text = "\n".join(lines)
    c = clean(text, lang)
    assert _is_subsequence(c.text, text)
    kept = Counter(ch for ch in c.text if not ch.isspace())
    gone = Counter(ch for piece in c.removed for ch in piece if not ch.isspace())
    assert kept + gone == Counter(ch for ch in text if not ch.isspace())
    pos = 0
    for piece in c.removed:                        # verbatim and in text order
        assert piece.strip()
        pos = text.index(piece, pos) + len(piece)
    if not c.removed:
        assert c.text == text


# --- data, not code ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_each_language_ships_its_patterns_as_data(lang):
    mod = importlib.import_module(f"newsloom.lang.{lang}.clean")
    for name in ("LINES", "STAMP_LABELS", "TEASERS", "LIST_HEADINGS", "COMMENT_FORM", "CREDIT_WORDS"):
        value = getattr(mod, name)
        assert isinstance(value, list) and value and all(isinstance(p, str) for p in value), name


# --- speed ---------------------------------------------------------------------------------------------

def test_cleaning_is_cheap():
    # about 5 KB in ~90 short lines, most of them debris: a worst case (real 2-5 KB articles take ~0.1-0.4 ms)
    text = read("en_debris.txt") + "\n" + read("en_news.txt") * 2 + read("fr_debris.txt")
    assert 4000 < len(text) < 7000
    clean(text)
    n = 50
    t = time.process_time()                    # CPU time: other jobs on the machine do not count
    for _ in range(n):
        clean(text)
    per_article = (time.process_time() - t) / n
    assert per_article < 0.003, f"{per_article * 1000:.2f} ms per article"
