"""A build writing while readers read the same store (read-only connections as ``export`` and ``serve`` open
them, the ``export`` command, the web app): no errors, no stale locks, every read a consistent snapshot."""
import json
import sqlite3
import subprocess
import sys
import time

import pytest

import synth
from conftest import run_cli
from newsloom import store as st
from newsloom.config import Settings
from newsloom.contract import validate
from newsloom.export import to_dict
from newsloom.pipeline import build


@pytest.fixture
def growing(tmp_path):
    """A store of 40 articles, and a second input of 150 more for a build that runs while we read."""
    first = tmp_path / "a.jsonl"
    records = synth.articles(190, seed=21)
    synth.write_jsonl(first, records[:40])
    db = tmp_path / "s.db"
    build([str(first)], str(db), Settings(workers=1))
    second = tmp_path / "b.jsonl"
    synth.write_jsonl(second, records[40:])
    return db, first, second


def _consistent(con) -> tuple[int, int]:
    """Inside one read transaction: the store is sound (an unfinished corpus stage aside) and an export of it
    keeps the contract. Returns (articles, entities) seen."""
    with st.snapshot(con):
        problems = [p for p in st.check(con) if "did not finish" not in p]
        assert problems == [], problems
        doc = to_dict(con)
        errs = validate(doc)
        assert errs == [], errs[:5]
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert n == len(doc["articles"])
        return n, len(doc["entities"])


def test_build_while_readers_read(growing, tmp_path):
    db, first, second = growing
    proc = subprocess.Popen([sys.executable, "-m", "newsloom.cli", "build", str(first), str(second), "--db", str(db),
                             "--no-progress", "--workers", "2"],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    exports = 0
    deadline = time.time() + 300
    con = st.connect(db, readonly=True)
    app_client = _web_client(db)
    pages = 0
    try:
        while proc.poll() is None and time.time() < deadline:
            seen.append(_consistent(con))
            if exports < 3:  # the export command itself, in its own process
                out = tmp_path / f"e{exports}.json"
                res = run_cli("export", "--db", db, "-o", out)
                assert res.returncode == 0, res.stderr
                assert validate(json.loads(out.read_text(encoding="utf-8"))) == []
                exports += 1
            if app_client is not None:
                for path in ("/api/articles", "/api/entities", "/api/stories", "/api/events", "/"):
                    r = app_client.get(path)
                    assert r.status_code in (200, 404), (path, r.status_code, r.text[:200])
                    pages += r.status_code == 200
            time.sleep(0.05)
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "150 articles built" in err, err
    assert "locked" not in err.lower()
    counts = [n for n, _ in seen]
    assert counts == sorted(counts), counts          # snapshots only move forward
    assert len(seen) >= 3 and counts[0] >= 40       # we read while it wrote
    assert len(set(counts)) >= 2, counts            # ... and saw it grow
    assert app_client is None or pages > 0
    final = _consistent(con)
    assert final[0] == 190
    con.close()
    # no stale lock: a writer gets the store at once, and check finds it sound
    w = sqlite3.connect(db, timeout=0, isolation_level=None)
    w.execute("BEGIN IMMEDIATE")
    w.execute("COMMIT")
    w.close()
    res = run_cli("check", "--db", db)
    assert res.returncode == 0 and "is sound (190 articles)" in res.stdout, res.stderr


def test_a_reader_holding_a_snapshot_does_not_block_the_build(growing):
    db, first, second = growing
    con = st.connect(db, readonly=True)
    con.execute("BEGIN")
    before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    more = db.parent / "c.jsonl"
    synth.write_jsonl(more, synth.articles(20, seed=99))
    summary = build([str(first), str(more)], str(db), Settings(workers=1))  # the checkpoint cannot finish
    assert summary.new == 20
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == before == 40  # its snapshot holds
    con.execute("COMMIT")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 60
    con.close()


def _env():
    import os

    from conftest import ROOT

    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src")
    e["NEWSLOOM_POOL_THRESHOLD"] = "8"
    return e


def _web_client(db):
    try:
        from fastapi.testclient import TestClient

        from newsloom.web.app import create_app
    except ImportError:  # the web interface is not there: readers are export and raw connections
        return None
    return TestClient(create_app(db))
