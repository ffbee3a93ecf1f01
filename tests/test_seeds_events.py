"""The events of the five seed articles (../shared/seeds, read at test time) with their README beside them."""
import shutil

import pytest

from conftest import SHARED
from newsloom import store
from newsloom.config import Settings
from newsloom.export import to_dict
from newsloom.pipeline import build

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds_events")
    folder = tmp / "seeds"
    shutil.copytree(SEEDS, folder)          # README.md included: a text that reports nothing
    db = tmp / "s.db"
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    out = to_dict(con)
    con.close()
    return out


def _names(doc):
    return {e["id"]: e["name"] for e in doc["entities"]}


def _events_of(doc, prefix):
    return [e for e in doc["events"] if any(x["article"].startswith(prefix) for x in e["evidence"])]


def test_a_readme_reports_no_event(doc):
    readme = [a["id"] for a in doc["articles"] if not a["id"][:3].isdigit()]
    assert readme
    assert not [e for e in doc["events"] if any(x["article"] in readme for x in e["evidence"])]


def test_istanbul_talks_between_the_two_delegations(doc):
    names = _names(doc)
    talks = [e for e in _events_of(doc, "002") if e["type"] == "CONSULT" and names.get(e["location"]) == "Istanbul"]
    assert len(talks) == 1
    assert {"Ukraine", "Russia"} <= {names.get(a) for a in talks[0]["actors"]}
    assert talks[0]["date"] in (None, "2025-06-02")
    deal = [e for e in _events_of(doc, "002") if e["type"] == "AGREE"]
    assert deal and {"Ukraine", "Russia"} <= {names.get(a) for a in deal[0]["actors"]}


def test_actors_are_no_nationality_words_and_not_the_place(doc):
    demonyms = {e["id"] for e in doc["entities"] if e["id"].startswith("other:") and e["name"] in
                ("American", "French", "Russian", "Ukrainian")}
    assert demonyms, "the linker keeps nationality words as entities of their own"
    for ev in doc["events"]:
        assert not demonyms & set(ev["actors"]), ev
        if ev["location"] and ev["location"].startswith("place:") and ev["location"] != ev["source"]:
            assert ev["location"] not in ev["actors"] or ev["location"] in (ev["source"], ev["target"]), ev
    paris = [e for e in _events_of(doc, "000") if e["type"] == "CONSULT" and _names(doc).get(e["location"]) == "Paris"]
    assert paris and "place:paris" not in paris[0]["actors"]


def test_a_country_named_by_its_nationality_word_lists_that_word(doc):
    names = _names(doc)
    sumy = [e for e in _events_of(doc, "003") if e["type"] == "ASSAULT" and names.get(e["location"]) == "Sumy"]
    assert sumy and names.get(sumy[0]["source"]) == "Russia"
    russia = next(e for e in doc["entities"] if e["id"] == sumy[0]["source"])
    assert "russe" in {m["text"].lower() for m in russia["mentions"]}
