"""The corpus stage ``web index``: what the report and the web interface read, derived from the store.

* ``articles_fts`` (title and cleaned text) is kept in step with ``articles`` by triggers (schema 2), so it is
  incremental by construction and costs nothing here.
* ``objects_fts``: entity names, aliases and role titles; event summaries and topics; story titles.
* ``event_evidence`` (which sentences of which article report which event),
  ``event_index`` (story, type, date, status, counts, a one-line summary), ``event_actors`` (who takes part in
  what, and as what), ``entity_index`` (counts for ranking), ``quote_speakers``.

Events, entities and stories are rewritten whole by their own stages, so their rows here are rebuilt whole
too: one pass over the events, a few GROUP BYs, one transaction (about a second per 10,000 articles).
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from .. import store as st

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
    events, actors, fts, evidence = [], [], [], []
    for (data,) in con.execute("SELECT data FROM events"):
        ev = json.loads(data)
        eid = ev.get("id")
        if not eid:
            continue
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
        actors.extend((ent, eid, role) for ent, rs in roles.items() if ent for role in rs)
        fts.append(("event", eid, summary, " ".join(str(t) for t in ev.get("topics") or [])))
    quotes = []
    for qid, data in con.execute("SELECT id, data FROM quotes"):
        q = json.loads(data)
        if q.get("speaker"):
            quotes.append((qid, q["speaker"]))
    for r in con.execute("SELECT id, name, aliases, roles FROM entities"):
        aliases = [a for a in json.loads(r[2] or "[]") if a and a != r[1]]
        titles = [str(x.get("title")) for x in json.loads(r[3] or "[]") if isinstance(x, dict) and x.get("title")]
        fts.append(("entity", r[0], r[1], " ".join(aliases + titles)))
    for r in con.execute("SELECT id, data FROM stories"):
        fts.append(("story", r[0], str(json.loads(r[1]).get("title") or ""), ""))
    with st.transaction(con):
        for table in ("event_index", "event_actors", "event_evidence", "entity_index", "quote_speakers", "objects_fts"):
            con.execute(f"DELETE FROM {table}")
        con.executemany("INSERT OR REPLACE INTO event_index(id, story, type, date, status, articles, langs, summary)"
                        " VALUES (?,?,?,?,?,?,?,?)", events)
        con.executemany("INSERT OR IGNORE INTO event_actors(entity, event, role) VALUES (?,?,?)", actors)
        con.executemany('INSERT OR IGNORE INTO event_evidence(article, start, "end", event) VALUES (?,?,?,?)',
                        evidence)
        con.executemany("INSERT INTO quote_speakers(quote, speaker) VALUES (?,?)", quotes)
        con.executemany("INSERT INTO objects_fts(kind, ref, name, body) VALUES (?,?,?,?)", fts)
        con.execute("""
            INSERT INTO entity_index(id, type, name, mentions, articles, events, quotes)
            SELECT e.id, e.type, e.name, coalesce(m.n, 0), coalesce(m.a, 0), coalesce(v.n, 0), coalesce(q.n, 0)
            FROM entities e
            LEFT JOIN (SELECT entity, count(*) AS n, count(DISTINCT article) AS a FROM mentions
                       WHERE entity IS NOT NULL GROUP BY entity) m ON m.entity = e.id
            LEFT JOIN (SELECT entity, count(DISTINCT event) AS n FROM event_actors GROUP BY entity) v
                   ON v.entity = e.id
            LEFT JOIN (SELECT speaker, count(*) AS n FROM quote_speakers GROUP BY speaker) q ON q.speaker = e.id
        """)
        # participants that are no named entity carry their mentions in `extra` (see export.iter_entities)
        for eid, extra in con.execute("SELECT id, extra FROM entities WHERE extra LIKE '%\"mentions\"%'").fetchall():
            ms = json.loads(extra or "{}").get("mentions") or []
            if ms:
                con.execute("UPDATE entity_index SET mentions = mentions + ?, articles = articles + ? WHERE id=?",
                            (len(ms), len({m.get("article") for m in ms}), eid))
        st.set_meta(con, "web_index_stamp", (st.get_meta(con, "web_index_stamp", 0) or 0) + 1)
        st.set_meta(con, "web_index_dirty", False)
