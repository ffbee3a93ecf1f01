"""Event clusters and stories (newsloom.stories). The stores are filled directly through newsloom.store, with
entity ids set by hand as linking would set them; every text is our own and every event fictional."""
from __future__ import annotations

import json
import random
import sqlite3
from datetime import date

import pytest

from newsloom import store
from newsloom.records import ArticleResult, Mention, Sentence, Timex
from newsloom.stories import Params, Stats, assign, cluster_articles
from newsloom.stories.features import load_articles

ENTITIES = {
    "person:aldo-brenner": ("Aldo Brenner", "PERSON"), "person:mira-koss": ("Mira Koss", "PERSON"),
    "place:vienna": ("Vienna", "PLACE"), "org:danube-commission": ("Danube Commission", "ORG"),
    "person:lena-varga": ("Lena Varga", "PERSON"), "place:belmark": ("Belmark", "PLACE"),
    "person:tomas-hale": ("Tomas Hale", "PERSON"), "place:norvia": ("Norvia", "PLACE"),
    "person:paul-girard": ("Paul Girard", "PERSON"), "place:paris": ("Paris", "PLACE"),
    "place:france": ("France", "PLACE"), "place:kestra": ("Kestra", "PLACE"),
    "place:dorval": ("Dorval", "PLACE"), "org:red-crescent": ("Red Crescent", "ORG"),
    "org:fc-lunden": ("FC Lunden", "ORG"), "org:harbour-united": ("Harbour United", "ORG"),
    "person:ivo-saren": ("Ivo Saren", "PERSON"),
}

# id -> (lang, published, text, [(surface, entity id)], [(surface, TIMEX3 value)])
ARTICLES = {
    "en-vienna-courier": ("en", "2026-03-04", (
        "Aldo Brenner and Mira Koss sign Danube water accord in Vienna. "
        "Foreign Minister Aldo Brenner and Chancellor Mira Koss signed the Danube water accord in Vienna on "
        "March 3, 2026, after eleven hours of talks at the Danube Commission. The accord shares the river's "
        "water between farms and the hydropower dams, caps the dams' draw in dry summers and sets up a joint "
        "flood fund of 12 billion euros. Brenner called the accord fair; Koss said the river belongs to both "
        "banks. The Danube Commission will check the dams every season."),
     [("Aldo Brenner", "person:aldo-brenner"), ("Mira Koss", "person:mira-koss"), ("Vienna", "place:vienna"),
      ("Danube Commission", "org:danube-commission")], [("March 3, 2026", "2026-03-03")]),
    "en-vienna-herald": ("en", "2026-03-03", (
        "Water accord for the Danube signed in Vienna. "
        "Mira Koss and Aldo Brenner put their names to a Danube water accord in Vienna on March 3, 2026. "
        "The two leaders agreed to share the river water between farmers and the dams, to limit what the dams "
        "draw in a dry summer and to pay into a flood fund of 12 billion euros. The Danube Commission, which "
        "hosted the talks, will inspect the dams. Koss thanked Brenner for eleven hours of patient talks."),
     [("Mira Koss", "person:mira-koss"), ("Aldo Brenner", "person:aldo-brenner"), ("Vienna", "place:vienna"),
      ("Danube Commission", "org:danube-commission")], [("March 3, 2026", "2026-03-03")]),
    "fr-vienne-gazette": ("fr", "2026-03-04", (
        "Accord sur les eaux du Danube signé à Vienne. "
        "Le ministre des Affaires étrangères Aldo Brenner et la chancelière Mira Koss ont signé à Vienne, le "
        "3 mars 2026, un accord sur le partage des eaux du Danube, après onze heures de négociations à la "
        "Commission du Danube. Les barrages devront limiter leurs prélèvements pendant les étés secs et un "
        "fonds commun contre les crues recevra 12 milliards d'euros. Pour Koss, le fleuve appartient aux deux "
        "rives ; Brenner parle d'un accord équitable."),
     [("Aldo Brenner", "person:aldo-brenner"), ("Mira Koss", "person:mira-koss"), ("Vienne", "place:vienna"),
      ("Commission du Danube", "org:danube-commission")], [("3 mars 2026", "2026-03-03")]),
    "en-paris-2025-post": ("en", "2025-06-10", (
        "Belmark's foreign minister in Paris. "
        "Lena Varga, the foreign minister of Belmark, was received in Paris on June 10, 2025 by the French "
        "foreign minister Paul Girard. The two ministers discussed a rail link between Belmark and France, "
        "student exchanges and the fishing quotas that have strained relations since the spring. Varga said "
        "Belmark wanted closer ties with France; Girard promised an answer on the quotas before the autumn."),
     [("Lena Varga", "person:lena-varga"), ("Belmark", "place:belmark"), ("Paris", "place:paris"),
      ("Paul Girard", "person:paul-girard"), ("France", "place:france")], [("June 10, 2025", "2025-06-10")]),
    "en-paris-2025-wire": ("en", "2025-06-11", (
        "Varga and Girard talk rail and fishing in Paris. "
        "Belmark's foreign minister Lena Varga met Paul Girard in Paris on June 10, 2025. Their talks covered "
        "the planned rail link to France, exchanges of students and the disputed fishing quotas. Girard said "
        "France would answer Belmark on the quotas before the autumn, and Varga invited him to Belmark."),
     [("Lena Varga", "person:lena-varga"), ("Belmark", "place:belmark"), ("Paris", "place:paris"),
      ("Paul Girard", "person:paul-girard"), ("France", "place:france")], [("June 10, 2025", "2025-06-10")]),
    "en-paris-2026-post": ("en", "2026-06-16", (
        "Norvia's foreign minister in Paris. "
        "Tomas Hale, the foreign minister of Norvia, was received in Paris on June 16, 2026 by the French "
        "foreign minister Paul Girard. The two ministers discussed an undersea power cable between Norvia and "
        "France, the Arctic research stations and a visa agreement. Hale said Norvia hoped to sign the cable "
        "deal within a year; Girard called Norvia a partner of France in the north."),
     [("Tomas Hale", "person:tomas-hale"), ("Norvia", "place:norvia"), ("Paris", "place:paris"),
      ("Paul Girard", "person:paul-girard"), ("France", "place:france")], [("June 16, 2026", "2026-06-16")]),
    "en-paris-2026-wire": ("en", "2026-06-17", (
        "Hale and Girard discuss power cable in Paris. "
        "Norvia's foreign minister Tomas Hale met Paul Girard in Paris on June 16, 2026. They discussed the "
        "undersea power cable from Norvia to France, research stations in the Arctic and visas. Hale wants "
        "the cable deal signed within a year, and Girard said France saw Norvia as a partner in the north."),
     [("Tomas Hale", "person:tomas-hale"), ("Norvia", "place:norvia"), ("Paris", "place:paris"),
      ("Paul Girard", "person:paul-girard"), ("France", "place:france")], [("June 16, 2026", "2026-06-16")]),
    "en-kestra-quake-dispatch": ("en", "2025-11-02", (
        "Earthquake kills 14 in Kestra. "
        "A magnitude 6.1 earthquake struck the port city of Dorval in Kestra before dawn on November 2, 2025, "
        "killing at least 14 people and injuring 230. Rescuers from the Red Crescent searched collapsed "
        "apartment blocks near the harbour through the morning. Aftershocks shook the coast for hours and "
        "schools across Kestra stayed closed."),
     [("Dorval", "place:dorval"), ("Kestra", "place:kestra"), ("Red Crescent", "org:red-crescent")],
     [("November 2, 2025", "2025-11-02")]),
    "en-kestra-quake-times": ("en", "2025-11-03", (
        "Dorval counts its dead after earthquake. "
        "The magnitude 6.1 earthquake that hit Dorval on November 2, 2025 killed 14 people and injured 230, "
        "the authorities of Kestra said. Red Crescent teams pulled survivors from apartment blocks near the "
        "harbour while aftershocks rattled the coast. Kestra closed its schools for the week."),
     [("Dorval", "place:dorval"), ("Kestra", "place:kestra"), ("Red Crescent", "org:red-crescent")],
     [("November 2, 2025", "2025-11-02")]),
    "en-cup-final": ("en", "2025-05-18", (
        "FC Lunden win the cup final. "
        "FC Lunden beat Harbour United 3-1 in the cup final on May 17, 2025. Ivo Saren scored twice in the "
        "second half and the goalkeeper saved a penalty. The supporters sang in the rain until midnight, and "
        "the coach thanked the squad for a long season."),
     [("FC Lunden", "org:fc-lunden"), ("Harbour United", "org:harbour-united"), ("Ivo Saren", "person:ivo-saren")],
     [("May 17, 2025", "2025-05-17")]),
}

# A syndicated copy: near-duplicate text (marked duplicate_of by the build), with its own short header.
COPY = ("en-kestra-quake-copy", "en-kestra-quake-dispatch", "Syndicated. ")


def _find(text: str, surface: str) -> int:
    at = text.find(surface)
    assert at >= 0, surface
    return at


def result(aid: str, spec) -> ArticleResult:
    lang, published, text, ments, txs = spec
    mentions = []
    for surface, ent in ments:
        start = -1
        while True:  # every occurrence of the surface form
            start = text.find(surface, start + 1)
            if start < 0:
                break
            name, label = ENTITIES[ent]
            mentions.append(Mention(start, start + len(surface), surface, label, label, ent))
    timexes = [Timex(_find(text, s), _find(text, s) + len(s), s, "DATE", v) for s, v in txs]
    return ArticleResult(id=aid, origin=aid, content_hash=aid, source="", title=None, url=None, lang=lang,
                         published=date.fromisoformat(published), published_basis="metadata", text=text,
                         removed=[], sentences=[Sentence(0, len(text))], mentions=mentions, timexes=timexes,
                         words=len(text.split()), extra={"text_hash": aid})


def make_store(path, order: list[str], batch: int = 100, copy: bool = False) -> sqlite3.Connection:
    con = store.open_store(path)
    specs = dict(ARTICLES)
    if copy:
        cid, orig, head = COPY
        lang, pub, text, ments, txs = ARTICLES[orig]
        specs[cid] = (lang, pub, head + text, ments, txs)
        order = order + [cid]
    results = [result(aid, specs[aid]) for aid in order]
    for k in range(0, len(results), batch):
        store.write_articles(con, results[k:k + batch])
    with store.transaction(con):
        con.executemany("INSERT INTO entities(id, type, name) VALUES (?,?,?)",
                        [(e, t, n) for e, (n, t) in ENTITIES.items()])
        if copy:
            con.execute("UPDATE articles SET duplicate_of=? WHERE id=?", (COPY[1], COPY[0]))
    return con


def clusters(con) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, event_cluster, story FROM articles")}


def partition(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, lab in labels.items():
        groups.setdefault(lab, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def built(tmp_path):
    con = make_store(tmp_path / "s.db", list(ARTICLES), copy=True)
    assign(con)
    yield con
    con.close()


def test_same_event_in_english_and_french_is_one_cluster(built):
    c = clusters(built)
    assert c["en-vienna-courier"][0] == c["en-vienna-herald"][0] == c["fr-vienne-gazette"][0]
    # ... and nothing else is in it
    members = {a for a, (e, _) in c.items() if e == c["fr-vienne-gazette"][0]}
    assert members == {"en-vienna-courier", "en-vienna-herald", "fr-vienne-gazette"}


def test_same_kind_of_event_with_other_year_and_people_is_another_cluster(built):
    c = clusters(built)
    assert c["en-paris-2025-post"][0] == c["en-paris-2025-wire"][0]
    assert c["en-paris-2026-post"][0] == c["en-paris-2026-wire"][0]
    assert c["en-paris-2025-post"][0] != c["en-paris-2026-post"][0]
    # unrelated happenings are neither in those clusters nor in their stories
    assert c["en-kestra-quake-dispatch"][0] != c["en-cup-final"][0]
    assert c["en-cup-final"][1] not in {c["en-paris-2025-post"][1], c["en-vienna-courier"][1]}
    assert c["en-kestra-quake-dispatch"][1] != c["en-vienna-courier"][1]


def test_near_duplicate_joins_its_original(built):
    c = clusters(built)
    assert c["en-kestra-quake-copy"] == c["en-kestra-quake-dispatch"]


def test_near_duplicate_follows_its_original_even_when_its_text_differs(tmp_path):
    con = make_store(tmp_path / "s.db", list(ARTICLES))
    with store.transaction(con):  # the cup report marked, wrongly or not, as a copy of a quake report
        con.execute("UPDATE articles SET duplicate_of='en-kestra-quake-times' WHERE id='en-cup-final'")
    assign(con)
    c = clusters(con)
    assert c["en-cup-final"] == c["en-kestra-quake-times"]


def test_order_of_building_does_not_change_the_clusters(tmp_path):
    ids = list(ARTICLES)
    con1 = make_store(tmp_path / "a.db", ids, copy=True)
    shuffled = ids[:]
    random.Random(7).shuffle(shuffled)
    con2 = make_store(tmp_path / "b.db", shuffled[::-1], batch=1, copy=True)
    assign(con1)
    assign(con2)
    assert clusters(con1) == clusters(con2)                 # same partition, same ids
    s1 = [json.loads(r[0]) for r in con1.execute("SELECT data FROM stories ORDER BY id")]
    s2 = [json.loads(r[0]) for r in con2.execute("SELECT data FROM stories ORDER BY id")]
    assert s1 == s2


def _add(con, ids):
    store.write_articles(con, [result(aid, ARTICLES[aid]) for aid in ids])


def test_builds_in_pieces_give_the_partition_of_the_whole_set(tmp_path):
    """Articles arriving a few at a time, in any order, end in the clusters of the whole set at once; a build
    that brings newer articles re-clusters only the blocks they touch."""
    p = Params(vocab_min=3)  # weights from the older half even for this small set: the incremental path runs
    ids = sorted(ARTICLES, key=lambda a: (ARTICLES[a][1], a))   # publication order
    whole = make_store(tmp_path / "whole.db", ids)
    assign(whole, p)
    expected = clusters(whole)
    assert expected == cluster_articles(load_articles(whole), p)
    assert len({e for e, _ in expected.values()}) >= 5
    incremental = []
    for name, order in (("chrono", ids), ("shuffled", random.Random(3).sample(ids, len(ids))),
                        ("reversed", ids[::-1])):
        con = store.open_store(tmp_path / f"{name}.db")
        with store.transaction(con):
            con.executemany("INSERT INTO entities(id, type, name) VALUES (?,?,?)",
                            [(e, t, n) for e, (n, t) in ENTITIES.items()])
        for k in range(0, len(order), 3):
            _add(con, order[k:k + 3])
            stats = Stats()
            assign(con, p, stats)
            if not stats.full:
                incremental.append(stats)
        assert clusters(con) == expected, name
        con.close()
    assert any(s.reclustered < s.blocks and s.affected < s.articles for s in incremental), incremental


def test_assign_after_nothing_changed_reclusters_nothing(tmp_path):
    p = Params(vocab_min=3)
    con = make_store(tmp_path / "s.db", list(ARTICLES))
    assign(con, p)
    before = clusters(con)
    stats = Stats()
    assign(con, p, stats)
    assert clusters(con) == before
    assert not stats.full and stats.affected == 0 and stats.reclustered == 0


def test_assign_writes_every_article_and_one_row_per_story(built):
    rows = {r[0]: json.loads(r[1]) for r in built.execute("SELECT id, data FROM stories")}
    c = clusters(built)
    assert all(e and s for e, s in c.values())
    assert set(rows) == {s for _, s in c.values()}
    for sid, row in rows.items():
        assert set(row) >= {"id", "title", "articles", "events", "first_date", "last_date"}
        assert row["id"] == sid and row["events"] == []
        assert sorted(row["articles"]) == sorted(a for a, (_, s) in c.items() if s == sid)
        assert row["first_date"] <= row["last_date"]
    # an event cluster lies in one story; ids come from the earliest member
    for e in {e for e, _ in c.values()}:
        assert len({s for a, (ee, s) in c.items() if ee == e}) == 1
    assert c["en-vienna-courier"][0] == "cluster:en-vienna-herald"    # published a day earlier
    vienna = rows[c["en-vienna-courier"][1]]
    assert "Aldo Brenner" in vienna["title"] or "Mira Koss" in vienna["title"]
    assert vienna["first_date"] == "2026-03-03" and vienna["last_date"] == "2026-03-04"


def test_assign_again_replaces_what_it_wrote(built):
    before = clusters(built)
    n = built.execute("SELECT count(*) FROM stories").fetchone()[0]
    assign(built)
    assert clusters(built) == before
    assert built.execute("SELECT count(*) FROM stories").fetchone()[0] == n


def test_params_matter():
    """The thresholds do what they say: with no room for a merge, every article is its own cluster."""
    from newsloom.stories.features import article_features

    arts = [article_features(aid, s[0], s[2], s[1], None, None,
                             [(s[2].find(x), s[2].find(x) + len(x), ENTITIES[e][1], e) for x, e in s[3]], [])
            for aid, s in ARTICLES.items()]
    strict = cluster_articles(arts, Params(event_cut=-1.0, story_cut=2.0))
    assert len({e for e, _ in strict.values()}) == len(arts)
    loose = cluster_articles(arts, Params())
    assert len({e for e, _ in loose.values()}) < len(arts)
