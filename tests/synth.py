"""Small synthetic news articles written for newsloom's tests (our own words, fictional happenings).

``articles(n, seed)`` gives n JSONL-ready dicts; ids repeat now and then (to exercise ``~2`` suffixes), some
texts are exact copies of earlier ones (duplicates), some records are bad (to be skipped).
"""
from __future__ import annotations

import json
import random

PEOPLE = ["Anna Keller", "Tomas Varga", "Lina Osei", "Marco Bellini", "Sofia Lindqvist", "Jonas Brandt",
          "Amira Haddad", "Pavel Novak", "Clara Dumont", "Ravi Menon", "Elena Petrova", "David Okafor"]
ORGS = ["the Harbour Authority", "the Northern Rail Company", "the Ministry of Water", "the City Council",
        "the Farmers' Union", "the Coastal Guard", "the National Library", "the Teachers' Federation"]
PLACES = ["Tallinn", "Riga", "Vilnius", "Gdansk", "Turku", "Tartu", "Kaunas", "Oulu", "Bergen", "Aarhus"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June", "September", "October"]

SENTENCES = [
    "{p1} met {p2} in {place} on {day} to discuss the new ferry timetable.",
    "{org} said on {day} that {n} workers would join the strike next week.",
    "Police in {place} arrested {n} people after a protest outside {org2}.",
    "{p1}, who leads {org}, signed an agreement with {p2} on {month} {d}, {year}.",
    "\"We will not accept these cuts,\" {p2} told reporters in {place}.",
    "Heavy rain flooded {n} streets in {place}, and {org} closed two bridges.",
    "{p1} criticised {org2} for delaying the repairs by {n} months.",
    "The talks between {p1} and {p2} are expected to resume in {month}.",
    "{org} announced a fund of {n} million euros for schools in {place}.",
    "Officials said the fire near {place} had destroyed {n} warehouses.",
]


def article(rng: random.Random, i: int) -> dict:
    people = rng.sample(PEOPLE, 2)
    orgs = rng.sample(ORGS, 2)
    fill = dict(p1=people[0], p2=people[1], org=orgs[0], org2=orgs[1], place=rng.choice(PLACES),
                day=rng.choice(DAYS), month=rng.choice(MONTHS), d=rng.randint(1, 28), year=rng.choice([2023, 2024, 2025]),
                n=rng.randint(2, 400))
    k = rng.randint(3, 7)
    body = " ".join(s.format(**fill) for s in rng.sample(SENTENCES, k))
    return {"id": f"syn-{i:05d}", "title": f"Report {i} from {fill['place']}", "text": f"{body}\n\nReport number {i}.",
            "published": f"{fill['year']}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}", "lang": "en"}


def articles(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a = article(rng, i)
        if i and i % 37 == 0:
            a["id"] = out[i - 1]["id"]          # a repeated id: gets ~2
        if i and i % 41 == 0:
            a["text"] = out[i // 2]["text"]     # an exact copy of an earlier text
        out.append(a)
    return out


def write_jsonl(path, records, bad_every: int = 0) -> int:
    """Write records as JSONL; with ``bad_every`` a malformed line after every N records. Returns the
    number of malformed lines written."""
    bad = 0
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            if bad_every and i % bad_every == bad_every - 1:
                f.write('{"id": "broken", "text": \n')
                bad += 1
    return bad


def expected_ids(records) -> list[str]:
    """The ids a build gives these records: a repeat of an id gets ~2, ~3 ..."""
    seen: set[str] = set()
    out = []
    for r in records:
        base, k, cand = r["id"], 1, r["id"]
        while cand in seen:
            k += 1
            cand = f"{base}~{k}"
        seen.add(cand)
        out.append(cand)
    return out
