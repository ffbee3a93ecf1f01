"""Discrepancies (newsloom.reconcile): the rules, and whole builds of short articles written for these tests."""
import json

import pytest

from newsloom import store
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build
from newsloom.reconcile import _roles_conflict, _status_conflict_ok, dates_conflict, parse_when


def w(v):
    return parse_when(v)


@pytest.mark.parametrize("a,b,conflict", [
    ("2025-04-16", "2025-04-17", True),
    ("2025-04", "2025-04-17", False),          # granularity is no disagreement
    ("XXXX-04-17", "2025-04-17", False),
    ("2025", "2024-05-01", True),
    ("XXXX-WXX-4", "2025-04-17", False),        # Thursday 17 April
    ("XXXX-WXX-3", "2025-04-17", True),         # Wednesday against a Thursday
    ("XXXX-WXX-3", "XXXX-WXX-4", True),
    ("2025-04", "2025-05", True),
])
def test_dates_conflict_at_the_granularity_both_give(a, b, conflict):
    assert dates_conflict(w(a), w(b)) is conflict
    assert dates_conflict(w(b), w(a)) is conflict


def test_a_plan_for_a_later_day_than_an_occurrence_is_another_occurrence():
    assert not _status_conflict_ok("planned", w("2025-04-19"), "occurred", w("2025-04-12"))
    assert _status_conflict_ok("planned", w("2025-04-16"), "occurred", w("2025-04-17"))
    assert _status_conflict_ok("planned", w("2025-04-16"), "planned", w("2025-04-17"))
    assert not _status_conflict_ok("hypothetical", w("2025-04-16"), "occurred", w("2025-04-17"))


@pytest.mark.parametrize("t1,t2,conflict", [
    ("French Minister of Foreign Affairs", "French Minister of the Armed Forces", True),
    ("Minister of the Interior", "Minister of Finance", True),
    ("US Secretary of State", "US Secretary of Defense", True),
    ("President of France", "Prime Minister of France", True),
    ("President", "President of France", False),
    ("US Secretary of State", "special envoy", False),
    ("German Minister of Foreign Affairs", "French Minister of Foreign Affairs", False),
    ("former Minister of Defence", "Minister of Foreign Affairs", False),
])
def test_roles_conflict_only_for_one_office_with_two_portfolios(t1, t2, conflict):
    assert _roles_conflict(t1, t2) is conflict


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
    con.close()
    assert validate(doc) == []
    return doc


TOLL = ("A landslide buried several houses in the mountain village of Brenn on Sunday, killing {n} people, the "
        "regional authorities said. Rescue teams searched the mud through the night with dogs and heavy machinery "
        "while neighbours waited beside the school.")


def test_a_copy_is_no_independent_source(tmp_path):
    doc = _build(tmp_path, [
        {"id": "wire", "lang": "en", "published": "2026-06-02", "text": TOLL.format(n=12)},
        {"id": "copy", "lang": "en", "published": "2026-06-02", "text": TOLL.format(n=14)},   # an edited copy
    ])
    arts = {a["id"]: a for a in doc["articles"]}
    assert arts["copy"]["duplicate_of"] == "wire"
    assert doc["discrepancies"] == []
    for e in doc["events"]:
        assert e["independent_sources"] == 1, e


def test_figures_that_cannot_both_be_true_are_reported_with_both_sides(tmp_path):
    doc = _build(tmp_path, [
        {"id": "wire", "lang": "en", "published": "2026-06-02", "text": TOLL.format(n=12)},
        {"id": "copy", "lang": "en", "published": "2026-06-02", "text": TOLL.format(n=12)},
        {"id": "other", "lang": "en", "published": "2026-06-02",
         "text": "The authorities said 19 people were killed when a landslide buried houses in Brenn on Sunday."},
    ])
    found = [d for d in doc["discrepancies"] if d["field"] == "dead"]
    assert len(found) == 1
    claims = {c["value"]: set(c["sources"]) for c in found[0]["claims"]}
    assert claims == {"12": {"wire"}, "19": {"other"}}      # the copy counts with its original, not on its own
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for c in found[0]["claims"]:
        for e in c["evidence"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["text"]


def test_compatible_figures_are_no_discrepancy(tmp_path):
    doc = _build(tmp_path, [
        {"id": "a", "lang": "en", "published": "2026-03-18",
         "text": "A suicide bombing at a market in Dara killed at least 30 people on Tuesday, the police said."},
        {"id": "b", "lang": "en", "published": "2026-03-18",
         "text": "The police said 34 people were killed in a suicide bombing at a market in Dara on Tuesday."},
    ])
    assert doc["discrepancies"] == []
