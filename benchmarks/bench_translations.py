#!/usr/bin/env python3
"""Cross-lingual grouping and translations on the team's own multilingual articles.

usage: python3 benchmarks/bench_translations.py [--set translations|translations-b|translations-c] [--verbose]

benchmarks/gold/translations.articles.jsonl: 37 short news articles written for newsloom in Spanish, French,
English and German about six topics (a port strike, wildfires, trade talks, an earthquake, a metro line, an
election), two or more happenings each, weeks apart; 12 of them are written in one language and translated
(by us) into one or two others, the rest are independent reports. benchmarks/gold/translations.gold.jsonl
gives each article's translation group (``event_cluster``), topic (``story``) and date, in the format of
../shared/tools/score_translations.py, which scores the export: recall, the share of translation pairs put
in one event cluster; precision, the share of pairs newsloom puts in one event cluster that are plausible (a
translation pair, or two articles of one topic published at most 21 days apart).

benchmarks/gold/translations-b.*: 42 articles (19 es, 16 fr, 7 en; 8 topics, each a crisis in another country,
several running on the same days; 12 translation groups, 20 pairs), written by a team member who had not seen
the system's rules; run blind once (F1 85.5), then used for development (the rule that dates alone do not tie
two reports). benchmarks/gold/translations-c.*: a third set written the same way after that change, the check.

Also printed: the translations newsloom marks (``translation_of``) against the gold pairs, and a TF-IDF +
agglomerative baseline (words only: it cannot pair articles across languages).
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom import store  # noqa: E402
from newsloom.config import Settings  # noqa: E402
from newsloom.export import to_dict  # noqa: E402
from newsloom.pipeline import build  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score_translations.py"


def score(gold: Path, export: Path) -> tuple[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(export)], capture_output=True, text=True,
                         check=True).stdout
    return out.strip(), float(re.search(r"translation pair F1: ([\d.]+)", out).group(1))


def baseline(arts: list[dict], tmp: Path, gold: Path) -> str:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(sublinear_tf=True).fit_transform([a["text"] for a in arts]).toarray()
    best = None
    for t in (0.6, 0.7, 0.8, 0.9, 0.95):
        lab = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                      distance_threshold=t).fit_predict(X)
        doc = {"articles": [{"id": a["id"], "event_cluster": f"c{l}"} for a, l in zip(arts, lab)]}
        path = tmp / f"baseline-{t}.json"
        path.write_text(json.dumps(doc))
        text, f = score(gold, path)
        if best is None or f > best[0]:
            best = (f, t, text.splitlines()[-1])
    return f"TF-IDF + agglomerative (best threshold {best[1]} on this set): {best[2]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", default="translations", help="the gold set: benchmarks/gold/SET.articles.jsonl and "
                    "SET.gold.jsonl (translations, translations-b, translations-c)")
    args = ap.parse_args()
    gold_path = GOLD / f"{args.set}.gold.jsonl"
    articles_path = GOLD / f"{args.set}.articles.jsonl"
    arts = [json.loads(line) for line in articles_path.read_text().splitlines() if line]
    gold = {g["article"]: g for g in map(json.loads, gold_path.read_text().splitlines()) if g}
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-translations-"))
    db = tmp / "s.db"
    build([str(articles_path)], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    doc = to_dict(con)
    con.close()
    export = tmp / "export.json"
    export.write_text(json.dumps(doc, ensure_ascii=False))
    text, f = score(gold_path, export)
    print(f"{len(arts)} articles ({', '.join(f'{n} {l}' for l, n in sorted(_langs(arts).items()))}), "
          f"{len({g['story'] for g in gold.values()})} topics, "
          f"{sum(1 for c in set(g['event_cluster'] for g in gold.values()) if sum(1 for x in gold.values() if x['event_cluster'] == c) > 1)} "
          f"translation groups\n")
    print("newsloom, ../shared/tools/score_translations.py:\n  " + text.replace("\n", "\n  "))
    pairs = {frozenset(p) for p in itertools.combinations(gold, 2)
             if gold[p[0]]["event_cluster"] == gold[p[1]]["event_cluster"]}
    by = {a["id"]: a for a in doc["articles"]}
    root = {}
    for a in doc["articles"]:
        cur, seen = a["id"], set()
        while by[cur].get("translation_of") and cur not in seen:
            seen.add(cur)
            cur = by[cur]["translation_of"]
        root[a["id"]] = cur
    marked = {frozenset(p) for p in itertools.combinations(by, 2) if root[p[0]] == root[p[1]]}
    right = len(marked & pairs)
    print(f"\ntranslations marked (translation_of): {len(marked)} pairs, {right} of them translation pairs; "
          f"{len(pairs)} translation pairs in the gold -> precision {100 * right / max(len(marked), 1):.1f}, "
          f"recall {100 * right / len(pairs):.1f}")
    if args.verbose:
        for a in doc["articles"]:
            print(f"  {a['id']:<24} {a['lang']} cluster {a['event_cluster']:<28} story {a['story']:<26} "
                  f"translation_of {a.get('translation_of')}")
    try:
        print("\nbaseline " + baseline(arts, tmp, gold_path))
    except ImportError:
        print("\nbaseline: scikit-learn is not installed")


def _langs(arts):
    out = {}
    for a in arts:
        out[a["lang"]] = out.get(a["lang"], 0) + 1
    return out


if __name__ == "__main__":
    main()
