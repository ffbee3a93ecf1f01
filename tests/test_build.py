"""End to end: files in, store, JSON export out; incremental, idempotent, bad input handled."""
import json
import shutil
import sqlite3

import pytest

from conftest import FIXTURES, run_cli
from newsloom import store
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build


def _export(db):
    con = store.connect(db, readonly=True)
    try:
        return to_dict(con)
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", folder)
    return folder


@pytest.fixture
def built(corpus, tmp_path):
    db = tmp_path / "s.db"
    summary = build([str(corpus)], str(db), Settings(workers=1))
    return corpus, db, summary


def test_build_exports_every_format_per_contract(built):
    corpus, db, summary = built
    assert summary.new == 5 and summary.skipped == 0
    doc = _export(db)
    assert validate(doc) == []
    arts = {a["id"]: a for a in doc["articles"]}
    assert set(arts) == {"en-harbour-talks", "fr-corridor", "wire-1", "wire-2", "page"}
    assert {i: a["lang"] for i, a in arts.items()} == {
        "en-harbour-talks": "en", "fr-corridor": "fr", "wire-1": "en", "wire-2": "fr", "page": "en"}
    # sidecar metadata
    assert arts["en-harbour-talks"]["source"] == "Harbour Courier"
    assert arts["en-harbour-talks"]["published"] == "2025-05-14"
    assert arts["en-harbour-talks"]["published_basis"] == "metadata"
    # HTML: main text, title and date extracted, navigation and footer left out
    page = arts["page"]
    assert "Mayors sign river clean-up pact" in (page["title"] or "")
    assert page["published"] == "2025-03-09"
    assert "12 million euros" in page["text"] and "All rights reserved" not in page["text"]
    # cleaning: debris out, facts in
    en = arts["en-harbour-talks"]
    assert "Leave a Reply" not in en["text"] and any("Leave a Reply" in r for r in en["removed"])
    assert "Helena Marques" in en["text"] and "end of June" in en["text"]
    fr = arts["fr-corridor"]
    assert "Lire aussi" not in fr["text"] and any("Lire aussi" in r for r in fr["removed"])
    assert "Nikos Pappas" in fr["text"]


def test_entities_and_timexes_point_into_the_text(built):
    _, db, _ = built
    doc = _export(db)
    names = {e["name"] for e in doc["entities"]}
    assert any("Marques" in n for n in names)
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    assert doc["timexes"], "the fixture articles carry dates"
    for t in doc["timexes"]:
        assert texts[t["article"]][t["start"]:t["end"]] == t["text"]


def test_rebuild_changes_nothing_and_new_or_changed_files_are_processed(built, tmp_path):
    corpus, db, _ = built
    before = _export(db)
    again = build([str(corpus)], str(db), Settings(workers=1))
    assert (again.new, again.changed, again.unchanged) == (0, 0, 5)
    assert _export(db) == before
    (corpus / "extra.txt").write_text("The harbour of Valletta reopened on Friday after two days of strikes by dock workers.\n",
                                      encoding="utf-8")
    more = build([str(corpus)], str(db), Settings(workers=1))
    assert (more.new, more.changed, more.unchanged) == (1, 0, 5)
    (corpus / "extra.txt").write_text("The harbour of Valletta reopened on Saturday after three days of strikes.\n",
                                      encoding="utf-8")
    changed = build([str(corpus)], str(db), Settings(workers=1))
    assert (changed.new, changed.changed) == (0, 1)
    doc = _export(db)
    assert len(doc["articles"]) == 6
    assert "Saturday" in {a["id"]: a for a in doc["articles"]}["extra"]["text"]


def test_repeated_ids_get_a_suffix_and_identical_texts_are_marked(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    text = "Lithuania and Poland agreed on Monday to link their power grids by 2027, the two energy ministers said.\n"
    (a / "note.txt").write_text(text, encoding="utf-8")
    (b / "note.txt").write_text("A different note: the grid link will cost 700 million euros.\n", encoding="utf-8")
    (b / "copy.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    build([str(a), str(b)], str(db), Settings(workers=1))
    arts = {x["id"]: x for x in _export(db)["articles"]}
    assert set(arts) == {"note", "note~2", "copy"}
    assert arts["copy"]["duplicate_of"] == "note"
    assert arts["note"]["duplicate_of"] is None
    # the same input again keeps its id (no note~3)
    build([str(a), str(b)], str(db), Settings(workers=1))
    assert {x["id"] for x in _export(db)["articles"]} == {"note", "note~2", "copy"}


def test_bad_inputs_are_skipped_counted_and_nothing_is_lost(built, tmp_path):
    corpus, db, _ = built
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "empty.txt").write_text("   \n", encoding="utf-8")
    (bad / "big.txt").write_text("word " * 5000, encoding="utf-8")
    (bad / "broken.jsonl").write_text('{"id": "ok-1", "text": "The council met on Monday in Riga to approve the budget."}\n'
                                      '{"id": "broken", "text": \n'
                                      '["not", "an", "object"]\n', encoding="utf-8")
    (bad / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    summary = build([str(bad)], str(db), Settings(workers=1, max_bytes=20_000))
    assert summary.new == 1
    assert summary.skipped == 6, summary.skip_reasons
    doc = _export(db)
    assert len(doc["articles"]) == 6  # five earlier ones kept, one good JSON line added
    assert validate(doc) == []


def test_cli_bad_usage_and_missing_paths_exit_nonzero_with_one_line(tmp_path):
    res = run_cli("build", tmp_path / "nope", "--db", tmp_path / "x.db", "--no-progress")
    assert res.returncode != 0
    assert len(res.stderr.strip().splitlines()) == 1 and "nope" in res.stderr
    res = run_cli("export", "--db", tmp_path / "missing.db")
    assert res.returncode != 0 and len(res.stderr.strip().splitlines()) == 1
    res = run_cli("frobnicate")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    res = run_cli("report", "--db", tmp_path / "missing.db")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1 and "missing.db" in res.stderr


def test_cli_build_export_and_check(built, tmp_path):
    corpus, db, _ = built
    out = tmp_path / "out.json"
    res = run_cli("export", "--db", db, "-o", out)
    assert res.returncode == 0, res.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "newsloom/1" and len(doc["articles"]) == 5
    res = run_cli("export", "--db", db, "--format", "csv")
    assert res.returncode == 0 and res.stdout.splitlines()[0].startswith("id,type,name,aliases,roles")
    res = run_cli("export", "--db", db, "--format", "jsonl")
    kinds = {json.loads(line)["kind"] for line in res.stdout.splitlines()}
    assert {"schema", "article", "entity", "timex"} <= kinds
    res = run_cli("check", "--db", db)
    assert res.returncode == 0 and "sound" in res.stdout
    # a broken store is reported
    con = sqlite3.connect(db)
    con.execute("INSERT INTO mentions(article, start, \"end\", text, label) VALUES ('ghost', 0, 3, 'abc', 'ORG')")
    con.commit()
    con.close()
    res = run_cli("check", "--db", db)
    assert res.returncode != 0 and "belong to no article" in res.stderr
    notastore = tmp_path / "plain.db"
    notastore.write_text("hello", encoding="utf-8")
    assert run_cli("check", "--db", notastore).returncode != 0


def test_schema_version_and_migrations(tmp_path):
    db = tmp_path / "m.db"
    con = store.open_store(db)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert store.migrate(con) == store.SCHEMA_VERSION  # nothing to do the second time
    con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(store.StoreError):
        store.migrate(con)


def test_syndicated_copy_is_a_near_duplicate_but_a_different_report_is_not(tmp_path):
    body = ("The energy ministers of Lithuania and Poland signed an agreement in Vilnius on Monday to build a second "
            "power link between the two grids by 2028. The line will cost about 700 million euros, half of it paid by "
            "European funds, and will let both countries trade electricity without passing through third states. "
            "Engineers will start surveying the route in the spring, the ministers told a joint news conference.")
    (tmp_path / "orig.txt").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("BALTIC WIRE SERVICE\n\n" + body + "\n\nShare this article\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(
        "Lithuania and Poland still disagree on who pays for the second power link, an energy official said on "
        "Tuesday, a day after the ministers met in Vilnius. Poland wants the European Union to cover two thirds of "
        "the cost, while Lithuania says the line should be funded equally by the two grid operators.\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    build([str(tmp_path / n) for n in ("orig.txt", "copy.txt", "other.txt")], str(db), Settings(workers=1))
    arts = {a["id"]: a for a in _export(db)["articles"]}
    assert arts["copy"]["duplicate_of"] == "orig"
    assert arts["orig"]["duplicate_of"] is None and arts["other"]["duplicate_of"] is None


def test_user_knowledge_base_entries_name_the_entity(tmp_path):
    (tmp_path / "kb.jsonl").write_text(
        '# our own entries\n'
        '{"name": "Ingrid Solveig Haugland", "type": "PERSON", "aliases": ["Haugland", "I. S. Haugland"]}\n',
        encoding="utf-8")
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "a.txt").write_text(
        "The Norwegian envoy I. S. Haugland arrived in Tunis on Monday. Haugland will meet the prime minister.\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    res = run_cli("build", tmp_path / "art", "--db", db, "--kb", tmp_path / "kb.jsonl", "--no-progress")
    assert res.returncode == 0, res.stderr
    doc = _export(db)
    person = [e for e in doc["entities"] if e["name"] == "Ingrid Solveig Haugland"]
    assert len(person) == 1 and len(person[0]["mentions"]) >= 2
    (tmp_path / "bad.jsonl").write_text('{"name": "x"\n', encoding="utf-8")
    res = run_cli("build", tmp_path / "art", "--db", db, "--kb", tmp_path / "bad.jsonl", "--no-progress")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1 and "bad.jsonl:1" in res.stderr
