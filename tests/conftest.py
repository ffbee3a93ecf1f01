import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


def run_cli(*args, env=None, cwd=None, timeout=600):
    """Run the newsloom command in a fresh process; returns CompletedProcess (text)."""
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), e.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], capture_output=True, text=True,
                          env=e, cwd=cwd, timeout=timeout)


@pytest.fixture
def cli():
    return run_cli


# ---------------------------------------------------------------- the web tests' store (built once per session)

HOSTILE_TEXT = (
    "Harbour envoy <script>window.__pwned = 1</script> ends talks early\n\n"
    "Foreign Minister Mirela Kostadin met the envoy Ingrid Solberg in Geneva on 14 March 2026 to prepare a "
    "second round <img src=x onerror=\"window.__pwned = 2\"> of talks about the prisoners.\n\n"
    "Kostadin said the envoy had been fair </textarea><script>window.__pwned = 4</script> to both delegations, "
    "and that a comment <!-- like this --> would not stop the ceasefire.\n\n"
    "\"We will meet again in Geneva </script><script>window.__pwned = 5</script> soon,\" Solberg said on "
    "Saturday, with a line separator \u2028 and a paragraph separator \u2029 in her statement.\n\n"
    "The delegations published their notes at <a href=\"javascript:window.__pwned = 3\">this address</a> "
    "and <svg onload=\"window.__pwned = 6\"></svg> on the ministry's site.\n"
)


def hostile_record() -> dict:
    """An article of our own words full of markup that must stay text, with a hostile title and URL."""
    return {"id": "hostile-<b>article</b>", "title": "Talks <script>window.__pwned = 7</script> in Geneva",
            "url": "javascript:window.__pwned = 8", "source": "<i>The Hostile Herald</i>",
            "published": "2026-03-15", "lang": "en", "text": HOSTILE_TEXT}


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    """The demo corpus plus one hostile article, built through the real pipeline once per test session."""
    import json
    import shutil
    from importlib import resources

    from newsloom.config import Settings
    from newsloom.pipeline import build

    folder = tmp_path_factory.mktemp("webstore")
    corpus = folder / "articles"
    with resources.as_file(resources.files("newsloom") / "demo" / "articles") as src:
        shutil.copytree(src, corpus)
    (corpus / "hostile.jsonl").write_text(json.dumps(hostile_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "web.db"
    build([str(corpus)], str(db), Settings())
    return db
