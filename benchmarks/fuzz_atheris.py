"""Coverage-guided fuzzing of ingest and cleaning with atheris (optional; not part of the test suite).

usage: pip install atheris==3.0.0   (a manylinux wheel; no compiler needed)
       python3 benchmarks/fuzz_atheris.py -max_total_time=60 [-runs=N] [CORPUS_DIR]

Each input is written as one file of a kind chosen by its first byte (txt, html, jsonl, json, warc.gz)
and read with ``iter_inputs``; every item must be an article or a skip with a reason, and every article
goes through ``prepare`` (HTML extraction, cleaning, language) without an exception other than the
per-article time bound. A crash stops the run with the input that caused it (libFuzzer's crash-* file).
"""
import os
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

with atheris.instrument_imports():
    from newsloom.clean import clean
    from newsloom.ingest import iter_inputs
    from newsloom.pipeline import prepare
    from newsloom.records import RawArticle, Skipped

KINDS = [".txt", ".html", ".jsonl", ".json", ".warc.gz", ".md", ".jsonl.gz"]
TMP = Path(tempfile.mkdtemp(prefix="newsloom-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    f = TMP / f"in{KINDS[data[0] % len(KINDS)]}"
    f.write_bytes(data[1:])
    items = list(iter_inputs([f]))
    assert items, "an input file produced nothing: not accounted for"
    for item in items:
        if isinstance(item, Skipped):
            assert item.reason
            continue
        assert isinstance(item, RawArticle)
        out = prepare(item)
        if not isinstance(out, Skipped):
            meta, cleaned = out
            assert cleaned.text.strip()
    text = data.decode("utf-8", "surrogateescape")
    c = clean(text)
    for piece in c.removed:
        assert piece in text


if __name__ == "__main__":
    os.environ.setdefault("NEWSLOOM_ARTICLE_SECONDS", "10")
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
