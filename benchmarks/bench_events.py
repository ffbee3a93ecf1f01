"""PLOVER event coding on the team's gold sentences (benchmarks/gold/events_{en,fr}.jsonl).

usage: python3 benchmarks/bench_events.py [--lang en|fr]
Each sentence is built as one article through the whole newsloom pipeline; per type: precision (events
newsloom reports of that type whose article's gold has it), recall (gold events of that type found in their
article), F1; and, over type hits, how often the event's source entity shares a word with the gold source.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom import store  # noqa: E402
from newsloom.config import Settings  # noqa: E402
from newsloom.export import to_dict  # noqa: E402
from newsloom.pipeline import build  # noqa: E402


def words(s):
    return {w for w in re.findall(r"\w+", (s or "").lower()) if len(w) > 2}


def run(lang: str) -> None:
    gold = [json.loads(l) for l in open(ROOT / "benchmarks" / "gold" / f"events_{lang}.jsonl", encoding="utf-8")]
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-events-"))
    inp = tmp / "in.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for g in gold:  # the answers stay out of the input
            f.write(json.dumps({"id": g["id"], "text": g["text"], "lang": g["lang"], "published": g["published"]}) + "\n")
    build([str(inp)], str(tmp / "s.db"), Settings(workers=2))
    doc = to_dict(store.connect(tmp / "s.db", readonly=True))
    ents = {e["id"]: e for e in doc["entities"]}

    def ent_words(eid):
        e = ents.get(eid) or {}
        return words(" ".join([e.get("name", "")] + e.get("aliases", []) + [m["text"] for m in e.get("mentions", [])]))

    sys_by_art: dict[str, list] = {}
    for ev in doc["events"]:
        for a in {x["article"] for x in ev["evidence"]}:
            sys_by_art.setdefault(a, []).append(ev)
    tp, fp, fn = Counter(), Counter(), Counter()
    src_ok = src_n = 0
    status_ok = status_n = date_ok = date_n = 0
    for g in gold:
        gtypes = Counter(e["type"] for e in g["events"] if not e.get("negated"))
        stypes = Counter(e["type"] for e in sys_by_art.get(g["id"], []))
        for t in set(gtypes) | set(stypes):
            k = min(gtypes[t], stypes[t])
            tp[t] += k
            fp[t] += stypes[t] - k
            fn[t] += gtypes[t] - k
        for ge in g["events"]:
            if ge.get("negated"):
                continue
            match = [e for e in sys_by_art.get(g["id"], []) if e["type"] == ge["type"]]
            if not match:
                continue
            e = match[0]
            if ge.get("source"):
                src_n += 1
                src_ok += bool(words(ge["source"]) & ent_words(e.get("source")))
            status_n += 1
            status_ok += e["status"] == ge["status"]
            if ge.get("date"):
                date_n += 1
                date_ok += e["date"] == ge["date"]
    print(f"\n{lang}: {len(gold)} sentences, {sum(tp.values()) + sum(fn.values())} gold events, "
          f"{sum(tp.values()) + sum(fp.values())} system events")
    print(f"{'type':10s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for t in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:10s} {p*100:6.1f} {r*100:6.1f} {f*100:6.1f}")
    P = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    R = sum(tp.values()) / max(1, sum(tp.values()) + sum(fn.values()))
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"{'ALL':10s} {P*100:6.1f} {R*100:6.1f} {F*100:6.1f}")
    print(f"source right on type hits: {src_ok}/{src_n}; status right: {status_ok}/{status_n}; "
          f"date right: {date_ok}/{date_n}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en", "fr"], action="append")
    for lang in ap.parse_args().lang or ["en", "fr"]:
        run(lang)


if __name__ == "__main__":
    main()
