#!/usr/bin/env python3
"""Check the PLOVER gold sets and print their counts.

usage: python3 benchmarks/gold/validate.py                 # the team set (events_en.jsonl, events_fr.jsonl)
       python3 benchmarks/gold/validate.py --set wire      # the wire set (events_wire_en.jsonl, events_wire_fr.jsonl)
       python3 benchmarks/gold/validate.py --set fresh     # the fresh set (events_fresh_en.jsonl, events_fresh_fr.jsonl)
       python3 benchmarks/gold/validate.py --markdown      # the same counts as a Markdown table (for README.md)

Checks: every line parses; ids are unique and sequential; every type is one of the 16 PLOVER types and every
mode belongs to its type; source/target/location/date_text/figure texts occur verbatim in the sentence; every
date is recomputed from its `date_text` and `published` (weekdays with datetime; past events look back,
planned and non-negated hypothetical events look forward) and must equal the gold date; the minimum counts
hold. Exits non-zero on any error.
"""
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {
    # name: (files, id prefixes, minimum sentences per type, minimum sentences without events, minimum total)
    "team": ({"en": HERE / "events_en.jsonl", "fr": HERE / "events_fr.jsonl"}, {"en": "en", "fr": "fr"},
             {"en": 6, "fr": 4}, {"en": 15, "fr": 10}, {"en": 160, "fr": 110}),
    "wire": ({"en": HERE / "events_wire_en.jsonl", "fr": HERE / "events_wire_fr.jsonl"}, {"en": "wen", "fr": "wfr"},
             {"en": 8, "fr": 3}, {"en": 30, "fr": 12}, {"en": 200, "fr": 100}),
    "fresh": ({"en": HERE / "events_fresh_en.jsonl", "fr": HERE / "events_fresh_fr.jsonl"}, {"en": "fen", "fr": "ffr"},
              {"en": 2, "fr": 1}, {"en": 8, "fr": 4}, {"en": 80, "fr": 40}),
}
SET = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "team"
FILES, PREFIX, MIN_PER_TYPE, MIN_NONE, MIN_TOTAL = SETS[SET]

# PLOVER event types (CAMEO2PLOVER-2021) and their modes (PLOVER manual, Tables 3.1-3.11; "meeting" is
# newsloom's CONSULT mode for in-person talks with no visitor/host distinction). Types without a mode
# table take mode null.
MODES = {
    "AGREE": set(), "CONSULT": {"visit", "third-party", "multilateral", "phone", "meeting"},
    "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
TYPES = list(MODES)
STATUSES = {"occurred", "planned", "reported", "hypothetical"}
FIGURE_KINDS = {"dead", "injured", "money", "quantity"}
EVENT_KEYS = {"type", "mode", "source", "target", "date", "status", "location", "date_text", "negated", "figures"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12,
          "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
          "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)


def month_str(y, m):
    return f"{y:04d}-{m:02d}"


def shift_month(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def week_month(pub, k):
    """The month of the Monday-Sunday week k weeks from pub's week; None if that week spans two months."""
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return month_str(monday.year, monday.month)


def resolve(text, pub, forward):
    """Resolve one time expression against the publication date; None if this resolver cannot."""
    s = text.lower().replace("’", "'")
    m = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({MONTH_RE})\b", s) or re.search(rf"\b({MONTH_RE})\s+(\d{{1,2}})\b", s)
    if m:
        a, b = m.groups()
        day, month = (int(a), MONTHS[b]) if a.isdigit() else (int(b), MONTHS[a])
        y = re.search(r"\b(19|20)\d\d\b", s)
        if y:
            cands = [date(int(y.group(0)), month, day)]
        else:
            cands = [date(pub.year + k, month, day) for k in (-1, 0, 1)]
            cands = [c for c in cands if (c >= pub if forward else c <= pub)]
            cands = [min(cands)] if forward else [max(cands)]
        d = cands[0]
        wd = re.search(rf"\b({WEEKDAY_RE})\b", s)
        if wd and d.weekday() != WEEKDAYS[wd.group(1)]:
            raise ValueError(f"{text!r}: {d} is a {d.strftime('%A')}, not a {wd.group(1)}")
        return d.isoformat()
    if re.search(r"\bavant-hier\b", s):
        return (pub - timedelta(days=2)).isoformat()
    if re.search(r"\baprès-demain\b", s):
        return (pub + timedelta(days=2)).isoformat()
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight|aujourd'hui|ce matin|cet après-midi|ce soir)\b", s):
        return pub.isoformat()
    if re.search(r"\b(yesterday|hier)\b", s):
        return (pub - timedelta(days=1)).isoformat()
    if re.search(r"\b(tomorrow|demain)\b", s):
        return (pub + timedelta(days=1)).isoformat()
    m = re.search(r"\b(\d+|\w+) days ago\b", s) or re.search(r"\bil y a (\d+|\w+) jours\b", s)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        return (pub - timedelta(days=n)).isoformat()
    for pat, k in ((r"\blast week\b|\bsemaine dernière\b", -1), (r"\bnext week\b|\bsemaine prochaine\b", 1),
                   (r"\bthis week\b|\bcette semaine\b", 0)):
        if re.search(pat, s):
            v = week_month(pub, k)
            if v is None:
                raise ValueError(f"{text!r}: the week spans two months; pick another published date")
            return v
    for pat, k in ((r"\blast month\b|\bmois dernier\b", -1), (r"\bnext month\b|\bmois prochain\b", 1),
                   (r"\bthis month\b|\bce mois-ci\b|\bfin du mois\b|\bend of the month\b", 0)):
        if re.search(pat, s):
            return month_str(*shift_month(pub.year, pub.month, k))
    m = re.search(rf"\b({WEEKDAY_RE})\b", s)
    if m:
        wd = WEEKDAYS[m.group(1)]
        if re.search(r"\blast\b|\bdernier\b", s):
            fwd = False
        elif re.search(r"\bnext\b|\bprochain\b", s):
            fwd = True
        else:
            fwd = forward
        if fwd:
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        else:
            d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        return d.isoformat()
    m = re.search(rf"\b(?:in|en)\s+({MONTH_RE})\b", s)
    if m:
        mo = MONTHS[m.group(1)]
        if forward:
            y = pub.year if mo >= pub.month else pub.year + 1
        else:
            y = pub.year if mo <= pub.month else pub.year - 1
        return month_str(y, mo)
    return None


def check_file(lang, path, errors):
    rows = []
    seen = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: does not parse ({exc})")
            continue
        rows.append(r)
        if set(r) != {"id", "text", "lang", "published", "events"}:
            errors.append(f"{where}: keys {sorted(r)}")
        if r.get("id") != f"{PREFIX[lang]}-{n:03d}" or r.get("id") in seen:
            errors.append(f"{where}: id {r.get('id')!r}, expected {PREFIX[lang]}-{n:03d}")
        seen.add(r.get("id"))
        if r.get("lang") != lang:
            errors.append(f"{where}: lang {r.get('lang')!r}")
        text = r.get("text") or ""
        try:
            pub = date.fromisoformat(r["published"])
        except (KeyError, TypeError, ValueError):
            errors.append(f"{where}: bad published {r.get('published')!r}")
            continue
        for i, e in enumerate(r.get("events", [])):
            w = f"{where} event {i}"
            if not set(e) <= EVENT_KEYS or not {"type", "mode", "source", "target", "date", "status", "location"} <= set(e):
                errors.append(f"{w}: keys {sorted(e)}")
            t = e.get("type")
            if t not in MODES:
                errors.append(f"{w}: type {t!r} is not one of the 16")
                continue
            if e.get("mode") is not None and e["mode"] not in MODES[t]:
                errors.append(f"{w}: mode {e['mode']!r} is not a {t} mode")
            if e.get("status") not in STATUSES:
                errors.append(f"{w}: status {e.get('status')!r}")
            if "negated" in e and (e["negated"] is not True or e.get("status") != "hypothetical"):
                errors.append(f"{w}: negated must be true and go with status hypothetical")
            for k in ("source", "target", "location", "date_text"):
                v = e.get(k)
                if v is not None and (not isinstance(v, str) or not v or v not in text):
                    errors.append(f"{w}: {k} {v!r} is not in the text")
            for f in e.get("figures", []):
                if f.get("kind") not in FIGURE_KINDS or not isinstance(f.get("value"), (int, float)) \
                        or f.get("text") not in text:
                    errors.append(f"{w}: bad figure {f}")
            d, dt = e.get("date"), e.get("date_text")
            if d is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
                errors.append(f"{w}: date {d!r} is not YYYY-MM-DD or YYYY-MM")
                continue
            if (d is None) != (dt is None):
                errors.append(f"{w}: date {d!r} and date_text {dt!r} must both be set or both null")
                continue
            if d is None:
                continue
            try:
                date.fromisoformat(d if len(d) == 10 else d + "-01")
            except ValueError:
                errors.append(f"{w}: date {d!r} does not exist")
                continue
            forward = e.get("status") == "planned" or (e.get("status") == "hypothetical" and not e.get("negated"))
            try:
                got = resolve(dt, pub, forward)
            except ValueError as exc:
                errors.append(f"{w}: {exc}")
                continue
            if got is None:
                errors.append(f"{w}: cannot resolve date_text {dt!r}")
            elif got != d:
                errors.append(f"{w}: date {d} but {dt!r} from {pub} ({pub.strftime('%A')}) gives {got}")
    return rows


def counts(rows):
    sents, events = Counter(), Counter()
    for r in rows:
        for t in {e["type"] for e in r["events"]}:
            sents[t] += 1
        for e in r["events"]:
            events[e["type"]] += 1
    return sents, events


def main():
    errors = []
    data = {lang: check_file(lang, p, errors) for lang, p in FILES.items()}
    stats = {lang: counts(rows) for lang, rows in data.items()}
    for lang, rows in data.items():
        sents, _ = stats[lang]
        for t in TYPES:
            if sents[t] < MIN_PER_TYPE[lang]:
                errors.append(f"{lang}: {t} has {sents[t]} sentences, fewer than {MIN_PER_TYPE[lang]}")
        none = sum(1 for r in rows if not r["events"])
        if none < MIN_NONE[lang]:
            errors.append(f"{lang}: {none} sentences without events, fewer than {MIN_NONE[lang]}")
        if len(rows) < MIN_TOTAL[lang]:
            errors.append(f"{lang}: {len(rows)} sentences, fewer than {MIN_TOTAL[lang]}")
    md = "--markdown" in sys.argv
    if md:
        print("| type | EN sentences | EN events | FR sentences | FR events |")
        print("|---|---:|---:|---:|---:|")
    else:
        print(f"{'type':<10} {'EN sent':>8} {'EN ev':>6} {'FR sent':>8} {'FR ev':>6}")
    for t in TYPES + ["(none)", "total"]:
        cells = []
        for lang, rows in data.items():
            sents, events = stats[lang]
            if t == "(none)":
                cells += [sum(1 for r in rows if not r["events"]), 0]
            elif t == "total":
                cells += [len(rows), sum(events.values())]
            else:
                cells += [sents[t], events[t]]
        if md:
            name = "no event" if t == "(none)" else ("**total**" if t == "total" else t)
            print(f"| {name} | " + " | ".join(str(c) for c in cells) + " |")
        else:
            print(f"{t:<10} {cells[0]:>8} {cells[1]:>6} {cells[2]:>8} {cells[3]:>6}")
    if not md:
        for lang, rows in data.items():
            st = Counter(e["status"] for r in rows for e in r["events"])
            neg = sum(1 for r in rows for e in r["events"] if e.get("negated"))
            dated = Counter(("day" if len(e["date"]) == 10 else "month") if e["date"] else "null"
                            for r in rows for e in r["events"])
            multi = sum(1 for r in rows if len(r["events"]) > 1)
            figs = Counter(f["kind"] for r in rows for e in r["events"] for f in e.get("figures", []))
            print(f"{lang}: status {dict(st)}; negated {neg}; dates {dict(dated)}; "
                  f"sentences with 2+ events {multi}; figures {dict(figs)}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    if not md:
        print("OK")


if __name__ == "__main__":
    main()
