"""The five seed articles in ../shared/seeds (other people's text: read at test time, never copied)."""
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
def seeds_export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    folder = tmp / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("README.md"))
    db = tmp / "seeds.db"
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    doc = to_dict(con)
    con.close()
    return folder, db, doc


def _by_prefix(doc):
    return {a["id"][:3]: a for a in doc["articles"]}


def test_seed_export_keeps_the_contract(seeds_export):
    assert validate(seeds_export[2]) == []


def test_seed_languages(seeds_export):
    arts = _by_prefix(seeds_export[2])
    assert [arts[k]["lang"] for k in ("000", "001", "002", "003", "004")] == ["en", "en", "fr", "fr", "en"]


def test_seed_debris_removed_and_facts_kept(seeds_export):
    arts = _by_prefix(seeds_export[2])
    everything = {k: a["text"] for k, a in arts.items()}
    removed = {k: "\n".join(a["removed"]) for k, a in arts.items()}
    for k, phrase in (("001", "Leave a Reply"), ("001", "Your email address will not be published"),
                      ("003", "Les plus commentés"), ("004", "Read also"), ("004", "First modification")):
        assert phrase not in everything[k], phrase
        assert phrase in removed[k], phrase
    # the headline list under "Les plus commentés" goes with it
    assert "Hezbollah" not in everything["003"] and "Hezbollah" in removed["003"]
    # 003's repeated passage is kept once
    assert everything["003"].count("va se rendre à Paris mercredi") == 1
    assert everything["003"].count("au moins 35 civils") == 1
    for k, phrase in (("002", "Jean-Noël Barrot"), ("004", "Sebastien Lecornu"), ("003", "au moins 35 civils"),
                      ("003", "le 4 avril 2025")):
        assert phrase in everything[k], phrase


def test_seed_dates_from_sidecars(seeds_export):
    arts = _by_prefix(seeds_export[2])
    assert arts["003"]["published"] == "2025-04-15" and arts["003"]["published_basis"] == "metadata"
    assert arts["004"]["published"] == "2024-04-02"


def test_seed_rebuild_changes_nothing_and_a_sixth_file_adds_one(seeds_export, tmp_path):
    folder, db, doc = seeds_export
    again = build([str(folder)], str(db), Settings(workers=1))
    assert (again.new, again.changed, again.unchanged) == (0, 0, 5)
    (folder / "005_extra.txt").write_text(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday to discuss ferry safety.\n",
        encoding="utf-8")
    more = build([str(folder)], str(db), Settings(workers=1))
    assert (more.new, more.unchanged) == (1, 5)


def _entity(doc, name):
    found = [e for e in doc["entities"] if e["name"] == name]
    assert len(found) == 1, (name, [e["name"] for e in doc["entities"] if name.split()[-1] in e["name"]])
    return found[0]


def _articles_of(ent):
    return {m["article"][:3] for m in ent["mentions"]}


def test_seed_people_places_and_organisations_are_one_entity_each(seeds_export):
    doc = seeds_export[2]
    assert _articles_of(_entity(doc, "Marco Rubio")) >= {"000", "001", "002", "003"}
    for name, arts in (("Steve Witkoff", {"001", "003"}), ("Emmanuel Macron", {"001", "004"}),
                       ("Jean-Noël Barrot", {"002", "003"}), ("Donald Trump", {"001", "003"})):
        assert _articles_of(_entity(doc, name)) >= arts, name
    putin = _entity(doc, "Vladimir Putin")
    assert any("Poutine" in m["text"] for m in putin["mentions"])
    for name, forms in (("NATO", {"NATO", "OTAN"}), ("Kyiv", {"Kiev", "kyiv"}), ("Moscow", {"Moscou", "Moscow"})):
        texts = {m["text"] for m in _entity(doc, name)["mentions"]}
        assert forms <= texts, (name, texts)


def test_seed_roles(seeds_export):
    doc = seeds_export[2]

    def titles(name):
        return {(r["title"], r["date"]) for r in _entity(doc, name)["roles"]}

    assert any("Secretary of State" in t and (d or "").startswith("2025") for t, d in titles("Marco Rubio"))
    assert any("Secretary of State" in t and (d or "").startswith("2024") for t, d in titles("Antony Blinken"))
    assert any("Foreign Affairs" in t or "Foreign Minister" in t for t, _ in titles("Jean-Noël Barrot"))
    assert any("President" in t for t, _ in titles("Emmanuel Macron"))
    assert any("envoy" in t.lower() for t, _ in titles("Steve Witkoff"))


def _values(doc, prefix):
    return {(t["text"], t["value"]) for t in doc["timexes"] if t["article"].startswith(prefix)}


def test_seed_dates_resolved_on_the_publication_date(seeds_export):
    doc = seeds_export[2]
    v3 = _values(doc, "003")
    for text, value in (("mercredi", "2025-04-16"), ("dimanche", "2025-04-13"), ("lundi", "2025-04-14"),
                        ("samedi dernier", "2025-04-12"), ("le 19 avril", "2025-04-19"),
                        ("le 4 avril 2025", "2025-04-04")):
        assert (text, value) in v3, (text, value, sorted(v3))
    v4 = _values(doc, "004")
    for text, value in (("January 2024", "2024-01"), ("last February", "2024-02"), ("March 25", "2024-03-25"),
                        ("last March", "2024-03"), ("next July", "2024-07")):
        assert (text, value) in v4, (text, value, sorted(v4))
    assert any("April 2" in t and v == "2024-04-02" for t, v in v4)
    # no false dates: money, reading time, counts, a name with a holiday in it
    for t in doc["timexes"]:
        assert not any(w in t["text"] for w in ("billion", "Noël", "civils", "35")), t


def test_seed_publication_date_inferred_without_its_sidecar(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    src = next(SEEDS.glob("004_*.txt"))
    shutil.copy(src, folder / src.name)
    db = tmp_path / "one.db"
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    art = to_dict(con)["articles"][0]
    con.close()
    assert art["published"] == "2024-04-02" and art["published_basis"] == "inferred"
    # an undated article without such evidence keeps a null date
    src0 = next(SEEDS.glob("000_*.txt"))
    shutil.copy(src0, folder / src0.name)
    build([str(folder)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    arts = {a["id"][:3]: a for a in to_dict(con)["articles"]}
    con.close()
    assert arts["000"]["published"] is None and arts["000"]["published_basis"] is None


def test_seed_paris_talks_are_one_event_reported_by_several_articles(seeds_export):
    doc = seeds_export[2]
    hits = [e for e in doc["events"] if e["type"] == "CONSULT" and e["date"] == "2025-04-17"
            and "person:marco-rubio" in e["actors"] and "person:emmanuel-macron" in e["actors"]]
    assert len(hits) == 1, [(e["type"], e["date"], e["actors"]) for e in doc["events"] if e["type"] == "CONSULT"]
    ev = hits[0]
    assert len({x["article"][:3] for x in ev["evidence"]} & {"000", "001", "003"}) >= 2
    assert ev["location"] == "place:paris"
    sumy = [e for e in doc["events"] if e["type"] == "ASSAULT" and e["date"] == "2025-04-13"]
    assert sumy and any(f["kind"] == "dead" and f["value"] >= 35 for e in sumy for f in e["figures"])


def test_seed_quotes_keep_their_speakers(seeds_export):
    doc = seeds_export[2]
    assert any(q["evidence"]["article"].startswith("002") and "Temmie Bruce" in (q["speaker_text"] or "")
               for q in doc["quotes"])
    assert any("intensify" in q["text"] and "entourage" in (q["speaker_text"] or "") for q in doc["quotes"])
