"""A build makes no network connection: sockets to anything but loopback are blocked and recorded."""
import shutil
import subprocess
import sys

from conftest import FIXTURES, ROOT, run_cli

GUARD = ROOT / "tests" / "netguard"


def _guard_env(log):
    return {"PYTHONPATH": f"{GUARD}:{ROOT / 'src'}", "NEWSLOOM_NETGUARD_LOG": str(log)}


def test_guard_blocks_outside_addresses_but_not_loopback(tmp_path):
    log = tmp_path / "net.log"
    code = (
        "import socket\n"
        "s = socket.socket(); ok = False\n"
        "try:\n    s.connect(('192.0.2.1', 80))\nexcept OSError as e:\n    ok = 'blocked' in str(e)\n"
        "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(1)\n"
        "c = socket.socket(); c.connect(srv.getsockname())\n"
        "print(ok)\n"
    )
    import os
    env = dict(os.environ, **_guard_env(log))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip() == "True", out.stderr
    assert "192.0.2.1" in log.read_text()


def test_build_makes_no_network_connection(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", corpus)
    log = tmp_path / "net.log"
    db = tmp_path / "s.db"
    # a pool of worker processes too: they inherit the guard through PYTHONPATH
    env = dict(_guard_env(log), NEWSLOOM_WORKERS="2", NEWSLOOM_POOL_THRESHOLD="2")
    res = run_cli("build", corpus, "--db", db, "--no-progress", env=env)
    assert res.returncode == 0, res.stderr
    assert "5 articles built" in res.stderr
    assert not log.exists() or log.read_text() == "", log.read_text()
