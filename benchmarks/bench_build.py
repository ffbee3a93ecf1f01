"""Throughput of a whole build on a JSONL corpus: articles/s, peak memory, time per stage, store size.

usage: python3 benchmarks/bench_build.py [ARTICLES.jsonl] [--workers N] [--limit N]
Default corpus: ../shared/data/clusters/ecbplus-dev.articles.jsonl (772 English news articles).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom.config import Settings  # noqa: E402
from newsloom.pipeline import build  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "clusters" / "ecbplus-dev.articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-bench-"))
    corpus = Path(args.corpus)
    if args.limit:
        part = tmp / "part.jsonl"
        with open(corpus, encoding="utf-8") as src, open(part, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.limit:
                    break
                dst.write(line)
        corpus = part
    n_words = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            n_words += len(json.loads(line).get("text", "").split())
    db = tmp / "bench.db"
    t0 = time.perf_counter()
    summary = build([str(corpus)], str(db), Settings(workers=args.workers))
    secs = time.perf_counter() - t0
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = summary.stored
    size = db.stat().st_size + sum(p.stat().st_size for p in tmp.glob("bench.db-*"))
    print(f"date {date.today()}  machine {platform.machine()} {os.cpu_count()} cores  python {platform.python_version()}")
    print(f"corpus {corpus.name}: {n} articles built, {summary.skipped} skipped, {n_words / max(1, n):.0f} words/article")
    print(f"workers {args.workers}: {secs:.1f} s wall, {n / secs:.1f} articles/s (start-up included)")
    print(f"peak RSS: driver {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")
    print(f"store: {size / 1e6:.1f} MB, {size / max(1, n) / 1024:.1f} KB/article")
    print("time per stage (s; worker stages summed over workers):")
    for stage, s in sorted(summary.stage_seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:22s} {s:8.1f}")


if __name__ == "__main__":
    main()
