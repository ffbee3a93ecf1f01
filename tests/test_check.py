"""``newsloom check`` finds what is wrong with a store and says it, one line per problem."""
import json
import shutil
import sqlite3

import pytest

import synth
from conftest import run_cli
from newsloom import store
from newsloom.config import Settings
from newsloom.pipeline import build


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    corpus = folder / "in.jsonl"
    synth.write_jsonl(corpus, synth.articles(40, seed=11))
    db = folder / "sound.db"
    build([str(corpus)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    assert store.check(con) == []
    # the corpus has what the checks below break
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0
    con.close()
    return db


def _broken(sound, tmp_path, *sql, params=()):
    db = tmp_path / "b.db"
    shutil.copy(sound, db)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    for q in sql:
        con.execute(q, params) if params and "?" in q else con.execute(q)
    con.close()
    ro = store.connect(db, readonly=True)
    try:
        return db, store.check(ro)
    finally:
        ro.close()


def _one_event(db):
    con = sqlite3.connect(db)
    eid, data = con.execute("SELECT id, data FROM events ORDER BY id LIMIT 1").fetchone()
    con.close()
    return eid, json.loads(data)


CASES = {
    "orphan sentences": (["INSERT INTO sentences(article, idx, start, \"end\") VALUES ('ghost', 0, 0, 5)"],
                         "rows of sentences belong to no article"),
    "orphan quotes": (["UPDATE quotes SET article='ghost' WHERE id=(SELECT min(id) FROM quotes)"],
                      "rows of quotes belong to no article"),
    "mention offsets": (["UPDATE mentions SET start=start+1 WHERE (article, start) IN "
                         "(SELECT article, start FROM mentions ORDER BY article, start LIMIT 2)"],
                        "2 mentions whose offsets do not point at their text"),
    "timex beyond text": (["UPDATE timexes SET \"end\"=100000 WHERE article=(SELECT min(article) FROM timexes)"],
                          "timexes whose offsets do not point at their text"),
    "sentence beyond text": (["UPDATE sentences SET \"end\"=100000 WHERE idx=0 AND article="
                              "(SELECT min(id) FROM articles)"], "1 sentences whose offsets fall outside"),
    "sentence gap": (["DELETE FROM sentences WHERE idx=0 AND article=(SELECT min(id) FROM articles)"],
                     "not numbered 0..n-1"),
    "no signature": (["DELETE FROM signatures WHERE article=(SELECT min(id) FROM articles)"],
                     "1 articles without a near-duplicate signature"),
    "dangling entity": (["UPDATE mentions SET entity='person:nobody' WHERE (article, start) IN "
                         "(SELECT article, start FROM mentions WHERE entity IS NOT NULL LIMIT 1)"],
                        "1 mentions point to a missing entity (e.g. person:nobody)"),
    "duplicate of itself": (["UPDATE articles SET duplicate_of=id WHERE seq=1"], "duplicates of themselves"),
    "duplicate of missing": (["UPDATE articles SET duplicate_of='ghost' WHERE seq=2"],
                             "duplicates of a missing article"),
    "duplicate chain": (["UPDATE articles SET duplicate_of=(SELECT id FROM articles WHERE seq=3) WHERE seq=2",
                         "UPDATE articles SET duplicate_of=(SELECT id FROM articles WHERE seq=4) WHERE seq=3"],
                        "duplicates of a duplicate"),
    "missing story": (["UPDATE articles SET story='story:ghost' WHERE seq=1"], "articles belong to a missing story"),
    "story list": (["UPDATE articles SET story=NULL WHERE seq=(SELECT min(seq) FROM articles WHERE story IS NOT NULL)"],
                   "article list disagrees"),
    "event story": (["UPDATE events SET story='story:ghost' WHERE id=(SELECT min(id) FROM events)"],
                    "events belong to a missing story"),
    "event entity": (["UPDATE events SET data=json_set(data, '$.source', 'org:nobody') "
                      "WHERE id=(SELECT min(id) FROM events)"], "events naming a missing entity"),
    "event evidence": (["UPDATE events SET data=json_set(data, '$.evidence[0].article', 'ghost') "
                        "WHERE id=(SELECT min(id) FROM events)"], "evidence problems"),
    "quote speaker": (["UPDATE quotes SET data=json_set(data, '$.speaker', 'person:nobody') "
                       "WHERE id=(SELECT min(id) FROM quotes)"], "speaker is a missing entity"),
    "quote offsets": (["UPDATE quotes SET data=json_set(data, '$.evidence.end', 10000000) "
                       "WHERE id=(SELECT min(id) FROM quotes)"], "quotes whose evidence does not point"),
    "unfinished corpus": (["INSERT OR REPLACE INTO meta(key, value) VALUES ('corpus_dirty', 'true')"],
                          "corpus stages (duplicates, entities, events, stories) did not finish"),
    "newer schema": (["UPDATE meta SET value='99' WHERE key='schema_version'"], "schema version 99"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_names_the_problem(sound, tmp_path, case):
    sql, expected = CASES[case]
    _, problems = _broken(sound, tmp_path, *sql)
    assert any(expected in p for p in problems), problems


def test_check_cli_exit_codes_and_lines(sound, tmp_path):
    ok = run_cli("check", "--db", sound)
    assert ok.returncode == 0 and "is sound (40 articles)" in ok.stdout
    db, _ = _broken(sound, tmp_path, "UPDATE articles SET duplicate_of='ghost' WHERE seq=2",
                    "DELETE FROM signatures WHERE article=(SELECT id FROM articles WHERE seq=5)")
    bad = run_cli("check", "--db", db)
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("newsloom check: ") for line in lines), bad.stderr


def test_check_on_a_damaged_file(sound, tmp_path):
    db = tmp_path / "torn.db"
    data = sound.read_bytes()
    # overwrite pages in the middle of the file (a torn write): integrity_check or reading must fail
    mid = len(data) // 2
    db.write_bytes(data[:mid] + b"\xff" * 8192 + data[mid + 8192:])
    res = run_cli("check", "--db", db)
    assert res.returncode == 1 and res.stderr.startswith("newsloom check: "), res.stderr
    not_store = tmp_path / "plain.db"
    sqlite3.connect(not_store).execute("CREATE TABLE t(x)").connection.commit()
    res = run_cli("check", "--db", not_store)
    assert res.returncode == 1 and "not a newsloom store" in res.stderr
