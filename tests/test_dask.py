"""The Dask engine: the same export as the local engine, a local cluster or a separately started scheduler
with two workers, no outside connection under the network guard, a bounded number of articles in flight."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from importlib import resources

import pytest

import synth
from conftest import ROOT, run_cli
from newsloom import ingest, pipeline
from newsloom import store as st
from newsloom.config import Settings

GUARD = ROOT / "tests" / "netguard"
KB_LINE = {"name": "Sofia Margareta Lindqvist", "type": "PERSON", "aliases": ["Sofia Lindqvist", "Lindqvist"]}


def _guarded(log, **extra):
    return {"PYTHONPATH": f"{GUARD}{os.pathsep}{ROOT / 'src'}", "NEWSLOOM_NETGUARD_LOG": str(log), **extra}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The demo corpus plus 60 synthetic articles and a user KB entry; the local engine's JSON export."""
    folder = tmp_path_factory.mktemp("dask")
    src = folder / "in"
    with resources.as_file(resources.files("newsloom") / "demo" / "articles") as demo:
        shutil.copytree(demo, src)
    synth.write_jsonl(src / "synthetic.jsonl", synth.articles(60, seed=5))
    kb = folder / "kb.jsonl"
    kb.write_text(json.dumps(KB_LINE) + "\n", encoding="utf-8")
    db = folder / "local.db"
    res = run_cli("build", src, "--db", db, "--kb", kb, "--no-progress", "--workers", "2")
    assert res.returncode == 0, res.stderr
    out = folder / "local.json"
    assert run_cli("export", "--db", db, "-o", out).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    person = [e for e in exported["entities"] if e["name"] == "Sofia Margareta Lindqvist"]
    assert len(person) == 1 and len(person[0]["mentions"]) >= 2, person  # the KB entry is in use
    return src, kb, out.read_bytes()


def _same_export(db, tmp_path, local: bytes):
    out = tmp_path / "dask.json"
    res = run_cli("export", "--db", db, "-o", out)
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == local  # byte for byte


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_export_and_makes_no_outside_connection(corpus, tmp_path):
    src, kb, local = corpus
    log = tmp_path / "net.log"
    db = tmp_path / "dask.db"
    res = run_cli("build", src, "--db", db, "--kb", kb, "--engine", "dask", "--workers", "2", "--no-progress",
                  env=_guarded(log))
    assert res.returncode == 0, res.stderr
    assert "82 articles built" in res.stderr, res.stderr
    assert not log.exists() or log.read_text() == "", log.read_text()
    _same_export(db, tmp_path, local)
    assert st.check(st.connect(db, readonly=True)) == []


def _wait_for(path, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if path.exists() and path.stat().st_size:
            try:
                return json.loads(path.read_text())
            except ValueError:
                pass
        time.sleep(0.3)
    raise AssertionError(f"{path} never written")


@pytest.mark.slow
def test_dask_against_a_separate_scheduler_with_two_workers(corpus, tmp_path):
    src, kb, local = corpus
    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    assert dask, "the dask command comes with dask[distributed]"
    log = tmp_path / "net.log"
    env = dict(os.environ, **_guarded(log))
    info = tmp_path / "scheduler.json"
    procs = []
    try:
        procs.append(subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                       "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(info)], env=env, cwd=tmp_path,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        address = _wait_for(info)["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):  # two separate worker processes
            procs.append(subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--dashboard-address", "127.0.0.1:0", "--host", "127.0.0.1",
                                           "--no-nanny"], env=env, cwd=tmp_path,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from dask.distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
            assert len(client.scheduler_info()["workers"]) == 2
        db = tmp_path / "remote.db"
        res = run_cli("build", src, "--db", db, "--kb", kb, "--engine", "dask", "--scheduler", address,
                      "--no-progress", env=_guarded(log))
        assert res.returncode == 0, res.stderr
        _same_export(db, tmp_path, local)
        with Client(address, timeout="60s") as client:  # both workers took part
            done = client.run(lambda dask_worker: len(dask_worker.data) + dask_worker.state.executed_count)
            assert len(done) == 2 and all(n > 0 for n in done.values()), done
        assert not log.exists() or log.read_text() == "", log.read_text()
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    f = tmp_path / "a.jsonl"
    synth.write_jsonl(f, synth.articles(2))
    res = run_cli("build", f, "--db", tmp_path / "s.db", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9",
                  "--no-progress", env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1].startswith("newsloom: error: no Dask scheduler answered"), res.stderr


@pytest.mark.parametrize("engine", ["local", pytest.param("dask", marks=pytest.mark.slow)])
def test_articles_in_flight_stay_bounded(tmp_path, monkeypatch, engine):
    """Reading runs ahead of storing by a bounded number of articles, whatever the size of the input."""
    f = tmp_path / "many.jsonl"
    synth.write_jsonl(f, synth.articles(200, seed=9))
    settings = Settings(workers=2, batch_size=8)
    settings.pool_threshold = 8
    read = {"n": 0, "max_ahead": 0}
    stored = {"n": 0}
    real_iter, real_write = ingest.iter_inputs, st.write_articles

    def counting_iter(*a, **k):
        for item in real_iter(*a, **k):
            read["n"] += 1
            read["max_ahead"] = max(read["max_ahead"], read["n"] - stored["n"])
            yield item

    def counting_write(con, results):
        results = list(results)
        stored["n"] += len(results)
        return real_write(con, results)

    monkeypatch.setattr(ingest, "iter_inputs", counting_iter)
    monkeypatch.setattr(st, "write_articles", counting_write)
    summary = pipeline.build([str(f)], str(tmp_path / "s.db"), settings, engine=engine)
    assert summary.new == 200 and stored["n"] == 200
    # in flight: 3 batches per worker, one being filled, one being stored
    bound = (3 * settings.workers + 2) * settings.batch_size
    assert read["max_ahead"] <= bound, (read, bound)
