"""PLOVER event coding on newsloom's own gold sentences (benchmarks/gold/events_*.jsonl).

usage: python3 benchmarks/bench_events.py [--set team|wire|fresh] [--lang en|fr] [--dump FILE]
       python3 benchmarks/bench_events.py --set wire --lang en --gsr OUT.json   # GSR-like file for score_plover.py

Sets: `team` = events_{en,fr}.jsonl (the first session's set, tuned on), `wire` = events_wire_{en,fr}.jsonl
(long wire-style sentences written later, scored blind once before any tuning on them), `fresh` =
events_fresh_{en,fr}.jsonl (written after the tuning on `wire`, scored blind once, never tuned on).
Each sentence is built as one article through the whole newsloom pipeline (build -> export). Three scores:

* PLOVER-style, exactly as ../shared/tools/score_plover.py counts: one record per sentence that has an event
  (its first, main event); precision = system events of those articles with the record's type / all system
  events of those articles; recall = records whose article has an event of the record's type; source right =
  the first such event's source entity (name, aliases, mention texts) shares a word of more than two letters
  with the gold source; per type the same counts restricted to the type;
* all events: every gold event counted (a sentence with two events needs both);
* false alarms: system events on the sentences without any event.
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

GOLD = ROOT / "benchmarks" / "gold"
FILES = {"team": "events_{lang}.jsonl", "wire": "events_wire_{lang}.jsonl", "fresh": "events_fresh_{lang}.jsonl"}
# older PLOVER names, as score_plover.py maps them
CURRENT = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def words(s):
    return {w for w in re.findall(r"\w+", (s or "").lower()) if len(w) > 2}


def load(set_name: str, lang: str) -> list[dict]:
    path = GOLD / FILES[set_name].format(lang=lang)
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def main_event(g: dict) -> dict | None:
    evs = [e for e in g["events"] if not e.get("negated")]
    return evs[0] if evs else None


def gsr_records(gold: list[dict]) -> list[dict]:
    """A GSR-like list (the shape score_plover.py reads): one record per sentence with an event, the main one.
    Some types carry the older PLOVER names the held-out records use, to exercise the scorer's mapping."""
    out = []
    for g in gold:
        e = main_event(g)
        if e is None:
            continue
        t = e["type"]
        if t == "ACCUSE" and e.get("mode") in ("investigate", "disapprove"):
            t = e["mode"].upper()
        elif t == "REQUEST" and e.get("mode") in ("change", "yield"):
            t = "DEMAND"
        elif t == "ASSAULT" and e.get("mode") == "heavy-weapons":
            t = "FIGHT"
        r = {"id": g["id"], "date": g["published"], "language": g["lang"], "text": g["text"], "event": t,
             "mode": e.get("mode")}
        if e.get("source"):
            r["source"] = {"actorText": e["source"]}
        if e.get("target"):
            r["target"] = {"actorText": e["target"]}
        out.append(r)
    return out


def run_pipeline(gold: list[dict]) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="newsloom-events-"))
    inp = tmp / "in.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for g in gold:  # the answers stay out of the input
            f.write(json.dumps({"id": g["id"], "text": g["text"], "lang": g["lang"], "published": g["published"]},
                               ensure_ascii=False) + "\n")
    build([str(inp)], str(tmp / "s.db"), Settings(workers=2))
    return to_dict(store.connect(tmp / "s.db", readonly=True))


def prf(tp, n_sys, n_gold, found=None):
    """precision tp/n_sys; recall found/n_gold (found = tp unless given: records hit, as score_plover.py)."""
    p = tp / n_sys if n_sys else 0.0
    r = (tp if found is None else found) / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[dict], doc: dict, label: str, dump=None) -> dict:
    ents = {e["id"]: e for e in doc["entities"]}

    def ent_words(eid):
        e = ents.get(eid) or {}
        return words(" ".join([e.get("name", "")] + e.get("aliases", []) + [m["text"] for m in e.get("mentions", [])]))

    by_art: dict[str, list] = {}
    for ev in doc["events"]:
        for a in {x["article"] for x in ev["evidence"]}:
            by_art.setdefault(a, []).append(ev)

    # ---- PLOVER-style (score_plover.py)
    recs = [(g, main_event(g)) for g in gold if main_event(g) is not None]
    n_sys = sum(len(by_art.get(g["id"], [])) for g, _ in recs)
    hits = correct = src_ok = 0
    t_sys, t_ok, t_gold, t_hit, t_src = Counter(), Counter(), Counter(), Counter(), Counter()
    for g, e in recs:
        evs = by_art.get(g["id"], [])
        t = e["type"]
        t_gold[t] += 1
        for s in evs:
            t_sys[s["type"]] += 1
            if s["type"] == t:
                t_ok[t] += 1
        match = [s for s in evs if s["type"] == t]
        correct += len(match)
        ok = False
        if match:
            hits += 1
            t_hit[t] += 1
            ok = bool(words(e.get("source")) & ent_words(match[0].get("source")))
            src_ok += ok
            t_src[t] += ok
        if dump is not None:
            dump.write(json.dumps({
                "id": g["id"], "text": g["text"], "gold": [t, e.get("source")], "hit": bool(match), "source_ok": ok,
                "system": [[s["type"], s["mode"], (ents.get(s["source"]) or {}).get("name"), s["status"],
                            s["date"], [(f["kind"], f["value"]) for f in s.get("figures", [])]] for s in evs],
                "gold_figures": [(f["kind"], f["value"]) for f in e.get("figures", [])]}, ensure_ascii=False) + "\n")
    P, R, F = prf(correct, n_sys, len(recs), hits)
    print(f"\n== {label}: PLOVER-style (as score_plover.py): {len(recs)} records, {n_sys} system events")
    print(f"{'type':10s} {'records':>7s} {'sys':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'src':>6s}")
    for t in sorted(set(t_gold) | set(t_sys)):
        p, r, f = prf(t_ok[t], t_sys[t], t_gold[t], t_hit[t])
        src = f"{t_src[t]}/{t_hit[t]}" if t_hit[t] else "-"
        print(f"{t:10s} {t_gold[t]:7d} {t_sys[t]:5d} {p*100:6.1f} {r*100:6.1f} {f*100:6.1f} {src:>6s}")
    print(f"{'ALL':10s} {len(recs):7d} {n_sys:5d} {P*100:6.1f} {R*100:6.1f} {F*100:6.1f} {src_ok}/{hits}")
    print(f"PLOVER type F1: {F*100:.1f}; source right on type hits: {src_ok}/{hits} "
          f"({100 * src_ok / max(1, hits):.0f} %)")

    # ---- all events
    tp, fp, fn = Counter(), Counter(), Counter()
    status_ok = status_n = date_ok = date_n = 0
    fig_ok, fig_n, fig_sys = Counter(), Counter(), 0
    for g in gold:
        gtypes = Counter(e["type"] for e in g["events"] if not e.get("negated"))
        stypes = Counter(e["type"] for e in by_art.get(g["id"], []))
        for t in set(gtypes) | set(stypes):
            k = min(gtypes[t], stypes[t])
            tp[t] += k
            fp[t] += stypes[t] - k
            fn[t] += gtypes[t] - k
        for ge in g["events"]:
            if ge.get("negated"):
                continue
            match = [e for e in by_art.get(g["id"], []) if e["type"] == ge["type"]]
            if not match:
                continue
            status_n += 1
            status_ok += match[0]["status"] == ge["status"]
            got = {(f["kind"], float(f["value"])) for m in match for f in m.get("figures", [])}
            for f in ge.get("figures", []):
                fig_n[f["kind"]] += 1
                fig_ok[f["kind"]] += (f["kind"], float(f["value"])) in got
            if ge.get("date"):
                date_n += 1
                date_ok += match[0]["date"] == ge["date"]
    aP, aR, aF = prf(sum(tp.values()), sum(tp.values()) + sum(fp.values()), sum(tp.values()) + sum(fn.values()))
    print(f"all events: {sum(tp.values()) + sum(fn.values())} gold, {sum(tp.values()) + sum(fp.values())} system: "
          f"P {aP*100:.1f} R {aR*100:.1f} F1 {aF*100:.1f}; status right {status_ok}/{status_n}; "
          f"date right {date_ok}/{date_n}")
    if fig_n:
        print("figures on type hits (kind and value): " + ", ".join(
            f"{k} {fig_ok[k]}/{fig_n[k]}" for k in ("dead", "injured", "money", "quantity") if fig_n[k]))
    none = [g for g in gold if not g["events"]]
    fa = [g["id"] for g in none if by_art.get(g["id"])]
    print(f"false alarms: {sum(len(by_art.get(g['id'], [])) for g in none)} system events on {len(fa)} of "
          f"{len(none)} sentences without an event")
    return {"F1": F, "P": P, "R": R, "src": src_ok, "hits": hits}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=sorted(FILES), action="append")
    ap.add_argument("--lang", choices=["en", "fr"], action="append")
    ap.add_argument("--gsr", help="write a GSR-like JSON (score_plover.py's input shape) of the chosen set and exit")
    ap.add_argument("--dump", help="write per-record system output (JSONL) to this file")
    a = ap.parse_args()
    sets, langs = a.set or ["team", "wire", "fresh"], a.lang or ["en", "fr"]
    if a.gsr:
        recs = [r for s in sets for lang in langs for r in gsr_records(load(s, lang))]
        Path(a.gsr).write_text(json.dumps(recs, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(recs)} records -> {a.gsr}")
        return
    dump = open(a.dump, "w", encoding="utf-8") if a.dump else None
    for s in sets:
        for lang in langs:
            gold = load(s, lang)
            score(gold, run_pipeline(gold), f"{s} {lang} ({len(gold)} sentences)", dump)


if __name__ == "__main__":
    main()
