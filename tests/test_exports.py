"""Parquet and GraphML exports agree with the JSON document they are derived from."""
import json
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from itertools import combinations

import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, run_cli
from newsloom import store
from newsloom.config import Settings
from newsloom.export import to_dict
from newsloom.pipeline import build

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("exports")
    shutil.copytree(FIXTURES / "corpus", tmp / "corpus")
    db = tmp / "s.db"
    build([str(tmp / "corpus")], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    doc = to_dict(con)
    con.close()
    return tmp, db, doc


def test_parquet_folder_holds_every_table_of_the_json_document(built):
    tmp, db, doc = built
    out = tmp / "pq"
    res = run_cli("export", "--db", db, "--format", "parquet", "-o", out)
    assert res.returncode == 0, res.stderr
    for name in ("articles", "entities", "timexes", "events", "quotes", "stories", "discrepancies"):
        table = pq.read_table(out / f"{name}.parquet")
        assert table.num_rows == len(doc[name]), name
    arts = pq.read_table(out / "articles.parquet").to_pylist()
    assert [a["id"] for a in arts] == [a["id"] for a in doc["articles"]]
    assert [a["text"] for a in arts] == [a["text"] for a in doc["articles"]]
    assert [a["removed"] for a in arts] == [a["removed"] for a in doc["articles"]]
    assert doc["events"], "the fixture corpus reports events"
    events = {e["id"]: e for e in pq.read_table(out / "events.parquet").to_pylist()}
    for ev in doc["events"]:
        got = events[ev["id"]]
        assert got["type"] == ev["type"] and got["actors"] == ev["actors"] and got["date"] == ev["date"]
        assert [(x["article"], x["start"], x["end"], x["text"]) for x in got["evidence"]] == \
               [(x["article"], x["start"], x["end"], x["text"]) for x in ev["evidence"]]
        # fields beyond the fixed columns survive in `extra`
        known = set(got) - {"extra"}
        beyond = {k: v for k, v in ev.items() if k not in known}
        assert (json.loads(got["extra"]) if got["extra"] else {}) == beyond
    ents = {e["id"]: e for e in pq.read_table(out / "entities.parquet").to_pylist()}
    for ent in doc["entities"]:
        assert len(ents[ent["id"]]["mentions"]) == len(ent["mentions"])
        assert ents[ent["id"]]["aliases"] == ent["aliases"]


def test_parquet_single_table_and_usage_errors(built):
    tmp, db, doc = built
    res = run_cli("export", "--db", db, "--format", "parquet", "--what", "timexes", "-o", tmp / "t.parquet")
    assert res.returncode == 0, res.stderr
    rows = pq.read_table(tmp / "t.parquet").to_pylist()
    assert [(r["article"], r["start"], r["value"]) for r in rows] == \
           [(t["article"], t["start"], t["value"]) for t in doc["timexes"]]
    assert not list(tmp.glob("*.part")), "no half-written file is left behind"
    res = run_cli("export", "--db", db, "--format", "parquet")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1 and "-o" in res.stderr
    res = run_cli("export", "--db", db, "--format", "csv", "--what", "events")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    res = run_cli("export", "--db", db, "--format", "json", "--what", "events")
    assert res.returncode == 2


def _graph(xml: str):
    root = ET.fromstring(xml)
    nodes = {}
    for n in root.iterfind(".//g:node", NS):
        nodes[n.get("id")] = {d.get("key"): d.text for d in n.iterfind("g:data", NS)}
    edges = {}
    for e in root.iterfind(".//g:edge", NS):
        data = {d.get("key"): d.text for d in e.iterfind("g:data", NS)}
        edges[frozenset((e.get("source"), e.get("target")))] = data
    return nodes, edges


def test_graphml_is_the_co_actor_network_of_the_events(built):
    tmp, db, doc = built
    res = run_cli("export", "--db", db, "--format", "graphml", "-o", tmp / "g.graphml")
    assert res.returncode == 0, res.stderr
    nodes, edges = _graph((tmp / "g.graphml").read_text(encoding="utf-8"))
    expected = Counter()
    involved = set()
    for ev in doc["events"]:
        actors = sorted({a for a in [*ev["actors"], ev["source"], ev["target"]] if a})
        involved.update(actors)
        expected.update(frozenset(p) for p in combinations(actors, 2))
    assert set(nodes) == involved
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert all(nodes[i]["name"] == names.get(i, i) for i in nodes)
    assert {k: int(v["weight"]) for k, v in edges.items()} == dict(expected)


def test_graphml_escapes_hostile_names(tmp_path):
    db = tmp_path / "g.db"
    con = store.open_store(db)
    con.execute("INSERT INTO entities(id, type, name) VALUES ('person:a', 'PERSON', 'A <b>&\"x\"</b>')")
    con.execute("INSERT INTO entities(id, type, name) VALUES ('org:b', 'ORG', ']]><script>')")
    ev = {"id": "event:1", "type": "CONSULT", "actors": ["person:a", "org:b"], "source": "person:a",
          "target": "org:b", "evidence": []}
    con.execute("INSERT INTO events(id, story, data) VALUES ('event:1', NULL, ?)", (json.dumps(ev),))
    con.close()
    res = run_cli("export", "--db", db, "--format", "graphml")
    assert res.returncode == 0, res.stderr
    nodes, edges = _graph(res.stdout)
    assert nodes["person:a"]["name"] == 'A <b>&"x"</b>' and nodes["org:b"]["name"] == "]]><script>"
    assert edges[frozenset(("person:a", "org:b"))]["types"] == "CONSULT:1"
