#!/usr/bin/env python3
"""The Dask engine against the local one on a real corpus: the same export, byte for byte, and the time.

usage: python3 benchmarks/bench_dask.py [ARTICLES.jsonl] [--workers 2] [--scheduler separate|local]

Builds the articles three ways into fresh stores, each `newsloom build` in a fresh process:
1. the local engine (`--workers N`);
2. the Dask engine on a local cluster (`--engine dask`, N worker processes);
3. the Dask engine against a separately started `dask scheduler` with N `dask worker` processes
   (`--engine dask --scheduler tcp://127.0.0.1:PORT`), all on loopback;
then exports each (`newsloom export`) and compares the JSON files byte for byte. Prints the wall time of
each build and whether the exports are identical; exit 1 when they differ.
Default corpus: ../shared/data/clusters/ecbplus-dev.articles.jsonl (772 English articles).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "clusters" / "ecbplus-dev.articles.jsonl"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], env=ENV, capture_output=True,
                          text=True)


def build(tag: str, src: Path, tmp: Path, *extra) -> tuple[float, bytes]:
    db = tmp / f"{tag}.db"
    t = time.perf_counter()
    res = cli("build", src, "--db", db, "--no-progress", *extra)
    wall = time.perf_counter() - t
    if res.returncode != 0:
        sys.exit(f"{tag}: build failed\n{res.stderr[-2000:]}")
    out = tmp / f"{tag}.json"
    res = cli("export", "--db", db, "-o", out)
    if res.returncode != 0:
        sys.exit(f"{tag}: export failed\n{res.stderr[-2000:]}")
    return wall, out.read_bytes()


def separate_cluster(tmp: Path, workers: int):
    dask = shutil.which("dask") or str(Path(sys.executable).with_name("dask"))
    info = tmp / "scheduler.json"
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(info)], env=ENV, cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    for _ in range(100):
        if info.exists() and info.stat().st_size:
            break
        time.sleep(0.2)
    address = json.loads(info.read_text())["address"]
    for _ in range(workers):
        procs.append(subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--no-dashboard"], env=ENV,
                                      cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(workers, timeout=120)
    return address, procs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-dask-"))
    n = sum(1 for line in args.articles.open(encoding="utf-8") if line.strip())
    print(f"corpus {args.articles.name}: {n} articles; {args.workers} workers; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}")
    t_local, local = build("local", args.articles, tmp, "--workers", args.workers)
    print(f"local engine:                 {t_local:6.1f} s  export {len(local):,} bytes")
    t_dask, dask_local = build("dask-local", args.articles, tmp, "--engine", "dask", "--workers", args.workers)
    print(f"dask, local cluster:          {t_dask:6.1f} s  export identical: {dask_local == local}")
    address, procs = separate_cluster(tmp, args.workers)
    try:
        t_sep, dask_sep = build("dask-separate", args.articles, tmp, "--engine", "dask", "--scheduler", address)
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)
    print(f"dask, separate scheduler ({args.workers} workers): {t_sep:6.1f} s  export identical: {dask_sep == local}")
    ok = dask_local == local and dask_sep == local
    print("same export, byte for byte: " + ("yes" if ok else "NO"))
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
