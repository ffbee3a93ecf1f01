"""Mention-level NER of newsloom's annotation + mention repair against gold spans.

usage: python3 benchmarks/bench_ner.py [ARTICLES.jsonl GOLD.jsonl] [--lang de] [--limit N] [--raw]

Scores exact span and type for PERSON, ORG, PLACE (as ../shared/tools/score_ner.py does on an export),
for the spaCy model alone (``--raw``) and after ``newsloom.link.repair_mentions``. It reads the per-article
stages directly (no store), so it runs in seconds. Default data: GermEval 2014 development part
(../shared/data/ner/de-germeval-dev.*), where German has no spaCy model and mentions come from the
knowledge base.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom import nlp  # noqa: E402
from newsloom.link import repair_mentions  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"
KEPT = ("PERSON", "ORG", "PLACE")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def score(gold: set, system: set) -> dict:
    out = {}
    for t in KEPT + ("ALL",):
        g = {x for x in gold if t == "ALL" or x[3] == t}
        s = {x for x in system if t == "ALL" or x[3] == t}
        k = len(g & s)
        p = k / len(s) if s else 0.0
        r = k / len(g) if g else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, len(s), len(g))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DATA / "de-germeval-dev.articles.jsonl"))
    ap.add_argument("gold", nargs="?", default=str(DATA / "de-germeval-dev.gold.jsonl"))
    ap.add_argument("--lang", default=None, help="language of every article (default: the article's 'lang')")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print this many missed and spurious mentions")
    a = ap.parse_args()
    arts = load(Path(a.articles))
    if a.limit:
        arts = arts[: a.limit]
    ids = {x["id"] for x in arts}
    gold = {(g["article"], g["start"], g["end"], g["type"]) for g in load(Path(a.gold))
            if g["type"] in KEPT and g["article"] in ids}
    by_lang: dict[str, list[dict]] = {}
    for x in arts:
        by_lang.setdefault(a.lang or x.get("lang") or "en", []).append(x)
    raw, fixed = set(), set()
    t0 = time.perf_counter()
    t_repair = 0.0
    for lang, items in by_lang.items():
        for x, (_, _, ms) in zip(items, nlp.annotate([x["text"] for x in items], lang)):
            raw |= {(x["id"], m.start, m.end, m.label) for m in ms if m.label in KEPT}
            t = time.perf_counter()
            rep = repair_mentions(x["text"], lang, ms)
            t_repair += time.perf_counter() - t
            fixed |= {(x["id"], m.start, m.end, m.label) for m in rep if m.label in KEPT}
    elapsed = time.perf_counter() - t0
    print(f"{len(arts)} articles, {len(gold)} gold mentions; {elapsed:.1f} s in all, repair {t_repair:.1f} s")
    for name, system in (("model", raw), ("model+repair", fixed)):
        res = score(gold, system)
        print(f"== {name}")
        for t, (p, r, f, ns, ng) in res.items():
            print(f"  {t:6s} P {p * 100:5.1f} R {r * 100:5.1f} F1 {f * 100:5.1f}  (system {ns}, gold {ng})")
    if a.errors:
        texts = {x["id"]: x["text"] for x in arts}
        miss = Counter(f"{texts[g[0]][g[1]:g[2]]}/{g[3]}" for g in gold - fixed)
        spur = Counter(f"{texts[s[0]][s[1]:s[2]]}/{s[3]}" for s in fixed - gold)
        print("missed:", miss.most_common(a.errors))
        print("spurious:", spur.most_common(a.errors))
    print(f"NER F1: {score(gold, fixed)['ALL'][2] * 100:.1f}")


if __name__ == "__main__":
    main()
