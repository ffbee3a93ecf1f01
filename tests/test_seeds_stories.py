"""The seeds through the corpus layer: event clusters, the story, dates of undated articles, the discrepancy
about Rubio's Paris trip, information density (../shared/seeds: read at test time, never copied)."""
import shutil

import pytest

from conftest import SHARED
from newsloom import store
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds-stories")
    folder = tmp / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("README.md"))
    db = tmp / "seeds.db"
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    out = to_dict(con)
    con.close()
    return out


def _arts(doc):
    return {a["id"][:3]: a for a in doc["articles"]}


def test_export_keeps_the_contract_with_timelines(doc):
    assert validate(doc) == []
    assert all(isinstance(s.get("timeline"), list) for s in doc["stories"])


def test_event_clusters(doc):
    arts = _arts(doc)
    groups = {}
    for k, a in arts.items():
        groups.setdefault(a["event_cluster"], set()).add(k)
    assert sorted(map(sorted, groups.values())) == [["000", "001", "003"], ["002"], ["004"]]


def test_one_story_holds_the_april_2025_talks_and_the_june_call(doc):
    arts = _arts(doc)
    assert arts["000"]["story"] == arts["001"]["story"] == arts["002"]["story"] == arts["003"]["story"]
    story = next(s for s in doc["stories"] if s["id"] == arts["003"]["story"])
    assert {k for k, a in arts.items() if a["id"] in story["articles"]} >= {"000", "001", "002", "003"}
    # a readable title from who does what about what, and the story's span
    assert "talks" in story["title"] and "Ukraine" in story["title"], story["title"]
    assert story["first_date"] <= "2025-04-15" and story["last_date"] >= "2025-06-02"
    # the timeline: the story's dated events in date order, each with evidence from its articles
    dates = [t["date"] for t in story["timeline"]]
    assert dates == sorted(dates)
    assert set(story["events"]) >= {t["event"] for t in story["timeline"]}
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    paris = [t for t in story["timeline"] if t["date"] == "2025-04-17" and "Paris" in t["summary"]]
    assert paris, [(t["date"], t["summary"]) for t in story["timeline"]]
    assert {e["article"][:3] for e in paris[0]["evidence"]} >= {"000", "003"}
    for t in story["timeline"]:
        for e in t["evidence"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["text"]


def test_undated_articles_get_their_dates_from_the_cluster_and_the_story(doc):
    arts = _arts(doc)
    values = {(t["article"][:3], t["text"]): t["value"] for t in doc["timexes"]}
    assert values[("002", "le 2 juin")] == "2025-06-02"       # year from the story (April 2025)
    assert values[("000", "Thursday")] == "2025-04-17"        # from its cluster: 003, published Tue 15 April
    assert values[("001", "April 17")] == "2025-04-17"
    istanbul = [e for e in doc["events"] if e["location"] == "place:istanbul"]
    assert istanbul and istanbul[0]["date"] == "2025-06-02"
    # never invented: one dated source in the cluster is not enough for a publication date
    for k in ("000", "001", "002"):
        assert arts[k]["published"] is None and arts[k]["published_basis"] is None


def test_the_date_of_rubios_paris_trip_is_a_discrepancy(doc):
    arts = _arts(doc)
    paris = [e for e in doc["events"] if e["type"] == "CONSULT" and e["location"] == "place:paris"
             and "person:marco-rubio" in e["actors"] and e["date"] and e["date"].startswith("2025-04")]
    assert len(paris) == 1
    found = [d for d in doc["discrepancies"] if d["subject"] == paris[0]["id"] and d["field"] == "date"]
    assert len(found) == 1
    claims = {c["value"]: {e["article"][:3] for e in c["evidence"]} for c in found[0]["claims"]}
    assert claims == {"2025-04-16": {"003"}, "2025-04-17": {"000", "001"}}
    wednesday = next(c for c in found[0]["claims"] if c["value"] == "2025-04-16")
    assert any("mercredi" in e["text"] for e in wednesday["evidence"])
    assert arts["003"]["published"] == "2025-04-15"


def test_filler_articles_are_less_dense_than_reports(doc):
    d = {k: a["information_density"] for k, a in _arts(doc).items()}
    assert max(d["000"], d["001"]) < min(d["003"], d["004"]), d
