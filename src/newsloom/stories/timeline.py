"""Stories once the events are known: each event joins a story, each story gets its events, a title, its first
and last dates and a timeline (the story's events in date order, each with its evidence).

The title says who does what about what, from the story's events: the two parties most reported in them
(countries when the participants' countries are known, else names), the kind of event most reported
(a noun for the PLOVER type: "talks", "attacks" ...) and the topic most reported ("the conflict in Ukraine"):
"United States–France talks on the conflict in Ukraine". Without events it falls back to the story's most
specific entities and words ("Paris, Harry Winston — jewellery, heist, robbers").

The story's dates run from the earliest to the latest date of its articles: a publication date, or, for an
undated article, the latest date of what it reports as having happened (it was written after that).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from functools import lru_cache

# How a kind of event reads in a title (English, like the canonical names of entities).
TYPE_NOUN = {
    "AGREE": "agreement", "CONSULT": "talks", "SUPPORT": "support", "CONCEDE": "concessions",
    "COOPERATE": "cooperation", "AID": "aid", "RETREAT": "withdrawal", "REQUEST": "appeals", "ACCUSE": "accusations",
    "REJECT": "rejection", "THREATEN": "threats", "PROTEST": "protests", "SANCTION": "sanctions",
    "MOBILIZE": "mobilisation", "COERCE": "coercion", "ASSAULT": "attacks",
}
TIMELINE_EVIDENCE = 3      # evidence sentences per timeline entry, at most (one per article)
_FULL = re.compile(r"^\d{4}-\d\d-\d\d$")


def _names(con: sqlite3.Connection) -> dict[str, tuple[str, str, dict, list]]:
    out = {}
    for r in con.execute("SELECT id, name, type, extra, roles FROM entities"):
        try:
            extra = json.loads(r[3] or "{}")
        except ValueError:
            extra = {}
        out[r[0]] = (r[1], r[2], extra, json.loads(r[4] or "[]"))
    return out


def _country_of(eid: str, names: dict) -> str | None:
    """The KB id of the country an entity stands for or belongs to (None when unknown)."""
    from ..events.places import country_id, place_kind

    info = names.get(eid)
    if info is None:
        return None
    name, etype, extra, roles = info
    if etype == "PLACE":
        kind = place_kind(eid)
        if kind == "country":
            return eid
        return None
    code = extra.get("country")
    if not code:
        for role in roles:
            title = role.get("title") or ""
            for w in re.findall(r"[A-Z][\w]+", title):
                got = country_id(w, place=True, want_id=True)
                if got and place_kind(got) == "country":
                    return got
        return None
    return _countries().get(code)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from ..kb import get_kb

    out: dict[str, str] = {}
    for e in get_kb().entries:
        if e.type == "PLACE" and getattr(e, "kind", None) == "country" and e.country and e.country not in out:
            out[e.country] = e.id
    return out


def title_from_events(events: list[dict], names: dict, articles: int | None = None,
                      original: dict[str, str] | None = None) -> str | None:
    """"A–B <noun> on <topic>" from a story's events, or None when they say too little: the kind of event
    must be reported by at least half of the story's (independent) articles, each party by a third of them,
    the topic (a phrase of several words) by a third."""
    original = original or {}
    main = [e for e in events if e.get("status") != "hypothetical"]
    if not main:
        return None

    def reporters(evs) -> set[str]:
        return {original.get(x["article"], x["article"]) for e in evs for x in e.get("evidence") or []}

    total = articles or len(reporters(main)) or 1
    by_type: dict[str, list[dict]] = defaultdict(list)
    for e in main:
        by_type[e["type"]].append(e)
    cover = {t: len(reporters(evs)) for t, evs in by_type.items()}
    typ = min(cover, key=lambda t: (-cover[t], t))
    noun = TYPE_NOUN.get(typ)
    if not noun or cover[typ] * 2 < total:
        return None
    typed = by_type[typ]
    topic_reporters: dict[str, set[str]] = defaultdict(set)
    for e in main:
        for t in e.get("topics") or []:
            if " " in t.strip():
                topic_reporters[t] |= reporters([e])
    topics = Counter({t: len(r) for t, r in topic_reporters.items() if len(r) * 3 >= total})
    topic = _pick_topic(topics)
    topic_words = set(re.findall(r"\w+", (topic or "").lower()))
    parties: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)
    for e in typed:
        rep = reporters([e])
        for a in e.get("actors") or []:
            c = _country_of(a, names)
            if c and names.get(c, (c,))[0].lower() not in topic_words:
                parties[c] |= rep
            if names.get(a, ("", ""))[1] in ("PERSON", "ORG"):
                people[a] |= rep
    def ranked(d):
        return Counter({k: len(v) for k, v in d.items() if len(v) * 3 >= total})
    who = _top_two(ranked(parties)) or _top_two(ranked(people))
    if not who or (len(who) < 2 and not topic):
        return None             # "Microsoft withdrawal" says less than the story's own words
    left = "–".join(names.get(x, (x,))[0] for x in who)
    return f"{left} {noun} on {_with_article(topic)}" if topic else f"{left} {noun}"


def _top_two(c: Counter) -> list[str]:
    if not c:
        return []
    ranked = sorted(c, key=lambda k: (-c[k], k))
    top = c[ranked[0]]
    return [k for k in ranked[:2] if c[k] >= 0.3 * top]


def _pick_topic(topics: Counter) -> str | None:
    """The most reported topic, preferring one that names where ("conflict in Ukraine") when such phrases,
    taken together, are reported at least half as much as the most reported single topic."""
    if not topics:
        return None
    best = min(topics, key=lambda t: (-topics[t], t))
    groups: dict[str, list[str]] = defaultdict(list)
    for t in topics:
        m = re.search(r"\b(?:in|of)\s+([A-Z][\w' -]+)$", t)
        if m:
            groups[m.group(1)].append(t)
    if groups:
        place = min(groups, key=lambda g: (-sum(topics[t] for t in groups[g]), g))
        if sum(topics[t] for t in groups[place]) * 2 >= topics[best]:
            return min(groups[place], key=lambda t: (-topics[t], t))
    return best


def _with_article(topic: str) -> str:
    return topic if re.match(r"^[A-Z]", topic) else f"the {topic}"


def _event_text(e: dict, names: dict) -> str:
    who = [names.get(a, (a,))[0] for a in (e.get("actors") or [])[:3]]
    where = names.get(e.get("location"), (None,))[0] if e.get("location") else None
    s = f"{e['type']}" + (f" ({e['mode']})" if e.get("mode") else "")
    if who:
        s += ": " + ", ".join(who)
    if where:
        s += f" in {where}"
    return s


def finish_stories(con: sqlite3.Connection, events: list[dict] | None = None) -> None:
    """Assign events to stories and complete the stories rows (one transaction)."""
    from ..store import transaction

    story_of = {r[0]: r[1] for r in con.execute("SELECT id, story FROM articles")}
    if events is None:
        events = [json.loads(r[0]) for r in con.execute("SELECT data FROM events ORDER BY id")]
    names = _names(con)
    original = {r[0]: r[1] or r[2] for r in con.execute(
        "SELECT id, duplicate_of, translation_of FROM articles WHERE duplicate_of IS NOT NULL OR translation_of IS NOT NULL")}
    by_story: dict[str, list[dict]] = defaultdict(list)
    updates = []
    for e in sorted(events, key=lambda e: e["id"]):
        votes = Counter(story_of.get(x["article"]) for x in e["evidence"] if story_of.get(x["article"]))
        story = min(votes, key=lambda s: (-votes[s], s)) if votes else None
        e["story"] = story
        if story:
            by_story[story].append(e)
        data = {k: v for k, v in e.items() if k != "claims"}
        updates.append((story, json.dumps(data, ensure_ascii=False), e["id"]))
    dates = _article_dates(con, events)
    with transaction(con):
        con.executemany("UPDATE events SET story=?, data=? WHERE id=?", updates)
        for r in con.execute("SELECT id, data FROM stories").fetchall():
            d = json.loads(r[1])
            evs = by_story.get(r[0], [])
            d["events"] = [e["id"] for e in evs]
            heads = {original.get(a, a) for a in d.get("articles", [])}
            d["title"] = title_from_events(evs, names, len(heads), original) or d.get("title") or "(untitled)"
            days = sorted(x for x in (dates.get(a) for a in d.get("articles", [])) if x)
            d["first_date"] = days[0] if days else None
            d["last_date"] = days[-1] if days else None
            d["timeline"] = timeline(evs, names)
            con.execute("UPDATE stories SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), r[0]))


def _article_dates(con: sqlite3.Connection, events: list[dict]) -> dict[str, str]:
    """Each article's date: its publication date, else the latest date of an event it reports as having
    happened."""
    out = {r[0]: r[1][:10] for r in con.execute("SELECT id, published FROM articles WHERE published IS NOT NULL")}
    latest: dict[str, str] = {}
    for e in events:
        for c in e.get("claims") or []:
            d = c.get("date")
            if c.get("status") in ("occurred", "reported") and d and _FULL.match(d):
                if d > latest.get(c["article"], ""):
                    latest[c["article"]] = d
    for aid, d in latest.items():
        out.setdefault(aid, d)
    return out


def timeline(events: list[dict], names: dict) -> list[dict]:
    """The story's dated events in date order (then by id), each with its evidence (one sentence per
    article, at most TIMELINE_EVIDENCE) — an extension of the contract's story object."""
    out = []
    for e in sorted((e for e in events if e.get("date") and e.get("status") != "hypothetical"),
                    key=lambda e: (e["date"], e["id"])):
        seen, ev = set(), []
        for x in e.get("evidence") or []:
            if x["article"] in seen:
                continue
            seen.add(x["article"])
            ev.append({k: x[k] for k in ("article", "start", "end", "text") if k in x})
            if len(ev) >= TIMELINE_EVIDENCE:
                break
        out.append({"event": e["id"], "date": e["date"], "status": e.get("status"),
                    "summary": _event_text(e, names), "evidence": ev})
    return out
