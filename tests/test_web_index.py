"""The corpus stage 'web index' and schema 2: full-text search kept in step with the articles, incrementally."""
from __future__ import annotations

import json
import sqlite3

from newsloom import store
from newsloom.config import Settings
from newsloom.pipeline import build
from newsloom.web import data
from newsloom.web.index import build_index, event_summary


def _search(db, q, kind="article"):
    con = store.connect(db, readonly=True)
    try:
        return data.search(con, q, kind)
    finally:
        con.close()


def _ids(result):
    return sorted(a["id"] for a in result["articles"])


def test_search_follows_new_changed_and_unchanged_articles(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "quay.txt").write_text("The harbour master of Port Velmar closed the old quay on Monday after a storm "
                                     "damaged the cranes.\n", encoding="utf-8")
    (corpus / "marche.txt").write_text("À Sérignac, le marché couvert rouvre ses portes après deux ans de travaux "
                                       "menés par la mairie.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    build([str(corpus)], str(db), Settings())
    assert _ids(_search(db, "serignac MARCHE")) == ["marche"]  # accents and case folded
    assert _ids(_search(db, "cranes")) == ["quay"]
    (corpus / "quay.txt").write_text("The harbour master of Port Velmar reopened the quay on Friday once the "
                                     "engineers had replaced the gantries.\n", encoding="utf-8")
    (corpus / "ferry.txt").write_text("A new ferry links Port Velmar and Sérignac twice a day from June.\n",
                                      encoding="utf-8")
    build([str(corpus)], str(db), Settings())
    assert _ids(_search(db, "cranes")) == []
    assert _ids(_search(db, "gantries")) == ["quay"]
    assert _ids(_search(db, "serignac")) == ["ferry", "marche"]
    assert _ids(_search(db, "velm")) == ["ferry", "quay"]  # the last word is also a prefix
    con = store.connect(db)
    con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises when out of step
    n_fts = con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'port'").fetchone()[0]
    assert n_fts == 2
    assert con.execute("SELECT count(*) FROM entity_index").fetchone()[0] == \
        con.execute("SELECT count(*) FROM entities").fetchone()[0]
    con.close()


def test_a_store_of_schema_1_is_migrated_and_indexed(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript(store.MIGRATIONS[0])
    con.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles(id, origin, content_hash, text_hash, lang, text) VALUES "
                "('a', '/x/a.txt', 'h', 't', 'fr', 'Les négociateurs se retrouvent à Genève.')")
    con.execute("INSERT INTO entities(id, type, name, aliases) VALUES ('place:geneva', 'PLACE', 'Geneva', "
                "'[\"Genève\", \"Genf\"]')")
    con.execute("INSERT INTO events(id, data) VALUES ('event:1', ?)", (json.dumps(
        {"id": "event:1", "type": "CONSULT", "actors": [], "location": "place:geneva", "date": "2026-03-12",
         "status": "occurred", "evidence": [{"article": "a", "start": 0, "end": 41}]}),))
    con.close()
    empty = tmp_path / "empty"
    empty.mkdir()
    build([str(empty)], str(db), Settings())  # migrates; nothing new, but the lookup tables get built
    con = store.connect(db, readonly=True)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert store.get_meta(con, "web_index_dirty") is False
    assert _ids(data.search(con, "geneve", "article")) == ["a"]
    assert [o["id"] for o in data.search(con, "genf", "entity")["objects"]] == ["place:geneva"]
    assert [o["id"] for o in data.search(con, "consult", "event")["objects"]] == ["event:1"]
    assert [tuple(r) for r in con.execute("SELECT article, event FROM event_evidence")] == [("a", "event:1")]
    con.close()


def test_event_summary_reads_well_with_missing_fields():
    names = {"person:a": "Ana Duarte", "person:b": "Lucia Ferrante", "place:rome": "Rome"}
    full = {"type": "CONSULT", "mode": "visit", "actors": ["person:a", "person:b"], "source": "person:a",
            "target": "person:b", "location": "place:rome", "date": "2025-04-09", "status": "occurred"}
    assert event_summary(full, names) == "CONSULT (visit): Ana Duarte → Lucia Ferrante — Rome, 2025-04-09 (occurred)"
    assert event_summary({}, names) == "EVENT"
    assert event_summary({"type": "AID", "actors": ["org:red-cross", None]}, names) == "AID: red cross"


def test_build_index_tolerates_odd_rows(tmp_path):
    con = store.open_store(tmp_path / "o.db")
    con.execute("INSERT INTO events(id, data) VALUES ('e', ?)", (json.dumps({"id": "e", "evidence": [None, 3]}),))
    con.execute("INSERT INTO events(id, data) VALUES ('f', ?)", (json.dumps({"type": "AID"}),))
    build_index(con)
    assert [tuple(r) for r in con.execute("SELECT id, articles FROM event_index")] == [("e", 0)]
