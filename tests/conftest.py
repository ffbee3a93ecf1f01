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
