#!/usr/bin/env python3
"""Benchmark event clusters and stories (newsloom.stories) on ECB+ dev, against a TF-IDF baseline, and time them.

usage: python3 benchmarks/bench_clusters.py [--data FILE] [--cache DIR] [--rebuild] [--sizes 1000,10000,100000]
                                            [--no-cv] [--no-baseline] [--seeds 1,2,3]

1. Builds the articles once with ``newsloom build`` into a cached store (DIR/ecbplus-dev.db; --rebuild forces
   it), then, on a copy, runs the corpus stages again (timed), exports with ``newsloom export`` and scores with
   ../shared/tools/score_clusters.py, at ``event_cluster`` and ``story`` level.
2. Peer: TF-IDF (scikit-learn, English stop words, sublinear tf) + agglomerative clustering (cosine, average
   link), its distance threshold tuned on the same articles (one per level): the figure it is quoted with.
3. Cross-validation over topics: the 33 topics in three folds of 11 (three shuffles); the few parameters
   tuned on two folds (22 topics), scored on the third, for newsloom and for the baseline. The mean over the
   nine test folds is the estimate of held-out performance; parameters tuned on all topics and scored on the
   same (step 1) are not evidence.
4. Timing and growth: stores of 1,000 / 10,000 / 100,000 articles made of perturbed copies of the built
   store (each copy its own world: article and entity ids, shifted years, figures, topic words suffixed,
   common words shared; each copy a few days later than the one before). For each size, in a fresh process: the
   first clustering (everything), then a build that adds 1 % newer articles (incremental), with time,
   peak memory (RSS) and how much was re-clustered.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom.stories import Params, Stats, assign, cluster_articles  # noqa: E402
from newsloom.stories.features import load_articles, stop_words  # noqa: E402

SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
DATA = SHARED / "data/clusters/ecbplus-dev.articles.jsonl"
SCORER = SHARED / "tools/score_clusters.py"

# the grid the cross-validation tunes newsloom over (the other parameters keep their defaults)
GRID = [dict(lead_weight=l, norm_floor=f, story_cut=s) for l in (0.25, 0.5) for f in (2.0, 3.0)
        for s in (0.05, 0.06, 0.08)]
BASELINE_GRID = [round(0.70 + 0.01 * k, 2) for k in range(26)]   # 0.70 .. 0.95


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
    from newsloom import store as st

    st.open_store(db).close()   # a store built by an older newsloom: migrated
    return db


def score_with_tool(gold: Path, export: Path, level: str) -> tuple[float, float, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(export), level], capture_output=True,
                         text=True, check=True).stdout
    p, r = re.search(r"P ([\d.]+) R ([\d.]+)", out).groups()
    f = re.search(r"BCubed F1: ([\d.]+)", out).group(1)
    return float(p), float(r), float(f)


def fmt(s) -> str:
    return f"P {s[0] * 100:.1f} R {s[1] * 100:.1f} F1 {s[2] * 100:.1f}"


# ------------------------------------------------------------------ baseline

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
        out[t] = (bcubed({k: gold[k]["event_cluster"] for k in sysm}, sysm),
                  bcubed({k: gold[k]["story"] for k in sysm}, sysm))
    return out


# ------------------------------------------------------------------ newsloom on subsets

def newsloom_scores(arts, gold, bcubed, **kw):
    part = cluster_articles(arts, Params(**kw))
    return (bcubed({k: gold[k]["event_cluster"] for k in part}, {k: v[0] for k, v in part.items()}),
            bcubed({k: gold[k]["story"] for k in part}, {k: v[1] for k, v in part.items()}))


def cross_validate(features, raw, gold, bcubed, with_baseline: bool, seeds) -> list[dict]:
    topics = sorted({g["story"] for g in gold.values()}, key=lambda t: (len(t), t))
    rows = []
    for seed in seeds:
        order = topics[:]
        random.Random(seed).shuffle(order)
        folds = [set(order[k::3]) for k in range(3)]
        for k in range(3):
            test, train = folds[k], set(topics) - folds[k]
            f_tr = [a for a in features if gold[a.id]["story"] in train]
            f_te = [a for a in features if gold[a.id]["story"] in test]
            tr = [newsloom_scores(f_tr, gold, bcubed, **kw) for kw in GRID]
            ke = max(range(len(GRID)), key=lambda i: tr[i][0][2])
            ks = max(range(len(GRID)), key=lambda i: tr[i][1][2])
            te_e = newsloom_scores(f_te, gold, bcubed, **GRID[ke])[0]
            te_s = newsloom_scores(f_te, gold, bcubed, **GRID[ks])[1]
            dflt = newsloom_scores(f_te, gold, bcubed)
            row = {"split": f"shuffle {seed}, fold {k}: tune on {len(train)} topics ({len(f_tr)} art.), "
                            f"test on {len(test)} ({len(f_te)} art.)",
                   "event_tuned": GRID[ke], "event_train": tr[ke][0], "event_test": te_e,
                   "story_tuned": GRID[ks], "story_train": tr[ks][1], "story_test": te_s,
                   "event_default_test": dflt[0], "story_default_test": dflt[1]}
            if with_baseline:
                r_tr = [a for a in raw if gold[a["id"]]["story"] in train]
                r_te = [a for a in raw if gold[a["id"]]["story"] in test]
                b_tr, b_te = baseline_sweep(r_tr, gold, bcubed), baseline_sweep(r_te, gold, bcubed)
                be = max(BASELINE_GRID, key=lambda t: b_tr[t][0][2])
                bs = max(BASELINE_GRID, key=lambda t: b_tr[t][1][2])
                row.update(base_event_t=be, base_event_test=b_te[be][0], base_story_t=bs, base_story_test=b_te[bs][1])
            rows.append(row)
            print(f"  {row['split']}: newsloom event {row['event_test'][2] * 100:.1f} story "
                  f"{row['story_test'][2] * 100:.1f}" + (f"; baseline event {row['base_event_test'][2] * 100:.1f} "
                                                         f"story {row['base_story_test'][2] * 100:.1f}"
                                                         if with_baseline else ""), file=sys.stderr, flush=True)
    return rows


# ------------------------------------------------------------------ replicas for timing

_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGITS = re.compile(r"(?<![\d.,])\d+(?![\d.,])")
CHILD = ("articles", "mentions", "timexes", "entities", "sentences", "signatures", "event_mentions",
         "quote_mentions", "events", "quotes", "stories", "discrepancies", "cluster_features", "cluster_edges",
         "cluster_blocks")


def replicate(src: Path, dst: Path, size: int, skip_last: int = 0) -> int:
    """A store of ``size`` articles made of perturbed copies of ``src``'s; the last ``skip_last`` are left
    out (to be added by a second build)."""
    shutil.copy(src, dst)
    con = sqlite3.connect(dst, isolation_level=None)
    con.execute("BEGIN")
    cur = con.execute("SELECT * FROM articles ORDER BY id")
    cols = [d[0] for d in cur.description]
    arts = cur.fetchall()
    ments = con.execute('SELECT article, start, "end", text, label, ner_label, entity FROM mentions').fetchall()
    txs = con.execute('SELECT article, start, "end", text, type, value FROM timexes').fetchall()
    evm = con.execute("SELECT article, idx, data FROM event_mentions").fetchall()
    ents = con.execute("SELECT id, type, name, aliases, roles, extra FROM entities").fetchall()
    for t in CHILD:
        con.execute(f"DELETE FROM {t}")
    it, ia, io, idup, iseq, ipub, ibasis = (cols.index(c) for c in ("text", "id", "origin", "duplicate_of", "seq",
                                                                   "published", "published_basis"))
    df = Counter()
    for a in arts:
        df.update({w.lower() for w in _WORD.findall(a[it])})
    common = {w for w, c in df.items() if c > 0.05 * len(arts)}
    made = 0
    r = 0
    day0 = date(2001, 1, 1)
    by_art_m, by_art_t, by_art_e = {}, {}, {}
    for m in ments:
        by_art_m.setdefault(m[0], []).append(m)
    for t in txs:
        by_art_t.setdefault(t[0], []).append(t)
    for e in evm:
        by_art_e.setdefault(e[0], []).append(e)
    while made < size:
        tag = "".join(chr(97 + int(d)) for d in str(r))

        def word(m, r=r, tag=tag):
            w = m.group()
            return w + "q" + tag if r and w.lower() not in common else w

        def year(v, r=r):
            return re.sub(r"^(1[89]\d\d|20\d\d)", lambda m: str(1900 + (int(m.group()) - 1900 + 7 * r) % 200), v)

        def figure(m, r=r):
            return m.group() if not r or len(m.group()) > 6 else str(int(m.group()) * 1000 + r)

        rows, ms, ts, es = [], [], [], []
        pub = (day0 + timedelta(days=3 * r)).isoformat()
        for a in arts:
            if made >= size:
                break
            made += 1
            if made > size - skip_last:
                continue
            a = list(a)
            aid = a[ia]
            a[iseq] = None
            a[ia], a[io] = f"{aid}~{r}", f"{a[io]}~{r}"
            a[it] = _DIGITS.sub(figure, _WORD.sub(word, a[it]))
            a[ipub], a[ibasis] = pub, "metadata"
            if a[idup]:
                a[idup] = f"{a[idup]}~{r}"
            rows.append(a)
            ms += [(f"{m[0]}~{r}", *m[1:6], f"{m[6]}~{r}" if m[6] else None) for m in by_art_m.get(aid, [])]
            ts += [(f"{t[0]}~{r}", *t[1:5], year(t[5])) for t in by_art_t.get(aid, [])]
            es += [(f"{e[0]}~{r}", e[1], e[2]) for e in by_art_e.get(aid, [])]
        con.executemany(f"INSERT INTO articles VALUES ({','.join('?' * len(cols))})", rows)
        con.executemany('INSERT INTO mentions(article, start, "end", text, label, ner_label, entity) '
                        'VALUES (?,?,?,?,?,?,?)', ms)
        con.executemany('INSERT INTO timexes(article, start, "end", text, type, value) VALUES (?,?,?,?,?,?)', ts)
        con.executemany("INSERT INTO event_mentions(article, idx, data) VALUES (?,?,?)", es)
        con.executemany("INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?)",
                        [(f"{e[0]}~{r}", *e[1:]) for e in ents])
        r += 1
    con.execute("COMMIT")
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return n


def add_rest(src: Path, dst: Path, size: int, skip_last: int) -> int:
    """Add to ``dst`` the last ``skip_last`` articles of the ``size``-article replica (with their rows)."""
    tmp = dst.with_name(dst.name + ".full")
    replicate(src, tmp, size)
    con = sqlite3.connect(dst, isolation_level=None)
    con.execute("ATTACH DATABASE ? AS f", (str(tmp),))
    con.execute("BEGIN")
    have = "SELECT id FROM main.articles"
    cols = [r[1] for r in con.execute("PRAGMA f.table_info(articles)") if r[1] != "seq"]
    con.execute(f"INSERT INTO main.articles({','.join(cols)}) SELECT {','.join(cols)} FROM f.articles "
                f"WHERE id NOT IN ({have})")
    for t in ("mentions", "timexes", "event_mentions"):
        con.execute(f"INSERT INTO main.{t} SELECT * FROM f.{t} WHERE article NOT IN (SELECT article FROM main.{t})")
    con.execute("INSERT OR IGNORE INTO main.entities SELECT * FROM f.entities")
    con.execute("COMMIT")
    con.execute("DETACH DATABASE f")
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    return n


def time_one(base_db: Path, size: int, cache: Path) -> dict:
    """In this process: the first clustering of a replica of ``size`` articles, then a build adding 1 %."""
    from newsloom import store as st

    stop_words("en")
    extra = max(1, size // 100)
    rep = cache / f"replica-{size}.db"
    for p in cache.glob(rep.name + "*"):
        p.unlink()
    replicate(base_db, rep, size, skip_last=extra)
    con = st.connect(rep)
    st.migrate(con)
    s1 = Stats()
    t = time.perf_counter()
    assign(con, stats=s1)
    t_first = time.perf_counter() - t
    rss_first = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    con.close()
    n = add_rest(base_db, rep, size, extra)
    con = st.connect(rep)
    s2 = Stats()
    t = time.perf_counter()
    assign(con, stats=s2)
    t_inc = time.perf_counter() - t
    edges = con.execute("SELECT count(*) FROM cluster_edges").fetchone()[0]
    con.close()
    mb = sum(p.stat().st_size for p in cache.glob(rep.name + "*")) / 1e6
    for p in cache.glob(rep.name + "*"):
        p.unlink()
    return {"articles": n, "first_s": t_first, "first_stats": repr(s1), "added": extra, "incremental_s": t_inc,
            "incremental_stats": repr(s2), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_after_first_mb": rss_first, "edges": edges, "store_mb": mb}


def corpus_stage_seconds(db: Path) -> dict:
    """All corpus stages once more on a copy of the built store (as a build after a change would run them)."""
    from newsloom import store as st
    from newsloom.config import Settings
    from newsloom.pipeline import Summary, run_corpus_stages

    con = st.connect(db)
    st.migrate(con)
    con.execute("DELETE FROM cluster_features")     # as after a first build: everything is new
    con.execute("DELETE FROM cluster_edges")
    con.execute("DELETE FROM cluster_blocks")
    summary = Summary()
    t = time.perf_counter()
    run_corpus_stages(con, Settings(workers=1), summary, lambda *a: None)
    total = time.perf_counter() - t
    con.close()
    return {"total": total, **{k: v for k, v in summary.stage_seconds.items()}}


# ------------------------------------------------------------------ main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsloom-bench-clusters"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--sizes", default="1000,10000", help="replica sizes to time (e.g. 1000,10000,100000)")
    ap.add_argument("--seeds", default="1,2,3", help="shuffles of the topics for cross-validation")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--time-one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    base_db = built_store(args.data, args.cache, args.rebuild)
    if args.time_one:
        print(json.dumps(time_one(base_db, args.time_one, args.cache)))
        return
    bcubed = _scorer()
    gold_path = Path(str(args.data).replace(".articles.jsonl", ".gold.jsonl"))
    gold = {g["article"]: g for g in map(json.loads, gold_path.read_text().splitlines()) if g}
    raw = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]

    work = args.cache / "work.db"
    for p in args.cache.glob("work.db*"):
        p.unlink()
    shutil.copy(base_db, work)
    stages = corpus_stage_seconds(work)
    export = args.cache / "export.json"
    cli("export", "--db", work, "-o", export)
    ev = score_with_tool(gold_path, export, "event_cluster")
    st = score_with_tool(gold_path, export, "story")
    doc = json.loads(export.read_text())
    n_ev = len({a["event_cluster"] for a in doc["articles"]})
    print(f"## newsloom.stories on {args.data.name} ({len(raw)} articles, "
          f"{len(set(g['event_cluster'] for g in gold.values()))} gold event clusters, "
          f"{len(set(g['story'] for g in gold.values()))} stories)\n")
    print(f"event_cluster: P {ev[0]:.1f} R {ev[1]:.1f} F1 {ev[2]:.1f}   ({n_ev} clusters)")
    print(f"story:         P {st[0]:.1f} R {st[1]:.1f} F1 {st[2]:.1f}   ({len(doc['stories'])} stories)")
    print("corpus stages on the built store: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))
    for s in sorted(doc["stories"], key=lambda s: -len(s["articles"]))[:6]:
        print(f"  {s['title']}  [{len(s['articles'])} articles]")

    if not args.no_baseline:
        sweep = baseline_sweep(raw, gold, bcubed)
        be = max(sweep, key=lambda t: sweep[t][0][2])
        bs = max(sweep, key=lambda t: sweep[t][1][2])
        print("\nbaseline TF-IDF + agglomerative (average link, cosine), threshold tuned on all of dev:")
        print(f"  event_cluster (t={be}): {fmt(sweep[be][0])}")
        print(f"  story         (t={bs}): {fmt(sweep[bs][1])}")

    if not args.no_cv:
        print("\n## cross-validation over topics (tuned on 22 topics, scored on the other 11)\n")
        features = load_articles(sqlite3.connect(base_db))
        seeds = [int(x) for x in args.seeds.split(",") if x]
        rows = cross_validate(features, raw, gold, bcubed, not args.no_baseline, seeds)
        for row in rows:
            print(row["split"])
            print(f"  newsloom event: tuned {row['event_tuned']} train {row['event_train'][2] * 100:.1f} "
                  f"test {fmt(row['event_test'])}; defaults {row['event_default_test'][2] * 100:.1f}")
            print(f"  newsloom story: tuned {row['story_tuned']} train {row['story_train'][2] * 100:.1f} "
                  f"test {fmt(row['story_test'])}; defaults {row['story_default_test'][2] * 100:.1f}")
            if "base_event_t" in row:
                print(f"  baseline event: t={row['base_event_t']} test {fmt(row['base_event_test'])}")
                print(f"  baseline story: t={row['base_story_t']} test {fmt(row['base_story_test'])}")

        def mean(key):
            vals = [r[key][2] * 100 for r in rows if key in r]
            return f"{sum(vals) / len(vals):.1f} (min {min(vals):.1f}, max {max(vals):.1f})" if vals else "-"

        print(f"\nmean over {len(rows)} test folds: newsloom event {mean('event_test')}, story {mean('story_test')}")
        if not args.no_baseline:
            print(f"                       baseline event {mean('base_event_test')}, story {mean('base_story_test')}")
        print(f"(newsloom with its defaults, which were tuned on all topics: event {mean('event_default_test')}, "
              f"story {mean('story_default_test')})")

    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    if sizes:
        print("\n## growth: clustering replicated stores (a fresh process per size)\n")
        print("| articles | first clustering | per 1,000 | peak RSS | +1 % newer articles | re-clustered | edges |")
        print("|---|---|---|---|---|---|---|")
        for n in sizes:
            out = subprocess.run([sys.executable, __file__, "--cache", str(args.cache), "--data", str(args.data),
                                  "--time-one", str(n)], capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"| {r['articles']:,} | {r['first_s']:.1f} s | {1000 * r['first_s'] / r['articles']:.2f} s | "
                  f"{r['peak_rss_mb']:.0f} MB | {r['added']:,} in {r['incremental_s']:.1f} s | "
                  f"{r['incremental_stats']} | {r['edges']:,} |", flush=True)


if __name__ == "__main__":
    main()
