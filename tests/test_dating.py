"""Dates of undated articles from their clusters (newsloom.stories.dating), and builds in any order."""
import json
import random
from datetime import date

from newsloom import store
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build
from newsloom.stories.dating import Reference, resolve


def test_a_day_and_month_take_the_year_nearest_the_reference():
    weak = Reference(date(2025, 4, 15), False, "story")
    assert resolve("XXXX-06-02", weak, None) == "2025-06-02"
    assert resolve("XXXX-12-30", Reference(date(2025, 1, 2), False, "story"), None) == "2024-12-30"
    assert resolve("XXXX-03", weak, None) == "2025-03"
    assert resolve("2024-06-02", weak, None) is None           # a date with its year stays as it is


def test_weekdays_and_deictic_words_only_against_a_strong_reference():
    strong = Reference(date(2025, 4, 15), True, "cluster")      # a Tuesday
    weak = Reference(date(2025, 4, 15), False, "story")
    assert resolve("XXXX-WXX-4", strong, None) == "2025-04-17"  # the nearest Thursday
    assert resolve("XXXX-WXX-1", strong, None) == "2025-04-14"
    assert resolve("XXXX-WXX-4", weak, None) is None
    assert resolve("PRESENT_REF", strong, "2025-04-15") == "2025-04-15"
    assert resolve("PRESENT_REF", weak, "2025-04-15") is None


BRIDGE = [
    ("courier", "2026-05-05", "The Tamm bridge reopened on Monday. President Lea Moor opened the rebuilt Tamm bridge in "
     "Velna on Monday, two years after the flood that destroyed it. The bridge cost 40 million euros and carries the "
     "railway to the coast. Moor thanked the engineers of the Velna rail company."),
    ("herald", "2026-05-04", "Velna celebrates its new bridge. President Lea Moor reopened the Tamm bridge in Velna on "
     "Monday, two years after the flood. The rebuilt bridge cost 40 million euros and brings the railway back to the "
     "coast, Moor said as she thanked the engineers of the Velna rail company."),
    ("blog", None, "President Lea Moor reopened the Tamm bridge in Velna on Monday, two years after the flood that "
     "destroyed it. The new bridge cost 40 million euros; Moor thanked the engineers of the Velna rail company, whose "
     "trains cross the Tamm to the coast again."),
    ("market", "2026-05-06", "Grain prices fell on the Velna exchange on Tuesday as farmers sold the new harvest early. "
     "Traders said wheat lost four percent in a week and barley three percent."),
]


def _write(folder, items):
    folder.mkdir(parents=True, exist_ok=True)
    for aid, pub, text in items:
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        if pub:
            (folder / f"{aid}.meta.json").write_text(json.dumps({"published": pub}), encoding="utf-8")


def _doc(db):
    con = store.connect(db, readonly=True)
    out = to_dict(con)
    con.close()
    assert validate(out) == []
    return out


def test_an_undated_report_gets_a_publication_date_only_from_several_sources(tmp_path):
    _write(tmp_path / "in", BRIDGE)
    db = tmp_path / "s.db"
    build([str(tmp_path / "in")], str(db), Settings(workers=1))
    arts = {a["id"]: a for a in _doc(db)["articles"]}
    assert arts["blog"]["event_cluster"] == arts["courier"]["event_cluster"] == arts["herald"]["event_cluster"]
    assert arts["market"]["event_cluster"] != arts["blog"]["event_cluster"]
    # two independent dated sources a day apart: the undated report was published then too
    assert arts["blog"]["published"] == "2026-05-04" and arts["blog"]["published_basis"] == "inferred"
    values = {(t["article"], t["text"]): t["value"] for t in _doc(db)["timexes"]}
    assert values[("blog", "Monday")] == "2026-05-04"
    # with one of them gone there is no evidence enough: null, not a guess
    db2 = tmp_path / "s2.db"
    _write(tmp_path / "in2", [BRIDGE[0], BRIDGE[2], BRIDGE[3]])
    build([str(tmp_path / "in2")], str(db2), Settings(workers=1))
    arts2 = {a["id"]: a for a in _doc(db2)["articles"]}
    assert arts2["blog"]["published"] is None and arts2["blog"]["published_basis"] is None
    # and a rebuild changes nothing: inferred dates never feed back into the clusters
    build([str(tmp_path / "in")], str(db), Settings(workers=1))
    assert {a["id"]: a for a in _doc(db)["articles"]} == arts


def _corpus_view(doc):
    arts = {a["id"]: (a["event_cluster"], a["story"], a["published"], a["duplicate_of"]) for a in doc["articles"]}
    stories = sorted(json.dumps(s, sort_keys=True) for s in doc["stories"])
    disc = sorted(json.dumps(d, sort_keys=True) for d in doc["discrepancies"])
    return arts, stories, disc


def test_builds_in_any_order_and_in_pieces_give_the_same_corpus(tmp_path):
    items = BRIDGE + [
        ("wire", "2026-05-04", "President Lea Moor reopened the Tamm bridge in Velna on Tuesday, two years after the "
         "flood. The bridge cost 40 million euros, Moor said, thanking the engineers of the Velna rail company."),
    ]
    _write(tmp_path / "all", items)
    whole = tmp_path / "whole.db"
    build([str(tmp_path / "all")], str(whole), Settings(workers=1))
    expected = _corpus_view(_doc(whole))
    order = items[:]
    random.Random(5).shuffle(order)
    pieces = tmp_path / "pieces.db"
    for k, item in enumerate(order):
        _write(tmp_path / f"p{k}", [item])
        build([str(tmp_path / f"p{j}") for j in range(k + 1)], str(pieces), Settings(workers=1))
    assert _corpus_view(_doc(pieces)) == expected
