#!/usr/bin/env python3
"""Discrepancies (newsloom.reconcile) on the team's own test cases (benchmarks/gold/discrepancies.jsonl).

usage: python3 benchmarks/bench_discrepancies.py [--verbose]

Each case is a handful of short articles (our own words, EN and FR) about one happening, with the
disagreements a careful reader finds between independent sources — or none: the "false" cases are traps
(granularity, a plan for the next round, a syndicated copy with an edited figure, a toll that grows over
days, "at least 30" against 34, a reshuffle months apart, a translation ...). Each case is built on its own
through the whole pipeline; a reported discrepancy counts as right when its field and its claimed values
(dates, figures, place names) — or, for roles, its subject — are the expected ones. Precision: right ones
among those reported; recall: expected ones found.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom import store  # noqa: E402
from newsloom.config import Settings  # noqa: E402
from newsloom.export import to_dict  # noqa: E402
from newsloom.pipeline import build  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "discrepancies.jsonl"


def run_case(case: dict, tmp: Path) -> dict:
    folder = tmp / case["case"]
    folder.mkdir(parents=True)
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in case["articles"]:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    db = folder / "s.db"
    build([str(folder / "articles.jsonl")], str(db), Settings(workers=1))
    con = store.connect(db, readonly=True)
    doc = to_dict(con)
    con.close()
    return doc


def described(d: dict, doc: dict) -> tuple[str, set[str], str]:
    """(field, claimed values in readable form, subject name)."""
    names = {e["id"]: e["name"] for e in doc["entities"]}
    values = set()
    for c in d["claims"]:
        v = c["value"]
        values.add(names.get(v, v) if d["field"] in ("place", "participants") else v)
    subject = names.get(d["subject"], d["subject"])
    return d["field"], values, subject


def matches(exp: dict, got: tuple[str, set[str], str]) -> bool:
    field, values, subject = got
    if exp["field"] != field:
        return False
    if "values" in exp and set(exp["values"]) != values:
        return False
    if "subject" in exp and exp["subject"].lower() not in subject.lower():
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    cases = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-disc-"))
    tp = fp = fn = 0
    by_field: dict[str, list[int]] = {}
    t0 = time.perf_counter()
    lines = []
    for case in cases:
        doc = run_case(case, tmp)
        got = [described(d, doc) for d in doc["discrepancies"]]
        used = set()
        ok_case = True
        for exp in case["expect"]:
            hit = next((k for k, g in enumerate(got) if k not in used and matches(exp, g)), None)
            stats = by_field.setdefault(exp["field"], [0, 0, 0])
            if hit is None:
                fn += 1
                stats[2] += 1
                ok_case = False
            else:
                used.add(hit)
                tp += 1
                stats[0] += 1
        for k, g in enumerate(got):
            if k not in used:
                fp += 1
                by_field.setdefault(g[0], [0, 0, 0])[1] += 1
                ok_case = False
        kind = "true " if case["expect"] else "false"
        lines.append(f"{'ok ' if ok_case else 'BAD'} {kind} {case['case']:<28} expected "
                     f"{[(e['field'], e.get('values') or e.get('subject')) for e in case['expect']]} got "
                     f"{[(g[0], sorted(g[1])) for g in got]}")
    secs = time.perf_counter() - t0
    if args.verbose:
        print("\n".join(lines) + "\n")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n_true = sum(1 for c in cases if c["expect"])
    print(f"{len(cases)} cases ({n_true} with a discrepancy, {len(cases) - n_true} without), "
          f"{sum(len(c['expect']) for c in cases)} expected discrepancies; built in {secs:.0f} s")
    print(f"reported {tp + fp}: right {tp}, false alarms {fp}; missed {fn}")
    print(f"precision {100 * p:.1f}  recall {100 * r:.1f}  F1 {100 * f1:.1f}")
    for field, (t, f, m) in sorted(by_field.items()):
        print(f"  {field:<13} right {t}  false alarms {f}  missed {m}")


if __name__ == "__main__":
    main()
