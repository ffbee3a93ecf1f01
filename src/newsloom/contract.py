"""Checks a JSON export against the contract (``newsloom/1``): keys, types, and that every offset points
at the text it claims. Used by the tests and by ``newsloom check --export FILE``."""
from __future__ import annotations

import re

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTITY_TYPES = {"PERSON", "ORG", "PLACE", "OTHER"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
STATUSES = {"occurred", "planned", "reported", "hypothetical"}
FIGURE_KINDS = {"dead", "injured", "money", "quantity"}


def validate(doc: dict) -> list[str]:
    """Every way ``doc`` breaks the contract (empty list: it keeps it)."""
    errs: list[str] = []
    if doc.get("schema") != "newsloom/1":
        errs.append("schema is not 'newsloom/1'")
    for key in ("articles", "entities", "timexes", "events", "quotes", "stories", "discrepancies"):
        if not isinstance(doc.get(key), list):
            errs.append(f"{key} is not a list")
    if errs:
        return errs
    texts: dict[str, str] = {}
    for a in doc["articles"]:
        where = f"article {a.get('id')!r}"
        for k, t in (("id", str), ("source", str), ("text", str), ("removed", list), ("lang", str)):
            if not isinstance(a.get(k), t):
                errs.append(f"{where}: {k} is not {t.__name__}")
        if a.get("id") in texts:
            errs.append(f"{where}: id repeats")
        texts[a.get("id")] = a.get("text") or ""
        if not (a.get("lang") == "und" or re.fullmatch(r"[a-z]{2}", str(a.get("lang")))):
            errs.append(f"{where}: lang {a.get('lang')!r} is not ISO 639-1 or 'und'")
        pub = a.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(pub)):
            errs.append(f"{where}: published {pub!r} is not YYYY-MM-DD")
        if a.get("published_basis") not in ("metadata", "inferred", None):
            errs.append(f"{where}: published_basis {a.get('published_basis')!r}")
        if (pub is None) != (a.get("published_basis") is None):
            errs.append(f"{where}: published and published_basis disagree")
        if not isinstance(a.get("information_density"), (int, float)):
            errs.append(f"{where}: information_density is not a number")
        for k in ("title", "duplicate_of", "event_cluster", "story"):
            if a.get(k) is not None and not isinstance(a.get(k), str):
                errs.append(f"{where}: {k} is neither a string nor null")
    ids = set(texts)
    for a in doc["articles"]:
        if a.get("duplicate_of") is not None and a["duplicate_of"] not in ids:
            errs.append(f"article {a['id']!r}: duplicate_of names no article")
        if a.get("translation_of") is not None and (a["translation_of"] not in ids or a["translation_of"] == a["id"]):
            errs.append(f"article {a['id']!r}: translation_of names no other article")   # extension

    def evidence(ev, where):
        if not isinstance(ev, dict):
            errs.append(f"{where}: evidence is not an object")
            return
        art = ev.get("article")
        if art not in texts:
            errs.append(f"{where}: evidence names unknown article {art!r}")
            return
        s, e = ev.get("start"), ev.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(texts[art])):
            errs.append(f"{where}: evidence offsets {s}..{e} out of range")
        elif texts[art][s:e] != ev.get("text"):
            errs.append(f"{where}: evidence text does not match article text at {s}..{e}")

    entity_ids = set()
    for ent in doc["entities"]:
        where = f"entity {ent.get('id')!r}"
        entity_ids.add(ent.get("id"))
        if ent.get("type") not in ENTITY_TYPES:
            errs.append(f"{where}: type {ent.get('type')!r}")
        if not isinstance(ent.get("name"), str) or not ent.get("name"):
            errs.append(f"{where}: no name")
        if not isinstance(ent.get("aliases"), list):
            errs.append(f"{where}: aliases is not a list")
        for role in ent.get("roles") or []:
            if not isinstance(role.get("title"), str):
                errs.append(f"{where}: role without title")
            if role.get("date") is not None and not _DATE.match(str(role["date"])):
                errs.append(f"{where}: role date {role.get('date')!r}")
            for ev in role.get("evidence") or []:
                evidence(ev, f"{where} role")
        for m in ent.get("mentions") or []:
            evidence(m, f"{where} mention")
    for t in doc["timexes"]:
        where = f"timex {t.get('article')}:{t.get('start')}"
        if t.get("type") not in TIMEX_TYPES:
            errs.append(f"{where}: type {t.get('type')!r}")
        if not isinstance(t.get("value"), str) or not t.get("value"):
            errs.append(f"{where}: no value")
        evidence(t, where)
    event_ids = set()
    for ev in doc["events"]:
        where = f"event {ev.get('id')!r}"
        event_ids.add(ev.get("id"))
        if ev.get("status") not in STATUSES:
            errs.append(f"{where}: status {ev.get('status')!r}")
        actors = set(ev.get("actors") or [])
        for k in ("source", "target"):
            if ev.get(k) is not None and ev[k] not in actors:
                errs.append(f"{where}: {k} is not among actors")
        for k in ("source", "target", "location"):
            if ev.get(k) is not None and ev[k] not in entity_ids:
                errs.append(f"{where}: {k} names no entity")
        if any(a not in entity_ids for a in actors):
            errs.append(f"{where}: an actor names no entity")
        if ev.get("date") is not None and not _DATE.match(str(ev["date"])):
            errs.append(f"{where}: date {ev.get('date')!r}")
        for fig in ev.get("figures") or []:
            if fig.get("kind") not in FIGURE_KINDS or not isinstance(fig.get("value"), (int, float)):
                errs.append(f"{where}: bad figure {fig!r}")
        if not ev.get("evidence"):
            errs.append(f"{where}: no evidence")
        for e in ev.get("evidence") or []:
            evidence(e, where)
    for q in doc["quotes"]:
        if q.get("speaker") is not None and q["speaker"] not in entity_ids:
            errs.append("quote: speaker names no entity")
        evidence(q.get("evidence"), "quote")
    for s in doc["stories"]:
        if any(a not in texts for a in s.get("articles") or []):
            errs.append(f"story {s.get('id')!r}: unknown article")
        if any(e not in event_ids for e in s.get("events") or []):
            errs.append(f"story {s.get('id')!r}: unknown event")
        # extension: the story's events in date order, each with its evidence
        last = ""
        for item in s.get("timeline") or []:
            if item.get("event") not in set(s.get("events") or []):
                errs.append(f"story {s.get('id')!r}: timeline names an event not in the story")
            if not _DATE.match(str(item.get("date"))):
                errs.append(f"story {s.get('id')!r}: timeline date {item.get('date')!r}")
            elif str(item["date"]) < last:
                errs.append(f"story {s.get('id')!r}: timeline out of date order")
            else:
                last = str(item["date"])
            for e in item.get("evidence") or []:
                evidence(e, f"story {s.get('id')!r} timeline")
    for d in doc["discrepancies"]:
        if d.get("subject") not in event_ids | entity_ids:
            errs.append("discrepancy: subject names no event or entity")
        claims = d.get("claims") or []
        if len(claims) < 2:
            errs.append("discrepancy: fewer than two claims")
        for c in claims:
            for e in c.get("evidence") or []:
                evidence(e, "discrepancy")
    return errs
