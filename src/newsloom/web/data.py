"""What the pages show, as plain JSON-able dicts: the web interface renders them with Jinja2 and serves the
same dicts as the pages' JSON twins (``/api/...``).

Objects are read through :mod:`newsloom.export`'s readers (so what other stages add to an article, event or
story reaches the pages); the lists, counts and pages come from the lookup tables of :mod:`.index`. Every list
is paginated and capped. Every field of a stored object may be missing: the pages render what is there.
"""
from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict

from .. import export
from .. import store as st
from . import style

PER_PAGE = 25
MAX_PER_PAGE = 100
MAX_QUERY = 200          # characters of a search query
MAX_TERMS = 12           # words of a search query
RANK_MAX = 20_000        # matches ranked by relevance (bm25 costs about 1.5 µs a match); more: newest first
TIMELINE_ROWS = 5_000    # events of one story read for its timeline (style.TIMELINE_MAX are drawn)
STORY_ARTICLES_MAX = 200
NETWORK_NODES = 40
MEETING_TYPES = ("CONSULT",)  # PLOVER's meetings, visits, calls: who met whom

HL_START, HL_END = "\x02", "\x03"  # FTS5 snippet markers (never in cleaned text: control characters)


class NotFound(LookupError):
    """No such story, event, entity or article."""


# ---------------------------------------------------------------- helpers

def pager(total: int, page: int, per: int) -> dict:
    per = max(1, min(int(per), MAX_PER_PAGE))
    pages = max(1, math.ceil(total / per))
    page = max(1, int(page))
    return {"page": page, "per_page": per, "total": total, "pages": pages, "offset": (page - 1) * per}


def _one(rows, what: str, ident: str) -> dict:
    for row in rows:
        return row
    raise NotFound(f"no {what} {ident!r}")


def _count(con: sqlite3.Connection, sql: str, params=()) -> int:
    return con.execute(sql, params).fetchone()[0]


def safe_url(url) -> str | None:
    """An article's URL, only if it is a plain http(s) address (never ``javascript:`` and the like)."""
    if isinstance(url, str) and re.match(r"(?i)^https?://[^\s<>\"']+$", url.strip()):
        return url.strip()
    return None


def names(con: sqlite3.Connection, ids) -> dict[str, dict]:
    """{entity id: {"id", "name", "type"}} for the ids that exist; unknown ids get a readable fallback."""
    ids = sorted({i for i in ids if isinstance(i, str) and i})
    out = {e["id"]: {"id": e["id"], "name": e.get("name") or e["id"], "type": e.get("type") or "OTHER"}
           for e in export.iter_entities(con, ids, with_mentions=False)} if ids else {}
    for i in ids:
        out.setdefault(i, {"id": i, "name": i.split(":", 1)[-1].replace("-", " "), "type": "OTHER", "missing": True})
    return out


def article_meta(con: sqlite3.Connection, ids) -> dict[str, dict]:
    """{article id: id, title, lang, source, published, story} (no text) for a page of articles."""
    ids = list(dict.fromkeys(i for i in ids if isinstance(i, str)))
    out = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for r in con.execute("SELECT id, title, lang, source, published, published_basis, story, duplicate_of, "
                             "information_density, words FROM articles WHERE id IN (%s)" % ",".join("?" * len(part)),
                             part):
            out[r["id"]] = {k: r[k] for k in r.keys()}
    return out


def _event_rows(con, where: str, params, order="coalesce(e.date, '9999'), e.id", limit=None, offset=0) -> list[dict]:
    sql = (f"SELECT e.id, e.story, e.type, e.date, e.status, e.articles, e.langs, e.summary FROM event_index e "
           f"{where} ORDER BY {order}")
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return [{"id": r[0], "story": r[1], "type": r[2], "date": r[3], "status": r[4], "articles": r[5],
             "langs": (r[6] or "").split(), "summary": r[7]} for r in con.execute(sql, params)]


# ---------------------------------------------------------------- overview

def overview(con: sqlite3.Connection) -> dict:
    counts = {t: _count(con, f"SELECT count(*) FROM {t}") for t in
              ("articles", "entities", "events", "quotes", "stories", "discrepancies")}
    langs = dict(con.execute("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY count(*) DESC").fetchall())
    return {"counts": counts, "languages": langs, "schema_version": st.schema_version(con)}


# ---------------------------------------------------------------- stories

def stories(con: sqlite3.Connection, page: int = 1, per: int = PER_PAGE) -> dict:
    p = pager(_count(con, "SELECT count(*) FROM stories"), page, per)
    ids = [r[0] for r in con.execute(
        "SELECT id FROM stories ORDER BY coalesce(json_array_length(data, '$.articles'), 0) DESC, id "
        "LIMIT ? OFFSET ?", (p["per_page"], p["offset"]))]
    langs = defaultdict(list)
    if ids:
        for sid, lang, n in con.execute(
                "SELECT story, lang, count(*) FROM articles WHERE story IN (%s) GROUP BY story, lang "
                "ORDER BY count(*) DESC" % ",".join("?" * len(ids)), ids):
            langs[sid].append(lang)
    by_id = {s.get("id"): s for s in export.iter_stories(con, ids)}
    items = []
    for sid in ids:
        s = by_id.get(sid) or {}
        items.append({"id": sid, "title": s.get("title") or sid, "first_date": s.get("first_date"),
                      "last_date": s.get("last_date"), "articles": len(s.get("articles") or []),
                      "events": len(s.get("events") or []), "langs": langs.get(sid, [])})
    return {"stories": items, "pagination": p}


def story(con: sqlite3.Connection, story_id: str, page: int = 1, per: int = PER_PAGE) -> dict:
    s = _one(export.iter_stories(con, [story_id]), "story", story_id)
    total = _count(con, "SELECT count(*) FROM event_index WHERE story=?", (story_id,))
    p = pager(total, page, per)
    drawn = [{"id": r[0], "type": r[1], "date": r[2], "summary": r[3]} for r in con.execute(
        "SELECT id, type, date, summary FROM event_index WHERE story=? ORDER BY coalesce(date, '9999'), id LIMIT ?",
        (story_id, TIMELINE_ROWS))]
    listed = _event_rows(con, "WHERE e.story=?", (story_id,), limit=p["per_page"], offset=p["offset"])
    n_articles = _count(con, "SELECT count(*) FROM articles WHERE story=?", (story_id,))
    arts = [dict(r) for r in con.execute(
        "SELECT id, title, lang, source, published, duplicate_of FROM articles WHERE story=? "
        "ORDER BY coalesce(published, '9999'), id LIMIT ?", (story_id, STORY_ARTICLES_MAX))]
    by_day: dict[str, list] = defaultdict(list)
    for e in listed:
        by_day[e.get("date") or ""].append(e)
    ext = s.get("timeline")  # an extension field of the stories stage, when it provides one
    return {
        "story": {k: v for k, v in s.items() if k not in ("articles", "events", "timeline")},
        "timeline": style.timeline(drawn, arts),
        "story_timeline": ext if isinstance(ext, list) else None,
        "days": [{"date": d or None, "events": evs} for d, evs in by_day.items()],
        "events": listed, "pagination": p,
        "articles": arts, "articles_total": n_articles,
        "languages": sorted({a["lang"] for a in arts if a.get("lang")}),
    }


# ---------------------------------------------------------------- events

def events(con: sqlite3.Connection, page: int = 1, per: int = PER_PAGE, type: str | None = None) -> dict:
    where, params = ("WHERE e.type=?", (type,)) if type else ("", ())
    p = pager(_count(con, f"SELECT count(*) FROM event_index e {where}", params), page, per)
    types = dict(con.execute("SELECT type, count(*) FROM event_index GROUP BY type ORDER BY count(*) DESC"))
    rows = _event_rows(con, where, params, order="e.articles DESC, coalesce(e.date, '0') DESC, e.id",
                       limit=p["per_page"], offset=p["offset"])
    return {"events": rows, "types": types, "type": type, "pagination": p}


def event(con: sqlite3.Connection, event_id: str) -> dict:
    ev = _one(export.iter_events(con, [event_id]), "event", event_id)
    who = names(con, [*(ev.get("actors") or []), ev.get("source"), ev.get("target"), ev.get("location")])
    evidence = [e for e in ev.get("evidence") or [] if isinstance(e, dict)]
    meta = article_meta(con, [e.get("article") for e in evidence])
    groups: dict[str, list] = defaultdict(list)
    for e in evidence:
        groups[e.get("article")].append({"start": e.get("start"), "end": e.get("end"), "text": e.get("text") or ""})
    reports = []
    for aid, evs in groups.items():
        m = meta.get(aid, {"id": aid})
        reports.append({"article": m, "evidence": sorted(evs, key=lambda x: x.get("start") or 0)})
    reports.sort(key=lambda r: (r["article"].get("lang") or "", r["article"].get("published") or "9999",
                                r["article"].get("id") or ""))
    disc = [d for d in export.iter_discrepancies(con, [r[0] for r in con.execute(
        "SELECT id FROM discrepancies WHERE subject=? LIMIT ?", (event_id, MAX_PER_PAGE))])]
    story_title = None
    if ev.get("story"):
        for s in export.iter_stories(con, [ev["story"]]):
            story_title = s.get("title")
    summary = con.execute("SELECT summary FROM event_index WHERE id=?", (event_id,)).fetchone()
    return {"event": ev, "summary": summary[0] if summary else None, "names": who, "reports": reports,
            "languages": sorted({r["article"].get("lang") for r in reports if r["article"].get("lang")}),
            "story_title": story_title, "discrepancies": [_discrepancy(con, d) for d in disc]}


# ---------------------------------------------------------------- entities

def entities(con: sqlite3.Connection, page: int = 1, per: int = PER_PAGE, type: str | None = None) -> dict:
    where, params = ("WHERE type=?", (type,)) if type else ("", ())
    p = pager(_count(con, f"SELECT count(*) FROM entity_index {where}", params), page, per)
    rows = [dict(r) for r in con.execute(
        f"SELECT id, type, name, mentions, articles, events, quotes FROM entity_index {where} "
        "ORDER BY mentions DESC, id LIMIT ? OFFSET ?", (*params, p["per_page"], p["offset"]))]
    types = dict(con.execute("SELECT type, count(*) FROM entity_index GROUP BY type ORDER BY count(*) DESC"))
    return {"entities": rows, "types": types, "type": type, "pagination": p}


def entity(con: sqlite3.Connection, entity_id: str, page: int = 1, per: int = PER_PAGE,
           articles_page: int = 1) -> dict:
    """An entity: its roles, its events in date order (``page``) and the articles that mention it most
    (``articles_page``), from the lookup tables of :mod:`.index`, so that an entity of 10,000 mentions costs
    what a rare one does."""
    ent = _one(export.iter_entities(con, [entity_id], with_mentions=False), "entity", entity_id)
    roles = sorted(ent.get("roles") or [],
                   key=lambda r: (style.date_key(r.get("date")) or "9999", r.get("title") or ""))
    for r in roles:
        ev = r.get("evidence") or []
        r["evidence"] = ev[:5]
        r["evidence_total"] = len(ev)
    row = con.execute("SELECT mentions, articles, events, quotes FROM entity_index WHERE id=?", (entity_id,)).fetchone()
    counts = dict(row) if row else {"mentions": 0, "articles": 0, "events": 0, "quotes": 0}
    p = pager(counts["events"], page, per)
    mine = con.execute("SELECT event, roles FROM entity_events WHERE entity=? ORDER BY sort, event LIMIT ? OFFSET ?",
                       (entity_id, p["per_page"], p["offset"])).fetchall()
    rows = {e["id"]: e for e in _event_rows(con, "WHERE e.id IN (%s)" % ",".join("?" * len(mine)),
                                            [m[0] for m in mine])} if mine else {}
    evs = [{**rows[m[0]], "as": m[1].split()} for m in mine if m[0] in rows]
    ap = pager(counts["articles"], articles_page, per)
    top = con.execute("SELECT article, mentions FROM entity_articles WHERE entity=? ORDER BY mentions DESC, article "
                      "LIMIT ? OFFSET ?", (entity_id, ap["per_page"], ap["offset"])).fetchall()
    meta = article_meta(con, [a for a, _ in top])
    quote_ids = [r[0] for r in con.execute("SELECT quote FROM quote_speakers WHERE speaker=? ORDER BY quote LIMIT 20",
                                           (entity_id,))]
    return {
        "entity": {**ent, "roles": roles}, "counts": counts,
        "events": evs, "pagination": p,
        "articles": [{**meta.get(a, {"id": a}), "mentions": n} for a, n in top], "articles_pagination": ap,
        "quotes": list(export.iter_quotes(con, ids=quote_ids)) if quote_ids else [],
        "met": met(con, entity_id),
    }


def met(con: sqlite3.Connection, entity_id: str, types=MEETING_TYPES, limit: int = 20) -> list[dict]:
    """Whom the entity met: its co-actors in events of ``types`` (``actor_pairs``), the most met first."""
    marks = ",".join("?" * len(types))
    rows = con.execute(
        f"SELECT other, sum(n) FROM (SELECT b AS other, events AS n FROM actor_pairs WHERE a=? AND type IN ({marks}) "
        f"UNION ALL SELECT a, events FROM actor_pairs WHERE b=? AND type IN ({marks})) "
        "GROUP BY other ORDER BY 2 DESC, 1 LIMIT ?", (entity_id, *types, entity_id, *types, limit)).fetchall()
    who = names(con, [r[0] for r in rows])
    return [{**who[r[0]], "count": r[1]} for r in rows]


# ---------------------------------------------------------------- articles

def articles(con: sqlite3.Connection, page: int = 1, per: int = PER_PAGE, lang: str | None = None) -> dict:
    where, params = ("WHERE lang=?", (lang,)) if lang else ("", ())
    p = pager(_count(con, f"SELECT count(*) FROM articles {where}", params), page, per)
    rows = [dict(r) for r in con.execute(
        f"SELECT id, title, lang, source, published, published_basis, story, duplicate_of, information_density, "
        f"words FROM articles {where} ORDER BY seq LIMIT ? OFFSET ?", (*params, p["per_page"], p["offset"]))]
    langs = dict(con.execute("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY count(*) DESC"))
    return {"articles": rows, "languages": langs, "lang": lang, "pagination": p}


def segments(text: str, spans: list[dict]) -> list[dict]:
    """Cut ``text`` at every span boundary: [{"text", "marks": [indexes of the spans covering it]}].

    Spans may overlap and nest; each piece of text is emitted once and escaped where it is rendered.
    """
    n = len(text)
    cuts = {0, n}
    for s in spans:
        a, b = max(0, min(n, s["start"])), max(0, min(n, s["end"]))
        cuts.update((a, b))
    cuts = sorted(cuts)
    starts = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
    out, active, j = [], [], 0
    for a, b in zip(cuts, cuts[1:]):
        while j < len(starts) and spans[starts[j]]["start"] <= a:
            active.append(starts[j])
            j += 1
        active = [i for i in active if spans[i]["end"] > a]
        covering = [i for i in active if spans[i]["start"] <= a < spans[i]["end"]]
        out.append({"text": text[a:b], "marks": covering, "first": [i for i in covering if spans[i]["start"] == a]})
    return out


def article(con: sqlite3.Connection, article_id: str, event_id: str | None = None) -> dict:
    a = _one(export.iter_articles(con, [article_id]), "article", article_id)
    text = a.get("text") or ""
    mentions = [dict(r) for r in con.execute(
        'SELECT start, "end", text, label, entity FROM mentions WHERE article=? ORDER BY start', (article_id,))]
    ent = names(con, [m["entity"] for m in mentions if m.get("entity")])
    timexes = list(export.iter_timexes(con, article_id))
    quotes = list(export.iter_quotes(con, article_id))
    ev_rows = con.execute('SELECT start, "end", event FROM event_evidence WHERE article=? ORDER BY start',
                          (article_id,)).fetchall()
    ev_ids = sorted({r[2] for r in ev_rows})
    ev_info = {e["id"]: e for e in _event_rows(con, "WHERE e.id IN (%s)" % ",".join("?" * len(ev_ids)), ev_ids)} \
        if ev_ids else {}
    sentences: dict[tuple, list] = defaultdict(list)
    for s, e, eid in ev_rows:
        sentences[(s, e)].append(eid)
    spans = []
    for (s, e), eids in sorted(sentences.items()):
        spans.append({"kind": "evidence", "start": s, "end": e, "events": eids,
                      "target": bool(event_id and event_id in eids),
                      "title": "; ".join(ev_info.get(i, {}).get("summary") or i for i in eids[:4])})
    for q in quotes:
        qe = q.get("evidence") or {}
        if isinstance(qe.get("start"), int) and isinstance(qe.get("end"), int):
            spans.append({"kind": "quote", "start": qe["start"], "end": qe["end"],
                          "title": "quote" + (f" — {q['speaker_text']}" if q.get("speaker_text") else "")})
    for m in mentions:
        info = ent.get(m.get("entity") or "")
        spans.append({"kind": "mention", "start": m["start"], "end": m["end"], "label": m.get("label"),
                      "entity": m.get("entity"), "title": (info["name"] if info else m.get("label") or "")})
    for t in timexes:
        spans.append({"kind": "timex", "start": t["start"], "end": t["end"], "title": f"{t['type']} {t['value']}"})
    spans = [s for s in spans if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
             and 0 <= s["start"] < s["end"] <= len(text)]
    dups = [r[0] for r in con.execute("SELECT id FROM articles WHERE duplicate_of=? ORDER BY seq LIMIT ?",
                                      (article_id, MAX_PER_PAGE))]
    story_title = None
    if a.get("story"):
        for s in export.iter_stories(con, [a["story"]]):
            story_title = s.get("title")
    return {
        "article": {**a, "url": a.get("url"), "safe_url": safe_url(a.get("url"))},
        "spans": spans, "segments": segments(text, spans),
        "events": [ev_info[i] for i in ev_ids if i in ev_info], "target_event": event_id,
        "timexes": timexes, "quotes": quotes, "duplicates": dups, "story_title": story_title,
        "entities": sorted(ent.values(), key=lambda e: (e.get("type") or "", e.get("name") or "")),
    }


# ---------------------------------------------------------------- discrepancies

def _discrepancy(con, d: dict) -> dict:
    claims = [c for c in d.get("claims") or [] if isinstance(c, dict)]
    meta = article_meta(con, [e.get("article") for c in claims for e in c.get("evidence") or [] if isinstance(e, dict)])
    subject = d.get("subject")
    kind = "event" if subject and con.execute("SELECT 1 FROM events WHERE id=?", (subject,)).fetchone() else "entity"
    label = None
    if kind == "event":
        row = con.execute("SELECT summary FROM event_index WHERE id=?", (subject,)).fetchone()
        label = row[0] if row else subject
    else:
        label = names(con, [subject]).get(subject, {}).get("name") if subject else None
    return {**d, "subject_kind": kind, "subject_label": label or subject,
            "claims": [{**c, "evidence": [{**e, "article_meta": meta.get(e.get("article"), {"id": e.get("article")})}
                                          for e in c.get("evidence") or [] if isinstance(e, dict)]} for c in claims]}


def discrepancies(con: sqlite3.Connection, page: int = 1, per: int = PER_PAGE) -> dict:
    p = pager(_count(con, "SELECT count(*) FROM discrepancies"), page, per)
    ids = [r[0] for r in con.execute("SELECT id FROM discrepancies ORDER BY id LIMIT ? OFFSET ?",
                                     (p["per_page"], p["offset"]))]
    return {"discrepancies": [_discrepancy(con, d) for d in export.iter_discrepancies(con, ids)], "pagination": p}


# ---------------------------------------------------------------- search

def fts_query(q: str) -> str | None:
    """The user's words as a safe FTS5 query: each word quoted, all required, the last one also as a prefix."""
    words = re.findall(r"\w+", (q or "")[:MAX_QUERY])[:MAX_TERMS]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    parts[-1] = f'"{words[-1]}"*'
    return " ".join(parts)


def _pieces(snippet: str) -> list[dict]:
    out = []
    for i, part in enumerate(re.split(f"{HL_START}|{HL_END}", snippet or "")):
        if part:
            out.append({"text": part, "hit": i % 2 == 1})
    return out


def search(con: sqlite3.Connection, q: str, kind: str | None = None, lang: str | None = None, page: int = 1,
           per: int = PER_PAGE) -> dict:
    query = fts_query(q)
    result = {"q": (q or "")[:MAX_QUERY], "kind": kind, "lang": lang, "query": query, "articles": [], "objects": [],
              "pagination": pager(0, page, per), "objects_total": 0, "ranked": True}
    if query is None:
        return result
    if kind in (None, "", "article"):
        # CROSS JOIN: the full-text match drives, never a scan of the articles of a language
        where, params = ("AND a.lang=?", (lang,)) if lang else ("", ())
        total = _count(con, f"SELECT count(*) FROM articles_fts f CROSS JOIN articles a ON a.seq=f.rowid "
                            f"WHERE articles_fts MATCH ? {where}", (query, *params)) if lang else \
            _count(con, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,))
        p = pager(total, page, per)
        order = "rank" if total <= RANK_MAX else "f.rowid DESC"
        rows = con.execute(
            f"SELECT a.id, a.title, a.lang, a.source, a.published, "
            f"snippet(articles_fts, 1, '{HL_START}', '{HL_END}', '…', 16) AS snip "
            f"FROM articles_fts f CROSS JOIN articles a ON a.seq=f.rowid WHERE articles_fts MATCH ? {where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?", (query, *params, p["per_page"], p["offset"])).fetchall()
        result["articles"] = [{"id": r[0], "title": r[1], "lang": r[2], "source": r[3], "published": r[4],
                               "snippet": _pieces(r[5])} for r in rows]
        result["pagination"] = p
        result["ranked"] = total <= RANK_MAX
    if kind in (None, "", "entity", "event", "story"):
        where, params = ("AND kind=?", (kind,)) if kind else ("", ())
        total = _count(con, f"SELECT count(*) FROM objects_fts WHERE objects_fts MATCH ? {where}", (query, *params))
        result["objects_total"] = total
        p = pager(total, page if kind else 1, per)
        if kind:
            result["pagination"] = p
        result["ranked"] = result["ranked"] and total <= RANK_MAX
        rows = con.execute(
            f"SELECT kind, ref, name, snippet(objects_fts, 3, '{HL_START}', '{HL_END}', '…', 12) FROM objects_fts "
            f"WHERE objects_fts MATCH ? {where} ORDER BY {'rank' if total <= RANK_MAX else 'rowid'} LIMIT ? OFFSET ?",
            (query, *params, p["per_page"], p["offset"])).fetchall()
        result["objects"] = [{"kind": r[0], "id": r[1], "name": r[2], "snippet": _pieces(r[3])} for r in rows]
    return result


# ---------------------------------------------------------------- who met whom

def meeting_pairs(con: sqlite3.Connection, types=MEETING_TYPES, named: bool = False) -> list[tuple[str, str, int]]:
    """[(a, b, events)]: pairs of co-actors of events of ``types`` (``actor_pairs``, counted by
    :func:`newsloom.graph.co_actor_edges`); ``named``: only entities of a named type (not OTHER)."""
    join = ("JOIN entities x ON x.id=p.a AND x.type!='OTHER' JOIN entities y ON y.id=p.b AND y.type!='OTHER' "
            if named else "")
    return [tuple(r) for r in con.execute(
        f"SELECT p.a, p.b, sum(p.events) FROM actor_pairs p {join}WHERE p.type IN ({','.join('?' * len(types))}) "
        "GROUP BY p.a, p.b ORDER BY p.a, p.b", tuple(types))]


def network(con: sqlite3.Connection, types=MEETING_TYPES, max_nodes: int = NETWORK_NODES, width: int = 760,
            height: int = 560) -> dict:
    """Actors linked when they take part in the same meeting (PLOVER CONSULT), laid out deterministically."""
    types = tuple(t for t in types if isinstance(t, str))[:20] or MEETING_TYPES
    pairs = meeting_pairs(con, types, named=True)
    degree: Counter = Counter()
    for a, b, w in pairs:
        degree[a] += w
        degree[b] += w
    keep = [n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]]
    kept = set(keep)
    edges = [(a, b, w) for a, b, w in pairs if a in kept and b in kept]
    pos = layout(keep, edges, width, height)
    info = names(con, keep)
    nodes = [{"id": n, "name": info[n]["name"], "type": info[n]["type"], "degree": degree[n],
              "x": pos[n][0], "y": pos[n][1], "r": round(5 + 2.2 * math.sqrt(degree[n]), 1)} for n in keep]
    return {"types": list(types), "nodes": nodes, "width": width, "height": height,
            "edges": [{"source": a, "target": b, "weight": w, "x1": pos[a][0], "y1": pos[a][1], "x2": pos[b][0],
                       "y2": pos[b][1]} for a, b, w in edges]}


def layout(nodes: list[str], edges, width: int, height: int, iterations: int = 120) -> dict[str, tuple]:
    """Fruchterman–Reingold (with gravity to the centre) from a circle in id order: the same graph always gets the
    same picture."""
    n = len(nodes)
    if not n:
        return {}
    order = sorted(nodes)
    cx, cy = width / 2, height / 2
    pos = {v: [cx + 0.4 * width * math.cos(2 * math.pi * i / n), cy + 0.4 * height * math.sin(2 * math.pi * i / n)]
           for i, v in enumerate(order)}
    k = math.sqrt(width * height / n) * 0.6
    temp = width / 8
    adj = [(a, b, 1 + math.log(w)) for a, b, w in edges]
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in order}
        for i, u in enumerate(order):
            pu = pos[u]
            for v in order[i + 1:]:
                pv = pos[v]
                dx, dy = pu[0] - pv[0], pu[1] - pv[1]
                d2 = dx * dx + dy * dy or 0.01
                f = k * k / d2
                disp[u][0] += dx * f
                disp[u][1] += dy * f
                disp[v][0] -= dx * f
                disp[v][1] -= dy * f
        for a, b, w in adj:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 0.01
            f = d * d * w / k  # Fruchterman–Reingold attraction d²/k (weighted)
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for v in order:  # gravity, like half an edge to the centre: unconnected groups stay off the border
            dx, dy = pos[v][0] - cx, pos[v][1] - cy
            d = math.hypot(dx, dy) or 0.01
            f = 0.5 * d * d / k
            disp[v][0] -= dx / d * f
            disp[v][1] -= dy / d * f
        for v in order:
            dx, dy = disp[v]
            d = math.hypot(dx, dy) or 0.01
            step = min(d, temp)
            pos[v][0] = min(width - 90, max(90, pos[v][0] + dx / d * step))  # room for the labels
            pos[v][1] = min(height - 30, max(30, pos[v][1] + dy / d * step))
        temp *= 0.96
    return {v: (round(p[0], 1), round(p[1], 1)) for v, p in pos.items()}
