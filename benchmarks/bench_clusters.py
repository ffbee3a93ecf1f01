#!/usr/bin/env python3
"""Benchmark event clusters and stories (newsloom.stories) on ECB+ dev, against a TF-IDF baseline, and time them.

usage: python3 benchmarks/bench_clusters.py [--data FILE] [--cache DIR] [--rebuild] [--scale 1,13,130]
                                            [--no-cv] [--no-baseline]

1. Builds the articles once with ``newsloom build`` into a cached store (DIR/ecbplus-dev.db; --rebuild
   forces it), then, on a copy, runs ``newsloom.stories.assign``, exports with ``newsloom export`` and
   scores with /work/shared/tools/score_clusters.py, for ``event_cluster`` and ``story``.
2. Peer: TF-IDF (scikit-learn, English stop words, sublinear tf) + agglomerative clustering (cosine,
   average link), its distance threshold tuned on the same articles (one threshold per level).
3. Cross-validation over topics: the 33 topics are split in two halves (two random splits); the few
   parameters are tuned on one half and scored on the other, both ways, for newsloom and the baseline.
4. Timing: the built store is replicated R times (each copy its own world: its own article ids, entity
   ids, shifted years, topic words suffixed; common words shared), and ``assign`` is timed on each.

Needs scikit-learn for the baseline only (newsloom does not): --no-baseline skips it.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom.stories import Params, assign, cluster_articles  # noqa: E402
from newsloom.stories.features import load_articles, stop_words  # noqa: E402

DATA = Path("/work/shared/data/clusters/ecbplus-dev.articles.jsonl")
SCORER = Path("/work/shared/tools/score_clusters.py")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_clusters", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.bcubed


def cli(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, check=True)


def built_store(data: Path, cache: Path, rebuild: bool) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / (data.name.replace(".articles.jsonl", "") + ".db")
    if rebuild or not db.exists():
        for p in cache.glob(db.name + "*"):
            p.unlink()
        t = time.perf_counter()
        cli("build", data, "--db", db)
        print(f"built {db} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return db


def score_with_tool(gold: Path, export: Path, level: str) -> tuple[float, float, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(export), level], capture_output=True,
                         text=True, check=True).stdout
    p, r = re.search(r"P ([\d.]+) R ([\d.]+)", out).groups()
    f = re.search(r"BCubed F1: ([\d.]+)", out).group(1)
    return float(p), float(r), float(f)


# ------------------------------------------------------------------ baseline

def baseline_labels(texts: list[str], threshold: float):
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts).toarray()
    return AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                   distance_threshold=threshold).fit_predict(X)


BASELINE_GRID = [round(0.70 + 0.01 * k, 2) for k in range(26)]   # 0.70 .. 0.95


def baseline_sweep(arts: list[dict], gold: dict, bcubed) -> dict[float, tuple]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(
        [a["text"] for a in arts]).toarray()
    out = {}
    for t in BASELINE_GRID:
        lab = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                      distance_threshold=t).fit_predict(X)
        sysm = {a["id"]: int(l) for a, l in zip(arts, lab)}
        ids = sysm.keys()
        out[t] = (bcubed({k: gold[k]["event_cluster"] for k in ids}, sysm),
                  bcubed({k: gold[k]["story"] for k in ids}, sysm))
    return out


# ------------------------------------------------------------------ newsloom on subsets

EVENT_GRID = [dict(event_cut=c, entity_weight=b, min_sim=m)
              for c in (1.8, 1.9, 2.0, 2.1, 2.2) for b in (0.25, 0.5, 1.0) for m in (0.03, 0.05, 0.08)]
STORY_GRID = [dict(story_cut=c, story_entity_weight=b) for c in (0.04, 0.05, 0.06, 0.08, 0.1)
              for b in (0.25, 0.5, 1.0)]


def newsloom_scores(arts, gold, bcubed, **kw):
    part = cluster_articles(arts, Params(**kw))
    return (bcubed({k: gold[k]["event_cluster"] for k in part}, {k: v[0] for k, v in part.items()}),
            bcubed({k: gold[k]["story"] for k in part}, {k: v[1] for k, v in part.items()}))


def cross_validate(features, raw, gold, bcubed, with_baseline: bool) -> list[dict]:
    topics = sorted({g["story"] for g in gold.values()}, key=lambda t: (len(t), t))
    rows = []
    for seed in (1, 2):
        order = topics[:]
        random.Random(seed).shuffle(order)
        halves = [set(order[: len(order) // 2]), set(order[len(order) // 2:])]
        feats = [[a for a in features if gold[a.id]["story"] in h] for h in halves]
        raws = [[a for a in raw if gold[a["id"]]["story"] in h] for h in halves]
        ev = [[newsloom_scores(feats[h], gold, bcubed, **kw)[0] for kw in EVENT_GRID] for h in (0, 1)]
        st = [[newsloom_scores(feats[h], gold, bcubed, **kw)[1] for kw in STORY_GRID] for h in (0, 1)]
        dflt = [newsloom_scores(feats[h], gold, bcubed) for h in (0, 1)]
        base = [baseline_sweep(raws[h], gold, bcubed) for h in (0, 1)] if with_baseline else None
        for tr, te in ((0, 1), (1, 0)):
            ke = max(range(len(EVENT_GRID)), key=lambda i: ev[tr][i][2])
            ks = max(range(len(STORY_GRID)), key=lambda i: st[tr][i][2])
            row = {"split": f"seed {seed}, tune on half {tr} ({len(feats[tr])} art.), test on half {te} "
                            f"({len(feats[te])} art.)",
                   "event_tuned": EVENT_GRID[ke], "event_train": ev[tr][ke], "event_test": ev[te][ke],
                   "story_tuned": STORY_GRID[ks], "story_train": st[tr][ks], "story_test": st[te][ks],
                   "event_default_test": dflt[te][0], "story_default_test": dflt[te][1]}
            if base:
                be = max(BASELINE_GRID, key=lambda t: base[tr][t][0][2])
                bs = max(BASELINE_GRID, key=lambda t: base[tr][t][1][2])
                row.update(base_event_t=be, base_event_test=base[te][be][0], base_story_t=bs,
                           base_story_test=base[te][bs][1])
            rows.append(row)
    return rows


# ------------------------------------------------------------------ replicas for timing

_WORD = re.compile(r"[^\W\d_]{3,}")


def replicate(src: Path, dst: Path, copies: int) -> int:
    """A store holding ``copies`` perturbed copies of ``src``'s articles (with mentions, timexes, entities)."""
    shutil.copy(src, dst)
    con = sqlite3.connect(dst, isolation_level=None)
    con.execute("BEGIN")
    cur = con.execute("SELECT * FROM articles")
    cols = [d[0] for d in cur.description]
    arts = cur.fetchall()
    ments = con.execute("SELECT article, start, \"end\", text, label, ner_label, entity FROM mentions").fetchall()
    txs = con.execute("SELECT article, start, \"end\", text, type, value FROM timexes").fetchall()
    ents = con.execute("SELECT id, type, name, aliases, roles, extra FROM entities").fetchall()
    for t in ("articles", "mentions", "timexes", "entities", "sentences", "signatures"):
        con.execute(f"DELETE FROM {t}")
    it, ia, io, idup, iseq = (cols.index(c) for c in ("text", "id", "origin", "duplicate_of", "seq"))
    df = Counter()
    for a in arts:
        df.update({w.lower() for w in _WORD.findall(a[it])})
    common = {w for w, c in df.items() if c > 0.05 * len(arts)}
    for r in range(copies):
        tag = "".join(chr(97 + int(d)) for d in str(r))

        def word(m, r=r, tag=tag):
            w = m.group()
            return w + "q" + tag if r and w.lower() not in common else w

        def year(v, r=r):
            return re.sub(r"^(1[89]\d\d|20\d\d)", lambda m: str(1900 + (int(m.group()) - 1900 + 7 * r) % 200), v)

        rows = []
        for a in arts:
            a = list(a)
            a[iseq] = None
            a[ia], a[io] = f"{a[ia]}~{r}", f"{a[io]}~{r}"
            a[it] = _WORD.sub(word, a[it])
            if a[idup]:
                a[idup] = f"{a[idup]}~{r}"
            rows.append(a)
        con.executemany(f"INSERT INTO articles VALUES ({','.join('?' * len(cols))})", rows)
        con.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
                        [(f"{m[0]}~{r}", *m[1:6], f"{m[6]}~{r}" if m[6] else None) for m in ments])
        con.executemany("INSERT INTO timexes VALUES (?,?,?,?,?,?)",
                        [(f"{t[0]}~{r}", *t[1:5], year(t[5])) for t in txs])
        con.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)", [(f"{e[0]}~{r}", *e[1:]) for e in ents])
    con.execute("COMMIT")
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return n


def time_assign(db: Path) -> tuple[float, float]:
    """Seconds for assign() on the store, and for reading its features alone."""
    from newsloom import store as st

    stop_words("en")  # imports spaCy's stop-word lists once, outside the timing
    con = st.connect(db)
    t = time.perf_counter()
    load_articles(con)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    assign(con)
    t_all = time.perf_counter() - t
    con.close()
    return t_all, t_load


# ------------------------------------------------------------------ main

def fmt(s) -> str:
    return f"P {s[0] * 100:.1f} R {s[1] * 100:.1f} F1 {s[2] * 100:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsloom-bench-clusters"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--scale", default="1,13", help="numbers of copies of the corpus to time (e.g. 1,13,130)")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    bcubed = _scorer()
    gold_path = Path(str(args.data).replace(".articles.jsonl", ".gold.jsonl"))
    gold = {g["article"]: g for g in map(json.loads, gold_path.read_text().splitlines()) if g}
    raw = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]

    base_db = built_store(args.data, args.cache, args.rebuild)
    work = args.cache / "work.db"
    for p in args.cache.glob("work.db*"):
        p.unlink()
    shutil.copy(base_db, work)
    t_all, t_load = time_assign(work)
    export = args.cache / "export.json"
    cli("export", "--db", work, "-o", export)
    ev = score_with_tool(gold_path, export, "event_cluster")
    st = score_with_tool(gold_path, export, "story")
    doc = json.loads(export.read_text())
    n_ev = len({a["event_cluster"] for a in doc["articles"]})
    print(f"## newsloom.stories on {args.data.name} ({len(raw)} articles, {len(set(g['event_cluster'] for g in gold.values()))} "
          f"gold event clusters, {len(set(g['story'] for g in gold.values()))} stories)\n")
    print(f"event_cluster: P {ev[0]:.1f} R {ev[1]:.1f} F1 {ev[2]:.1f}   ({n_ev} clusters)")
    print(f"story:         P {st[0]:.1f} R {st[1]:.1f} F1 {st[2]:.1f}   ({len(doc['stories'])} stories)")
    print(f"assign(): {t_all:.2f} s ({t_load:.2f} s of it reading features) for {len(raw)} articles")
    for s in doc["stories"][:5]:
        print(f"  {s['id']}: {s['title']}  [{len(s['articles'])} articles]")

    if not args.no_baseline:
        sweep = baseline_sweep(raw, gold, bcubed)
        be = max(sweep, key=lambda t: sweep[t][0][2])
        bs = max(sweep, key=lambda t: sweep[t][1][2])
        print(f"\nbaseline TF-IDF + agglomerative (average link, cosine), threshold tuned on dev:")
        print(f"  event_cluster (t={be}): {fmt(sweep[be][0])}")
        print(f"  story         (t={bs}): {fmt(sweep[bs][1])}")

    if not args.no_cv:
        print("\n## cross-validation over topics (tuned on one half, scored on the other)\n")
        features = load_articles(sqlite3.connect(base_db))
        for row in cross_validate(features, raw, gold, bcubed, not args.no_baseline):
            print(row["split"])
            print(f"  newsloom event: tuned {row['event_tuned']} train {row['event_train'][2] * 100:.1f} "
                  f"test {fmt(row['event_test'])}; defaults test F1 {row['event_default_test'][2] * 100:.1f}")
            print(f"  newsloom story: tuned {row['story_tuned']} train {row['story_train'][2] * 100:.1f} "
                  f"test {fmt(row['story_test'])}; defaults test F1 {row['story_default_test'][2] * 100:.1f}")
            if "base_event_t" in row:
                print(f"  baseline event: t={row['base_event_t']} test {fmt(row['base_event_test'])}")
                print(f"  baseline story: t={row['base_story_t']} test {fmt(row['base_story_test'])}")

    copies = [int(x) for x in args.scale.split(",") if x.strip()]
    if copies:
        print("\n## timing of assign() on replicated stores (one process)\n")
        for r in copies:
            rep = args.cache / f"replica-{r}.db"
            for p in args.cache.glob(rep.name + "*"):
                p.unlink()
            n = replicate(base_db, rep, r)
            t_all, t_load = time_assign(rep)
            print(f"{n:>7} articles: {t_all:7.1f} s ({t_load:.1f} s reading features), "
                  f"{1000 * t_all / n:.2f} s per 1,000 articles")
            for p in args.cache.glob(rep.name + "*"):
                p.unlink()


if __name__ == "__main__":
    main()
