"""Translations (newsloom.stories.translations) and cross-lingual event clusters: short articles written for
these tests, one of them translated by us."""
import json

from newsloom import store
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build
from newsloom.stories.features import links
from newsloom.stories.translations import facts

ARTICLES = [
    {"id": "quake-en", "lang": "en", "published": "2026-05-03", "text":
     "A magnitude 6.8 earthquake shook the Arequipa region in southern Peru on Sunday, killing at least 9 people "
     "and injuring 140, according to the Geophysical Institute of Peru. The epicentre was 60 kilometres from the "
     "town of Camaná. President Lucía Benavente travelled to the area and declared a state of emergency for 60 "
     "days. Follow @IGP_Peru for updates."},
    {"id": "quake-fr", "lang": "fr", "published": "2026-05-04", "text":
     "Un séisme de magnitude 6,8 a secoué dimanche la région d'Arequipa, dans le sud du Pérou, faisant au moins 9 "
     "morts et 140 blessés, selon l'Institut géophysique du Pérou. L'épicentre se trouvait à 60 kilomètres de la "
     "ville de Camaná. La présidente Lucía Benavente s'est rendue sur place et a décrété l'état d'urgence pour 60 "
     "jours. Suivez @IGP_Peru pour les mises à jour."},
    {"id": "quake-de", "lang": "de", "published": "2026-05-04", "text":
     "Nach dem schweren Erdbeben im Süden Perus suchen Helfer in Camaná nach Verschütteten. Viele Lehmhäuser "
     "stürzten ein, Strom und Wasser fehlen. Präsidentin Lucía Benavente versprach schnelle Hilfe für die Region "
     "Arequipa."},
    {"id": "metro-es", "lang": "es", "published": "2026-05-04", "text":
     "Las obras de la futura línea E del metro de Lyon comenzaron el miércoles en el barrio de Alaï. La línea "
     "unirá la plaza Bellecour con los barrios del oeste a lo largo de 7 kilómetros, con 6 estaciones."},
]


def _build(tmp_path, articles, name="s"):
    folder = tmp_path / name
    folder.mkdir()
    with open(folder / "in.jsonl", "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    db = tmp_path / f"{name}.db"
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    doc = to_dict(con)
    assert store.check(con) == []
    con.close()
    assert validate(doc) == []
    return doc


def test_facts_are_the_same_in_every_language():
    assert links("Suivez @IGP_Peru et https://www.igp.gob.pe/sismos.") == links("Follow @igp_peru at www.igp.gob.pe/sismos")
    en = facts("It cost 1,300 euros and 6.8 points.", [], [])
    fr = facts("Il a coûté 1 300 euros et 6,8 points.", [], [])
    assert en == fr and en


def test_a_translation_is_the_same_report_and_joins_its_original(tmp_path):
    doc = _build(tmp_path, ARTICLES)
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["quake-fr"]["translation_of"] == "quake-en"        # the earlier one is the original
    assert arts["quake-en"]["translation_of"] is None
    assert arts["quake-de"]["translation_of"] is None              # another report, not a translation
    assert arts["metro-es"]["translation_of"] is None
    # reports of one happening in three languages: one event cluster, without shared words
    assert arts["quake-en"]["event_cluster"] == arts["quake-fr"]["event_cluster"] == arts["quake-de"]["event_cluster"]
    assert arts["metro-es"]["event_cluster"] != arts["quake-en"]["event_cluster"]
    # the translation adds evidence to the events, never an independent source
    for e in doc["events"]:
        reporters = {x["article"] for x in e["evidence"]}
        if reporters == {"quake-en", "quake-fr"}:
            assert e["independent_sources"] == 1, e


STRIKE_EN = ("A drone strike killed {n} civilians in the town of Dorvik on Sunday, the regional governor Ana "
             "Petrenko said on Monday. The strike hit a market and a school near the port, and 31 people were "
             "wounded. Petrenko asked the United Nations for 4 mobile hospitals.")
STRIKE_FR = ("Une frappe de drone a tué {n} civils dimanche dans la ville de Dorvik, a déclaré lundi la gouverneure "
             "régionale Ana Petrenko. La frappe a touché un marché et une école près du port, et 31 personnes ont été "
             "blessées. Ana Petrenko a demandé aux Nations unies 4 hôpitaux mobiles.")


def test_a_translation_with_another_figure_makes_no_discrepancy(tmp_path):
    doc = _build(tmp_path, [
        {"id": "strike-en", "lang": "en", "published": "2026-05-04", "text": STRIKE_EN.format(n=9)},
        {"id": "strike-fr", "lang": "fr", "published": "2026-05-04", "text": STRIKE_FR.format(n=14)},
    ])
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["strike-fr"]["translation_of"] == "strike-en"
    assert [d for d in doc["discrepancies"] if d["field"] == "dead"] == []


def test_an_independent_report_with_another_figure_is_a_discrepancy(tmp_path):
    """The control of the test above: the same figures from two independent reports disagree."""
    doc = _build(tmp_path, [
        {"id": "strike-en", "lang": "en", "published": "2026-05-04", "text": STRIKE_EN.format(n=9)},
        {"id": "strike-fr2", "lang": "fr", "published": "2026-05-04", "text":
         "Ana Petrenko, la gouverneure de la région, a indiqué qu'une frappe de drone avait tué 14 civils dimanche "
         "à Dorvik."},
    ])
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["strike-fr2"]["translation_of"] is None
    assert [sorted(c["value"] for c in d["claims"]) for d in doc["discrepancies"] if d["field"] == "dead"] == \
        [["14", "9"]]


def test_translations_are_marked_whatever_the_order(tmp_path):
    a = _build(tmp_path, ARTICLES, "a")
    b = _build(tmp_path, ARTICLES[::-1], "b")
    view = lambda doc: {x["id"]: (x["translation_of"], x["event_cluster"], x["story"]) for x in doc["articles"]}
    assert view(a) == view(b)


def test_reports_of_one_news_day_that_share_only_its_dates_stay_apart(tmp_path):
    """Two unrelated happenings of the same Monday, reported in two languages: the dates alone (and an
    accusation each) do not make one event cluster."""
    doc = _build(tmp_path, [
        {"id": "port-fr", "lang": "fr", "published": "2026-03-09", "text":
         "Les dockers du port de Saint-Nazaire ont entamé lundi 9 mars une grève illimitée contre la réforme de leurs "
         "horaires. Le syndicat accuse la direction de refuser tout dialogue depuis le 2 mars. Aucun navire n'a été "
         "déchargé lundi et douze cargos attendent au large."},
        {"id": "border-es", "lang": "es", "published": "2026-03-09", "text":
         "Dos guardias murieron el lunes 9 de marzo en un tiroteo en la frontera entre Bolivia y Perú, cerca del lago "
         "Titicaca. El gobierno boliviano acusa a una banda de contrabandistas, que operaba en la zona desde el 2 de "
         "marzo. Las autoridades cerraron el paso fronterizo de Desaguadero."},
    ])
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["port-fr"]["event_cluster"] != arts["border-es"]["event_cluster"]


FLOOD_ES = (
    "Las lluvias torrenciales que cayeron el martes sobre la provincia de Loja, en el sur de Ecuador, dejaron al "
    "menos 14 muertos y 2.300 damnificados, informó el miércoles la Secretaría de Gestión de Riesgos. El río "
    "Zamora se desbordó en la ciudad de Loja y arrastró 40 viviendas. El presidente Julián Arteaga viajó a Loja "
    "el miércoles y anunció una ayuda de 12 millones de dólares. \"Nadie quedará solo\", dijo Arteaga ante los "
    "vecinos. La alcaldesa Rosa Cuenca pidió 300 carpas a la Cruz Roja. Las clases se suspendieron en 85 escuelas "
    "hasta el lunes. En Zamora, 600 personas pasaron la noche en un coliseo. La Cruz Roja envió 20 voluntarios.")
FLOOD_FR = (  # a desk translation: two sentences merged, one dropped, one line of context added
    "Les pluies torrentielles tombées mardi sur la province de Loja, dans le sud de l'Équateur, ont fait au moins "
    "14 morts et 2 300 sinistrés, a indiqué mercredi le Secrétariat à la gestion des risques, la rivière Zamora "
    "ayant débordé dans la ville de Loja et emporté 40 maisons. Le président Julián Arteaga s'est rendu mercredi "
    "à Loja, où il a annoncé une aide de 12 millions de dollars : « Personne ne restera seul », a-t-il lancé aux "
    "habitants. La maire Rosa Cuenca a demandé 300 tentes à la Croix-Rouge. Les cours sont suspendus dans 85 "
    "écoles jusqu'à lundi. La saison des pluies a commencé en janvier dans les Andes équatoriennes.")
FLOOD_FR_OWN = (  # an independent report: the same happening, told in its own order with other details
    "À Zamora, 600 personnes ont dormi dans un gymnase après la crue, et la Croix-Rouge a dépêché 20 bénévoles. "
    "Le président Julián Arteaga, venu mercredi à Loja, a promis 12 millions de dollars. Selon les secours, le "
    "bilan s'élève à 14 morts. La maire Rosa Cuenca réclame des tentes. L'Équateur subit sa pire saison des "
    "pluies depuis 2008, et 85 écoles resteront fermées jusqu'à lundi dans la province de Loja.")


def test_a_looser_translation_of_a_long_report_is_still_recognised(tmp_path):
    doc = _build(tmp_path, [
        {"id": "flood-es", "lang": "es", "published": "2026-02-11", "text": FLOOD_ES},
        {"id": "flood-fr", "lang": "fr", "published": "2026-02-11", "text": FLOOD_FR},
        {"id": "flood-fr-own", "lang": "fr", "published": "2026-02-12", "text": FLOOD_FR_OWN},
    ])
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["flood-fr"]["translation_of"] == "flood-es"
    assert arts["flood-fr-own"]["translation_of"] is None
    assert arts["flood-fr-own"]["event_cluster"] == arts["flood-es"]["event_cluster"]
