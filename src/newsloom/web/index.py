"""The corpus stage ``web index``: what the report and the web interface read, derived from the store.

* ``articles_fts`` (title and cleaned text) is kept in step with ``articles`` by triggers (schema 2), so it is
  incremental by construction and costs nothing here.
* ``objects_fts``: entity names, aliases and role titles; event summaries and topics; story titles.
* ``event_evidence`` (which sentences of which article report which event),
  ``event_index`` (story, type, date, status, counts, a one-line summary), ``entity_events`` (who takes part in
  what, and as what, in date order), ``entity_articles`` (mentions of each entity per article),
  ``actor_pairs`` (co-actors per event type, counted by :func:`newsloom.graph.co_actor_edges`, as the GraphML
  export counts them), ``entity_index`` (counts for ranking), ``quote_speakers``; and, in ``meta``, the default
  who-met-whom network already laid out (``web_network``).

Events, entities and stories are rewritten whole by their own stages, so their rows here are rebuilt whole
too: one pass over the events, a few GROUP BYs, one transaction (about a second per 10,000 articles).
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict

from .. import store as st
from ..graph import co_actor_edges
from .data import network
from .style import date_key

SEARCH_KINDS = ("article", "entity", "event", "story")


def event_summary(ev: dict, names: dict[str, str]) -> str:
    """One line: 'CONSULT (meeting): A → B, C — Geneva, 2026-03-12 (occurred)'."""
    def name(eid):
        return names.get(eid) or (eid.split(":", 1)[-1].replace("-", " ") if eid else "")

    head = str(ev.get("type") or "EVENT") + (f" ({ev['mode']})" if ev.get("mode") else "")
    actors = [a for a in ev.get("actors") or [] if a]
    src, tgt = ev.get("source"), ev.get("target")
    parts = []
    if src and tgt:
        parts.append(f"{name(src)} → {name(tgt)}")
        rest = [a for a in actors if a not in (src, tgt)]
    else:
        rest = actors
    parts.extend(name(a) for a in rest)
    line = head + (": " + ", ".join(p for p in parts if p) if parts else "")
    where = [name(ev["location"])] if ev.get("location") else []
    if ev.get("date"):
        where.append(str(ev["date"]))
    if where:
        line += " — " + ", ".join(where)
    if ev.get("status"):
        line += f" ({ev['status']})"
    return line


def build_index(con: sqlite3.Connection) -> None:
    """Rebuild the derived rows (not ``articles_fts``, which triggers keep current)."""
    names = {r[0]: r[1] for r in con.execute("SELECT id, name FROM entities")}
    lang_of = {r[0]: r[1] for r in con.execute("SELECT id, lang FROM articles")}
    events, involved, fts, evidence, parsed = [], [], [], [], []
    for (data,) in con.execute("SELECT data FROM events"):
        ev = json.loads(data)
        eid = ev.get("id")
        if not eid:
            continue
        parsed.append(ev)
        evs = [e for e in ev.get("evidence") or [] if isinstance(e, dict) and e.get("article")]
        evidence.extend((e["article"], e.get("start", 0), e.get("end", 0), eid) for e in evs)
        arts = {e["article"] for e in evs}
        langs = sorted({lang_of.get(a, "und") for a in arts if a})
        summary = event_summary(ev, names)
        events.append((eid, ev.get("story"), ev.get("type"), ev.get("date"), ev.get("status"), len(arts),
                       " ".join(langs), summary))
        roles = defaultdict(set)
        for a in ev.get("actors") or []:
            roles[a].add("actor")
        for k in ("source", "target", "location"):
            if ev.get(k):
                roles[ev[k]].add(k)
        sort = date_key(ev.get("date")) or "9999"  # an entity's events by date, undated last
        involved.extend((ent, sort, eid, " ".join(sorted(rs))) for ent, rs in roles.items()
                        if isinstance(ent, str) and ent)
        fts.append(("event", eid, summary, " ".join(str(t) for t in ev.get("topics") or [])))
    pairs, _ = co_actor_edges(parsed)  # who takes part with whom, as the GraphML export counts it
    quotes = []
    for qid, data in con.execute("SELECT id, data FROM quotes"):
        q = json.loads(data)
        if q.get("speaker"):
            quotes.append((qid, q["speaker"]))
    generic = []  # participants that are no named entity carry their mentions in `extra` (see export.iter_entities)
    for r in con.execute("SELECT id, name, aliases, roles, extra FROM entities"):
        aliases = [a for a in json.loads(r[2] or "[]") if a and a != r[1]]
        titles = [str(x.get("title")) for x in json.loads(r[3] or "[]") if isinstance(x, dict) and x.get("title")]
        fts.append(("entity", r[0], r[1], " ".join(aliases + titles)))
        if '"mentions"' in (r[4] or ""):
            per = Counter(m.get("article") for m in json.loads(r[4]).get("mentions") or [] if isinstance(m, dict))
            generic.extend((r[0], a, n) for a, n in per.items() if a)
    for r in con.execute("SELECT id, data FROM stories"):
        fts.append(("story", r[0], str(json.loads(r[1]).get("title") or ""), ""))
    with st.transaction(con):
        for table in ("event_index", "entity_events", "entity_articles", "actor_pairs", "event_evidence",
                      "entity_index", "quote_speakers", "objects_fts"):
            con.execute(f"DELETE FROM {table}")
        con.executemany("INSERT OR REPLACE INTO event_index(id, story, type, date, status, articles, langs, summary)"
                        " VALUES (?,?,?,?,?,?,?,?)", events)
        con.executemany("INSERT OR IGNORE INTO entity_events(entity, sort, event, roles) VALUES (?,?,?,?)", involved)
        con.executemany("INSERT INTO actor_pairs(a, b, type, events) VALUES (?,?,?,?)",
                        [(a, b, t, n) for (a, b), edge in pairs.items() for t, n in edge.types.items()])
        con.executemany('INSERT OR IGNORE INTO event_evidence(article, start, "end", event) VALUES (?,?,?,?)',
                        evidence)
        con.executemany("INSERT INTO quote_speakers(quote, speaker) VALUES (?,?)", quotes)
        con.executemany("INSERT INTO objects_fts(kind, ref, name, body) VALUES (?,?,?,?)", fts)
        con.execute("INSERT INTO entity_articles(entity, article, mentions) SELECT entity, article, count(*) "
                    "FROM mentions WHERE entity IS NOT NULL GROUP BY entity, article")
        con.executemany("INSERT INTO entity_articles(entity, article, mentions) VALUES (?,?,?) "
                        "ON CONFLICT(entity, article) DO UPDATE SET mentions = mentions + excluded.mentions", generic)
        con.execute("""
            INSERT INTO entity_index(id, type, name, mentions, articles, events, quotes)
            SELECT e.id, e.type, e.name, coalesce(m.n, 0), coalesce(m.a, 0), coalesce(v.n, 0), coalesce(q.n, 0)
            FROM entities e
            LEFT JOIN (SELECT entity, sum(mentions) AS n, count(*) AS a FROM entity_articles GROUP BY entity) m
                   ON m.entity = e.id
            LEFT JOIN (SELECT entity, count(*) AS n FROM entity_events GROUP BY entity) v ON v.entity = e.id
            LEFT JOIN (SELECT speaker, count(*) AS n FROM quote_speakers GROUP BY speaker) q ON q.speaker = e.id
        """)
        st.set_meta(con, "web_network", network(con))  # the default who-met-whom picture, laid out once
        st.set_meta(con, "web_index_stamp", (st.get_meta(con, "web_index_stamp", 0) or 0) + 1)
        st.set_meta(con, "web_index_dirty", False)
