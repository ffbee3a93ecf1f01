#!/usr/bin/env python3
"""Build and check the Spanish and German TIMEX3 gold sets from their marked-up sources.

usage: python3 benchmarks/gold/timex_gold.py    # rebuild timex_{es,de}[_check].{articles,gold}.jsonl, check, count

Source: ``timex_<lang>.marked.txt``. An article starts with ``## <id> | <published YYYY-MM-DD> | <title>``;
the following lines are its text, in which every time expression is written ``[[span|TYPE|VALUE]]``.
Lines starting with ``#`` (one hash) are comments. The output has the format of ../shared/data/timex
(articles: {id, text, published, lang, title}; gold: {article, start, end, text, type, value}).

Checks: types are DATE/TIME/DURATION/SET; values are well-formed TimeML; a day-level value whose span names
a weekday falls on that weekday; values built from the span's own day and month agree with it; at least
40 articles and 120 expressions per language. Exits non-zero on any error.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (file stem, language, minimum articles, minimum expressions): the tuning sets, then the check sets written
# after tuning and never tuned on
SETS = [("timex_es", "es", 40, 120), ("timex_de", "de", 40, 120),
        ("timex_es_check", "es", 15, 40), ("timex_de_check", "de", 15, 40)]
MARK = re.compile(r"\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^\]]+)\]\]")
VALUE = re.compile(
    r"^(?:\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|-W\d\d(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"|\d{2,3}|XXXX-WXX-\d(?:T(?:MO|AF|EV|NI))?|XXXX-XX-XXT(?:MO|AF|EV|NI)|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+|X)(?:Y|M|W|D|Q|DE|CE)|PT(?:\d+|X)(?:H|M|S)|PT\d+H\d+M)$")
WEEKDAYS = {
    "es": {"lunes": 1, "martes": 2, "miércoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "domingo": 7},
    "de": {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonntag": 7},
}
MONTHS = {
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
           "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
    "de": {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
           "september": 9, "oktober": 10, "november": 11, "dezember": 12, "okt": 10, "nov": 11, "sept": 9},
}


def parse(stem: str, lang: str):
    src = HERE / f"{stem}.marked.txt"
    arts, cur = [], None
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            aid, pub, title = (x.strip() for x in line[3:].split("|", 2))
            cur = {"id": aid, "published": pub, "title": title, "lines": []}
            arts.append(cur)
        elif line.startswith("#") or not line.strip():
            continue
        elif cur is not None:
            cur["lines"].append(line.strip())
    out_a, out_g = [], []
    for a in arts:
        marked = " ".join(a["lines"])
        text, pos, last = [], 0, 0
        for m in MARK.finditer(marked):
            text.append(marked[last:m.start()])
            pos += m.start() - last
            span, typ, val = m.group(1), m.group(2), m.group(3)
            out_g.append({"article": a["id"], "start": pos, "end": pos + len(span), "text": span, "type": typ,
                          "value": val})
            text.append(span)
            pos += len(span)
            last = m.end()
        text.append(marked[last:])
        out_a.append({"id": a["id"], "text": "".join(text), "published": a["published"], "lang": lang,
                      "title": a["title"]})
    return out_a, out_g


def check(lang, arts, gold, min_articles, min_timex):
    errs = []
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    text = {a["id"]: a["text"] for a in arts}
    for a in arts:
        date.fromisoformat(a["published"])
        if "[[" in a["text"] or "]]" in a["text"]:
            errs.append(f"{a['id']}: broken markup")
    for g in gold:
        where = f"{g['article']} {g['text']!r}"
        if text[g["article"]][g["start"]:g["end"]] != g["text"]:
            errs.append(f"{where}: offsets")
        if not VALUE.match(g["value"]):
            errs.append(f"{where}: malformed value {g['value']}")
        t, v = g["type"], g["value"]
        if t == "DURATION" and not v.startswith("P") or t == "SET" and not (v.startswith("P") or v.startswith("XXXX")):
            errs.append(f"{where}: type {t} with value {v}")
        if t == "TIME" and "T" not in v:
            errs.append(f"{where}: TIME without T")
        low = g["text"].lower()
        m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", v)
        if m:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            for w, n in WEEKDAYS[lang].items():
                if re.search(w, low) and d.isoweekday() != n:
                    errs.append(f"{where}: {v} is not a {w}")
            dm = re.search(r"(\d{1,2})\.?\s*(?:de\s+)?([a-zäöüé]+)", low)
            if dm and dm.group(2).rstrip(".") in MONTHS[lang]:
                if (int(dm.group(1)), MONTHS[lang][dm.group(2).rstrip(".")]) != (d.day, d.month):
                    errs.append(f"{where}: day/month differ from {v}")
    if len(arts) < min_articles or len(gold) < min_timex:
        errs.append(f"too small: {len(arts)} articles, {len(gold)} expressions")
    return errs


def main():
    bad = False
    for stem, lang, min_a, min_t in SETS:
        arts, gold = parse(stem, lang)
        errs = check(lang, arts, gold, min_a, min_t)
        for e in errs:
            print(f"{stem}: {e}")
        bad |= bool(errs)
        with open(HERE / f"{stem}.articles.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
        with open(HERE / f"{stem}.gold.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
        types = {}
        for g in gold:
            types[g["type"]] = types.get(g["type"], 0) + 1
        print(f"{stem}: {len(arts)} articles, {len(gold)} expressions "
              + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    print("FAIL" if bad else "OK")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
