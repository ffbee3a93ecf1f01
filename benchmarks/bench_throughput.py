"""Throughput of the whole newsloom build against spaCy's default pipeline alone, on the same texts.

usage: python3 benchmarks/bench_throughput.py [ARTICLES.jsonl] [--runs 3] [--workers 2] [--scale N]
                                              [--only build|spacy] [--keep DIR]

Each run is a fresh process, start-up included, the two alternating (spaCy, newsloom, spaCy, newsloom ...):
* spaCy: the language's model with every default component (``spacy.load(name)``), ``nlp.pipe(texts,
  n_process=WORKERS, batch_size=32)`` over the articles' texts (``--spacy-batch``);
* newsloom: ``newsloom build FILE --workers WORKERS --db NEW.db`` (ingest, cleaning, language, spaCy, dates,
  mentions, events, quotes, then the corpus stages).
Printed: wall time of each run, medians, articles/s, the ratio newsloom/spaCy of the medians, peak RSS of the
driver and of the largest worker, store size per article, and newsloom's time per stage (last run).

``--scale N`` builds a corpus of N articles from the input (N > its size: copies with new ids, their sentences
shuffled and names swapped among the corpus' capitalised words, numbers changed), to see memory stay flat.
Default corpus: ../shared/data/clusters/ecbplus-dev.articles.jsonl (772 English articles).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "clusters" / "ecbplus-dev.articles.jsonl"

SPACY_RUN = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
sys.path.insert(0, sys.argv[3])
from newsloom.config import model_for
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(model_for(sys.argv[4]))
n = 0
for doc in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=int(sys.argv[5])):
    n += len(doc)
print(json.dumps({"tokens": n, "components": nlp.pipe_names,
                  "rss_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

BUILD_RUN = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from newsloom.config import Settings
from newsloom.pipeline import build
s = build([sys.argv[2]], sys.argv[3], Settings(workers=int(sys.argv[4])))
print(json.dumps({"stored": s.stored, "skipped": s.skipped, "stages": dict(s.stage_seconds),
                  "rss_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

_CAP = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NUM = re.compile(r"\b\d+\b")


def scaled(src: Path, n: int, dst: Path, seed: int = 1) -> Path:
    """N articles: the originals, then perturbed copies (new ids, sentences shuffled, names and numbers swapped)."""
    rng = random.Random(seed)
    base = [json.loads(line) for line in open(src, encoding="utf-8")]
    names = sorted({w for a in base for w in _CAP.findall(a["text"])})
    with open(dst, "w", encoding="utf-8") as out:
        for i in range(n):
            a = dict(base[i % len(base)])
            k = i // len(base)
            if k:
                a["id"] = f"{a.get('id', 'a')}-r{k}"
                lines = a["text"].split("\n")
                rng.shuffle(lines)
                swap = {w: rng.choice(names) for w in set(_CAP.findall(a["text"])) if rng.random() < 0.3}
                text = "\n".join(lines)
                text = _CAP.sub(lambda m: swap.get(m.group(), m.group()), text)
                a["text"] = _NUM.sub(lambda m: str(rng.randint(1, 999)), text)
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    return dst


def _run(cmd: list[str]) -> tuple[float, dict]:
    t = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if res.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd[:3])} ...\n{res.stderr[-3000:]}")
    return secs, json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scale", type=int, default=0, help="build a corpus of N articles from the input first")
    ap.add_argument("--only", choices=["build", "spacy"], default=None)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--spacy-batch", type=int, default=32,
                    help="nlp.pipe batch size of the spaCy run (spaCy's default, 1000, puts a corpus under 1000 "
                         "texts in one process); newsloom's own is 32")
    ap.add_argument("--keep", default=None, help="folder for the stores (default: a temporary one)")
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="newsloom-tp-"))
    tmp.mkdir(parents=True, exist_ok=True)
    corpus = Path(args.corpus)
    if args.scale:
        corpus = scaled(corpus, args.scale, tmp / f"scaled-{args.scale}.jsonl")
    n = sum(1 for _ in open(corpus, encoding="utf-8"))
    words = sum(len(json.loads(line).get("text", "").split()) for line in open(corpus, encoding="utf-8"))
    print(f"date {date.today()}  machine {platform.machine()} {os.cpu_count()} cores  python "
          f"{platform.python_version()}  load average {os.getloadavg()[0]:.1f} (shared machine)")
    print(f"corpus {corpus.name}: {n} articles, {words / max(1, n):.0f} words/article; workers {args.workers}")
    sp_times, nl_times, info = [], [], {}
    for r in range(args.runs):
        if args.only != "build":
            secs, sp = _run([sys.executable, "-c", SPACY_RUN, str(corpus), str(args.workers), str(ROOT / "src"),
                             args.lang, str(args.spacy_batch)])
            sp_times.append(secs)
            info["spacy"] = sp
            print(f"run {r + 1} spaCy {'+'.join(sp['components'])}: {secs:.1f} s ({n / secs:.1f} articles/s)",
                  flush=True)
        if args.only != "spacy":
            db = tmp / f"run{r}.db"
            for p in tmp.glob(f"run{r}.db*"):
                p.unlink()
            secs, nl = _run([sys.executable, "-c", BUILD_RUN, str(ROOT / "src"), str(corpus), str(db),
                             str(args.workers)])
            nl_times.append(secs)
            size = sum(p.stat().st_size for p in tmp.glob(f"run{r}.db*"))
            info["build"], info["size"] = nl, size
            print(f"run {r + 1} newsloom build: {secs:.1f} s ({n / secs:.1f} articles/s), {nl['stored']} stored, "
                  f"{nl['skipped']} skipped", flush=True)
            if not args.keep:
                for p in tmp.glob(f"run{r}.db*"):
                    p.unlink()
    print("---")
    if sp_times:
        m = statistics.median(sp_times)
        sp = info["spacy"]
        print(f"spaCy alone   median {m:.1f} s  {n / m:.1f} articles/s  peak RSS parent {sp['rss_self']:.0f} MB, "
              f"largest child {sp['rss_children']:.0f} MB")
    if nl_times:
        m = statistics.median(nl_times)
        nl = info["build"]
        print(f"newsloom      median {m:.1f} s  {n / m:.1f} articles/s  peak RSS driver {nl['rss_self']:.0f} MB, "
              f"largest worker {nl['rss_children']:.0f} MB")
        print(f"store         {info['size'] / 1e6:.1f} MB, {info['size'] / max(1, nl['stored']) / 1024:.1f} KB/article")
        print("time per stage, last run (s; worker stages summed over workers):")
        for stage, s in sorted(nl["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  {stage:22s} {s:8.1f}")
    if sp_times and nl_times:
        print(f"ratio newsloom/spaCy (medians): {statistics.median(nl_times) / statistics.median(sp_times):.2f}")


if __name__ == "__main__":
    main()
