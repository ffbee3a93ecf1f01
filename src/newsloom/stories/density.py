"""Information density: concrete facts per 100 words, computed once the corpus stages know them.

A fact is one of: a linked entity (a person, organisation or place the article names: each entity once),
a resolved date (each value once), a figure written in the text (outside dates: each number once), a quote,
an event the article reports as having happened or planned (not a hypothesis, a question or a denial: each
merged event once). Distinct facts, so that an article repeating "Ukraine" and "the crisis" in every
paragraph, or asking question after question, scores low; a report packed with names, dates, figures and
quotes scores high.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict

_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,\u202f\u00a0 ]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")
_CONCRETE = re.compile(r"^\d{4}")


def compute(con: sqlite3.Connection) -> dict[str, float]:
    """{article id: facts per 100 words} for every stored article."""
    facts: dict[str, set] = defaultdict(set)
    for aid, ent in con.execute("SELECT article, entity FROM mentions WHERE entity IS NOT NULL "
                                "AND label IN ('PERSON', 'ORG', 'PLACE')"):
        facts[aid].add(("entity", ent))
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, s, e, typ, value in con.execute(
            'SELECT article, start, "end", type, COALESCE(corpus_value, value) FROM timexes'):
        covered[aid].append((s, e))
        if typ in ("DATE", "TIME") and _CONCRETE.match(value or ""):
            facts[aid].add(("date", value[:10]))
    for aid, qid in con.execute("SELECT article, id FROM quotes"):
        facts[aid].add(("quote", qid))
    for (data,) in con.execute("SELECT data FROM events"):
        d = json.loads(data)
        if d.get("status") == "hypothetical":
            continue
        for x in d.get("evidence") or []:
            facts[x["article"]].add(("event", d["id"]))
    out = {}
    for aid, text, words in con.execute("SELECT id, text, words FROM articles"):
        spans = sorted(covered.get(aid, []))
        nums = set()
        for m in _NUMBER.finditer(text or ""):
            if not any(s <= m.start() < e for s, e in spans):
                nums.add(re.sub(r"\D", "", m.group()))
        n = len(facts.get(aid, ())) + len(nums)
        out[aid] = round(100.0 * n / words, 2) if words else 0.0
    return out
