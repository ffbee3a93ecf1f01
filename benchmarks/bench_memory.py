"""Memory as a build grows: RSS of the driver and of each worker, sampled while ``newsloom build`` runs.

usage: python3 benchmarks/bench_memory.py N [ARTICLES.jsonl] [--workers 2] [--every 30] [--dir DIR]

Makes a corpus of N articles from the input (perturbed copies past its size, see bench_throughput.py), runs
``newsloom build --workers W`` on it in a fresh process, and every ``--every`` seconds prints the articles
stored so far (read-only connection) and the RSS of the driver and of its largest child. At the end: wall
time, articles/s, peak RSS, store size per article.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import DEFAULT, scaled  # noqa: E402


def rss_mb(pid: int) -> float:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--every", type=float, default=30)
    ap.add_argument("--dir", default=None)
    args = ap.parse_args()
    folder = Path(args.dir or f"/tmp/newsloom-mem-{args.n}")
    folder.mkdir(parents=True, exist_ok=True)
    corpus = scaled(Path(args.corpus), args.n, folder / f"scaled-{args.n}.jsonl")
    db = folder / "mem.db"
    for p in folder.glob("mem.db*"):
        p.unlink()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "newsloom.cli", "build", str(corpus), "--db", str(db),
                             "--workers", str(args.workers), "--no-progress"], env=env,
                            stdout=subprocess.DEVNULL, stderr=open(folder / "build.log", "w"))
    peak_d = peak_w = 0.0
    print(f"{'seconds':>8} {'stored':>8} {'driver MB':>10} {'largest worker MB':>18}", flush=True)
    while proc.poll() is None:
        d = rss_mb(proc.pid)
        w = max((rss_mb(c) for c in children(proc.pid)), default=0.0)
        peak_d, peak_w = max(peak_d, d), max(peak_w, w)
        print(f"{time.perf_counter() - t0:8.0f} {stored(db):8d} {d:10.0f} {w:18.0f}", flush=True)
        deadline = time.time() + args.every
        while proc.poll() is None and time.time() < deadline:
            time.sleep(0.5)
    secs = time.perf_counter() - t0
    n = stored(db)
    size = sum(p.stat().st_size for p in folder.glob("mem.db*"))
    print(f"exit {proc.returncode}; {n} articles in {secs:.0f} s ({n / secs:.1f} articles/s); sampled peak RSS "
          f"driver {peak_d:.0f} MB, largest worker {peak_w:.0f} MB; store {size / 1e6:.1f} MB, "
          f"{size / max(1, n) / 1024:.1f} KB/article")
    print((folder / "build.log").read_text()[-400:])


if __name__ == "__main__":
    main()
