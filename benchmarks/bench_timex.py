#!/usr/bin/env python3
"""Benchmark newsloom.timex against TimeML gold (TempEval-3 style scores) and time it.

usage: python3 benchmarks/bench_timex.py [--data DIR] [--split all|odd|even|both] [--errors N] [--repeat K]

For each corpus (English TimeBank+AQUAINT and French TimeBank dev from ../shared/data/timex; the team's own
Spanish and German gold sets from benchmarks/gold/timex_{es,de}.*, see benchmarks/gold/TIMEX.md) it tags every article with its publication
date as anchor, writes a minimal export ({"articles": [...], "timexes": [...]}) and runs
/work/shared/tools/score_timex.py on it. 'odd' keeps the 1st, 3rd, 5th ... article (development half),
'even' the 2nd, 4th ... (check half). Tagging speed is measured in this one process (one core), tagging only:
articles per second of CPU time (time.process_time, best of --repeat runs) and of wall-clock time.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom.timex import tag  # noqa: E402

DATA = Path("/work/shared/data/timex")
SCORER = Path("/work/shared/tools/score_timex.py")
GOLD = ROOT / "benchmarks" / "gold"
# (language, file stem, folder): the shared TimeML dev sets, then the team's own Spanish and German gold
CORPORA = [("en", "en-timebank-aquaint", None), ("fr", "fr-timebank-dev", None),
           ("es", "timex_es", GOLD), ("de", "timex_de", GOLD),
           ("es", "timex_es_check", GOLD), ("de", "timex_de_check", GOLD)]


def load_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def anchor_of(a):
    p = a.get("published")
    try:
        return date.fromisoformat(p[:10]) if p else None
    except ValueError:
        return None


def run(lang, name, data, split, errors, repeat):
    arts = load_jsonl(data / f"{name}.articles.jsonl")
    gold = load_jsonl(data / f"{name}.gold.jsonl")
    if split == "odd":
        arts = arts[0::2]
    elif split == "even":
        arts = arts[1::2]
    ids = {a["id"] for a in arts}
    gold = [g for g in gold if g["article"] in ids]
    timexes = []
    best = best_wall = None
    for _ in range(repeat):
        t0, w0 = time.process_time(), time.perf_counter()
        res = [(a, tag(a["text"], a.get("lang") or lang, anchor_of(a))) for a in arts]
        dt, dw = time.process_time() - t0, time.perf_counter() - w0
        best = dt if best is None else min(best, dt)
        best_wall = dw if best_wall is None else min(best_wall, dw)
    for a, tx in res:
        for t in tx:
            timexes.append({"article": a["id"], "start": t.start, "end": t.end, "text": t.text, "type": t.type,
                            "value": t.value})
    export = {"articles": [{"id": a["id"], "text": a["text"]} for a in arts], "timexes": timexes}
    with tempfile.TemporaryDirectory() as td:
        ap, gp, ep = (os.path.join(td, n) for n in ("articles.jsonl", "gold.jsonl", "export.json"))
        with open(ap, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
        with open(gp, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
        with open(ep, "w", encoding="utf-8") as f:
            json.dump(export, f, ensure_ascii=False)
        out = subprocess.run([sys.executable, str(SCORER), ap, gp, ep], capture_output=True, text=True, check=True).stdout
    scores = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] in ("strict", "relaxed", "type", "value") and "F1" in parts:
            scores[parts[0]] = float(parts[parts.index("F1") + 1])
    rate = len(arts) / best if best else float("inf")
    wall_rate = len(arts) / best_wall if best_wall else float("inf")
    if errors:
        show_errors(arts, gold, timexes, errors)
    return {"lang": lang, "corpus": name, "split": split, "articles": len(arts), "gold": len(gold),
            "system": len(timexes), **scores, "articles_per_s": round(rate, 1),
            "articles_per_s_wall": round(wall_rate, 1)}


def show_errors(arts, gold, timexes, n):
    by = {}
    for t in timexes:
        by.setdefault(t["article"], []).append(t)
    text = {a["id"]: a["text"] for a in arts}
    pub = {a["id"]: a.get("published") for a in arts}
    used = set()
    shown = 0
    for g in gold:
        best = None
        for i, s in enumerate(by.get(g["article"], [])):
            if (g["article"], i) in used:
                continue
            if s["start"] < g["end"] and g["start"] < s["end"]:
                if best is None or (s["start"], s["end"]) == (g["start"], g["end"]):
                    best = i
        ctx = text[g["article"]][max(0, g["start"] - 60):g["end"] + 40].replace("\n", " ")
        if best is None:
            print(f"MISS  {pub[g['article']]} {g['text']!r} {g['type']} {g['value']} | {ctx}")
            shown += 1
        else:
            used.add((g["article"], best))
            s = by[g["article"]][best]
            if s["value"] != g["value"]:
                print(f"VALUE {pub[g['article']]} {g['text']!r} gold {g['value']} sys {s['text']!r} {s['value']} | {ctx}")
                shown += 1
    for aid, lst in by.items():
        for i, s in enumerate(lst):
            if (aid, i) not in used:
                ctx = text[aid][max(0, s["start"] - 60):s["end"] + 40].replace("\n", " ")
                print(f"FALSE {pub[aid]} {s['text']!r} {s['type']} {s['value']} | {ctx}")
                shown += 1
    print(f"-- {shown} errors")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", default="both", choices=["all", "odd", "even", "both"])
    ap.add_argument("--lang", default=None, help="only this corpus language (en, fr, es or de)")
    ap.add_argument("--errors", type=int, default=0, help="print the errors (gold misses, wrong values, false alarms)")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats (the best is kept)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    splits = ["all", "odd", "even"] if args.split == "both" else [args.split]
    rows = []
    for lang, name, folder in CORPORA:
        if args.lang and lang != args.lang:
            continue
        for sp in splits:
            rows.append(run(lang, name, folder or args.data, sp, args.errors, args.repeat))
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'corpus':22s} {'split':5s} {'docs':>5s} {'gold':>5s} {'sys':>5s} {'strict':>7s} {'relaxed':>7s} "
          f"{'type':>6s} {'value':>6s} {'art/s cpu':>10s} {'art/s wall':>10s}")
    for r in rows:
        print(f"{r['corpus']:22s} {r['split']:5s} {r['articles']:5d} {r['gold']:5d} {r['system']:5d} "
              f"{r.get('strict', 0):7.1f} {r.get('relaxed', 0):7.1f} {r.get('type', 0):6.1f} {r.get('value', 0):6.1f} "
              f"{r['articles_per_s']:10.1f} {r['articles_per_s_wall']:10.1f}")


if __name__ == "__main__":
    main()
